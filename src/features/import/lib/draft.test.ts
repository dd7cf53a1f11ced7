import { describe, expect, it } from 'vitest'
import { emptySections, validatePosting, type Posting } from '@/model/posting'
import { fieldOfIssue, fieldOfWarning, fromDraft, toDraft } from './draft'
import { fileProblem, tooLongMessage } from './limits'

const posting: Posting = {
  id: 'acme-sre',
  language: 'en',
  employmentType: null,
  remoteCountries: null,
  visaSponsorship: null,
  relocation: null,
  source: { file: 'x.txt', url: 'https://acme.example/1' },
  company: 'Acme',
  title: 'SRE',
  team: 'Platform',
  roleFamily: 'devops',
  seniority: 'senior',
  locations: [{ city: 'Madrid', region: null, country: 'ES' }],
  workMode: 'hybrid',
  officeDaysPerWeek: 2,
  workPolicy: ['Monday in office'],
  remoteRegions: [],
  stack: [{ name: 'Go', category: 'language', note: 'new services' }],
  spokenLanguages: ['English', 'Spanish'],
  salary: { min: 60000, max: null, currency: 'EUR', period: 'year' },
  postedAt: '2026-11-20',
  sections: { ...emptySections(), requirements: ['Go', 'Kubernetes'] },
  warnings: ['salary: only a minimum was stated'],
}

describe('the preview draft', () => {
  it('gives back the same posting when nothing is edited', () => {
    expect(fromDraft(toDraft(posting), posting)).toEqual(posting)
  })

  it('turns edits into a posting: blank is null, lines are lists, codes upper-case', () => {
    const draft = {
      ...toDraft(posting),
      company: '  ',
      seniority: '' as const,
      officeDays: '',
      salaryMin: '',
      salaryCurrency: '',
      sourceUrl: '',
      spokenLanguages: 'English\n\n  German \n',
      locations: [
        { city: 'Lisbon', region: '', country: 'pt' },
        { city: '', region: '', country: '' },
      ],
    }
    const edited = fromDraft(draft, posting)
    expect(edited).toMatchObject({
      company: null,
      seniority: null,
      officeDaysPerWeek: null,
      salary: null,
      spokenLanguages: ['English', 'German'],
      locations: [{ city: 'Lisbon', region: null, country: 'PT' }],
      source: { file: 'x.txt' },
    })
    expect(edited.source).not.toHaveProperty('url')
    expect(validatePosting(edited).ok).toBe(true)
  })

  it('places validation issues and parser warnings beside their fields', () => {
    expect(fieldOfIssue('locations.0.country')).toBe('locations')
    expect(fieldOfIssue('sections.benefits.2')).toBe('sections.benefits')
    expect(fieldOfIssue('officeDaysPerWeek')).toBe('officeDays')
    expect(fieldOfWarning('salary: only a minimum was stated')).toBe('salary')
    expect(fieldOfWarning('could not tell the company')).toBe('company')
    expect(fieldOfWarning('something else entirely')).toBe('other')
  })
})

describe('limits', () => {
  it('refuses long texts and large or foreign files with a reason', () => {
    expect(tooLongMessage(5_000_000)).toMatch(
      /5\.0 MB long; Roleboard reads postings up to 1\.0 MB/,
    )
    expect(fileProblem({ name: 'a.txt', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'a.pdf', size: 10 })).toMatch(/not a text/)
    expect(fileProblem({ name: 'a.json', size: 5_000_000 })).toMatch(/5\.0 MB/)
  })
})
