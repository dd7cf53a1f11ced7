import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generatePostings } from '../../scripts/bench/generate-postings.ts'
import { DEFAULT_FILTERS, type FilterState } from '../model/filters.ts'
import { createIndexedEngine } from './indexed-engine.ts'
import { createReferenceEngine } from './reference-engine.ts'
import { boardArb, filtersArb, TEST_ALIASES } from './testing/arbitraries.ts'
import type { SearchResult } from './types.ts'

const comparable = (result: SearchResult) => ({
  ids: result.items.map((p) => p.id),
  total: result.total,
  facets: result.facets,
  ranges: result.ranges,
})
const today = { today: '2026-11-03' }

describe('indexed engine agrees with the reference engine', () => {
  it('on generated boards and random filters: results, order, total, every facet count', () => {
    fc.assert(
      fc.property(boardArb, fc.array(filtersArb, { minLength: 1, maxLength: 5 }), (board, all) => {
        const fast = createIndexedEngine(board, TEST_ALIASES)
        const reference = createReferenceEngine(board, TEST_ALIASES)
        for (const filters of all)
          expect(comparable(fast.search(filters, today))).toEqual(
            comparable(reference.search(filters, today)),
          )
      }),
      { numRuns: 200 },
    )
  }, 30_000)

  it('on a realistic generated board (spans many bitset words)', () => {
    const board = generatePostings(700, 3)
    const fast = createIndexedEngine(board)
    const reference = createReferenceEngine(board)
    const stacks = ['Python', 'React', 'Go', 'Kafka', 'PostgreSQL', 'Rust', 'Figma', 'Nope']
    const filtersArbitrary = fc
      .record({
        q: fc.constantFrom(
          '',
          'post',
          'k',
          'e',
          'eng',
          'senior eng',
          'kraków',
          'reliable ship',
          'zzz',
        ),
        stack: fc.uniqueArray(fc.constantFrom(...stacks), { maxLength: 3 }),
        stackMode: fc.constantFrom('all' as const, 'any' as const),
        seniority: fc.uniqueArray(fc.constantFrom('senior' as const, 'mid' as const), {
          maxLength: 2,
        }),
        country: fc.uniqueArray(fc.constantFrom('US', 'DE', 'ES'), { maxLength: 2 }),
        city: fc.uniqueArray(fc.constantFrom('Berlin', 'London'), { maxLength: 1 }),
        mode: fc.uniqueArray(
          fc.constantFrom('remote' as const, 'hybrid' as const, 'onsite' as const),
          {
            maxLength: 3,
          },
        ),
        maxOfficeDays: fc.option(fc.integer({ min: 0, max: 5 })),
        company: fc.constant<string[]>([]),
        family: fc.uniqueArray(fc.constantFrom('backend' as const, 'data' as const), {
          maxLength: 2,
        }),
        sort: fc.constantFrom(null, 'newest' as const, 'title' as const, 'salary' as const),
      })
      .map((f): FilterState => ({ ...DEFAULT_FILTERS, ...f }))
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        expect(comparable(fast.search(filters))).toEqual(comparable(reference.search(filters)))
      }),
      { numRuns: 40 },
    )
  }, 30_000)

  it('handles an empty board', () => {
    const result = createIndexedEngine([]).search({ ...DEFAULT_FILTERS, stack: ['Go'] })
    expect(result.total).toBe(0)
    expect(result.facets.stack).toEqual([{ value: 'Go', count: 0 }])
  })
})
