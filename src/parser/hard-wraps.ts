import { BULLET } from './patterns.ts'
import { opensPageSection } from './page-chrome.ts'
import { allLanguages } from './words/languages.ts'
import { WORDS_BEFORE_MORE } from './words/words-before-more.ts'

/**
 * Text copied from a PDF or a plain-text e-mail breaks its lines at the page's width, in the
 * middle of a sentence, a bullet or a word ("Post-" over "greSQL", "(Spring" over an indented
 * "Boot), used by …"). Each line would be read on its own: a technology cut in two is lost,
 * a sentence's second half is a line of its own. The lines are joined back where the break
 * can only be the width's:
 * - a word broken by a hyphen, its second half in lower case ("respon-" over "sible");
 * - a long line that ends mid-sentence, over a line that goes on in lower case, or on a word
 *   no sentence ends on ("at the" over "Madison, WI …");
 * - a long bullet that ends mid-sentence, over an indented line that is no bullet of its own.
 * A line that starts with a link ("https://…" under a role) is never a broken line's rest.
 */
const WIDTH = 60
const HYPHENATED = /\p{L}\p{Ll}-$/u
const GOES_ON = /^\s*\p{Ll}/u
const INDENTED = /^\s{2,}\S/
const ENDS_CLAUSE = /[.:;!?…]["'’)]?$/
const LINK_FIRST = /^\s*(?:https?:\/\/|www\.)/i
const LAST_WORD = /(?:^|\s)(\p{L}+)$/u
const BEFORE_MORE = new Set(allLanguages(WORDS_BEFORE_MORE))
/** A line's last word is one no sentence ends on. */
function endsBeforeMore(line: string): boolean {
  const last = LAST_WORD.exec(line)?.[1]
  return !!last && BEFORE_MORE.has(last.toLowerCase())
}

export function joinHardWraps(text: string): string {
  if (!text.includes('\n')) return text
  const out: string[] = []
  // The last physical line read (what a break is judged by), and whether it is a bullet or a
  // bullet's rest. Joined lines are collected as pieces: a hostile text of a million broken
  // words must not copy its growing line at every join.
  let piece: string | null = null
  let inBullet = false
  let joined: string[] = []
  const flush = () => {
    if (joined.length) out.push(joined.join(''))
    joined = []
  }
  for (const line of text.split('\n')) {
    const bullet = BULLET.test(line)
    if (piece !== null && piece.trim() && line.trim() && !bullet && !LINK_FIRST.test(line)) {
      const end = piece.trimEnd()
      if (HYPHENATED.test(end) && GOES_ON.test(line)) {
        joined[joined.length - 1] = end.slice(0, -1)
        piece = line.trimStart()
        joined.push(piece)
        continue
      }
      const long = end.length >= WIDTH && !ENDS_CLAUSE.test(end)
      if (
        long &&
        (GOES_ON.test(line) || (inBullet && INDENTED.test(line)) || endsBeforeMore(end)) &&
        // "Personen, die diesen Job angesehen haben, sahen sich auch an" over the first of the
        // listings it heads: a heading of the page is whole, whatever word it ends on.
        !opensPageSection(end.trim())
      ) {
        joined[joined.length - 1] = `${end} `
        piece = line.trim()
        joined.push(piece)
        continue
      }
    }
    flush()
    inBullet = bullet
    piece = line
    joined.push(line)
  }
  flush()
  return out.join('\n')
}
