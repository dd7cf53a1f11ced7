/**
 * Text-search semantics shared by both engines and the highlighter: text is folded
 * (accents and case ignored), split into tokens, and a query matches when every one of
 * its terms is the start of some token ("post" matches "PostgreSQL", "gres" does not).
 */

/** Lower-case, accents stripped: "Kraków" and "krakow" match. */
export function fold(text: string): string {
  // Most postings are plain ASCII, where folding is lower-casing; normalising is slow.
  if (ASCII.test(text)) return text.toLowerCase()
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // The only context-dependent lower-casing: fold final sigma like any other sigma so
      // folding a whole text and folding it character by character agree.
      .replace(/ς/g, 'σ')
  )
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\u0000-\u007f]*$/

/** Letters (with their marks), digits, and the "+" and "#" of "C++" and "C#". */
export const TOKEN = /[\p{L}\p{M}\p{N}+#]+/gu
/** TOKEN for folded ASCII text, where it means the same and runs much faster. */
const ASCII_TOKEN = /[a-z0-9+#]+/g

/** Tokens of already folded text, in order, with repeats. */
export function tokenize(folded: string): string[] {
  return folded.match(ASCII.test(folded) ? ASCII_TOKEN : TOKEN) ?? []
}

/** Distinct terms of a query, folded; punctuation separates terms like spaces do. */
export function queryTerms(q: string): string[] {
  return [...new Set(tokenize(fold(q)))]
}

/** Does some token start with `term`? The naive check the reference engine uses. */
export function tokensHavePrefix(tokens: readonly string[], term: string): boolean {
  return tokens.some((token) => token.startsWith(term))
}
