import type { Posting } from '../model/posting.ts'

/** The currency pay is compared and sorted in inside the engine (any table currency would do). */
export const PAY_BASE = 'EUR'

/**
 * How much a record states, 0–7: company, seniority, place, work mode, pay, stack,
 * employment type. Orders roles of the same day (and undated ones) fuller first.
 */
export function completeness(posting: Omit<Posting, 'sections'>): number {
  return (
    (posting.company ? 1 : 0) +
    (posting.seniority ? 1 : 0) +
    (posting.locations.length > 0 ? 1 : 0) +
    (posting.workMode ? 1 : 0) +
    (posting.salary ? 1 : 0) +
    (posting.stack.length > 0 ? 1 : 0) +
    (posting.employmentType ? 1 : 0)
  )
}
export const MAX_COMPLETENESS = 7

const DAY = 86_400_000

/** Today's ISO day (UTC). */
export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10)

/** The ISO day `days` before `isoDay`. */
export function daysBefore(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10)
}
