import { describe, expect, it } from 'vitest'
import { validatePosting } from '../../src/model/posting.ts'
import { generatePostings } from './generate-postings.ts'

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
})
