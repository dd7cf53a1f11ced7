/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them, by an `exec`
 * loop. `matchAll` first copies the regex (`new RegExp(re)`), and V8 parses a copy's source
 * again: 10–60 µs for the word-list patterns of several kB, many times the search itself on
 * a title or a sentence. The matches are all found before this returns, so the loop may call
 * code that searches with the same regex; its `lastIndex` is left as it was.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: /${re.source}/${re.flags}`)
  const start = re.lastIndex
  const found: RegExpExecArray[] = []
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push(m)
      // An empty match would be found again at the same place: step over one character.
      if (m[0] === '')
        re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'))
    }
  } finally {
    re.lastIndex = start
  }
  return found
}

/** The index after the character at `index`: a whole surrogate pair in a Unicode regex. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1
}
