import { describe, expect, it } from 'vitest'
import type { Posting } from '@/model/posting'
import { makePosting } from '@/model/posting-fixture'
import type { PostingCard } from '@/model/board-files'
import {
  countryName,
  locationSummary,
  payLabel,
  postedAge,
  shortAge,
  workModeSummary,
} from './posting-format'

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

  it('says where a remote hire may live: regions as stated, else the resolved countries', () => {
    const remote = { ...base, workMode: 'remote' as const }
    expect(workModeSummary(remote)).toBe('Remote')
    expect(
      workModeSummary({ ...remote, remoteRegions: ['EMEA'], remoteCountries: ['DE', 'FR', 'KE'] }),
    ).toBe('Remote (EMEA)')
    expect(workModeSummary({ ...remote, remoteCountries: ['ES', 'PT'] })).toBe(
      'Remote (Spain, Portugal)',
    )
    expect(workModeSummary({ ...remote, remoteCountries: ['ES', 'PT', 'FR'] })).toBe(
      'Remote (3 countries)',
    )
    expect(workModeSummary({ ...remote, remoteCountries: 'anywhere' })).toBe('Remote (anywhere)')
    // Office days say nothing about a remote role.
    expect(workModeSummary({ ...remote, officeDaysPerWeek: 2, remoteRegions: ['US'] })).toBe(
      'Remote (US)',
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

  it('gives a card’s age in a few letters, and pay with its yearly figure', () => {
    const now = new Date('2026-11-30T12:00:00Z')
    expect(shortAge('2026-11-30', now)).toBe('New')
    expect(shortAge('2026-11-29', now)).toBe('New')
    expect(shortAge('2026-11-27', now)).toBe('3 d')
    expect(shortAge('2026-11-09', now)).toBe('3 w')
    expect(shortAge('2026-07-01', now)).toBe('5 mo')
    expect(shortAge(null, now)).toBeNull()
    const pay = (salary: PostingCard['salary']) => payLabel({ ...base, salary })
    expect(pay(null)).toBeNull()
    expect(pay({ min: 50_000, max: 70_000, currency: 'EUR', period: 'year' })).toBe(
      '€50,000–€70,000 a year',
    )
    expect(pay({ min: 45, max: 55, currency: 'EUR', period: 'hour' })).toBe(
      '€45–€55 an hour (≈ €114,400 a year)',
    )
    expect(pay({ min: null, max: 4_000, currency: 'PLN', period: 'month' })).toBe(
      'up to PLN\u00a04,000 a month (≈ PLN\u00a048,000 a year)',
    )
  })
})
