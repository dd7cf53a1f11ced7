import { describe, expect, it } from 'vitest'
import type { Posting } from '@/model/posting'
import { makePosting } from '@/model/posting-fixture'
import { countryName, locationSummary, postedAge, workModeSummary } from './posting-format'

const base: Posting = makePosting({
  id: 'acme-backend',
  company: 'Acme',
  title: 'Backend Engineer',
  roleFamily: 'backend',
})

describe('posting format', () => {
  it('never invents a posting date', () => {
    expect(postedAge(null)).toBeNull()
    expect(postedAge('not a date')).toBeNull()
  })

  it('says how long ago a posting appeared', () => {
    const now = new Date('2026-11-20T15:00:00Z')
    expect(postedAge('2026-11-20', now)).toBe('today')
    expect(postedAge('2026-11-19', now)).toBe('yesterday')
    expect(postedAge('2026-11-17', now)).toBe('3 days ago')
    expect(postedAge('2026-10-30', now)).toBe('3 weeks ago')
    expect(postedAge('2026-06-20', now)).toBe('5 months ago')
  })

  it('names the work mode with its office days', () => {
    expect(workModeSummary(base)).toBeNull()
    expect(workModeSummary({ ...base, workMode: 'hybrid', officeDaysPerWeek: 3 })).toBe(
      'Hybrid · 3 office days a week',
    )
    expect(workModeSummary({ ...base, workMode: 'onsite', officeDaysPerWeek: 1 })).toBe(
      'On-site · 1 office day a week',
    )
    expect(workModeSummary({ ...base, workMode: 'remote', remoteRegions: ['EU'] })).toBe(
      'Remote (EU)',
    )
  })

  it('names places by city and country', () => {
    expect(countryName('ES')).toBe('Spain')
    expect(locationSummary(base)).toBeNull()
    const two = [
      { city: 'Barcelona', region: null, country: 'ES' },
      { city: null, region: null, country: 'GB' },
    ]
    expect(locationSummary({ ...base, locations: two })).toBe('Barcelona, Spain +1 more')
    expect(locationSummary({ ...base, locations: two.slice(1) })).toBe('United Kingdom')
  })
})
