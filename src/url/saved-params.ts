import type { FilterState } from '../model/filters.ts'
import {
  BOOKMARK_STATUSES,
  isBookmarkStatus,
  type BookmarkStatus,
} from '../model/tracker-status.ts'
import { boardParamsToString, parseBoardParams, type ParsedParams } from './board-params.ts'
import { createNotes, either, quote } from './notes.ts'
import { readQuery } from './query.ts'

/** What `/saved` shows: the board's filters over the bookmarks, and which tracker columns. */
export type SavedView = {
  filters: FilterState
  /** Tracker columns to show, in BOOKMARK_STATUSES order; empty: every column. */
  status: BookmarkStatus[]
}

/**
 * `status` is a list parameter like the board's (`stack`, `mode`): repeated,
 * `?status=applied&status=interviewing`. A comma-separated value (`status=applied,interviewing`)
 * is read too, as people type it, and written back repeated.
 */
export const STATUS_PARAM = 'status'

/** Statuses in the tracker's order, each once. */
const canonical = (statuses: Iterable<BookmarkStatus>) => {
  const chosen = new Set(statuses)
  return BOOKMARK_STATUSES.filter((status) => chosen.has(status))
}

/**
 * Reads `/saved`'s query string: the board's parameters (parseBoardParams) plus `status`.
 * Never throws: anything it cannot use is left out and described in `notes`.
 */
export function parseSavedParams(input: URLSearchParams | string): ParsedParams<SavedView> {
  const read = readQuery(input)
  const boardParams = new URLSearchParams()
  const statuses: BookmarkStatus[] = []
  const statusNotes: string[] = []
  for (const [key, value] of read.params) {
    if (key !== STATUS_PARAM) {
      boardParams.append(key, value)
      continue
    }
    if (value.trim() === '') {
      statusNotes.push(`Ignored an empty “${STATUS_PARAM}” value.`)
      continue
    }
    for (const part of value.split(',')) {
      const status = part.trim().toLowerCase()
      if (isBookmarkStatus(status)) statuses.push(status)
      else if (status !== '')
        statusNotes.push(
          `Ignored ${STATUS_PARAM} ${quote(part)}: use ${either(BOOKMARK_STATUSES)}.`,
        )
    }
  }
  const board = parseBoardParams(boardParams)
  const notes = createNotes()
  for (const note of [...read.notes, ...board.notes, ...statusNotes]) notes.add(note)
  return { value: { filters: board.value, status: canonical(statuses) }, notes: notes.list() }
}

/**
 * Writes `/saved`'s view as a canonical query string (no leading "?"): the board's
 * parameters in their order, then `status` once per status in the tracker's order.
 */
export function savedParamsToString(view: SavedView): string {
  const board = boardParamsToString(view.filters)
  const status = canonical(view.status.filter(isBookmarkStatus))
    .map((value) => `${STATUS_PARAM}=${value}`)
    .join('&')
  return [board, status].filter(Boolean).join('&')
}
