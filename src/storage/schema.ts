import * as v from 'valibot'
import { PostingIdSchema } from '@/model/posting-id'
import { PostingSchema } from '@/model/posting'
import { BOOKMARK_STATUSES } from '@/model/tracker-status'
import { MAX_COMPARE } from '@/url/compare-params'

export { BOOKMARK_STATUSES, type BookmarkStatus } from '@/model/tracker-status'

/**
 * Version of the layout below. Bump it only together with a migration in `migrations.ts`
 * (see README, "Your data").
 */
export const SCHEMA_VERSION = 4

/** Every key Roleboard writes starts with this; other keys on the origin are not ours. */
export const PREFIX = 'roleboard:'
/** `{"version": n}`: the layout version of everything under PREFIX. */
export const SCHEMA_KEY = `${PREFIX}schema`
/** Version 1 kept everything in one JSON document under this key. */
export const LEGACY_V1_KEY = 'roleboard'
/** Up to version 2 the compare tray lived apart under this key (and a set-aside copy). */
export const LEGACY_TRAY_KEY = 'roleboard.compare.v1'
export const LEGACY_TRAY_SET_ASIDE_KEY = `${LEGACY_TRAY_KEY}.unreadable`

export const RECORD_KINDS = [
  'bookmark',
  'hidden',
  'seen',
  'search',
  'pasted',
  'tray',
  'quarantine',
] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

/** What the note box and the name field let a person type. */
export const MAX_NOTE_LENGTH = 10_000
export const MAX_SEARCH_NAME_LENGTH = 120
/**
 * What a stored record may hold. Higher than the typing limits above, so data kept by an
 * older version or brought in by a file (a v1 note of any length) is carried over whole,
 * never cut; only text beyond these bounds is refused (and, in a migration, set aside).
 */
export const MAX_STORED_NOTE_LENGTH = 1_000_000
export const MAX_STORED_NAME_LENGTH = 10_000
/** Status changes one bookmark keeps; far beyond what a person makes, a bound for files. */
export const MAX_STATUS_HISTORY = 1_000

const timestamp = v.pipe(v.string(), v.isoTimestamp())
const postingId = PostingIdSchema

const status = v.picklist(BOOKMARK_STATUSES)

/** A status and when it was set; `at: null` when that was never recorded (before v4). */
export const StatusChangeSchema = v.object({ status, at: v.nullable(timestamp) })

/**
 * Version 3 bookmark: the status without the date it was set. Read only by the migration
 * to version 4 (migrations.ts) and for records an older tab may still write.
 */
export const BookmarkV3Schema = v.object({
  postingId,
  status,
  note: v.pipe(v.string(), v.maxLength(MAX_STORED_NOTE_LENGTH)),
  createdAt: timestamp,
  updatedAt: timestamp,
})

/**
 * `status` is the current status; `statusHistory` every status set, oldest first, so its
 * last entry is the current status and says since when (the tracker's columns show it).
 */
export const BookmarkSchema = v.pipe(
  v.object({
    ...BookmarkV3Schema.entries,
    statusHistory: v.pipe(
      v.array(StatusChangeSchema),
      v.minLength(1, 'a bookmark has at least its current status in its history'),
      v.maxLength(MAX_STATUS_HISTORY),
    ),
  }),
  v.check(
    (bookmark) => bookmark.statusHistory.at(-1)?.status === bookmark.status,
    'the last status in the history is not the current status',
  ),
)

/** A hidden or a seen role: just the fact and when. */
export const MarkSchema = v.object({ postingId, at: timestamp })

export const SavedSearchSchema = v.object({
  id: PostingIdSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_STORED_NAME_LENGTH)),
  /** Canonical board query string (`boardParamsToString`), no leading "?". */
  query: v.pipe(v.string(), v.maxLength(4000)),
  createdAt: timestamp,
  lastOpenedAt: v.nullable(timestamp),
  /** Ids that matched when the search was last opened: what "new since" compares with. */
  seenIds: v.array(postingId),
})

/** Only web links: a pasted `javascript:` or `data:` source must never become a link. */
export const isWebUrl = (url: string) => /^https?:\/\/\S+$/i.test(url)

export const PastedPostingSchema = v.object({
  posting: v.pipe(
    PostingSchema,
    v.check(
      (posting) => posting.source.url === undefined || isWebUrl(posting.source.url),
      'the source link must start with http:// or https://',
    ),
  ),
  pastedAt: timestamp,
})

/** The one compare tray record: the roles chosen with "Add to compare", in order. */
export const TRAY_ID = 'compare'
export const TraySchema = v.object({
  id: v.literal(TRAY_ID),
  ids: v.pipe(
    v.array(postingId),
    v.maxLength(MAX_COMPARE),
    v.check((ids) => new Set(ids).size === ids.length, 'the same role is listed twice'),
  ),
  updatedAt: timestamp,
})

/** Something found under our prefix that this version cannot use, kept as it was. */
export const QuarantineEntrySchema = v.object({
  key: v.string(),
  raw: v.string(),
  reason: v.string(),
  at: timestamp,
})

export const SchemaMarkerSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
})

export type Bookmark = v.InferOutput<typeof BookmarkSchema>
export type BookmarkV3 = v.InferOutput<typeof BookmarkV3Schema>
export type Mark = v.InferOutput<typeof MarkSchema>
export type SavedSearch = v.InferOutput<typeof SavedSearchSchema>
export type PastedPosting = v.InferOutput<typeof PastedPostingSchema>
export type QuarantineEntry = v.InferOutput<typeof QuarantineEntrySchema>
export type Tray = v.InferOutput<typeof TraySchema>

export type RecordOf = {
  bookmark: Bookmark
  hidden: Mark
  seen: Mark
  search: SavedSearch
  pasted: PastedPosting
  tray: Tray
  quarantine: QuarantineEntry
}

export const RECORD_SCHEMAS: { [K in RecordKind]: v.GenericSchema<unknown, RecordOf[K]> } = {
  bookmark: BookmarkSchema,
  hidden: MarkSchema,
  seen: MarkSchema,
  search: SavedSearchSchema,
  pasted: PastedPostingSchema,
  tray: TraySchema,
  quarantine: QuarantineEntrySchema,
}

/** The id a record is stored under. */
export function recordId<K extends RecordKind>(kind: K, record: RecordOf[K]): string {
  switch (kind) {
    case 'search':
      return (record as SavedSearch).id
    case 'tray':
      return (record as Tray).id
    case 'pasted':
      return (record as PastedPosting).posting.id
    case 'quarantine':
      return `${(record as QuarantineEntry).key}#${hash((record as QuarantineEntry).raw)}`
    default:
      return (record as Bookmark | Mark).postingId
  }
}

export function recordKey(kind: RecordKind, id: string): string {
  return `${PREFIX}${kind}:${id}`
}

export function parseRecordKey(key: string): { kind: RecordKind; id: string } | null {
  if (!key.startsWith(PREFIX)) return null
  const rest = key.slice(PREFIX.length)
  const colon = rest.indexOf(':')
  if (colon <= 0) return null
  const kind = rest.slice(0, colon) as RecordKind
  const id = rest.slice(colon + 1)
  if (!RECORD_KINDS.includes(kind) || id === '') return null
  return { kind, id }
}

/** Validates one record; the message names the first problem and where it is. */
export function checkRecord<K extends RecordKind>(
  kind: K,
  data: unknown,
): { ok: true; record: RecordOf[K] } | { ok: false; reason: string } {
  const result = v.safeParse(RECORD_SCHEMAS[kind], data)
  if (result.success) return { ok: true, record: result.output as RecordOf[K] }
  const issue = result.issues[0]
  const path = issue ? v.getDotPath(issue) : null
  return { ok: false, reason: `not a valid ${kind}: ${path ? `${path}: ` : ''}${issue?.message}` }
}

/** FNV-1a: names a quarantined value so the same value set aside twice is kept once. */
export function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}
