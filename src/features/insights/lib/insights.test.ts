import { describe, expect, it } from 'vitest'
import type { Salary } from '@/model/posting'
import type { Column } from '@/search/columns'
import {
  countAmong,
  payBySeniority,
  payByStack,
  quantile,
  rowMask,
  yearlyMidpoint,
} from './insights'

const column = (entries: Record<string, number[]>): Column => ({
  values: Object.keys(entries),
  rows: Object.values(entries).map((rows) => Uint32Array.from(rows)),
})

const eur = (
  min: number | null,
  max: number | null,
  period: Salary['period'] = 'year',
): Salary => ({
  min,
  max,
  currency: 'EUR',
  period,
})

describe('countAmong', () => {
  const stack = column({ Go: [0, 1, 2], Python: [1, 3], Rust: [4], Java: [2, 3] })

  it('counts each value among the rows of the view only, most first, ties by name', () => {
    expect(countAmong(stack, rowMask(5, [1, 2, 3]))).toEqual([
      { value: 'Go', count: 2 },
      { value: 'Java', count: 2 },
      { value: 'Python', count: 2 },
    ])
    expect(countAmong(stack, rowMask(5, [0, 4]))).toEqual([
      { value: 'Go', count: 1 },
      { value: 'Rust', count: 1 },
    ])
  })

  it('is empty for an empty view', () => {
    expect(countAmong(stack, rowMask(5, []))).toEqual([])
  })
})

describe('yearlyMidpoint', () => {
  it('takes the middle of a range, or its only figure, over a year', () => {
    expect(yearlyMidpoint(eur(60_000, 80_000), 'EUR')).toBe(70_000)
    expect(yearlyMidpoint(eur(null, 90_000), 'EUR')).toBe(90_000)
    expect(yearlyMidpoint(eur(5_000, 5_000, 'month'), 'EUR')).toBe(60_000)
    expect(yearlyMidpoint(eur(50, 50, 'hour'), 'EUR')).toBe(104_000)
  })

  it('says nothing when no figure is stated or the currency cannot be converted', () => {
    expect(yearlyMidpoint(null, 'EUR')).toBeNull()
    expect(yearlyMidpoint(eur(null, null), 'EUR')).toBeNull()
    expect(yearlyMidpoint({ ...eur(1, 2), currency: 'XXX' }, 'EUR')).toBeNull()
  })

  it('converts with the shipped rate table', () => {
    const pounds = yearlyMidpoint({ ...eur(100_000, 100_000), currency: 'GBP' }, 'EUR')!
    expect(pounds).toBeGreaterThan(100_000)
    expect(pounds).toBeLessThan(130_000)
  })
})

describe('quantile', () => {
  it('interpolates between neighbours', () => {
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25)
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20)
    expect(quantile([7], 0.75)).toBe(7)
  })
})

describe('pay groups', () => {
  const cards = [
    {
      seniority: 'senior' as const,
      salary: eur(80_000, 100_000),
      stack: [{ name: 'Go', category: 'language' as const }],
    },
    {
      seniority: 'senior' as const,
      salary: eur(60_000, 80_000),
      stack: [
        { name: 'Go', category: 'language' as const },
        { name: 'Go', category: 'language' as const },
      ],
    },
    {
      seniority: 'junior' as const,
      salary: eur(30_000, 40_000),
      stack: [{ name: 'Python', category: 'language' as const }],
    },
    {
      seniority: null,
      salary: eur(50_000, 50_000),
      stack: [{ name: 'Python', category: 'language' as const }],
    },
    {
      seniority: 'staff' as const,
      salary: null,
      stack: [{ name: 'Go', category: 'language' as const }],
    },
  ]

  it('gives the median and middle half per seniority, in seniority order, stated pay only', () => {
    expect(payBySeniority(cards, 'EUR')).toEqual([
      { key: 'junior', count: 1, median: 35_000, low: 35_000, high: 35_000 },
      { key: 'senior', count: 2, median: 80_000, low: 75_000, high: 85_000 },
    ])
  })

  it('gives technologies two roles with pay name, highest median first, a role counted once', () => {
    expect(payByStack(cards, 'EUR')).toEqual([
      { key: 'Go', count: 2, median: 80_000, low: 75_000, high: 85_000 },
      { key: 'Python', count: 2, median: 42_500, low: 38_750, high: 46_250 },
    ])
    expect(payByStack(cards, 'EUR', 3)).toEqual([])
  })
})
