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

/**
 * How many code units the character at `index` takes when it is in `charClass` (1, or 2 for
 * a surrogate pair), 0 when it is not (or `index` is past the end). Single code units are
 * asked of the regex once and remembered in a table, since the scans call this per character.
 */
function classifier(charClass: RegExp): (text: string, index: number) => 0 | 1 | 2 {
  /** Per UTF-16 code unit: 0 not yet asked, 1 in the class, 2 not. */
  const units = new Uint8Array(0x10000)
  return (text, index) => {
    if (index >= text.length) return 0
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(index + 1)
      if (low >= 0xdc00 && low <= 0xdfff)
        return charClass.test(text.slice(index, index + 2)) ? 2 : 0
      return 0
    }
    let known = units[code]!
    if (known === 0) {
      known = charClass.test(String.fromCharCode(code)) ? 1 : 2
      units[code] = known
    }
    return known === 1 ? 1 : 0
  }
}

/** Whether the character at `index` (a whole surrogate pair when it starts one) is a letter. */
const letterAt = classifier(LETTER)

/**
 * Calls `visit` with the start and end of every run of letters in a text, in order (the
 * matches of `/\p{L}+/gu`, without building a match object per word) until it returns false.
 */
export function forEachLetterRun(
  text: string,
  visit: (start: number, end: number) => boolean | void,
): void {
  const length = text.length
  let i = 0
  while (i < length) {
    let step = letterAt(text, i)
    if (step === 0) {
      i++
      continue
    }
    const start = i
    while (step !== 0) {
      i += step
      step = i < length ? letterAt(text, i) : 0
    }
    if (visit(start, i) === false) return
  }
}

/**
 * How many code units the letter or digit (`[\p{L}\p{N}]`) at `index` takes: 1, 2 for a
 * surrogate pair, 0 when the character there is neither (or `index` is past the end).
 */
export const wordCharAt = classifier(/[\p{L}\p{N}]/u)

/** Whether the character before `index` (a whole surrogate pair) is a letter or digit. */
export function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return wordCharAt(text, index - 2) === 2
  }
  return wordCharAt(text, index - 1) === 1
}

/**
 * Calls `visit` with the start and end of every run of letters and digits in a text, in
 * order: the matches of `/[\p{L}\p{N}]+/gu`, without a match object per word.
 */
export function forEachWordRun(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length
  let i = 0
  while (i < length) {
    let step = wordCharAt(text, i)
    if (step === 0) {
      i++
      continue
    }
    const start = i
    while (step !== 0) {
      i += step
      step = wordCharAt(text, i)
    }
    visit(start, i)
  }
}
