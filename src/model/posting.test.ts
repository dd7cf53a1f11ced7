import { describe, expect, it } from 'vitest'
import { emptySections, validatePosting } from './posting.ts'

const minimal = {
  id: 'acme-engineer',
  source: {},
  company: 'Acme',
  title: 'Engineer',
  team: null,
  roleFamily: 'backend',
  seniority: null,
  locations: [],
  workMode: null,
  officeDaysPerWeek: null,
  workPolicy: [],
  remoteRegions: [],
  stack: [],
  spokenLanguages: [],
  salary: null,
  postedAt: null,
  sections: emptySections(),
  warnings: [],
}

describe('validatePosting', () => {
  it('accepts a minimal record', () => {
    expect(validatePosting(minimal).ok).toBe(true)
  })

  it('names the path of each problem', () => {
    const result = validatePosting({ ...minimal, roleFamily: 'wizard', locations: [{ city: 'X' }] })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const paths = result.issues.map((i) => i.path)
      expect(paths).toContain('roleFamily')
      expect(paths.some((p) => p.startsWith('locations.0'))).toBe(true)
    }
  })

  it('rejects a country that is not ISO alpha-2', () => {
    const result = validatePosting({
      ...minimal,
      locations: [{ city: null, region: null, country: 'Spain' }],
    })
    expect(result.ok).toBe(false)
  })
})

describe('parser v2 fields', () => {
  it('reads a record stored before them with "not stated" defaults', () => {
    const result = validatePosting(minimal)
    expect(result.ok && result.posting).toMatchObject({
      language: 'en',
      employmentType: null,
      remoteCountries: null,
      visaSponsorship: null,
      relocation: null,
    })
  })

  it('accepts remote countries as a list of ISO codes or "anywhere"', () => {
    expect(validatePosting({ ...minimal, remoteCountries: ['ES', 'PT'] }).ok).toBe(true)
    expect(validatePosting({ ...minimal, remoteCountries: 'anywhere' }).ok).toBe(true)
    expect(validatePosting({ ...minimal, remoteCountries: ['Spain'] }).ok).toBe(false)
  })

  it('refuses links that are not http(s)', () => {
    const bad = { ...minimal, source: { applyUrl: 'javascript:alert(1)' } }
    expect(validatePosting(bad).ok).toBe(false)
    const good = { ...minimal, source: { applyUrl: 'https://jobs.example.com/1' } }
    expect(validatePosting(good).ok).toBe(true)
  })
})
