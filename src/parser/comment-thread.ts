import { COMMENT_END, COMMENT_HEADER } from './patterns.ts'
import type { Line } from './types.ts'

/** Links only a comment's header has, beside its age: a line with an age alone is a date. */
const HEADER_LINKS = /\|\s*(?:prev|next|parent|root|context)\b|\[[–-]\]\s*$/

/**
 * A forum's thread page copied whole ("Ask HN: Who is hiring?"): the site's menu, the thread's
 * title and its own text (which asks posters to write REMOTE or ONSITE, and would read as
 * this posting's terms), then comments, each under a header with its author and age. The
 * posting is the first comment: what stands before its header, its "reply" link and every
 * comment after it are the page's. Marks those lines with `mark`; does nothing to a text with
 * no comment header.
 */
export function markCommentThread(lines: Line[], mark: (line: Line, reason: string) => void) {
  const first = lines.findIndex(
    (line) => line.kind !== 'blank' && HEADER_LINKS.test(line.raw) && COMMENT_HEADER.test(line.raw),
  )
  if (first < 0) return
  for (let i = 0; i <= first; i++) {
    const line = lines[i]
    if (line && line.kind !== 'blank') mark(line, 'comment thread')
  }
  let ended = false
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]
    if (!line || line.kind === 'blank') continue
    if (!ended && (COMMENT_END.test(line.raw) || COMMENT_HEADER.test(line.raw))) ended = true
    if (ended) mark(line, 'comment thread')
  }
}
