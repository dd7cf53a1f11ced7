import { isQuotaError, type KeyValueBackend } from './backend'
import { migrateV1ToV2, type MigratedRecord } from './migrations'
import {
  LEGACY_V1_KEY,
  PREFIX,
  RECORD_KINDS,
  SCHEMA_KEY,
  SCHEMA_VERSION,
  SchemaMarkerSchema,
  checkRecord,
  parseRecordKey,
  recordId,
  recordKey,
  type QuarantineEntry,
  type RecordKind,
  type RecordOf,
} from './schema'
import * as v from 'valibot'

export type StoreMode = 'persistent' | 'memory' | 'read-only'

export type Notice = { id: string; level: 'warn' | 'error'; message: string }

export type WriteResult = { ok: true } | { ok: false; message: string }

type Collections = { [K in RecordKind]: Readonly<Record<string, RecordOf[K]>> }

/** What the UI reads. Each collection keeps its identity until it changes. */
export type StoreSnapshot = Collections & {
  mode: StoreMode
  notices: readonly Notice[]
}

export type Store = ReturnType<typeof createStore>

export const NOTICE_MESSAGES = {
  unavailable:
    'This browser does not let Roleboard keep data on this device (private browsing or blocked site data). Bookmarks, notes and pasted postings work for now but are lost when this tab closes — export them to keep them.',
  newer:
    'Your saved data was written by a newer version of Roleboard. This version shows what it can read and changes nothing, so the newer version still finds everything. Export it to keep a copy.',
  full: 'Storage for Roleboard in this browser is full, so the last change was not saved. Everything saved before is still there. Export your data, then remove pasted postings you no longer need.',
} as const

type Options = {
  backend: KeyValueBackend
  now?: () => string
  mode?: Exclude<StoreMode, 'read-only'>
  notices?: Notice[]
}

/**
 * A tiny database over a key-value storage. One key per record, so a change from another
 * tab only ever touches the records it changed. Whatever cannot be read is set aside in
 * quarantine (kept verbatim and exportable), never dropped. Every write goes straight to
 * the backend; the snapshot is rebuilt from what the backend then holds.
 */
export function createStore({
  backend,
  now = () => new Date().toISOString(),
  mode: initialMode = 'persistent',
  notices: initialNotices = [],
}: Options) {
  let mode: StoreMode = initialMode
  let notices: Notice[] = [...initialNotices]
  const cache = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, {}])) as {
    [K in RecordKind]: Record<string, RecordOf[K]>
  }
  /** Quarantine entries that could not be moved and stay under their original key. */
  const leftInPlace = new Map<string, string>()
  const dirty = new Set<RecordKind>(RECORD_KINDS)
  const listeners = new Set<() => void>()
  let snapshot: StoreSnapshot | undefined

  function build(): StoreSnapshot {
    const next = { ...(snapshot ?? {}), mode, notices } as StoreSnapshot
    for (const kind of dirty) (next as Collections)[kind] = { ...cache[kind] } as never
    dirty.clear()
    return next
  }

  function emit() {
    snapshot = build()
    for (const listener of listeners) listener()
  }

  function notify(notice: Notice) {
    notices = [...notices.filter((n) => n.id !== notice.id), notice]
  }

  function failure(error: unknown): { ok: false; message: string } {
    const message = isQuotaError(error)
      ? NOTICE_MESSAGES.full
      : `The last change could not be saved: ${error instanceof Error ? error.message : String(error)}. Everything saved before is still there.`
    notify({ id: 'write-failed', level: 'error', message })
    emit()
    return { ok: false, message }
  }

  function setAside(key: string, raw: string, reason: string) {
    const entry: QuarantineEntry = { key, raw, reason, at: now() }
    const id = recordId('quarantine', entry)
    if (mode !== 'read-only') {
      try {
        backend.set(recordKey('quarantine', id), JSON.stringify(entry))
        backend.remove(key)
        cache.quarantine[id] = entry
        dirty.add('quarantine')
        return
      } catch {
        // Could not move it (storage full): it stays where it is, still ours to export.
      }
    }
    leftInPlace.set(id, key)
    cache.quarantine[id] = entry
    dirty.add('quarantine')
  }

  /** Re-reads one key into the cache. */
  function readKey(key: string) {
    const parsed = parseRecordKey(key)
    if (parsed) {
      delete cache[parsed.kind][parsed.id]
      dirty.add(parsed.kind)
    }
    const raw = backend.get(key)
    if (raw === null) return
    if (!parsed) return setAside(key, raw, 'not a kind of record Roleboard knows')
    const { kind, id } = parsed
    let data: unknown
    try {
      data = JSON.parse(raw)
    } catch {
      if (kind === 'quarantine') return keepUnreadableQuarantine(id, key, raw)
      return setAside(key, raw, 'not valid JSON')
    }
    const checked = checkRecord(kind, data)
    if (!checked.ok) {
      if (kind === 'quarantine') return keepUnreadableQuarantine(id, key, raw)
      return setAside(key, raw, checked.reason)
    }
    if (kind !== 'quarantine' && recordId(kind, checked.record as never) !== id) {
      return setAside(key, raw, `stored under the key of another record`)
    }
    ;(cache[kind] as Record<string, unknown>)[id] = checked.record
  }

  function keepUnreadableQuarantine(id: string, key: string, raw: string) {
    cache.quarantine[id] = { key, raw, reason: 'set-aside entry that cannot be read', at: now() }
    leftInPlace.set(id, key)
  }

  function scanAll() {
    for (const kind of RECORD_KINDS) {
      cache[kind] = {}
      dirty.add(kind)
    }
    leftInPlace.clear()
    for (const key of backend.keys()) {
      if (key === SCHEMA_KEY || !key.startsWith(PREFIX)) continue
      readKey(key)
    }
  }

  function writeRecords(records: MigratedRecord[]) {
    for (const { kind, record } of records)
      backend.set(recordKey(kind, recordId(kind, record)), JSON.stringify(record))
  }

  /** Brings what is stored up to SCHEMA_VERSION, or decides it must not be touched. */
  function openSchema() {
    const raw = backend.get(SCHEMA_KEY)
    let version: number | null = null
    if (raw !== null) {
      try {
        const marker = v.safeParse(SchemaMarkerSchema, JSON.parse(raw))
        if (marker.success) version = marker.output.version
      } catch {
        /* handled below */
      }
      if (version === null) {
        setAside(SCHEMA_KEY, raw, 'unreadable schema version')
        // Could not be moved aside: leave it rather than overwrite it.
        if (backend.get(SCHEMA_KEY) !== null) return
      }
    }
    if (version === null && backend.get(LEGACY_V1_KEY) !== null) version = 1
    if (version !== null && version > SCHEMA_VERSION) {
      mode = 'read-only'
      notify({ id: 'newer', level: 'warn', message: NOTICE_MESSAGES.newer })
      return
    }
    try {
      if (version === 1) migrateFromV1()
      if (version !== SCHEMA_VERSION)
        backend.set(SCHEMA_KEY, JSON.stringify({ version: SCHEMA_VERSION }))
    } catch (error) {
      notify({
        id: 'migration',
        level: 'error',
        message: `Your saved data could not be upgraded to this version${isQuotaError(error) ? ' because storage is full' : ''}. Nothing was removed; the upgrade is tried again next time.`,
      })
    }
  }

  function migrateFromV1() {
    const raw = backend.get(LEGACY_V1_KEY)
    if (raw === null) return
    let document: unknown
    try {
      document = JSON.parse(raw)
    } catch {
      document = undefined
    }
    const migrated = migrateV1ToV2(document, now())
    if (!migrated.ok) {
      setAside(LEGACY_V1_KEY, raw, migrated.reason)
      return
    }
    writeRecords(migrated.records)
    backend.set(SCHEMA_KEY, JSON.stringify({ version: 2 }))
    backend.remove(LEGACY_V1_KEY)
  }

  function put<K extends RecordKind>(kind: K, record: RecordOf[K]): WriteResult {
    if (mode === 'read-only') return { ok: false, message: NOTICE_MESSAGES.newer }
    const key = recordKey(kind, recordId(kind, record))
    try {
      backend.set(key, JSON.stringify(record))
    } catch (error) {
      return failure(error)
    }
    readKey(key)
    emit()
    return { ok: true }
  }

  function drop(kind: RecordKind, id: string): WriteResult {
    if (mode === 'read-only') return { ok: false, message: NOTICE_MESSAGES.newer }
    const key = recordKey(kind, id)
    try {
      backend.remove(key)
    } catch (error) {
      return failure(error)
    }
    readKey(key)
    emit()
    return { ok: true }
  }

  /** The freshest stored record, not the cached one: another tab may have changed it. */
  function fresh<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined {
    readKey(recordKey(kind, id))
    return cache[kind][id] as RecordOf[K] | undefined
  }

  openSchema()
  scanAll()
  snapshot = build()

  return {
    getSnapshot: () => snapshot as StoreSnapshot,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    /** Call with the key another tab changed (null: storage was cleared). */
    handleExternalChange(key: string | null) {
      if (key === null || key === SCHEMA_KEY) {
        if (key === SCHEMA_KEY) openSchema()
        scanAll()
      } else if (key.startsWith(PREFIX)) readKey(key)
      else return
      emit()
    },
    now,
    put,
    drop,
    fresh,
    dismissNotice(id: string) {
      notices = notices.filter((n) => n.id !== id)
      emit()
    },
    /** Removes set-aside data for good; the UI only offers it after an export. */
    discardQuarantine(): WriteResult {
      if (mode === 'read-only') return { ok: false, message: NOTICE_MESSAGES.newer }
      try {
        for (const id of Object.keys(cache.quarantine))
          backend.remove(leftInPlace.get(id) ?? recordKey('quarantine', id))
      } catch (error) {
        return failure(error)
      }
      scanAll()
      emit()
      return { ok: true }
    },
  }
}
