import { headingKind, WORK_SECTIONS } from './segment.ts'
import { stripEmoji } from './text.ts'
import type { Line } from './types.ts'
import { FEATURED_ROLE_HEADINGS } from './words/featured-role-headings.ts'
import { allLanguages } from './words/languages.ts'

const HEADINGS = new Set(allLanguages(FEATURED_ROLE_HEADINGS))
/** The longest heading, in characters: a longer line is asked nothing. */
const MAX_HEADING = Math.max(...[...HEADINGS].map((heading) => heading.length)) + 8

function headingKey(text: string): string {
  return stripEmoji(text)
    .replace(/^[#*\s]+|[:：*\s]+$/g, '')
    .toLowerCase()
}

/**
 * "💼 Job of the week" deep in a newsletter's issue: the essay, its author and its
 * sign-up prompts above the heading are the newsletter's, and the role it features starts
 * under it. Only the first such heading counts, only with text under it, and only under no
 * section of a posting.
 */
export function markAboveFeaturedRole(lines: Line[], mark: (line: Line, reason: string) => void) {
  const at = lines.findIndex(
    (line) =>
      line.kind !== 'blank' &&
      line.text.length <= MAX_HEADING &&
      HEADINGS.has(headingKey(line.text)),
  )
  if (at < 1 || !lines.slice(at + 1).some((line) => line.kind !== 'blank')) return
  // A posting's own sections above it ("Requirements", "Benefits"): the heading is a board's
  // sidebar under the posting, not a newsletter's featured role.
  const isSection = (line: Line) => {
    const kind = line.kind === 'blank' ? null : headingKind(line)
    return kind !== null && kind !== 'unknown' && WORK_SECTIONS.has(kind)
  }
  if (lines.slice(0, at).some(isSection)) return
  for (const line of lines.slice(0, at))
    if (line.kind !== 'blank') mark(line, 'newsletter above its featured role')
  mark(lines[at] as Line, 'newsletter above its featured role')
}
