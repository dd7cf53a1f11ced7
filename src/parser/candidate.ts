import type { Fact } from './types.ts'

/**
 * What an extractor proposes for one field: the value, the raw slice of the input it was
 * read from, which extractor read it, and how much that evidence is worth. Extractors never
 * decide; the field's resolver weighs every candidate and writes the warnings.
 */
export type Candidate<T> = Fact<T> & {
  /** Higher wins. Structured data and front matter outrank the header, which outranks prose. */
  score: number
  /** Character offset of `raw` in the normalised text, when known (earlier breaks ties). */
  at?: number
}

/** The strongest candidate; ties go to the one found earlier in the text. */
export function strongest<T>(candidates: readonly Candidate<T>[]): Candidate<T> | null {
  let best: Candidate<T> | null = null
  for (const c of candidates) {
    if (
      !best ||
      c.score > best.score ||
      (c.score === best.score && (c.at ?? Infinity) < (best.at ?? Infinity))
    )
      best = c
  }
  return best
}

/** Sums the scores of candidates that propose the same value (by `key`), strongest first. */
export function tally<T>(
  candidates: readonly Candidate<T>[],
  key: (value: T) => string = (value) => JSON.stringify(value),
): { value: T; score: number; evidence: Candidate<T>[] }[] {
  const byKey = new Map<string, { value: T; score: number; evidence: Candidate<T>[] }>()
  for (const c of candidates) {
    const k = key(c.value)
    const entry = byKey.get(k)
    if (entry) {
      entry.score += c.score
      entry.evidence.push(c)
    } else byKey.set(k, { value: c.value, score: c.score, evidence: [c] })
  }
  return [...byKey.values()].sort((a, b) => b.score - a.score)
}
