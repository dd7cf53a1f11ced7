import { BEYOND_BASIC, EMOJI } from './patterns.ts'

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

/** The text without emoji; most lines have none, so the emoji regex runs only when needed. */
export function stripEmoji(text: string): string {
  return BEYOND_BASIC.test(text) ? text.replace(EMOJI, '') : text
}
