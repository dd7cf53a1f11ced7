import { describe, expect, it } from 'vitest'
import {
  closedLabel,
  dayLabel,
  locationLabel,
  locationsLabel,
  money,
  officeDaysLabel,
  postedAgeLabel,
  salaryLabel,
} from './posting-format'

describe('locationLabel', () => {
  it('names the country in words and skips missing parts', () => {
    expect(locationLabel({ city: 'Barcelona', region: 'Cataluña', country: 'ES' })).toBe(
      'Barcelona, Cataluña, Spain',
    )
    expect(locationLabel({ city: null, region: null, country: 'GB' })).toBe('United Kingdom')
    expect(locationLabel({ city: null, region: null, country: null })).toBeNull()
  })

  it('says a repeated name once', () => {
    expect(locationLabel({ city: 'Singapore', region: null, country: 'SG' })).toBe('Singapore')
  })

  it('joins several locations', () => {
    expect(
      locationsLabel([
        { city: 'London', region: null, country: 'GB' },
        { city: 'Paris', region: null, country: 'FR' },
      ]),
    ).toBe('London, United Kingdom; Paris, France')
    expect(locationsLabel([])).toBeNull()
  })
})

describe('money', () => {
  it('formats whole amounts in the currency, again and again, and keeps a code Intl refuses', () => {
    expect(money(60000, 'EUR')).toBe('€60,000')
    expect(money(60000.4, 'EUR')).toBe('€60,000')
    expect(money(90000, 'CHF')).toBe('CHF\u00a090,000')
    expect(money(1500.4, 'EURO')).toBe('1,500 EURO')
    expect(money(1500.4, 'EURO')).toBe('1,500 EURO')
  })
})

describe('salaryLabel', () => {
  it('formats ranges, open ends and missing figures', () => {
    expect(salaryLabel({ min: 50000, max: 70000, currency: 'EUR', period: 'year' })).toBe(
      '€50,000–€70,000 a year',
    )
    expect(salaryLabel({ min: 60000, max: null, currency: 'GBP', period: 'year' })).toBe(
      'from £60,000 a year',
    )
    expect(salaryLabel({ min: null, max: 500, currency: 'EUR', period: 'day' })).toBe(
      'up to €500 a day',
    )
    expect(salaryLabel({ min: null, max: null, currency: 'EUR', period: 'year' })).toBeNull()
    expect(salaryLabel(null)).toBeNull()
  })
})

describe('postedAgeLabel', () => {
  const now = new Date('2026-11-20T15:00:00Z')
  it.each([
    ['2026-11-20', 'today'],
    ['2026-11-19', 'yesterday'],
    ['2026-11-17', '3 days ago'],
    ['2026-10-30', '3 weeks ago'],
    ['2026-05-20', '6 months ago'],
    ['2023-11-20', '3 years ago'],
  ])('%s -> %s', (date, label) => {
    expect(postedAgeLabel(date, now)).toBe(label)
  })

  it('is null without a date', () => {
    expect(postedAgeLabel(null, now)).toBeNull()
  })
})

describe('officeDaysLabel', () => {
  it('uses the singular for one day', () => {
    expect(officeDaysLabel(1)).toBe('1 office day a week')
    expect(officeDaysLabel(3)).toBe('3 office days a week')
    expect(officeDaysLabel(0)).toBe('No office days')
    expect(officeDaysLabel(null)).toBeNull()
  })
})

describe('closedLabel', () => {
  it('says the role is closed, with the day in words whatever the time zone', () => {
    expect(closedLabel('2026-11-27')).toBe(
      'This role is closed (27 Nov 2026): its source no longer lists it.',
    )
    expect(dayLabel('not a date')).toBe('not a date')
  })
})
