/**
 * Turns the word lists of this folder into regular expressions. One convention for all of
 * them: matching ignores case, words are whole (Unicode letters count as word characters, so
 * "Développeur" and "Stażysta" work where `\b` would not), a space also matches a hyphen or a
 * comma and space, `*stem` may end a compound and `stem*` may start one.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g
const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])'
const LETTER_AFTER = '(?![\\p{L}\\p{N}])'
/** How long the rest of a compound may be ("Software" + "entwickler"). */
const COMPOUND = '\\p{L}{0,24}?'

function escapeWord(word: string): string {
  return word
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(SPECIAL, '\\$&'))
    .join('(?:\\s+|-|,\\s*)')
}

/** Alternation of the phrases, longest first so that "semi senior" is tried before "senior". */
export function phraseSource(words: readonly string[]): string {
  const plain: string[] = []
  const suffixes: string[] = []
  const prefixes: string[] = []
  for (const raw of new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))) {
    if (raw.startsWith('*')) suffixes.push(raw.slice(1))
    else if (raw.endsWith('*')) prefixes.push(raw.slice(0, -1))
    else plain.push(raw)
  }
  const alt = (list: string[]) =>
    list
      .sort((a, b) => b.length - a.length)
      .map(escapeWord)
      .join('|')
  const parts: string[] = []
  // A word that ends in punctuation ("sr.", "head,") carries its own end.
  const closed = (w: string) => /[\p{L}\p{N}]$/u.test(w)
  const plainOpen = plain.filter(closed)
  const plainClosed = plain.filter((w) => !closed(w))
  if (plainOpen.length) parts.push(`(?:${alt(plainOpen)})${LETTER_AFTER}`)
  if (plainClosed.length) parts.push(`(?:${alt(plainClosed)})`)
  if (suffixes.length) parts.push(`${COMPOUND}(?:${alt(suffixes)})${LETTER_AFTER}`)
  if (prefixes.length) parts.push(`(?:${alt(prefixes)})`)
  return `${LETTER_BEFORE}(?:${parts.join('|')})`
}

/** A case-insensitive, Unicode regex matching any of the phrases as whole words. */
export function phraseRegex(words: readonly string[], flags = ''): RegExp {
  return new RegExp(phraseSource(words), `iu${flags}`)
}

/** The same key for a word however it is written: lower case, single spaces, no hyphens. */
export function wordKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s,-]+/g, ' ')
    .trim()
}
