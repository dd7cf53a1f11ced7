import { fold, queryTerms } from './reference-engine.ts'

export type TextPart = { text: string; match: boolean }

/**
 * Splits `text` into parts, marking where a term of the query `q` appears (accents and case
 * ignored). The UI renders matches in <mark>; the text itself is never treated as HTML.
 */
export function highlightParts(text: string, q: string): TextPart[] {
  const terms = queryTerms(q)
  if (terms.length === 0 || text === '') return [{ text, match: false }]
  // Folding can change length ("ß" stays, combining marks go), so fold per character.
  const folded: string[] = []
  const origin: number[] = []
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!)
    for (const ch of f) {
      folded.push(ch)
      origin.push(i)
    }
  }
  const haystack = folded.join('')
  const marked = new Uint8Array(text.length)
  for (const term of terms) {
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
      for (let k = at; k < at + term.length; k++) marked[origin[k]!] = 1
    }
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
