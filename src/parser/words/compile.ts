import { escapeRegExp } from '../lib/escape-regexp.ts'
import { LowerCasePattern } from '../lib/lower-case.ts'

/**
 * Turns the word lists of this folder into regular expressions. One convention for all of
 * them: matching ignores case, words are whole (Unicode letters count as word characters, so
 * "Développeur" and "Stażysta" work where `\b` would not), a space also matches a hyphen or a
 * comma and space, `*stem` may end a compound and `stem*` may start one.
 */

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])'
const LETTER_AFTER = '(?![\\p{L}\\p{N}])'

function escapeWord(word: string): string {
  return word.toLowerCase().split(/\s+/).map(escapeRegExp).join('(?:\\s+|-|,\\s*)')
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
  // A word that starts or ends in punctuation ("/h", "sr.") carries its own boundary there.
  const wordy = (c: string) => /[\p{L}\p{N}]/u.test(c)
  for (const opens of [true, false])
    for (const closes of [true, false]) {
      const group = plain.filter(
        (w) => wordy(w.charAt(0)) === opens && wordy(w.slice(-1)) === closes,
      )
      if (group.length)
        parts.push(`${opens ? LETTER_BEFORE : ''}(?:${alt(group)})${closes ? LETTER_AFTER : ''}`)
    }
  // A compound's head is whatever precedes the stem in the word ("Software" + "entwickler"):
  // no boundary before the stem, so the engine scans for it instead of trying word lengths.
  if (suffixes.length) parts.push(`(?:${alt(suffixes)})${LETTER_AFTER}`)
  if (prefixes.length) parts.push(`${LETTER_BEFORE}(?:${alt(prefixes)})`)
  return `(?:${parts.join('|')})`
}

/**
 * A case-insensitive, Unicode regex matching any of the phrases as whole words. It reads the
 * lower-cased text without the `i` flag (lib/lower-case.ts): V8 runs a long alternation
 * several times faster so.
 */
export function phraseRegex(words: readonly string[], flags = ''): RegExp {
  return new LowerCasePattern(new RegExp(phraseSource(words), `iu${flags}`))
}

/** The same key for a word however it is written: lower case, single spaces, no hyphens. */
export function wordKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s,-]+/g, ' ')
    .trim()
}
