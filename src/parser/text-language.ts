import { STOP_WORDS } from './stop-words.ts'
import { forEachLetterRun } from './word-start.ts'

/** Words of the text read for its language; a posting's first few thousand words settle it. */
const MAX_WORDS = 1500
/** Characters lower-cased at a time: a few thousand words. */
const CHUNK_CHARS = 20_000

const LANGUAGES = Object.keys(STOP_WORDS)
/** Per function word, the languages it belongs to (indexes into LANGUAGES) and its weight. */
const WEIGHT = new Map<string, { languages: number[]; weight: number }>()
Object.values(STOP_WORDS).forEach((words, index) => {
  for (const word of words) {
    const entry = WEIGHT.get(word) ?? { languages: [], weight: 1 }
    if (!entry.languages.includes(index)) entry.languages.push(index)
    WEIGHT.set(word, entry)
  }
})
const LONGEST_WORD = Math.max(...[...WEIGHT.keys()].map((word) => word.length))
// A word several languages share counts for each by a share of one.
for (const entry of WEIGHT.values()) entry.weight = 1 / entry.languages.length

/**
 * The language of a text (ISO 639-1 among en de fr es pt it nl pl) by its function words,
 * or null when too few are found to tell (a text of names and technologies).
 */
export function detectLanguage(text: string): { value: string; score: number } | null {
  const scores = new Float64Array(LANGUAGES.length)
  // Languages in the order the text first shows them: the first of equal scores wins.
  const order: number[] = []
  let seen = 0
  // Lower-cased a chunk at a time (per-word calls cost more than the text), cut at a space
  // so no word is split; past MAX_WORDS the rest of a long text is never lower-cased.
  for (let from = 0; from < text.length && seen <= MAX_WORDS;) {
    const space = text.indexOf(' ', from + CHUNK_CHARS)
    const to = space < 0 ? text.length : space
    const lower = text.slice(from, to).toLowerCase()
    from = to
    forEachLetterRun(lower, (start, end) => {
      if (++seen > MAX_WORDS) return false
      if (end - start > LONGEST_WORD) return
      const entry = WEIGHT.get(lower.slice(start, end))
      if (!entry) return
      for (const index of entry.languages) {
        if (scores[index] === 0) order.push(index)
        scores[index]! += entry.weight
      }
    })
  }
  let best: { value: string; score: number } | null = null
  for (const index of order) {
    const score = scores[index]!
    if (!best || score > best.score) best = { value: LANGUAGES[index]!, score }
  }
  return best && best.score >= 3 ? best : null
}
