import { describe, expect, it } from 'vitest'
import { EUR_RATES, PAY_FILTER_CURRENCIES, RATES_DATE } from './exchange-rates.ts'
import { convert, yearlyPay, yearlyPayIn } from './pay.ts'

const salary = (
  min: number | null,
  max: number | null,
  currency: string,
  period: 'year' | 'month' | 'day' | 'hour',
) => ({ min, max, currency, period })

describe('pay conversion', () => {
  it('takes the top of the range as a year of full-time work', () => {
    expect(yearlyPay(salary(50_000, 70_000, 'EUR', 'year'))).toBe(70_000)
    expect(yearlyPay(salary(4_000, null, 'PLN', 'month'))).toBe(48_000)
    expect(yearlyPay(salary(null, 500, 'GBP', 'day'))).toBe(130_000) // 260 working days
    expect(yearlyPay(salary(60, 80, 'USD', 'hour'))).toBe(166_400) // 2,080 hours
  })

  it('has no figure when none is stated', () => {
    expect(yearlyPay(null)).toBeNull()
    expect(yearlyPay(salary(null, null, 'EUR', 'year'))).toBeNull()
    expect(yearlyPay(salary(0, 0, 'EUR', 'year'))).toBeNull()
  })

  it('converts through the euro with the dated table, and not at all between equal currencies', () => {
    expect(RATES_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(convert(123_456.7, 'CHF', 'CHF')).toBe(123_456.7)
    expect(convert(100_000, 'EUR', 'GBP')).toBeCloseTo(82_918, 6)
    expect(convert(82_918, 'GBP', 'EUR')).toBeCloseTo(100_000, 6)
    // USD -> GBP: 1.0389 dollars and 0.82918 pounds are both one euro.
    expect(convert(1.0389, 'USD', 'GBP')).toBeCloseTo(0.82918, 9)
    expect(convert(100, 'EUR', 'XYZ')).toBeNull()
    expect(convert(100, 'XYZ', 'EUR')).toBeNull()
  })

  it('gives yearly pay in another currency, or null when it cannot', () => {
    expect(yearlyPayIn(salary(null, 8_000, 'EUR', 'month'), 'EUR')).toBe(96_000)
    expect(yearlyPayIn(salary(null, 8_000, 'eur', 'month'), 'USD')).toBeCloseTo(99_734.4, 6)
    expect(yearlyPayIn(salary(null, 8_000, 'XYZ', 'month'), 'EUR')).toBeNull()
  })

  it('offers only currencies the table converts', () => {
    for (const code of PAY_FILTER_CURRENCIES) expect(EUR_RATES[code]).toBeGreaterThan(0)
  })
})
