import { POLISH_DECLENSION, type Declension } from './words/place-declension.ts'

/** A stem shorter than this after its ending is cut is no name ("Ku", "Pa"). */
const MIN_STEM = 3
/** Names of more words than this are not inflected place names. */
const MAX_WORDS = 3

function nounForms(word: string, rules: Declension): string[] {
  const out: string[] = []
  for (const [ending, nominatives] of rules.nouns) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, -ending.length)
    if (stem.length < MIN_STEM) continue
    const stems = [stem]
    for (const [inflected, nominative] of rules.alternations)
      if (stem.endsWith(inflected)) stems.push(stem.slice(0, -inflected.length) + nominative)
    for (const s of stems) for (const n of nominatives) out.push(s + n)
  }
  return out
}

function adjectiveForms(word: string, rules: Declension): string[] {
  const out: string[] = []
  for (const [ending, nominatives] of rules.adjectives) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue
    for (const n of nominatives) out.push(word.slice(0, -ending.length) + n)
  }
  return out
}

/**
 * The nominative keys an inflected place key may stand for ("krakowie" -> "krakow", ...;
 * "zielonej gorze" -> "zielona gora", ...), the key itself left out. The last word is the
 * noun; words before it may be adjectives or nouns ("Bielsku-Białej"). The caller keeps
 * those the gazetteer knows.
 */
export function nominativeKeys(key: string, rules: Declension = POLISH_DECLENSION): string[] {
  const words = key.split(' ')
  if (words.length > MAX_WORDS) return []
  const options = words.map((word) => [
    word,
    ...adjectiveForms(word, rules),
    ...nounForms(word, rules),
  ])
  let keys = ['']
  for (const choices of options)
    keys = keys.flatMap((head) => choices.map((c) => (head ? `${head} ${c}` : c)))
  return [...new Set(keys)].filter((k) => k !== key)
}
