import { describe, expect, it } from 'vitest'
import { strongest, tally, type Candidate } from './candidate.ts'

const c = (value: string, score: number, at?: number): Candidate<string> => ({
  value,
  raw: value,
  from: 'test',
  score,
  at,
})

describe('strongest', () => {
  it('picks the highest score', () => {
    expect(strongest([c('a', 1), c('b', 3), c('c', 2)])?.value).toBe('b')
  })
  it('breaks ties by the earlier position in the text', () => {
    expect(strongest([c('late', 2, 90), c('early', 2, 10)])?.value).toBe('early')
  })
  it('returns null when nothing was proposed', () => {
    expect(strongest([])).toBeNull()
  })
})

describe('tally', () => {
  it('adds up the evidence for the same value', () => {
    const ranked = tally([c('remote', 1), c('hybrid', 1.5), c('remote', 1)])
    expect(ranked.map((r) => [r.value, r.score])).toEqual([
      ['remote', 2],
      ['hybrid', 1.5],
    ])
    expect(ranked[0]?.evidence).toHaveLength(2)
  })
})
