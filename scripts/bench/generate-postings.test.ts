import { describe, expect, it } from 'vitest'
import { SECTION_KEYS, validatePosting } from '../../src/model/posting.ts'
import { generatePostings } from './generate-postings.ts'
import { quantilesOf } from './postings-profile.ts'
import { WILD_PROFILE } from './wild-profile.ts'

describe('generatePostings', () => {
  const postings = generatePostings(2000, 7)

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePostings(2000, 7)).toEqual(postings)
    expect(generatePostings(2000, 8)).not.toEqual(postings)
  }, 30_000)

  it('returns valid Postings with unique ids', () => {
    for (const posting of postings.filter((_, i) => i % 10 === 0)) {
      const result = validatePosting(posting)
      expect(result.ok ? [] : result.issues).toEqual([])
    }
    expect(new Set(postings.map((p) => p.id)).size).toBe(postings.length)
  })

  it('has a long-tailed stack popularity and varied facets', () => {
    const counts = new Map<string, number>()
    for (const p of postings)
      for (const s of p.stack) counts.set(s.name, (counts.get(s.name) ?? 0) + 1)
    const sorted = [...counts.values()].sort((a, b) => b - a)
    expect(counts.size).toBeGreaterThan(100)
    // Head much more common than the median technology.
    expect(sorted[0]!).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]!)
    expect(new Set(postings.map((p) => p.seniority)).size).toBeGreaterThan(8)
    expect(new Set(postings.map((p) => p.workMode)).size).toBe(4)
    expect(
      new Set(postings.flatMap((p) => p.locations.map((l) => l.country))).size,
    ).toBeGreaterThan(15)
    expect(new Set(postings.map((p) => p.company)).size).toBeGreaterThan(100)
  })

  it('looks like the measured real postings (wild-profile.ts)', () => {
    const share = (test: (p: (typeof postings)[number]) => boolean) =>
      postings.filter(test).length / postings.length
    const median = (values: number[]) => quantilesOf(values)[3]
    const text = (p: (typeof postings)[number]) =>
      SECTION_KEYS.reduce((n, key) => n + p.sections[key].join('').length, 0)
    const within = (actual: number, expected: number, tolerance: number) =>
      expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance)
    within(median(postings.map(text)), WILD_PROFILE.textChars[3], WILD_PROFILE.textChars[3] * 0.15)
    within(
      quantilesOf(postings.map(text))[5],
      WILD_PROFILE.textChars[5],
      WILD_PROFILE.textChars[5] * 0.15,
    )
    within(median(postings.map((p) => p.stack.length)), WILD_PROFILE.stackCount[3], 1)
    within(median(postings.map((p) => p.locations.length)), WILD_PROFILE.placeCount[3], 0)
    within(
      share((p) => p.salary !== null),
      WILD_PROFILE.withSalary,
      0.04,
    )
    within(
      share((p) => p.workMode === 'remote'),
      WILD_PROFILE.workMode.remote,
      0.04,
    )
    for (const key of SECTION_KEYS)
      within(
        share((p) => p.sections[key].length > 0),
        WILD_PROFILE.sections[key].share,
        0.05,
      )
  })
})
