// The shape of a board's postings as numbers only (never their text): what the benchmark
// generator is calibrated to. `measure-postings.ts` measures a folder of real postings and
// writes `wild-profile.ts` in this shape.
import type { SectionKey, WorkMode } from '../../src/model/posting.ts'

/** Values at the quantiles QUANTILES (minimum, p10, p25, median, p75, p90, p99, maximum). */
export type Quantiles = readonly [number, number, number, number, number, number, number, number]
export const QUANTILES = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1] as const

export type PostingsProfile = {
  /** Postings measured, and files the parser refused (left out of every figure). */
  postings: number
  refused: number
  /** Characters of a raw file (one file may name several roles). */
  rawChars: Quantiles
  /** Characters of the posting's own text: every section bullet, summed. */
  textChars: Quantiles
  sections: Record<
    SectionKey,
    {
      /** Share of postings with this section. */
      share: number
      /** Bullets, and characters per bullet, where the section is present. */
      bullets: Quantiles
      bulletChars: Quantiles
    }
  >
  stackCount: Quantiles
  placeCount: Quantiles
  /** Shares of postings. */
  withSalary: number
  withPostedAt: number
  withCompany: number
  withTeam: number
  workMode: Record<WorkMode | 'unstated', number>
  /** Share per language code (ISO 639-1), largest first. */
  languages: Record<string, number>
}

/** Inverse of the distribution the quantiles describe, linear between them: u in [0, 1). */
export function fromQuantiles(q: Quantiles, u: number): number {
  for (let i = 1; i < QUANTILES.length; i++) {
    const hi = QUANTILES[i]!
    if (u <= hi) {
      const lo = QUANTILES[i - 1]!
      const t = hi === lo ? 0 : (u - lo) / (hi - lo)
      return q[i - 1]! + t * (q[i]! - q[i - 1]!)
    }
  }
  return q[q.length - 1]!
}

/** The quantiles of a list of numbers (nearest rank). */
export function quantilesOf(values: number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return [0, 0, 0, 0, 0, 0, 0, 0]
  return QUANTILES.map(
    (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))]!,
  ) as unknown as Quantiles
}
