import * as v from 'valibot'
import { isPostingId, postingIdProblem } from '@/model/posting-id'
import {
  BookmarkV3Schema,
  LEGACY_TRAY_KEY,
  LEGACY_V1_KEY,
  MAX_STORED_NOTE_LENGTH,
  TRAY_ID,
  checkRecord,
  type Bookmark,
  type BookmarkV3,
  type RecordKind,
  type RecordOf,
  type Tray,
} from './schema'

/** One record to write, in the current layout. */
export type MigratedRecord = { [K in RecordKind]: { kind: K; record: RecordOf[K] } }[RecordKind]

/**
 * A part of the old data that cannot be carried forward as a record: kept verbatim (`raw`,
 * JSON of just that part) with the reason, so the store sets it aside in quarantine (still
 * exported) and an import lists it as refused. Nothing is ever cut to fit.
 */
export type LeftBehind = { key: string; raw: string; reason: string }

export type Migration =
  { ok: true; records: MigratedRecord[]; leftBehind: LeftBehind[] } | { ok: false; reason: string }

const V1_FIELDS = new Set(['version', 'bookmarks', 'notes', 'hidden', 'searches'])

const V1SearchSchema = v.object({
  name: v.string(),
  query: v.string(),
  createdAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
})

const shown = (id: unknown) => {
  const text = typeof id === 'string' ? id : JSON.stringify(id)
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Version 1 (first release) kept one JSON document under the key `roleboard`: bookmarked
 * ids, notes by id, hidden ids and saved searches. Each part is carried over on its own:
 * a bookmark with an id this version cannot use, or a field it does not know, is left
 * behind with its reason while everything else moves on. Every bookmark gets the status
 * "saved"; a note on a role that was not bookmarked becomes a bookmark too. Notes and
 * names keep their full length.
 */
export function migrateV1ToV2(document: unknown, now: string): Migration {
  if (!isPlainObject(document) || document.version !== 1)
    return { ok: false, reason: 'not a version 1 document: it has no "version": 1' }
  const records: MigratedRecord[] = []
  const leftBehind: LeftBehind[] = []
  const leave = (part: unknown, reason: string) =>
    leftBehind.push({ key: LEGACY_V1_KEY, raw: JSON.stringify(part), reason })

  const list = (field: string): unknown[] => {
    const value = document[field]
    if (value === undefined) return []
    if (Array.isArray(value)) return value
    leave({ [field]: value }, `“${field}” is not a list`)
    return []
  }

  // Notes by id, as own properties only: a note under "__proto__" is data like any other.
  const notes = new Map<string, unknown>()
  if (isPlainObject(document.notes)) {
    for (const [id, note] of Object.entries(document.notes)) notes.set(id, note)
  } else if (document.notes !== undefined) leave({ notes: document.notes }, '“notes” is not a map')

  const carry = <K extends RecordKind>(kind: K, data: unknown, part: unknown, what: string) => {
    const checked = checkRecord(kind, data)
    if (checked.ok) records.push({ kind, record: checked.record } as MigratedRecord)
    else leave(part, `${what}: ${checked.reason}`)
  }

  const bookmarked = new Set<string>()
  for (const id of [...list('bookmarks'), ...notes.keys()]) {
    if (typeof id === 'string' && bookmarked.has(id)) continue
    const hasNote = typeof id === 'string' && notes.has(id)
    const note = hasNote ? notes.get(id) : ''
    const part = { bookmarks: [id], ...(hasNote ? { notes: { [id]: note } } : {}) }
    if (typeof id === 'string') bookmarked.add(id)
    const problem = postingIdProblem(id)
    if (problem) {
      leave(part, `bookmark ${shown(id)}: ${problem}`)
      continue
    }
    if (typeof note !== 'string' || note.length > MAX_STORED_NOTE_LENGTH) {
      leave(
        part,
        `bookmark ${shown(id)}: the note ${typeof note === 'string' ? `is ${note.length} characters long` : 'is not text'}`,
      )
      continue
    }
    // Version 1 kept no dates at all: when the role was saved is not known.
    const bookmark = withStatusHistory(
      // Both checked above: the id is a posting id, the note text of a stored length.
      { postingId: id as string, status: 'saved', note, createdAt: now, updatedAt: now },
      { savedAtKnown: false },
    )
    carry('bookmark', bookmark, part, `bookmark ${shown(id)}`)
  }

  const hidden = new Set<string>()
  for (const id of list('hidden')) {
    if (typeof id === 'string' && hidden.has(id)) continue
    if (!isPostingId(id)) {
      leave({ hidden: [id] }, `hidden role ${shown(id)}: ${postingIdProblem(id)}`)
      continue
    }
    hidden.add(id)
    carry('hidden', { postingId: id, at: now }, { hidden: [id] }, `hidden role ${shown(id)}`)
  }

  list('searches').forEach((search, index) => {
    const parsed = v.safeParse(V1SearchSchema, search)
    if (!parsed.success) {
      const issue = parsed.issues[0]
      const path = issue ? v.getDotPath(issue) : null
      leave({ searches: [search] }, `saved search ${index + 1}: ${path ?? ''} ${issue?.message}`)
      return
    }
    const { name, query, createdAt } = parsed.output
    const data = {
      id: `v1-${index + 1}`,
      name: name.trim() || `Search ${index + 1}`,
      query: query.replace(/^\?/, ''),
      createdAt: createdAt ?? now,
      lastOpenedAt: null,
      seenIds: [],
    }
    carry('search', data, { searches: [search] }, `saved search ${shown(name)}`)
  })

  for (const [field, value] of Object.entries(document))
    if (!V1_FIELDS.has(field))
      leave({ [field]: value }, `the field “${field}” is not one this version knows`)

  return { ok: true, records, leftBehind }
}

/**
 * Up to version 2 the compare tray was its own localStorage value, `{"version": 1, "ids":
 * [...]}`. It becomes the one `tray` record; a value that does not read as a tray whole is
 * left behind (set aside) rather than trimmed.
 */
export function migrateTray(raw: string, now: string): Migration {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return {
      ok: true,
      records: [],
      leftBehind: [{ key: LEGACY_TRAY_KEY, raw, reason: 'compare tray: not valid JSON' }],
    }
  }
  const ids = isPlainObject(data) && data.version === 1 ? data.ids : undefined
  const checked = checkRecord('tray', { id: TRAY_ID, ids, updatedAt: now })
  if (!checked.ok)
    return {
      ok: true,
      records: [],
      leftBehind: [{ key: LEGACY_TRAY_KEY, raw, reason: `compare tray: ${checked.reason}` }],
    }
  const tray: Tray = checked.record
  return {
    ok: true,
    records: tray.ids.length ? [{ kind: 'tray', record: tray }] : [],
    leftBehind: [],
  }
}

/**
 * Version 4 records when each status was set (`statusHistory`). Up to version 3 a bookmark
 * had only its current status, so its history starts with that one status:
 *
 * - "saved" is dated with the bookmark's `createdAt`: a bookmark is created as "saved", so
 *   the day it was made is the day that status was set (version 1 data, which had no
 *   dates and got the migration's time as `createdAt`, passes `savedAtKnown: false`).
 * - any other status gets `at: null`, "date not recorded": version 3 never wrote down when
 *   a status changed, and `updatedAt` moves with every note edit too, so any date would be
 *   a guess shown as a fact.
 *
 * Nothing else changes: every field is kept as it was.
 */
export function withStatusHistory(
  bookmark: BookmarkV3,
  { savedAtKnown = true }: { savedAtKnown?: boolean } = {},
): Bookmark {
  const at = bookmark.status === 'saved' && savedAtKnown ? bookmark.createdAt : null
  return { ...bookmark, statusHistory: [{ status: bookmark.status, at }] }
}

/**
 * A version 3 bookmark (stored, or in an export file of version 3 or older) as a version
 * 4 record, or why it cannot be one (the store then sets it aside with the reason, as any
 * unreadable record; an import refuses it).
 */
export function migrateBookmarkV3ToV4(
  data: unknown,
): { ok: true; record: Bookmark } | { ok: false; reason: string } {
  if (isPlainObject(data) && 'statusHistory' in data)
    return { ok: false, reason: 'not a version 3 bookmark: it has a status history already' }
  const parsed = v.safeParse(BookmarkV3Schema, data)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const path = issue ? v.getDotPath(issue) : null
    return {
      ok: false,
      reason: `not a valid bookmark: ${path ? `${path}: ` : ''}${issue?.message}`,
    }
  }
  return checkRecord('bookmark', withStatusHistory(parsed.output))
}
