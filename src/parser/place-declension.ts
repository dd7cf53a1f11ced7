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
 * For keys of `count` words, the words a known name has at each place (undefined: no known
 * name has that many words).
 */
export type KnownWords = (count: number) => readonly ReadonlySet<string>[] | undefined

/**
 * The nominative keys an inflected place key may stand for ("krakowie" -> "krakow", ...;
 * "zielonej gorze" -> "zielona gora", ...), the key itself left out. The last word is the
 * noun; words before it may be adjectives or nouns ("Bielsku-Białej"). The caller keeps
 * those the gazetteer knows; with `known`, a form no known name has at its place is dropped
 * before the forms are combined (the same keys the gazetteer knows come out, in the same
 * order, without building the thousands of combinations of a three-word name).
 */
export function nominativeKeys(
  key: string,
  rules: Declension = POLISH_DECLENSION,
  known?: KnownWords,
): string[] {
  const words = key.split(' ')
  if (words.length > MAX_WORDS) return []
  const places = known?.(words.length)
  if (known && !places) return []
  const options = words.map((word, i) => {
    const forms = [word, ...adjectiveForms(word, rules), ...nounForms(word, rules)]
    return places ? forms.filter((form) => places[i]?.has(form)) : forms
  })
  let keys = ['']
  for (const choices of options)
    keys = keys.flatMap((head) => choices.map((c) => (head ? `${head} ${c}` : c)))
  return [...new Set(keys)].filter((k) => k !== key)
}
