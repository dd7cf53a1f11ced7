import { STOP_WORDS } from './stop-words.ts'
import { forEachLetterRun } from './word-start.ts'
import { LEVEL_WORDS } from './words/level-words.ts'
import { ROLE_NOUNS } from './words/role-nouns.ts'
import { PAY_WORDS, PERIOD_WORDS } from './words/salary-words.ts'
import { SECTION_HEADINGS } from './words/section-headings.ts'

/** Words of the text read for its language; a posting's first few thousand words settle it. */
const MAX_WORDS = 1500
/** Characters lower-cased at a time: a few thousand words. */
const CHUNK_CHARS = 20_000
/** The score a language needs to be told: a few function words. */
const ENOUGH = 3
/**
 * A short posting told by its posting words alone needs less, but then a clear lead: at
 * least this score, and twice the next language's (a near-empty English text with one
 * borrowed French or Portuguese word stays English).
 */
const ENOUGH_WITH_LEAD = 2
const LEAD = 2

const LANGUAGES = Object.keys(STOP_WORDS)
type Weights = Map<string, { languages: number[]; weight: number }>

/** Per word, the languages it belongs to (indexes into LANGUAGES) and its weight. */
function weights(table: Readonly<Record<string, readonly string[]>>): Weights {
  const map: Weights = new Map()
  for (const [language, words] of Object.entries(table)) {
    const index = LANGUAGES.indexOf(language)
    if (index < 0) continue
    for (const word of words) {
      const entry = map.get(word) ?? { languages: [], weight: 1 }
      if (!entry.languages.includes(index)) entry.languages.push(index)
      map.set(word, entry)
    }
  }
  // A word several languages share counts for each by a share of one.
  for (const entry of map.values()) entry.weight = 1 / entry.languages.length
  return map
}

const WEIGHT = weights(STOP_WORDS)

/**
 * A short posting may hold too few function words to tell its language ("Analista de Datos"
 * over three headings and a pay line): the words of its role nouns, section headings and pay
 * phrases, from the parser's per-language word lists, then tell it.
 */
function postingVocabulary(): Weights {
  const table: Record<string, string[]> = {}
  const add = (language: string, phrases: readonly string[], short = false) => {
    // Phrases are read as the scan reads text: word by word ("Functie-eisen", "per maand").
    // Short words are the ones languages borrow from each other ("time", "tech", "team"),
    // except in the pay and period lists, which are each language's own ("RAL", "mês", "año").
    const words = phrases.flatMap(
      (p) => p.toLowerCase().match(short ? /\p{L}{3,}/gu : /\p{L}{5,}/gu) ?? [],
    )
    ;(table[language] ??= []).push(...words.filter((w) => !ENGLISH_FUNCTION_WORDS.has(w)))
  }
  for (const [language, nouns] of Object.entries(ROLE_NOUNS)) add(language, nouns)
  for (const [language, levels] of Object.entries(LEVEL_WORDS))
    add(
      language,
      levels.map(([word]) => word),
    )
  for (const [language, words] of Object.entries(PAY_WORDS)) add(language, words, true)
  for (const periods of Object.values(PERIOD_WORDS))
    for (const [language, words] of Object.entries(periods)) add(language, words, true)
  for (const [language, kinds] of Object.entries(SECTION_HEADINGS))
    for (const phrases of Object.values(kinds)) add(language, phrases)
  return weights(table)
}
let vocabulary: Weights | null = null
/** Words such as "have" in "Nice to have", a heading other languages borrow, tell nothing. */
const ENGLISH_FUNCTION_WORDS = new Set(STOP_WORDS.en)

const LONGEST_WORD = Math.max(...[...WEIGHT.keys()].map((word) => word.length))

/**
 * The language of a text (ISO 639-1 among en de fr es pt it nl pl) by its function words,
 * or null when too few are found to tell (a text of names and technologies).
 */
export function detectLanguage(
  text: string,
  /** Also count the posting vocabulary when the function words do not settle it. */
  byPostingWords = false,
): { value: string; score: number } | null {
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
  let best = bestOf(scores, order)
  if (byPostingWords && (!best || best.score < ENOUGH)) {
    vocabulary ??= postingVocabulary()
    const words = vocabulary
    const lower = text.slice(0, CHUNK_CHARS).toLowerCase()
    forEachLetterRun(lower, (start, end) => {
      const entry = words.get(lower.slice(start, end))
      if (!entry) return
      for (const index of entry.languages) {
        if (scores[index] === 0) order.push(index)
        scores[index]! += entry.weight
      }
    })
    best = bestOf(scores, order)
    if (best && best.score < ENOUGH && best.score >= ENOUGH_WITH_LEAD) {
      const lead = best
      const next = Math.max(0, ...[...scores].filter((_, i) => LANGUAGES[i] !== lead.value))
      if (lead.score >= LEAD * next) return lead
    }
  }
  return best && best.score >= ENOUGH ? best : null
}

function bestOf(scores: Float64Array, order: number[]): { value: string; score: number } | null {
  let best: { value: string; score: number } | null = null
  for (const index of order) {
    const score = scores[index]!
    if (!best || score > best.score) best = { value: LANGUAGES[index]!, score }
  }
  return best
}
