import { stripUnsafeCharacters } from '@/lib/export-text'
import type { PostingCard } from '@/model/board-files'
import { currentStatusSince } from '@/model/tracker-status'
import type { Bookmark } from '@/storage/schema'

/**
 * A cell a spreadsheet would run as a formula: one starting with = + - @ (or their
 * full-width forms), also after leading spaces or line breaks, which spreadsheets skip;
 * or starting with a tab or carriage return (OWASP's list).
 */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that
 * a spreadsheet would run as a formula is prefixed with an apostrophe; control and
 * bidirectional-override characters are stripped.
 */
export function csvCell(value: string | null | undefined): string {
  let text = stripUnsafeCharacters(value ?? '')
  if (FORMULA.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const BOOKMARK_CSV_COLUMNS = [
  'id',
  'title',
  'company',
  'status',
  'status_set_at',
  'note',
  'bookmarked_at',
  'updated_at',
  'source_url',
] as const

/** Bookmarks as CSV, one row each; a bookmark whose posting is gone keeps its id and note. */
export function bookmarksToCsv(
  bookmarks: Bookmark[],
  postings: ReadonlyMap<string, PostingCard>,
): string {
  const rows = [BOOKMARK_CSV_COLUMNS.join(',')]
  for (const bookmark of bookmarks) {
    const posting = postings.get(bookmark.postingId)
    rows.push(
      [
        bookmark.postingId,
        posting?.title,
        posting?.company,
        bookmark.status,
        // Empty when the date was never recorded (statuses set before version 4).
        currentStatusSince(bookmark.statusHistory),
        bookmark.note,
        bookmark.createdAt,
        bookmark.updatedAt,
        posting?.source.url,
      ]
        .map(csvCell)
        .join(','),
    )
  }
  return rows.join('\r\n') + '\r\n'
}
