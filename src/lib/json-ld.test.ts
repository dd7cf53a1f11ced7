import { describe, expect, it } from 'vitest'
import { emptySections, type Posting } from '@/model/posting'
import { toJobPostingJsonLd } from './json-ld'

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
