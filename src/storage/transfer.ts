import * as v from 'valibot'
import { entrySize, isQuotaError } from './backend'
import { migrateBookmarkV3ToV4, migrateV1ToV2, type MigratedRecord } from './migrations'
import {
  MAX_STATUS_HISTORY,
  RECORD_KINDS,
  SCHEMA_VERSION,
  checkRecord,
  recordId,
  recordKey,
  type Bookmark,
  type RecordKind,
  type RecordOf,
} from './schema'
import { EXPORT_FORMAT, FILE_FIELDS } from './export'
import { NOTICE_MESSAGES, type Journal, type Store, type StoreSnapshot } from './store'

export type Refusal = { what: string; reason: string }

export type ImportReport = {
  added: number
  updated: number
  unchanged: number
  refused: Refusal[]
}

/** An export file read and checked record by record: what can be merged, what cannot. */
export type ValidatedImport =
  { ok: true; records: MigratedRecord[]; refused: Refusal[] } | { ok: false; reason: string }

const EnvelopeSchema = v.looseObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
})

function describe(kind: RecordKind, data: unknown): string {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  const posting = (typeof d.posting === 'object' && d.posting !== null ? d.posting : {}) as Record<
    string,
    unknown
  >
  const name = d.postingId ?? d.name ?? posting.title ?? d.key
  return `${kind}${typeof name === 'string' ? ` “${name.length > 80 ? `${name.slice(0, 80)}…` : name}”` : ''}`
}

/**
 * Reads an export file's text and validates every record (the slow part of an import, so
 * it runs in a worker). Never throws: a file it cannot use gets a reason, a record it
 * cannot use is refused with one, and the rest is kept.
 */
export function validateImport(text: string, now: string): ValidatedImport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'The file is not JSON.' }
  }
  const records: MigratedRecord[] = []
  const refused: Refusal[] = []
  // A version 1 document (the old single-key layout) is accepted through its migration.
  if (
    typeof data === 'object' &&
    data !== null &&
    (data as { version?: unknown }).version === 1 &&
    !('format' in data)
  ) {
    const migrated = migrateV1ToV2(data, now)
    if (!migrated.ok) return { ok: false, reason: `The file is ${migrated.reason}.` }
    for (const part of migrated.leftBehind)
      refused.push({ what: 'version 1 data', reason: part.reason })
    return { ok: true, records: migrated.records, refused }
  }
  const envelope = v.safeParse(EnvelopeSchema, data)
  if (!envelope.success)
    return { ok: false, reason: 'The file is not a Roleboard export (no "format" of ours).' }
  if (envelope.output.version > SCHEMA_VERSION)
    return {
      ok: false,
      reason: `The file was made by a newer version of Roleboard (data version ${envelope.output.version}; this one reads up to ${SCHEMA_VERSION}).`,
    }
  // Files of version 3 and older have bookmarks without dated statuses: migrated on the way.
  const undatedBookmarks = envelope.output.version < 4
  for (const kind of RECORD_KINDS) {
    const list = (data as Record<string, unknown>)[FILE_FIELDS[kind]]
    if (list === undefined) continue
    if (!Array.isArray(list)) return { ok: false, reason: `"${FILE_FIELDS[kind]}" is not a list.` }
    for (const item of list) {
      const checked =
        kind === 'bookmark' && undatedBookmarks && !hasField(item, 'statusHistory')
          ? migrateBookmarkV3ToV4(item)
          : checkRecord(kind, item)
      if (checked.ok) records.push({ kind, record: checked.record } as MigratedRecord)
      else refused.push({ what: describe(kind, item), reason: checked.reason })
    }
  }
  return { ok: true, records, refused }
}

const hasField = (item: unknown, field: string) =>
  typeof item === 'object' && item !== null && field in item

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Two copies of one bookmark's status history as one (a phone's export imported on a
 * laptop): every dated entry of both, oldest first, so the status set last on either
 * device is the current one. Entries without a date (set before version 4) come first, as
 * they were set before any dated one; with no dated entry at all, `newest` (the status of
 * the copy changed last) is the current status. A status repeated in a row keeps its first
 * date: it has been the status since then.
 */
export function mergeStatusHistory(
  a: Bookmark['statusHistory'],
  b: Bookmark['statusHistory'],
  newest: Bookmark['status'],
): Pick<Bookmark, 'status' | 'statusHistory'> {
  const seen = new Set<string>()
  const undated: Bookmark['statusHistory'] = []
  const dated: Bookmark['statusHistory'] = []
  for (const entry of [...a, ...b]) {
    const key = `${entry.status} ${entry.at}`
    if (seen.has(key)) continue
    seen.add(key)
    ;(entry.at === null ? undated : dated).push(entry)
  }
  dated.sort((x, y) => (x.at! < y.at! ? -1 : x.at! > y.at! ? 1 : 0))
  const all =
    dated.length > 0
      ? [...undated, ...dated]
      : [...undated.filter((entry) => entry.status !== newest), { status: newest, at: null }]
  const history = all
    .filter((entry, k) => k === 0 || all[k - 1]!.status !== entry.status)
    .slice(-MAX_STATUS_HISTORY)
  return { status: history.at(-1)!.status, statusHistory: history }
}

function merge<K extends RecordKind>(kind: K, existing: RecordOf[K], incoming: RecordOf[K]) {
  switch (kind) {
    case 'bookmark': {
      const a = existing as RecordOf['bookmark']
      const b = incoming as RecordOf['bookmark']
      const newer = b.updatedAt > a.updatedAt ? b : a
      const history = mergeStatusHistory(a.statusHistory, b.statusHistory, newer.status)
      if (newer === a) return { ...a, ...history } as RecordOf[K]
      // A newer copy wins, but an empty note never erases one that is kept here.
      return {
        ...b,
        ...history,
        note: b.note || a.note,
        createdAt: a.createdAt < b.createdAt ? a.createdAt : b.createdAt,
      } as RecordOf[K]
    }
    case 'search': {
      const a = existing as RecordOf['search']
      const b = incoming as RecordOf['search']
      return (
        (b.lastOpenedAt ?? b.createdAt) > (a.lastOpenedAt ?? a.createdAt) ? b : a
      ) as RecordOf[K]
    }
    case 'pasted': {
      const a = existing as RecordOf['pasted']
      const b = incoming as RecordOf['pasted']
      return (b.pastedAt > a.pastedAt ? b : a) as RecordOf[K]
    }
    default:
      return existing
  }
}

/**
 * Decides what an import changes, a slice at a time (`state` carries over between slices).
 * Existing data is never removed: a record is added, replaced by a newer copy of itself,
 * or left as it is; a bookmark's status history is the union of both copies'.
 */
export function createImportPlan(snapshot: StoreSnapshot, reservedIds: ReadonlySet<string>) {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, refused: [] }
  const writes: MigratedRecord[] = []
  /** Planned record (index into writes) by storage key. */
  const planned = new Map<string, number>()
  /** Characters the writes add to storage, as the quota counts them. */
  let size = 0
  return {
    report,
    writes,
    get size() {
      return size
    },
    add({ kind, record: incoming }: MigratedRecord) {
      const id = recordId(kind, incoming as never)
      if (kind === 'pasted' && reservedIds.has(id)) {
        report.refused.push({
          what: describe(kind, incoming),
          reason: `its id “${id}” belongs to a posting already on the board`,
        })
        return
      }
      const key = recordKey(kind, id)
      const at = planned.get(key)
      const existing = at === undefined ? snapshot[kind].get(id) : writes[at]!.record
      const merged = existing === undefined ? incoming : merge(kind, existing, incoming as never)
      if (existing !== undefined && same(existing, merged)) {
        report.unchanged++
        return
      }
      const before = at === undefined ? snapshot[kind].get(id) : writes[at]!.record
      size +=
        entrySize(key, JSON.stringify(merged)) -
        (before === undefined ? 0 : entrySize(key, JSON.stringify(before)))
      if (at === undefined) {
        if (existing === undefined) report.added++
        else report.updated++
        planned.set(key, writes.length)
        writes.push({ kind, record: merged } as MigratedRecord)
      } else writes[at] = { kind, record: merged } as MigratedRecord
    },
  }
}

/** Bytes as a person reads them ("6.1 MB"). */
export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`

/**
 * Bytes the records of an import take in storage, from their characters: localStorage
 * counts 2 bytes per UTF-16 code unit; IndexedDB takes no more than that for JSON text.
 */
export const storedBytes = (chars: number) => chars * 2

export type ImportProgress = { phase: 'checking' | 'writing'; done: number; total: number }

export type ImportOutcome =
  { ok: true; report: ImportReport } | { ok: false; reason: string; cancelled?: boolean }

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Work between two yields to the event loop, in milliseconds: well under the 16 ms of a
 * frame, so the page keeps drawing and answering while tens of thousands of records go in.
 */
export const IMPORT_SLICE_MS = 8
/** Records written per store call inside a slice. */
const WRITE_CHUNK = 50

/**
 * Merges validated records into the store in time slices, yielding to the event loop
 * between them so the page keeps drawing. The room needed is worked out before anything is
 * written; a file that does not fit is refused with the figures. A cancel, or a write the
 * storage refuses after all, puts back every key the import changed: what was stored
 * before is exactly as it was.
 */
export async function runImport(
  store: Store,
  validated: { records: MigratedRecord[]; refused: Refusal[] },
  reservedIds: ReadonlySet<string>,
  {
    signal,
    onProgress = () => {},
    pause = yieldToEventLoop,
    sliceMs = IMPORT_SLICE_MS,
  }: {
    signal?: AbortSignal
    onProgress?: (progress: ImportProgress) => void
    pause?: () => Promise<void>
    sliceMs?: number
  } = {},
): Promise<ImportOutcome> {
  const cancelled = {
    ok: false as const,
    reason: 'The import was cancelled; nothing was changed.',
    cancelled: true,
  }
  if (store.getSnapshot().mode === 'read-only')
    return { ok: false, reason: 'Saved data here belongs to a newer version; nothing was changed.' }
  const plan = createImportPlan(store.getSnapshot(), reservedIds)
  plan.report.refused.push(...validated.refused)
  const { records } = validated
  let next = 0
  while (next < records.length) {
    if (signal?.aborted) return cancelled
    const started = performance.now()
    do plan.add(records[next++]!)
    while (next < records.length && performance.now() - started < sliceMs)
    onProgress({ phase: 'checking', done: next, total: records.length })
    await pause()
  }
  const budget = await store.budget()
  const needed = storedBytes(plan.size)
  if (budget && budget.used + needed > budget.total) {
    const free = Math.max(0, budget.total - budget.used)
    return {
      ok: false,
      reason: `It needs about ${megabytes(needed)} of storage and this browser has about ${megabytes(free)} left for Roleboard (of ${megabytes(budget.total)}). Nothing was changed. Remove pasted postings you no longer need, or import a smaller file.`,
    }
  }
  const journal: Journal = new Map()
  const before = store.getSnapshot()
  const { writes, report } = plan
  next = 0
  while (next < writes.length) {
    if (signal?.aborted) {
      store.undo(journal)
      await store.flush().catch(() => {})
      return cancelled
    }
    const started = performance.now()
    do {
      const batch = writes.slice(next, next + WRITE_CHUNK)
      next += batch.length
      const result = store.putMany(batch, journal)
      for (const { index, message } of result.refused) {
        const write = batch[index]!
        report.refused.push({ what: describe(write.kind, write.record), reason: message })
        // Not yet published, the snapshot still shows what was stored before the import.
        if (before[write.kind].has(recordId(write.kind, write.record as never))) report.updated--
        else report.added--
      }
      if (result.failed) return takeBack(result.failed.message)
    } while (next < writes.length && performance.now() - started < sliceMs)
    // Where writes are stored in the background (IndexedDB), each slice is stored before
    // the next: a refusal (disk full) stops the import here and everything is taken back.
    try {
      await store.flush()
    } catch (error) {
      return takeBack(isQuotaError(error) ? NOTICE_MESSAGES.full : String(error))
    }
    onProgress({ phase: 'writing', done: next, total: writes.length })
    await pause()
  }
  store.publish()
  return { ok: true, report }

  async function takeBack(message: string): Promise<ImportOutcome> {
    store.undo(journal)
    try {
      await store.flush()
    } catch {
      // Putting back never needs more room than the import took; the notice has said it.
    }
    return {
      ok: false,
      reason: `${message === NOTICE_MESSAGES.full ? 'Storage filled up while importing' : message}. Everything this import wrote was taken back; nothing was changed.`,
    }
  }
}

/** Validates and merges in one go, on this thread: for tests and small files. */
export async function importInto(
  store: Store,
  text: string,
  reservedIds: ReadonlySet<string>,
): Promise<ImportOutcome> {
  const validated = validateImport(text, store.now())
  if (!validated.ok) return validated
  return runImport(store, validated, reservedIds, { pause: async () => {} })
}
