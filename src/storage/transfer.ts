import * as v from 'valibot'
import { migrateV1ToV2, type MigratedRecord } from './migrations'
import {
  RECORD_KINDS,
  SCHEMA_VERSION,
  checkRecord,
  recordId,
  type RecordKind,
  type RecordOf,
} from './schema'
import type { Store, StoreSnapshot } from './store'

export const EXPORT_FORMAT = 'roleboard-export'

/** Plural names of the collections in an export file. */
const FILE_FIELDS = {
  bookmark: 'bookmarks',
  hidden: 'hidden',
  seen: 'seen',
  search: 'searches',
  pasted: 'pastedPostings',
  quarantine: 'setAside',
} as const satisfies Record<RecordKind, string>

export type ExportFile = {
  format: typeof EXPORT_FORMAT
  version: number
  exportedAt: string
} & { [K in RecordKind as (typeof FILE_FIELDS)[K]]: RecordOf[K][] }

export function buildExport(snapshot: StoreSnapshot, exportedAt: string): ExportFile {
  const file = { format: EXPORT_FORMAT, version: SCHEMA_VERSION, exportedAt } as ExportFile
  for (const kind of RECORD_KINDS)
    (file as Record<string, unknown>)[FILE_FIELDS[kind]] = Object.values(snapshot[kind])
  return file
}

export type ImportReport = {
  added: number
  updated: number
  unchanged: number
  refused: { what: string; reason: string }[]
}

type Plan = { writes: MigratedRecord[]; report: ImportReport }

const EnvelopeSchema = v.looseObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
})

/** Reads an export file's text into records to merge, or says why it cannot. */
export function readImportFile(
  text: string,
  now: string,
): { ok: true; records: { kind: RecordKind; data: unknown }[] } | { ok: false; reason: string } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'The file is not JSON.' }
  }
  // A version 1 document (the old single-key layout) is accepted through its migration.
  if (v.is(v.object({ version: v.literal(1), bookmarks: v.array(v.unknown()) }), data)) {
    const migrated = migrateV1ToV2(data, now)
    if (!migrated.ok) return { ok: false, reason: `The file ${migrated.reason}.` }
    return { ok: true, records: migrated.records.map((r) => ({ kind: r.kind, data: r.record })) }
  }
  const envelope = v.safeParse(EnvelopeSchema, data)
  if (!envelope.success)
    return { ok: false, reason: 'The file is not a Roleboard export (no "format" of ours).' }
  if (envelope.output.version > SCHEMA_VERSION)
    return {
      ok: false,
      reason: `The file was made by a newer version of Roleboard (data version ${envelope.output.version}; this one reads up to ${SCHEMA_VERSION}).`,
    }
  const records: { kind: RecordKind; data: unknown }[] = []
  for (const kind of RECORD_KINDS) {
    const list = (data as Record<string, unknown>)[FILE_FIELDS[kind]]
    if (list === undefined) continue
    if (!Array.isArray(list)) return { ok: false, reason: `"${FILE_FIELDS[kind]}" is not a list.` }
    for (const item of list) records.push({ kind, data: item })
  }
  return { ok: true, records }
}

function describe(kind: RecordKind, data: unknown): string {
  const d = (data ?? {}) as Record<string, unknown>
  const posting = (d.posting ?? {}) as Record<string, unknown>
  const name = d.postingId ?? d.name ?? posting.title ?? d.key
  return `${kind}${typeof name === 'string' ? ` “${name.slice(0, 80)}”` : ''}`
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Decides what an import changes. Existing data is never removed: a record is added,
 * replaced by a newer copy of itself, or left as it is.
 */
export function planImport(
  snapshot: StoreSnapshot,
  records: { kind: RecordKind; data: unknown }[],
  reservedIds: ReadonlySet<string>,
): Plan {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, refused: [] }
  const writes: MigratedRecord[] = []
  const planned = new Map<string, unknown>()
  for (const { kind, data } of records) {
    const checked = checkRecord(kind, data)
    if (!checked.ok) {
      report.refused.push({ what: describe(kind, data), reason: checked.reason })
      continue
    }
    const incoming = checked.record
    const id = recordId(kind, incoming)
    if (kind === 'pasted' && reservedIds.has(id)) {
      report.refused.push({
        what: describe(kind, data),
        reason: `its id “${id}” belongs to a posting already on the board`,
      })
      continue
    }
    const existing = (planned.get(`${kind}:${id}`) ??
      (snapshot[kind] as Record<string, unknown>)[id]) as RecordOf[typeof kind] | undefined
    const merged = existing === undefined ? incoming : merge(kind, existing, incoming)
    if (existing !== undefined && same(existing, merged)) {
      report.unchanged++
      continue
    }
    if (existing === undefined) report.added++
    else report.updated++
    planned.set(`${kind}:${id}`, merged)
    writes.push({ kind, record: merged } as MigratedRecord)
  }
  return { writes, report }
}

function merge<K extends RecordKind>(kind: K, existing: RecordOf[K], incoming: RecordOf[K]) {
  switch (kind) {
    case 'bookmark': {
      const a = existing as RecordOf['bookmark']
      const b = incoming as RecordOf['bookmark']
      if (b.updatedAt <= a.updatedAt) return existing
      // A newer copy wins, but an empty note never erases one that is kept here.
      return {
        ...b,
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

/** Merges an export file into the store and reports what happened to each record. */
export function importInto(
  store: Store,
  text: string,
  reservedIds: ReadonlySet<string>,
): { ok: true; report: ImportReport } | { ok: false; reason: string } {
  if (store.getSnapshot().mode === 'read-only')
    return { ok: false, reason: 'Saved data here belongs to a newer version; nothing was changed.' }
  const read = readImportFile(text, store.now())
  if (!read.ok) return read
  const { writes, report } = planImport(store.getSnapshot(), read.records, reservedIds)
  for (const write of writes) {
    const result = store.put(write.kind, write.record as never)
    if (!result.ok) {
      report.refused.push({ what: describe(write.kind, write.record), reason: result.message })
      if (store.fresh(write.kind, recordId(write.kind, write.record)) === undefined) report.added--
      else report.updated--
    }
  }
  return { ok: true, report }
}
