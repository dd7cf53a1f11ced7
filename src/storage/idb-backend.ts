import type { KeyValueBackend } from './backend'
import { IDB_NAME, IDB_STORE, openRecordsDb, settle, writeOps } from './idb-records'
import { workerWriter, type OffThreadWriter } from './idb-writer'

/**
 * The store's records in IndexedDB: one object store of key → JSON text, the same keys and
 * values the store wrote to localStorage, so the layout (README, "Your data") is one. The
 * browser gives IndexedDB a share of the disk (gigabytes) where localStorage has 5 Mi
 * characters, which a real job search of tens of thousands of records outgrows.
 *
 * The store reads synchronously, so every record is read into a Map once when the page
 * opens; writes change the Map at once and reach IndexedDB in one transaction per turn of
 * the event loop. A transaction the browser refuses (disk full) puts the Map back as it
 * was and says which keys, so nothing shows as stored that is not. Other tabs learn of a
 * committed write through a BroadcastChannel message with the new values. A large batch
 * (an import's slice) is stored by a worker: the page keeps drawing meanwhile.
 */
const CHANNEL_NAME = 'roleboard:records'

export type IdbBackend = KeyValueBackend &
  Required<Pick<KeyValueBackend, 'flush' | 'reload' | 'onExternalChange' | 'onWriteFailed'>> & {
    /** What IndexedDB itself holds for these keys now (not the Map): a read-back check. */
    readStored(keys: readonly string[]): Promise<(string | null)[]>
    close(): void
  }

type Batch = {
  /** The value each key gets (null: removed). */
  ops: Map<string, string | null>
  /** What each key held before this batch, to put back if it fails. */
  before: Map<string, string | null>
  done: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

function newBatch(): Batch {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const done = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  // A failure is reported to the store's listener; flush() hands it to whoever waits.
  done.catch(() => {})
  return { ops: new Map(), before: new Map(), done, resolve, reject }
}

/**
 * Batches of at least this many writes go to the writer worker. A click's one or two
 * writes stay here (no round trip to a worker); an import's slice of hundreds would cost
 * the page tens of milliseconds of requests.
 */
export const OFF_THREAD_MIN_OPS = 64

export type IdbOptions = {
  indexedDB?: IDBFactory
  name?: string
  /** The quota figures (navigator.storage.estimate); null where the browser has none. */
  estimate?: (() => Promise<StorageEstimate>) | null
  /** Messages to and from other tabs; null to have none. */
  channel?: BroadcastChannel | null
  /** Stores large batches off this thread; null to write everything here. */
  writer?: OffThreadWriter | null
}

const defaultEstimate = () =>
  typeof navigator !== 'undefined' && navigator.storage?.estimate
    ? () => navigator.storage.estimate()
    : null

const defaultChannel = () =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null

const defaultWriter = (factory: IDBFactory, name: string) =>
  typeof Worker === 'function' && factory === globalThis.indexedDB ? workerWriter(name) : null

/** Opens (or creates) the database and reads every record; rejects where there is none. */
export async function openIdbBackend({
  indexedDB: factory = globalThis.indexedDB,
  name = IDB_NAME,
  estimate = defaultEstimate(),
  channel = defaultChannel(),
  writer = defaultWriter(factory, name),
}: IdbOptions = {}): Promise<IdbBackend> {
  if (!factory) throw new Error('this browser offers no IndexedDB')
  // A newer version of the app asking to upgrade the database gets it; this tab stops writing.
  const db = await openRecordsDb(factory, name)

  const data = new Map<string, string>()
  {
    const store = db.transaction(IDB_STORE, 'readonly').objectStore(IDB_STORE)
    // One transaction: keys and values are the same snapshot, both in key order.
    const [keys, values] = await Promise.all([settle(store.getAllKeys()), settle(store.getAll())])
    keys.forEach((key, i) => {
      const value: unknown = values[i]
      // Anything else in the database is not ours to read; it is left where it is.
      if (typeof key === 'string' && typeof value === 'string') data.set(key, value)
    })
  }

  let open: Batch | null = null
  let inFlight: Batch | null = null
  const externalListeners = new Set<(keys: string[]) => void>()
  const failureListeners = new Set<(keys: string[], error: unknown) => void>()
  const pendingHere = (key: string) =>
    open?.ops.has(key) === true || inFlight?.ops.has(key) === true

  function queue(key: string, value: string | null) {
    if (!open) {
      open = newBatch()
      // A microtask, not a timer: the whole synchronous run of writes goes in one transaction.
      if (!inFlight) queueMicrotask(commit)
    }
    if (!open.ops.has(key)) open.before.set(key, data.get(key) ?? null)
    open.ops.set(key, value)
    if (value === null) data.delete(key)
    else data.set(key, value)
  }

  function fail(batch: Batch, error: unknown) {
    const reverted: string[] = []
    for (const [key, value] of batch.before) {
      // A later write to the key is queued: it decides, and if it fails too, it puts back
      // what IndexedDB holds, which is this batch's "before".
      if (open?.ops.has(key)) {
        open.before.set(key, value)
        continue
      }
      if (value === null) data.delete(key)
      else data.set(key, value)
      reverted.push(key)
    }
    batch.reject(error)
    for (const listener of failureListeners) listener(reverted, error)
  }

  function commit() {
    if (inFlight || !open) return
    const batch = (inFlight = open)
    open = null
    const next = () => {
      inFlight = null
      if (open) commit()
    }
    let stored: Promise<void> | null = null
    try {
      if (writer && batch.ops.size >= OFF_THREAD_MIN_OPS) stored = writer.write([...batch.ops])
      stored ??= writeOps(db, batch.ops)
    } catch (error) {
      // A request refused as it is made: none of the batch may be stored, so none is.
      fail(batch, error)
      // Not at once: a write a failure listener makes must not recurse into this commit.
      return queueMicrotask(next)
    }
    stored.then(
      () => {
        channel?.postMessage([...batch.ops])
        batch.resolve()
        next()
      },
      (error: unknown) => {
        fail(batch, error)
        next()
      },
    )
  }

  if (channel)
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!Array.isArray(event.data)) return
      const keys: string[] = []
      for (const entry of event.data as unknown[]) {
        if (!Array.isArray(entry)) continue
        const [key, value] = entry as unknown[]
        if (typeof key !== 'string' || (value !== null && typeof value !== 'string')) continue
        // This tab's own write to the key is on its way and lands after the other tab's.
        if (pendingHere(key)) continue
        if (value === null) data.delete(key)
        else data.set(key, value)
        keys.push(key)
      }
      if (keys.length) for (const listener of externalListeners) listener(keys)
    }

  async function readStored(keys: readonly string[]): Promise<(string | null)[]> {
    const store = db.transaction(IDB_STORE, 'readonly').objectStore(IDB_STORE)
    const values = await Promise.all(keys.map((key) => settle(store.get(key))))
    return values.map((value: unknown) => (typeof value === 'string' ? value : null))
  }

  return {
    keys: () => [...data.keys()],
    get: (key) => data.get(key) ?? null,
    set: (key, value) => queue(key, String(value)),
    remove: (key) => {
      if (data.has(key) || pendingHere(key)) queue(key, null)
    },
    async budget() {
      if (!estimate) return null
      const { usage, quota } = await estimate()
      return usage === undefined || quota === undefined ? null : { used: usage, total: quota }
    },
    flush: () => Promise.all([inFlight?.done, open?.done]).then(() => {}),
    async reload(keys) {
      const values = await readStored(keys)
      keys.forEach((key, i) => {
        if (pendingHere(key)) return
        const value = values[i]
        if (value === null || value === undefined) data.delete(key)
        else data.set(key, value)
      })
    },
    onExternalChange: (listener) => void externalListeners.add(listener),
    onWriteFailed: (listener) => void failureListeners.add(listener),
    readStored,
    close() {
      channel?.close()
      writer?.close()
      db.close()
    },
  }
}
