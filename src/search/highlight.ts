import { fold, queryTerms, TOKEN } from './text.ts'

export type TextPart = { text: string; match: boolean }

/**
 * Splits `text` into parts, marking where a word starts with a term of the query `q`
 * (accents and case ignored) — the same token-prefix rule the engines search by, so "post"
 * marks "Post" in "PostgreSQL". The UI renders matches in <mark>; the text itself is never
 * treated as HTML.
 */
export function highlightParts(
  text: string,
  q: string,
  /** Whole words to mark too: the names an alias stands for, the words a typo meant. */
  words: readonly string[] = [],
): TextPart[] {
  const terms = queryTerms(q)
  if (terms.length === 0 || text === '') return [{ text, match: false }]
  const whole = new Set(words)
  // Folding can change length (combining marks go, ligatures split), so fold per
  // character and remember where each folded character came from.
  // Code points, not code units, so a letter outside the BMP folds as a whole.
  let haystack = ''
  const from: number[] = []
  const to: number[] = []
  let i = 0
  for (const ch of text) {
    const f = fold(ch)
    haystack += f
    for (let u = 0; u < f.length; u++) {
      from.push(i)
      to.push(i + ch.length)
    }
    i += ch.length
  }
  const marked = new Uint8Array(text.length)
  for (const token of haystack.matchAll(TOKEN)) {
    let longest = 0
    for (const term of terms)
      if (term.length > longest && token[0].startsWith(term)) longest = term.length
    if (whole.has(token[0])) longest = token[0].length
    for (let k = token.index; k < token.index + longest; k++) marked.fill(1, from[k], to[k])
  }
  const parts: TextPart[] = []
  for (let i = 0; i < text.length; i++) {
    const match = marked[i] === 1
    const last = parts[parts.length - 1]
    if (last && last.match === match) last.text += text[i]
    else parts.push({ text: text[i]!, match })
  }
  return parts
}
