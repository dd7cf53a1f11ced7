import { STOP_WORDS } from './stop-words.ts'

/** Words of the text read for its language; a posting's first few thousand words settle it. */
const MAX_WORDS = 1500
const WORD = /\p{L}+/gu

const WEIGHT = new Map<string, Map<string, number>>()
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const word of words) {
    const byLang = WEIGHT.get(word) ?? new Map<string, number>()
    byLang.set(lang, 1)
    WEIGHT.set(word, byLang)
  }
}
// A word several languages share counts for each by a share of one.
for (const byLang of WEIGHT.values())
  for (const lang of byLang.keys()) byLang.set(lang, 1 / byLang.size)

/**
 * The language of a text (ISO 639-1 among en de fr es pt it nl pl) by its function words,
 * or null when too few are found to tell (a text of names and technologies).
 */
export function detectLanguage(text: string): { value: string; score: number } | null {
  const scores = new Map<string, number>()
  let seen = 0
  for (const m of text.matchAll(WORD)) {
    if (++seen > MAX_WORDS) break
    const byLang = WEIGHT.get(m[0].toLowerCase())
    if (!byLang) continue
    for (const [lang, weight] of byLang) scores.set(lang, (scores.get(lang) ?? 0) + weight)
  }
  let best: { value: string; score: number } | null = null
  for (const [value, score] of scores) if (!best || score > best.score) best = { value, score }
  return best && best.score >= 3 ? best : null
}
