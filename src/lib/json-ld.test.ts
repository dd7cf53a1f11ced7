import { describe, expect, it } from 'vitest'
import { emptySections, type Posting } from '@/model/posting'
import { jsonLdText, toJobPostingJsonLd } from './json-ld'

const posting: Posting = {
  id: 'acme-sre',
  language: 'en',
  employmentType: null,
  remoteCountries: null,
  visaSponsorship: null,
  relocation: null,
  source: { url: 'https://acme.example/jobs/1' },
  company: 'Acme',
  title: 'Site Reliability Engineer',
  team: null,
  roleFamily: 'devops',
  seniority: 'senior',
  locations: [{ city: 'Madrid', region: null, country: 'ES' }],
  workMode: 'hybrid',
  officeDaysPerWeek: 2,
  workPolicy: [],
  remoteRegions: [],
  stack: [
    { name: 'Go', category: 'language' },
    { name: 'Kubernetes', category: 'infrastructure' },
  ],
  spokenLanguages: ['English'],
  salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year' },
  postedAt: '2026-11-20',
  sections: { ...emptySections(), requirements: ['5 years of Go'] },
  warnings: [],
}

describe('toJobPostingJsonLd', () => {
  it('writes a schema.org JobPosting', () => {
    const ld = toJobPostingJsonLd(posting)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Site Reliability Engineer',
      hiringOrganization: { '@type': 'Organization', name: 'Acme' },
      datePosted: '2026-11-20',
      url: 'https://acme.example/jobs/1',
      jobLocation: [{ address: { addressLocality: 'Madrid', addressCountry: 'ES' } }],
      baseSalary: {
        currency: 'EUR',
        value: { minValue: 60000, maxValue: 80000, unitText: 'YEAR' },
      },
      skills: 'Go, Kubernetes',
      qualifications: '5 years of Go',
    })
    expect(ld).not.toHaveProperty('jobLocationType')
  })
})

describe('jsonLdText', () => {
  it('escapes <, > and & so the file can sit inside a script element, and reads back the same', () => {
    const planted = {
      ...posting,
      title: 'Engineer </script><script>alert(1)</script> & more',
      sections: { ...emptySections(), summary: ['<!-- a -->', 'line\u2028sep'] },
    }
    const text = jsonLdText(planted)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(text).toContain('\\u003c/script\\u003e')
    const back = JSON.parse(text) as { title: string; description: string }
    expect(back.title).toBe(planted.title)
    expect(back.description).toBe('<!-- a -->\nline\u2028sep')
  })

  it('strips control and bidirectional-override characters from every field', () => {
    const text = jsonLdText({ ...posting, company: 'Ac\u202eme\u001b[0m' })
    const back = JSON.parse(text) as { hiringOrganization: { name: string } }
    expect(back.hiringOrganization.name).toBe('Acme[0m')
  })
})
