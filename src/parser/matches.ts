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

/** Where matches of a regex may be: each ends at `end` and starts at or after `earliest`. */
export type MatchAnchor = { end: number; earliest: number }

/**
 * `allMatches` of a global regex every match of which ends at one of `anchors` (sorted by
 * `end`) and starts no earlier than that anchor says: the search starts at the earliest
 * place a match may start, not at every character of the text. A regex that tries a
 * capitalised name at every word start before a rare word ("… GmbH") is searched only
 * before the places where that word stands. The matches are those of `allMatches`: no match
 * can start where the search skips.
 */
export function allMatchesBefore(
  re: RegExp,
  text: string,
  anchors: readonly MatchAnchor[],
): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatchesBefore needs a global regex: /${re.source}/`)
  // The earliest start of a match ending at any anchor from the k-th on.
  const lowest: number[] = new Array<number>(anchors.length)
  for (let k = anchors.length - 1, min = Infinity; k >= 0; k--)
    lowest[k] = min = Math.min(min, anchors[k]!.earliest)
  const start = re.lastIndex
  const found: RegExpExecArray[] = []
  try {
    let from = 0
    for (let k = 0; ;) {
      // A match from `from` on is not empty, so it ends past `from`.
      while (k < anchors.length && anchors[k]!.end <= from) k++
      if (k >= anchors.length) break
      re.lastIndex = Math.max(from, lowest[k]!)
      const m = re.exec(text)
      if (!m) break
      if (m[0] === '') throw new TypeError('allMatchesBefore: an empty match has no anchor')
      found.push(m)
      from = re.lastIndex
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

/**
 * `allMatches` of a regex whose every match lies within one run of non-space characters
 * containing `mark` (a host name needs its dot): the regex runs only on those runs, so a
 * text of prose is not tried at every letter. Only for a regex that can match no white
 * space and looks around no further than its own run (a lookahead stopping at a space is
 * fine); then the matches and their `index` are those of `allMatches(re, text)`.
 */
export function allMatchesInRuns(re: RegExp, text: string, mark: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  let from = 0
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, from)) {
    let start = at
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--
    let end = at + mark.length
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++
    for (const m of allMatches(re, text.slice(start, end))) {
      m.index += start
      found.push(m)
    }
    from = end
  }
  return found
}

/** Whether a UTF-16 unit is white space as `\s` means it in a regex. */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** How a pattern that only matches where a sentence or line starts begins (flag `m`). */
export const SENTENCE_START_SOURCE = String.raw`(?:^|[.!?]\s+)`

let startsOf: { text: string; starts: number[] } | null = null

/**
 * Every position where `(?:^|[.!?]\s+)` may begin a match (flag `m`): the text's start, after
 * a line break, and at a ".", "!" or "?" before white space. Kept for the last text asked
 * about: the company patterns read one document's text many times.
 */
function sentenceStarts(text: string): number[] {
  if (startsOf?.text === text) return startsOf.starts
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) starts.push(i + 1)
    else if ((c === 0x2e || c === 0x21 || c === 0x3f) && isSpace(text.charCodeAt(i + 1)))
      starts.push(i)
  }
  startsOf = { text, starts }
  return starts
}

/**
 * `allMatches` of a global, multiline regex whose source begins with
 * `SENTENCE_START_SOURCE`: it is tried only where that start can match, with a sticky copy,
 * instead of at every character (V8 finds no cheaper scan for a start of `^` or
 * punctuation). Elsewhere the regex cannot match, so the matches are `allMatches(re, text)`.
 */
export function allMatchesAtSentenceStarts(re: RegExp, text: string): RegExpExecArray[] {
  const sticky = stickyTwin(re)
  const found: RegExpExecArray[] = []
  let from = 0
  for (const start of sentenceStarts(text)) {
    if (start < from) continue
    sticky.lastIndex = start
    const m = sticky.exec(text)
    if (!m) continue
    found.push(m)
    from = sticky.lastIndex
  }
  return found
}

const STICKY = new WeakMap<RegExp, RegExp>()
function stickyTwin(re: RegExp): RegExp {
  let sticky = STICKY.get(re)
  if (sticky) return sticky
  if (!re.global || !re.multiline || !re.source.startsWith(SENTENCE_START_SOURCE))
    throw new TypeError(`allMatchesAtSentenceStarts: /${re.source.slice(0, 40)}…/${re.flags}`)
  sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')
  STICKY.set(re, sticky)
  return sticky
}
