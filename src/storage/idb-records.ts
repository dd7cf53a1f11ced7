/**
 * The records database itself, shared by the page and the worker that stores large
 * batches: one object store of key → JSON text (README, "Your data").
 */
export const IDB_NAME = 'roleboard'
export const IDB_STORE = 'records'

/** A key's new value (null: removed). */
export type WriteOp = readonly [key: string, value: string | null]

export const settle = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () =>
      reject(request.error ?? new DOMException('The request failed.', 'UnknownError'))
  })

/** Opens (or creates) the database; a newer version asking to upgrade closes this one. */
export async function openRecordsDb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, 1)
  request.onupgradeneeded = () => request.result.createObjectStore(IDB_STORE)
  const db = await settle(request)
  db.onversionchange = () => db.close()
  return db
}

/**
 * Writes the ops in one transaction: all of them are stored or none. Throws at once when a
 * request is refused as it is made (the transaction is aborted); otherwise resolves once
 * the transaction commits and rejects with its error if it aborts (disk full).
 */
export function writeOps(db: IDBDatabase, ops: Iterable<WriteOp>): Promise<void> {
  let tx: IDBTransaction | undefined
  try {
    tx = db.transaction(IDB_STORE, 'readwrite')
    const store = tx.objectStore(IDB_STORE)
    for (const [key, value] of ops) {
      if (value === null) store.delete(key)
      else store.put(value, key)
    }
  } catch (error) {
    try {
      tx?.abort()
    } catch {
      /* already finished */
    }
    throw error
  }
  const committed = tx
  return new Promise<void>((resolve, reject) => {
    committed.oncomplete = () => resolve()
    committed.onabort = () =>
      reject(committed.error ?? new DOMException('The write was aborted.', 'AbortError'))
  })
}
