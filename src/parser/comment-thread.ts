import { COMMENT_END, COMMENT_HEADER } from './patterns.ts'
import type { Line } from './types.ts'
import { allLanguages } from './words/languages.ts'
import { MAIL_ACTION_WORDS, REPLY_LINK_WORDS } from './words/page-chrome-words.ts'

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

const REPLY_LINK = new Set(allLanguages(REPLY_LINK_WORDS))
const MAIL_ACTION = new Set(allLanguages(MAIL_ACTION_WORDS))
/** A post's count of likes over its reply link: "3 Likes", "1 Like". */
const LIKES = /^\d[\d.,]*k? likes?$/i
/** The fewest lines of the first post before its reply link: a title, a name and some text. */
const FIRST_POST_LINES = 4

/**
 * A forum's thread page copied whole (Discourse, a board's "Jobs" category): the hiring post,
 * its "Reply" link on a line of its own, then the replies, each closed by its own link, and
 * the forum's related topics. What follows the first post's link is the thread's, not the
 * posting's: a reader's question names another town, the poster's answer a tool. Marks those
 * lines with `mark`; does nothing to a text with no reply link under some text.
 */
export function markForumReplies(lines: Line[], mark: (line: Line, reason: string) => void) {
  let seen = 0
  let link = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line || line.kind === 'blank' || line.noise) continue
    if (seen >= FIRST_POST_LINES && REPLY_LINK.has(line.text.trim().toLowerCase())) {
      // "Reply", "Reply all", "Forward": a mail client's toolbar, over a message.
      const next = lines.slice(i + 1).find((after) => after.kind !== 'blank')
      if (MAIL_ACTION.has(next?.text.trim().toLowerCase() ?? '')) return
      link = i
      break
    }
    seen++
  }
  // A reply link at the very end closes the post and nothing else.
  if (link < 0 || !lines.slice(link + 1).some((line) => line.kind !== 'blank')) return
  const above = lines.slice(0, link).findLastIndex((line) => line.kind !== 'blank')
  if (above >= 0 && LIKES.test(lines[above]?.text.trim() ?? ''))
    mark(lines[above] as Line, 'comment thread')
  for (let i = link; i < lines.length; i++) {
    const line = lines[i]
    if (line && line.kind !== 'blank') mark(line, 'comment thread')
  }
}
