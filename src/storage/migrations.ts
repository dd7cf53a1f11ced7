import * as v from 'valibot'
import {
  BookmarkSchema,
  MAX_NOTE_LENGTH,
  MAX_SEARCH_NAME_LENGTH,
  type RecordKind,
  type RecordOf,
} from './schema'

/** One record to write, in the current layout. */
export type MigratedRecord = { [K in RecordKind]: { kind: K; record: RecordOf[K] } }[RecordKind]

/**
 * Version 1 (first release) kept one JSON document under the key `roleboard`: bookmarked
 * ids, notes by id, hidden ids and saved searches. It had no statuses, no seen marks and
 * no pasted postings.
 */
export const V1DocumentSchema = v.object({
  version: v.literal(1),
  bookmarks: v.array(v.string()),
  notes: v.optional(v.record(v.string(), v.string()), {}),
  hidden: v.optional(v.array(v.string()), []),
  searches: v.optional(
    v.array(
      v.object({
        name: v.string(),
        query: v.string(),
        createdAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
      }),
    ),
    [],
  ),
})

/**
 * v1 -> v2: one record per key, so two tabs changing different records never overwrite
 * each other. Every bookmark gets the status "saved"; a note on a role that was not
 * bookmarked becomes a bookmark too, so no note is dropped.
 */
export function migrateV1ToV2(
  document: unknown,
  now: string,
): { ok: true; records: MigratedRecord[] } | { ok: false; reason: string } {
  const parsed = v.safeParse(V1DocumentSchema, document)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const path = issue ? v.getDotPath(issue) : null
    return {
      ok: false,
      reason: `not a version 1 document: ${path ? `${path}: ` : ''}${issue?.message}`,
    }
  }
  const old = parsed.output
  const records: MigratedRecord[] = []
  const ids = [...new Set([...old.bookmarks, ...Object.keys(old.notes)])].filter(Boolean)
  for (const postingId of ids) {
    const bookmark = v.parse(BookmarkSchema, {
      postingId,
      status: 'saved',
      note: (old.notes[postingId] ?? '').slice(0, MAX_NOTE_LENGTH),
      createdAt: now,
      updatedAt: now,
    })
    records.push({ kind: 'bookmark', record: bookmark })
  }
  for (const postingId of new Set(old.hidden)) {
    if (postingId) records.push({ kind: 'hidden', record: { postingId, at: now } })
  }
  old.searches.forEach((search, index) => {
    const name = search.name.trim().slice(0, MAX_SEARCH_NAME_LENGTH) || `Search ${index + 1}`
    records.push({
      kind: 'search',
      record: {
        id: `v1-${index + 1}`,
        name,
        query: search.query.replace(/^\?/, ''),
        createdAt: search.createdAt ?? now,
        lastOpenedAt: null,
        seenIds: [],
      },
    })
  })
  return { ok: true, records }
}
