import { EUR_RATES } from './exchange-rates.ts'
import type { Salary } from './posting.ts'

/**
 * A pay period as a year of full-time work: 52 weeks of 40 hours, 260 working days. The
 * same factors for every country, so figures stay comparable rather than exact.
 */
export const PERIODS_PER_YEAR: Record<Salary['period'], number> = {
  year: 1,
  month: 12,
  day: 260,
  hour: 2080,
}

/** `amount` of `from` in `to`, by the shipped table; null when either is not in it. */
export function convert(amount: number, from: string, to: string): number | null {
  if (from === to) return amount
  const a = EUR_RATES[from]
  const b = EUR_RATES[to]
  if (a === undefined || b === undefined) return null
  return (amount / a) * b
}

/**
 * The most a role states it pays in a year, in its own currency: the top of the range (or
 * its only figure) times the periods in a year. Null when no figure is stated. Filtering
 * by a minimum asks "can this role pay that much", hence the top of the range.
 */
export function yearlyPay(salary: Salary | null): number | null {
  if (!salary) return null
  const top = salary.max ?? salary.min
  if (top === null || !Number.isFinite(top) || top <= 0) return null
  return top * PERIODS_PER_YEAR[salary.period]
}

/** yearlyPay in `currency`; null when not stated or not convertible. */
export function yearlyPayIn(salary: Salary | null, currency: string): number | null {
  const yearly = yearlyPay(salary)
  if (yearly === null || !salary) return null
  return convert(yearly, salary.currency.toUpperCase(), currency)
}
