import { convert, PERIODS_PER_YEAR } from '@/model/pay'
import type { PostingCard } from '@/model/board-files'
import type { Salary, Seniority } from '@/model/posting'
import { SENIORITIES } from '@/model/posting'
import type { Column } from '@/search/columns'

/**
 * What the insights page shows about the roles of the current view, as data: pure, so the
 * counting and the medians are tested without a browser.
 */

export type Count = { value: string; count: number }

/** Marks the rows of the current view, for counting columns among them. */
export function rowMask(size: number, rows: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(size)
  for (let k = 0; k < rows.length; k++) mask[rows[k]!] = 1
  return mask
}

/** How many of the marked rows hold each value of a column, most first (ties by name). */
export function countAmong(column: Column, mask: Uint8Array): Count[] {
  const counts: Count[] = []
  column.values.forEach((value, id) => {
    const rows = column.rows[id]!
    let count = 0
    for (let k = 0; k < rows.length; k++) count += mask[rows[k]!] ?? 0
    if (count > 0) counts.push({ value, count })
  })
  return counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'))
}

/**
 * A role's pay as one yearly figure in `currency`: the middle of its range (or its only
 * figure) times the periods in a year, converted with the shipped rate table. Null when it
 * states no figure or its currency is not in the table.
 */
export function yearlyMidpoint(salary: Salary | null, currency: string): number | null {
  if (!salary) return null
  const { min, max } = salary
  const figures = [min, max].filter((n): n is number => n !== null && Number.isFinite(n) && n > 0)
  if (figures.length === 0) return null
  const middle = figures.reduce((sum, n) => sum + n, 0) / figures.length
  return convert(middle * PERIODS_PER_YEAR[salary.period], salary.currency.toUpperCase(), currency)
}

/** The value below which a share `q` of the sorted figures lie (linear between neighbours). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low)
}

export type PayGroup = {
  key: string
  /** Roles in the group that state pay we can convert. */
  count: number
  median: number
  low: number
  high: number
}

function group(key: string, figures: number[]): PayGroup {
  const sorted = [...figures].sort((a, b) => a - b)
  return {
    key,
    count: sorted.length,
    median: quantile(sorted, 0.5),
    low: quantile(sorted, 0.25),
    high: quantile(sorted, 0.75),
  }
}

type PayCard = Pick<PostingCard, 'salary' | 'seniority' | 'stack'>

/** Median yearly pay (with the middle half's range) per seniority, in seniority order. */
export function payBySeniority(cards: readonly PayCard[], currency: string): PayGroup[] {
  const by = new Map<Seniority, number[]>()
  for (const card of cards) {
    const pay = yearlyMidpoint(card.salary, currency)
    if (pay === null || card.seniority === null) continue
    by.set(card.seniority, [...(by.get(card.seniority) ?? []), pay])
  }
  return SENIORITIES.filter((level) => by.has(level)).map((level) => group(level, by.get(level)!))
}

/**
 * Median yearly pay per technology, for the technologies at least `minRoles` roles with pay
 * name (fewer says nothing about a market), highest median first.
 */
export function payByStack(
  cards: readonly PayCard[],
  currency: string,
  minRoles = 2,
  limit = 12,
): PayGroup[] {
  const by = new Map<string, number[]>()
  for (const card of cards) {
    const pay = yearlyMidpoint(card.salary, currency)
    if (pay === null) continue
    for (const name of new Set(card.stack.map((item) => item.name)))
      by.set(name, [...(by.get(name) ?? []), pay])
  }
  return [...by]
    .filter(([, figures]) => figures.length >= minRoles)
    .map(([name, figures]) => group(name, figures))
    .sort((a, b) => b.median - a.median || a.key.localeCompare(b.key, 'en'))
    .slice(0, limit)
}
