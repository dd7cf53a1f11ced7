import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePosting } from '../model/posting.ts'
import { parsePosting, type ParseResult } from './index.ts'

const fixtures = path.join(import.meta.dirname, '__fixtures__')
const seeds = [
  'seed-back-market.txt',
  'seed-depop.txt',
  'facts/markdown-sections.md',
  'facts/html-sections.html',
  'facts/jsonld-remote.json',
].map((name) => readFileSync(path.join(fixtures, name), 'utf8'))

/** A parse result is either a valid Posting or an error that says what is wrong, never a crash. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    const checked = validatePosting(result.posting)
    expect(checked.ok ? [] : checked.issues).toEqual([])
  } else {
    expect(result.error).not.toMatch(/^internal/)
    expect(result.error.length).toBeGreaterThan(10)
  }
}

const JOB_LINES = [
  'Senior Backend Engineer',
  'Remote (EU only)',
  'London | Hybrid',
  '3 days / week at the office',
  '£70,000 - £85,000',
  '$150k–$180k',
  '€600/day',
  'Requirements:',
  '- 5+ years of Go, Rust and C',
  '## What you will do',
  'Similar Jobs',
  'Posted 3 Days Ago',
  '9 Locations',
  'Top Skills',
  '**Benefits**',
  '<p>Spark and Airflow</p>',
  '{"@type": "JobPosting"',
  '---',
  'title: x',
  '',
]

/** A seed with slices cut, repeated, swapped or replaced by arbitrary text. */
const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(200),
        fc.oneof(fc.string(), fc.constantFrom(...JOB_LINES), fc.constant('')),
      ),
      { maxLength: 8 },
    ),
  )
  .map(([seed, edits]) =>
    edits.reduce((text, [at, length, insert]) => {
      const start = at % (text.length + 1)
      return text.slice(0, start) + insert + text.slice(start + length)
    }, seed),
  )

describe('robustness', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => {
        expectWellFormed(parsePosting(text))
      }),
      { numRuns: 1000 },
    )
  }, 60_000)

  it('never throws on lines that look like postings, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...JOB_LINES), fc.string()), { maxLength: 60 }),
        (lines) => {
          expectWellFormed(parsePosting(lines.join('\n')))
        },
      ),
      { numRuns: 1000 },
    )
  }, 60_000)

  it('never throws on mutated real postings, and mostly still reads them', () => {
    let parsed = 0
    fc.assert(
      fc.property(mutatedSeed, (text) => {
        const result = parsePosting(text, { now: '2026-11-20' })
        expectWellFormed(result)
        if (result.ok) parsed++
      }),
      { numRuns: 600 },
    )
    expect(parsed).toBeGreaterThan(400)
  }, 60_000)

  it('rejects what is not a posting with a reason', () => {
    for (const text of [
      '',
      '   \n\n  ',
      'hello',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.',
      'function add(a, b) {\n  return a + b\n}\n\nexport default add // a small helper used across the codebase for sums',
      '{"@type": "Recipe", "name": "Lemon cake", "recipeIngredient": ["flour", "sugar", "lemons"]}',
      '<html><body><h1>Our summer sale</h1><p>Everything in the shop is 30% off until Sunday. Free delivery on orders over fifty euros.</p></body></html>',
    ]) {
      const result = parsePosting(text)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/^not a job posting/)
    }
  })
})
