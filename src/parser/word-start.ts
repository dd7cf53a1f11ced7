/**
 * Matches of a global pattern that start a word: the character before each is not a letter.
 * The same matches as the pattern behind a leading `(?<![\p{L}])`, several times faster: with
 * a lookbehind first, V8 cannot skip ahead to the pattern's first letters and tries every
 * position, so the boundary is checked here, at the few places the pattern matches.
 */
export function* wordStartMatches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error('wordStartMatches needs a global pattern')
  pattern.lastIndex = 0
  for (;;) {
    const m = pattern.exec(text)
    if (!m) return
    if (m.index > 0 && LETTER.test(charBefore(text, m.index))) {
      // A match inside a word: a word may still start within it, so resume one step on.
      pattern.lastIndex = m.index + 1
      continue
    }
    if (m[0] === '') pattern.lastIndex++
    yield m
  }
}

const LETTER = /\p{L}/u

/** The whole character before `index`, a surrogate pair included. */
function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index)
  return text.charAt(index - 1)
}
