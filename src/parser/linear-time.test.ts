import { describe, expect, it } from 'vitest'
import { validatePosting } from '../model/posting.ts'
import { ADVERSARIAL_FAMILIES } from './adversarial-inputs.ts'
import { parsePosting } from './index.ts'
import { MAX_TEXT_CHARS } from './segment.ts'

/**
 * One honest check of linear time: each hostile family parsed at two sizes, four times apart.
 * Linear work takes about 4× as long; quadratic work 16×. The bound (10×) is generous because
 * the machine is shared and noisy: after a warm-up, rounds alternate the two sizes (so a busy
 * moment hits both), CPU time is measured rather than the wall clock, and the fastest runs
 * are compared (load only ever adds time; wall-clock medians of five runs failed at load 16
 * on work whose CPU time was linear). Text families stay under MAX_TEXT_CHARS at
 * both sizes, so every stage sees all of it; markup and JSON families are larger, because
 * decoding them happens before that cut. Below FLOOR_MS for the large size, timer and
 * garbage-collector noise outweigh any difference, so such runs pass. The 1 MB "well under
 * a second" target is measured by `npm run bench -- parser`, not here.
 */
const RATIO = 4
const BOUND = 10
const FLOOR_MS = 50
const ROUNDS = 5
const TEXT_SIZE = 32 * 1024
const MARKUP_SIZE = 128 * 1024

/** CPU time of this thread in ms: the wall clock measures a shared machine's neighbours too. */
function ms(text: string): number {
  const start = process.cpuUsage()
  parsePosting(text)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

describe('hostile input is parsed in linear time', () => {
  it('text families fit under the text cut at both sizes', () => {
    expect(TEXT_SIZE * RATIO).toBeLessThan(MAX_TEXT_CHARS)
  })

  it.each(ADVERSARIAL_FAMILIES.map((family) => [family.name, family] as const))(
    '%s',
    (_, family) => {
      const size = family.kind === 'text' ? TEXT_SIZE : MARKUP_SIZE
      const small = family.make(size)
      const large = family.make(size * RATIO)
      // Never a crash: a record that validates, or a refusal that says why.
      for (const text of [small, large]) {
        const result = parsePosting(text)
        if (result.ok) expect(validatePosting(result.posting).ok).toBe(true)
        else expect(result.error).toMatch(/^not a job posting: .{10}/)
      }
      const smallRuns: number[] = []
      const largeRuns: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        smallRuns.push(ms(small))
        largeRuns.push(ms(large))
      }
      const smallMs = Math.min(...smallRuns)
      const largeMs = Math.min(...largeRuns)
      expect(
        largeMs,
        `${family.name}: ${smallMs.toFixed(1)} ms at ${small.length} chars, ${largeMs.toFixed(1)} ms at ${large.length}`,
      ).toBeLessThanOrEqual(Math.max(FLOOR_MS, smallMs * BOUND))
    },
    60_000,
  )
})
