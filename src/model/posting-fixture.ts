import { emptySections, type Posting } from './posting.ts'

/** A posting for unit tests: every field empty unless the test says otherwise. */
export function makePosting(overrides: Partial<Posting> & { id: string }): Posting {
  return {
    source: {},
    language: 'en',
    company: null,
    title: overrides.id,
    team: null,
    roleFamily: 'other',
    seniority: null,
    locations: [],
    workMode: null,
    employmentType: null,
    officeDaysPerWeek: null,
    workPolicy: [],
    remoteRegions: [],
    remoteCountries: null,
    visaSponsorship: null,
    relocation: null,
    stack: [],
    spokenLanguages: [],
    salary: null,
    postedAt: null,
    warnings: [],
    ...overrides,
    sections: { ...emptySections(), ...overrides.sections },
  }
}
