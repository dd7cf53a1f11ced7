import { BEYOND_BASIC, EMOJI, HAS_LETTER } from './patterns.ts'
import { isSpace as isRegexSpace } from './matches.ts'

/**
 * Trimming by character set, written as loops: a regex such as /[\s.!:]+$/ is quadratic on a
 * long run of those characters that does not reach the end of the line.
 */
export function trimSet(text: string, lead: string, trail: string = lead): string {
  let start = 0
  let end = text.length
  while (
    start < end &&
    (lead.includes(text.charAt(start)) || (lead.includes(' ') && isSpace(text.charCodeAt(start))))
  )
    start++
  while (
    end > start &&
    (trail.includes(text.charAt(end - 1)) ||
      (trail.includes(' ') && isSpace(text.charCodeAt(end - 1))))
  )
    end--
  return text.slice(start, end)
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0
}

/** Words that hold a letter: "Acme – Jobs" is two, its dash no word. */
export function wordsWithLetters(text: string): number {
  return text.split(/\s+/).filter((word) => HAS_LETTER.test(word)).length
}

export function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/**
 * The length of `text.replace(/\s+/g, ' ').trim()`, counted no further than `atLeast`: whether
 * a text is long enough, without building its collapsed copy (a whole posting, for a
 * threshold of a few dozen characters).
 */
export function collapsedLength(text: string, atLeast = Infinity): number {
  let length = 0
  let gap = false
  for (let i = 0; i < text.length && length < atLeast; i++) {
    if (isRegexSpace(text.charCodeAt(i))) {
      gap = length > 0
      continue
    }
    // A run of white space between two characters counts as the one space it becomes.
    if (gap) length++
    gap = false
    length++
  }
  return length
}

/** The text without emoji; most lines have none, so the emoji regex runs only when needed. */
export function stripEmoji(text: string): string {
  return BEYOND_BASIC.test(text) ? text.replace(EMOJI, '') : text
}

const ESC = 0x1b
/** The characters stripControls removes: a regex finds the first (or none) faster than a loop. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HAS_CONTROL = /[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const BEL = 0x07
/** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates): they reorder text. */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
}
/** C0 and C1 control characters and DEL, except tab, line feed and carriage return. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f)
}

/**
 * The end (exclusive) of a terminal escape sequence starting at `start` (an ESC or a C1 CSI):
 * CSI `ESC [ params final`, OSC `ESC ] … BEL|ESC \`, or a two-character `ESC X`.
 */
function escapeEnd(text: string, start: number): number {
  const n = text.length
  let i = start + 1
  if (text.charCodeAt(start) === ESC) {
    const kind = text.charCodeAt(i)
    if (kind === 0x5d) {
      // OSC (a window title, a hyperlink): up to BEL or ESC \ , or the end of the line.
      i++
      while (i < n) {
        const code = text.charCodeAt(i)
        if (code === BEL) return i + 1
        if (code === ESC) return text.charCodeAt(i + 1) === 0x5c ? i + 2 : i
        if (code === 10) return i
        i++
      }
      return n
    }
    if (kind >= 0x20 && kind <= 0x2f) {
      // nF escape (a character set choice, `ESC ( B`): intermediates, then one final byte.
      while (i < n && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++
      const final = text.charCodeAt(i)
      return final >= 0x30 && final <= 0x7e ? i + 1 : i
    }
    if (kind !== 0x5b) return kind >= 0x30 && kind <= 0x7e ? i + 1 : i
    i++
  }
  // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
  while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x3f) i++
  while (i < n && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++
  const final = text.charCodeAt(i)
  return final >= 0x40 && final <= 0x7e ? i + 1 : i
}

/**
 * The text without control characters, bidirectional overrides and isolates, and terminal
 * escape sequences (whole: `ESC [31m`, not just the ESC), so that no field can recolour a
 * terminal, retitle a window or display reordered. Tab, line breaks and letters of every
 * script stay. One pass; most strings have none of these and come back as they are.
 */
export function stripControls(text: string): string {
  if (!HAS_CONTROL.test(text)) return text
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!isControl(code) && !isBidiControl(code)) continue
    out += text.slice(from, i)
    if (code === 0x0b || code === 0x0c)
      out += ' ' // vertical tab, form feed: spacing
    else if (code === 0x85)
      out += '\n' // next line
    else if (code === ESC || code === 0x9b) i = escapeEnd(text, i) - 1
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

/** Every string in a record (objects and arrays, a few levels deep) through stripControls. */
export function stripControlsDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return stripControls(value) as T
  if (depth > 8 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value))
    return (value as unknown[]).map((item) => stripControlsDeep(item, depth + 1)) as T
  // fromEntries defines each key as an own property, even one named `__proto__`.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, stripControlsDeep(item, depth + 1)]),
  ) as T
}
