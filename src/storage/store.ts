import * as v from 'valibot'
import { isQuotaError, type KeyValueBackend } from './backend'
import {
  migrateBookmarkV3ToV4,
  migrateTray,
  migrateV1ToV2,
  type LeftBehind,
  type MigratedRecord,
} from './migrations'
import {
  LEGACY_TRAY_KEY,
  LEGACY_TRAY_SET_ASIDE_KEY,
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

export type StoreMode = 'persistent' | 'memory' | 'read-only'

export type Notice = { id: string; level: 'warn' | 'error'; message: string }

export type WriteResult = { ok: true } | { ok: false; message: string }

/** Collections keyed by id in Maps: an id such as `__proto__` is data, never a lookup. */
type Collections = { [K in RecordKind]: ReadonlyMap<string, RecordOf[K]> }

/** What the UI reads. Each collection keeps its identity until it changes. */
export type StoreSnapshot = Collections & {
  mode: StoreMode
  notices: readonly Notice[]
}

/** Keys a batch of writes changed, with what each held before (null: nothing). */
export type Journal = Map<string, string | null>

export type Store = ReturnType<typeof createStore>

export const NOTICE_MESSAGES = {
  unavailable:
    'This browser does not let Roleboard keep data on this device (private browsing or blocked site data). Bookmarks, notes and pasted postings work for now but are lost when this tab closes — export them to keep them.',
  newer:
    'Your saved data was written by a newer version of Roleboard. This version shows what it can read and changes nothing, so the newer version still finds everything. Export it to keep a copy.',
  full: 'Storage for Roleboard in this browser is full, so the last change was not saved. Everything saved before is still there. Export your data, then remove pasted postings you no longer need.',
} as const

function failureMessage(error: unknown): string {
  return isQuotaError(error)
    ? NOTICE_MESSAGES.full
    : `The last change could not be saved: ${error instanceof Error ? error.message : String(error)}. Everything saved before is still there.`
}

type Options = {
  backend: KeyValueBackend
  now?: () => string
  mode?: Exclude<StoreMode, 'read-only'>
  notices?: Notice[]
}

const emptyCollections = () =>
  Object.fromEntries(RECORD_KINDS.map((kind) => [kind, new Map()])) as {
    [K in RecordKind]: Map<string, RecordOf[K]>
  }

/**
 * A tiny database over a key-value storage. One key per record, so a change from another
 * tab only ever touches the records it changed. Whatever cannot be read is set aside in
 * quarantine (kept verbatim and exportable), never dropped. A record is validated before
 * it is written, so a write that reports success is a record the store keeps.
 */
export function createStore({
  backend,
  now = () => new Date().toISOString(),
  mode: initialMode = 'persistent',
  notices: initialNotices = [],
}: Options) {
  let mode: StoreMode = initialMode
  let notices: Notice[] = [...initialNotices]
  let cache = emptyCollections()
  /** Quarantine entries that could not be moved and stay under their original key. */
  const leftInPlace = new Map<string, string>()
  const dirty = new Set<RecordKind>(RECORD_KINDS)
  const listeners = new Set<() => void>()
  let snapshot: StoreSnapshot | undefined

  function build(): StoreSnapshot {
    const next = { ...(snapshot ?? {}), mode, notices } as StoreSnapshot
    for (const kind of dirty)
      (next as Record<RecordKind, unknown>)[kind] = new Map<string, unknown>(cache[kind])
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
    const message = failureMessage(error)
    notify({ id: 'write-failed', level: 'error', message })
    emit()
    return { ok: false, message }
  }

  function setAside(key: string, raw: string, reason: string, move = true) {
    const entry: QuarantineEntry = { key, raw, reason, at: now() }
    const id = recordId('quarantine', entry)
    if (mode !== 'read-only' && move) {
      try {
        backend.set(recordKey('quarantine', id), JSON.stringify(entry))
        backend.remove(key)
        cache.quarantine.set(id, entry)
        dirty.add('quarantine')
        return
      } catch {
        // Could not move it (storage full): it stays where it is, still ours to export.
      }
    }
    leftInPlace.set(id, key)
    cache.quarantine.set(id, entry)
    dirty.add('quarantine')
  }

  /**
   * Re-reads one key into the cache. With `move` false, what cannot be read is shown in
   * quarantine where it is, without writing (after a refused write: moving it would be
   * refused again).
   */
  function readKey(key: string, move = true) {
    const parsed = parseRecordKey(key)
    if (parsed) {
      cache[parsed.kind].delete(parsed.id)
      dirty.add(parsed.kind)
    }
    const raw = backend.get(key)
    if (raw === null) return
    if (!parsed) return setAside(key, raw, 'not a kind of record Roleboard knows', move)
    const { kind, id } = parsed
    let data: unknown
    try {
      data = JSON.parse(raw)
    } catch {
      if (kind === 'quarantine') return keepUnreadableQuarantine(id, key, raw)
      return setAside(key, raw, 'not valid JSON', move)
    }
    let checked = checkRecord(kind, data)
    if (!checked.ok && kind === 'bookmark') {
      // A version 3 bookmark (an upgrade that could not be written yet, or a tab still
      // running the older version): read through its migration, written on its next change.
      const upgraded = migrateBookmarkV3ToV4(data)
      if (upgraded.ok) checked = { ok: true, record: upgraded.record }
    }
    if (!checked.ok) {
      if (kind === 'quarantine') return keepUnreadableQuarantine(id, key, raw)
      return setAside(key, raw, checked.reason, move)
    }
    if (kind !== 'quarantine' && recordId(kind, checked.record as never) !== id) {
      return setAside(key, raw, `stored under the key of another record`, move)
    }
    ;(cache[kind] as Map<string, unknown>).set(id, checked.record)
  }

  function keepUnreadableQuarantine(id: string, key: string, raw: string) {
    cache.quarantine.set(id, { key, raw, reason: 'set-aside entry that cannot be read', at: now() })
    leftInPlace.set(id, key)
  }

  function scanAll() {
    cache = emptyCollections()
    for (const kind of RECORD_KINDS) dirty.add(kind)
    leftInPlace.clear()
    for (const key of backend.keys()) {
      if (key === SCHEMA_KEY || !key.startsWith(PREFIX)) continue
      readKey(key)
    }
  }

  /** Puts back what a journal says the keys held; the cache follows. */
  function restore(journal: Journal) {
    for (const [key, raw] of journal) {
      try {
        if (raw === null) backend.remove(key)
        else backend.set(key, raw)
      } catch {
        // Putting back an older value never needs more room than the newer one took.
      }
    }
    for (const key of journal.keys()) readKey(key)
  }

  /**
   * Writes the records of a migration and sets aside what it left behind, then checks that
   * every key reads back exactly as written. Only then are the old keys removed; on any
   * failure everything written is undone and the old data stays as it was.
   */
  function applyMigration(
    records: MigratedRecord[],
    leftBehind: LeftBehind[],
    old: string[],
    /** Records that rewrite their own key in place (a change of a record's layout). */
    replacing: ReadonlySet<MigratedRecord> = new Set(),
  ) {
    const journal: Journal = new Map()
    const written: [string, string][] = []
    const write = (key: string, raw: string) => {
      if (!journal.has(key)) journal.set(key, backend.get(key))
      backend.set(key, raw)
      written.push([key, raw])
    }
    const aside = [...leftBehind]
    try {
      for (const migrated of records) {
        const { kind, record } = migrated
        const key = recordKey(kind, recordId(kind, record))
        const raw = JSON.stringify(record)
        const existing = backend.get(key)
        if (existing !== null && existing !== raw && !replacing.has(migrated))
          aside.push({
            key: old[0] ?? key,
            raw,
            reason: `a ${kind} with this id is already stored; this older copy was set aside`,
          })
        else write(key, raw)
      }
      for (const part of aside) {
        const entry: QuarantineEntry = { ...part, at: now() }
        const key = recordKey('quarantine', recordId('quarantine', entry))
        if (backend.get(key) === null) write(key, JSON.stringify(entry))
      }
      for (const [key, raw] of written)
        if (backend.get(key) !== raw) throw new Error(`“${key}” did not read back as written`)
    } catch (error) {
      restore(journal)
      throw error
    }
    for (const key of old) backend.remove(key)
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
      const records: MigratedRecord[] = []
      const leftBehind: LeftBehind[] = []
      const old: string[] = []
      // Also under a newer marker: a version 1 document copied in from localStorage later.
      const v1 = backend.get(LEGACY_V1_KEY)
      if (v1 !== null) {
        let document: unknown
        try {
          document = JSON.parse(v1)
        } catch {
          document = undefined
        }
        const migrated = migrateV1ToV2(document, now())
        if (migrated.ok) {
          records.push(...migrated.records)
          leftBehind.push(...migrated.leftBehind)
        } else leftBehind.push({ key: LEGACY_V1_KEY, raw: v1, reason: migrated.reason })
        old.push(LEGACY_V1_KEY)
      }
      const tray = backend.get(LEGACY_TRAY_KEY)
      if (tray !== null) {
        const migrated = migrateTray(tray, now())
        if (migrated.ok) {
          records.push(...migrated.records)
          leftBehind.push(...migrated.leftBehind)
        }
        old.push(LEGACY_TRAY_KEY)
      }
      const trayAside = backend.get(LEGACY_TRAY_SET_ASIDE_KEY)
      if (trayAside !== null) {
        leftBehind.push({
          key: LEGACY_TRAY_KEY,
          raw: trayAside,
          reason: 'compare tray: a value an earlier version could not read',
        })
        old.push(LEGACY_TRAY_SET_ASIDE_KEY)
      }
      // Version 4 dates each status: bookmarks of versions 2 and 3 are rewritten in place.
      const replacing = new Set<MigratedRecord>()
      if (version !== null && version >= 2 && version < 4)
        for (const key of backend.keys()) {
          const parsed = parseRecordKey(key)
          if (parsed?.kind !== 'bookmark') continue
          let data: unknown
          try {
            data = JSON.parse(backend.get(key) ?? '')
          } catch {
            continue // set aside with its reason when the records are read
          }
          const upgraded = migrateBookmarkV3ToV4(data)
          // One under another record's key is set aside when read, like any such record.
          if (!upgraded.ok || upgraded.record.postingId !== parsed.id) continue
          const migrated: MigratedRecord = { kind: 'bookmark', record: upgraded.record }
          records.push(migrated)
          replacing.add(migrated)
        }
      if (old.length || replacing.size) applyMigration(records, leftBehind, old, replacing)
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

  /** Validates and writes one record; the cache holds it only once it is stored. */
  function write<K extends RecordKind>(kind: K, record: RecordOf[K], journal?: Journal) {
    const checked = checkRecord(kind, record)
    if (!checked.ok) return { ok: false as const, message: `Not saved: ${checked.reason}.` }
    const id = recordId(kind, checked.record)
    const key = recordKey(kind, id)
    if (journal && !journal.has(key)) journal.set(key, backend.get(key))
    backend.set(key, JSON.stringify(checked.record))
    ;(cache[kind] as Map<string, unknown>).set(id, checked.record)
    dirty.add(kind)
    return { ok: true as const }
  }

  /**
   * What a write reports: success only once the storage holds it. The page shows a change
   * at once (the cache and the snapshot have it); backends that store in the background
   * (IndexedDB) are waited for, and a write they refuse is put back in the cache, said in
   * a notice (onWriteFailed) and reported here as the failure it is.
   */
  async function stored(): Promise<WriteResult> {
    if (!backend.flush) return { ok: true }
    try {
      await backend.flush()
      return { ok: true }
    } catch (error) {
      return { ok: false, message: failureMessage(error) }
    }
  }

  /** Validates and writes one record; resolves once it is stored (see `stored`). */
  function put<K extends RecordKind>(kind: K, record: RecordOf[K]): Promise<WriteResult> {
    if (mode === 'read-only') return Promise.resolve({ ok: false, message: NOTICE_MESSAGES.newer })
    let result: WriteResult
    try {
      result = write(kind, record)
    } catch (error) {
      return Promise.resolve(failure(error))
    }
    if (!result.ok) return Promise.resolve(result)
    emit()
    return stored()
  }

  /**
   * Writes many records without re-rendering after each one (imports). Stops at the first
   * write the storage refuses and returns it; records that fail validation are reported
   * one by one and skipped. Every key changed is noted in `journal`, for `undo`.
   */
  function putMany(
    records: readonly MigratedRecord[],
    journal: Journal,
  ): {
    refused: { index: number; message: string }[]
    failed: null | { index: number; message: string }
  } {
    const refused: { index: number; message: string }[] = []
    if (mode === 'read-only')
      return { refused, failed: { index: 0, message: NOTICE_MESSAGES.newer } }
    for (let index = 0; index < records.length; index++) {
      const { kind, record } = records[index]!
      try {
        const result = write(kind, record as never, journal)
        if (!result.ok) refused.push({ index, message: result.message })
      } catch (error) {
        const message = isQuotaError(error)
          ? NOTICE_MESSAGES.full
          : `Could not be saved: ${error instanceof Error ? error.message : String(error)}`
        return { refused, failed: { index, message } }
      }
    }
    return { refused, failed: null }
  }

  /** Removes one record; resolves once the removal is stored (see `stored`). */
  function drop(kind: RecordKind, id: string): Promise<WriteResult> {
    if (mode === 'read-only') return Promise.resolve({ ok: false, message: NOTICE_MESSAGES.newer })
    const key = recordKey(kind, id)
    try {
      backend.remove(key)
    } catch (error) {
      return Promise.resolve(failure(error))
    }
    readKey(key)
    emit()
    return stored()
  }

  /** The freshest stored record, not the cached one: another tab may have changed it. */
  function fresh<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined {
    readKey(recordKey(kind, id))
    return cache[kind].get(id)
  }

  openSchema()
  scanAll()
  snapshot = build()
  backend.onExternalChange?.((keys) => handleExternalChanges(keys))
  // A background write the storage refused: its keys read as before again, and it is said.
  // Only record keys: the old layout's keys (a migration's removals put back) wait for the
  // next migration, and nothing is written from here (the storage just refused a write).
  backend.onWriteFailed?.((keys, error) => {
    for (const key of keys) if (key !== SCHEMA_KEY && key.startsWith(PREFIX)) readKey(key, false)
    failure(error)
  })

  /**
   * Changes one record with what is stored now, in every tab: the other tabs wait (a Web
   * Lock on the record's key), the record is re-read from the storage itself, `change`
   * writes, and the result is reported once the write is stored. Two tabs saving the same
   * note at once thus always see each other's words (see updateBookmark).
   */
  async function update<R extends WriteResult>(
    kind: RecordKind,
    id: string,
    change: () => Promise<R>,
  ): Promise<R | { ok: false; message: string }> {
    const key = recordKey(kind, id)
    const run = async () => {
      if (backend.reload) {
        await backend.reload([key])
        readKey(key)
      }
      // The lock is held until the change is stored: `change` resolves with its write.
      return change()
    }
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
    return locks ? locks.request(key, run) : run()
  }

  /** Call with the keys other tabs changed (null: storage was cleared); one re-render. */
  function handleExternalChanges(keys: Iterable<string | null>) {
    let changed = false
    for (const key of keys) {
      if (key === null || key === SCHEMA_KEY) {
        if (key === SCHEMA_KEY) openSchema()
        scanAll()
        changed = true
      } else if (key.startsWith(PREFIX)) {
        readKey(key)
        changed = true
      }
    }
    if (changed) emit()
  }

  return {
    getSnapshot: () => snapshot as StoreSnapshot,
    // An arrow function: React calls it unbound (useSyncExternalStore).
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    handleExternalChanges,
    handleExternalChange: (key: string | null) => handleExternalChanges([key]),
    now,
    put,
    putMany,
    /** Re-renders after `putMany` batches. */
    publish: emit,
    /** Puts back every key a journal noted, as it was before (a cancelled import). */
    undo(journal: Journal) {
      restore(journal)
      emit()
    },
    drop,
    fresh,
    /** How full the storage is, in bytes, when the backend can say (KeyValueBackend.budget). */
    budget: async () => (await backend.budget?.()) ?? null,
    /** Resolves once every write so far is stored; rejects if the storage refused one. */
    flush: async () => backend.flush?.(),
    update,
    dismissNotice(id: string) {
      notices = notices.filter((n) => n.id !== id)
      emit()
    },
    /** Removes set-aside data for good; the UI only offers it after an export. */
    discardQuarantine(): Promise<WriteResult> {
      if (mode === 'read-only')
        return Promise.resolve({ ok: false, message: NOTICE_MESSAGES.newer })
      try {
        for (const id of cache.quarantine.keys())
          backend.remove(leftInPlace.get(id) ?? recordKey('quarantine', id))
      } catch (error) {
        return Promise.resolve(failure(error))
      }
      scanAll()
      emit()
      return stored()
    },
  }
}
