import type { Line } from './types.ts'

/** The archive's own line over a saved page: "The Wayback Machine - https://web.archive.org/web/…". */
const ARCHIVE_LINE = /^the wayback machine\s*[-–—]\s*https?:\/\/web\.archive\.org\/web\//i
/** The toolbar's last line: the list of the page's captures ends with its timestamps. */
const TOOLBAR_END = /^timestamps$/i
/** How many lines the archive's toolbar may take. */
const TOOLBAR_REACH = 30

/** The reason the toolbar's lines are left out. */
export const WEB_ARCHIVE = 'web archive'

/**
 * A page copied from a web archive (the Wayback Machine): the archive's toolbar stands over
 * the page as it was (the archived address, "Go", "14 captures", a calendar, "About this
 * capture", "COLLECTED BY", "TIMESTAMPS"). It is the archive's, not the posting's. Marks
 * those lines with `mark`; does nothing to a text that does not open with the archive's line.
 */
export function markWebArchiveToolbar(
  lines: Line[],
  mark: (line: Line, reason: string) => void,
): void {
  const first = lines.findIndex((line) => line.kind !== 'blank')
  if (first < 0 || !ARCHIVE_LINE.test(lines[first]?.raw.trim() ?? '')) return
  const end = lines
    .slice(first, first + TOOLBAR_REACH)
    .findIndex((line) => TOOLBAR_END.test(line.text.trim()))
  const last = end < 0 ? first : first + end
  for (let i = first; i <= last; i++) {
    const line = lines[i]
    if (line && line.kind !== 'blank') mark(line, WEB_ARCHIVE)
  }
}
