import type { Page } from './fixtures/test.ts'

/**
 * The app keeps its records in IndexedDB (database "roleboard", object store "records":
 * storage key → JSON text; README, "Your data"). These read and clear it from the page.
 */
function withRecords<T>(page: Page, mode: 'read' | 'clear'): Promise<T> {
  return page.evaluate(
    (mode) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('roleboard', 1)
        // Created as the app creates it, so a read before the app ran breaks nothing.
        open.onupgradeneeded = () => open.result.createObjectStore('records')
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'))
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('records', mode === 'read' ? 'readonly' : 'readwrite')
          const store = tx.objectStore('records')
          const keys = store.getAllKeys()
          const values = store.getAll()
          if (mode === 'clear') store.clear()
          tx.oncomplete = () => {
            db.close()
            const records: Record<string, string> = {}
            keys.result.forEach((key, i) => (records[key as string] = values.result[i] as string))
            resolve(records as T)
          }
          tx.onabort = () => reject(tx.error ?? new Error('The transaction was aborted'))
        }
      }),
    mode,
  )
}

/** Every stored record, key → JSON text. */
export const readStored = (page: Page) => withRecords<Record<string, string>>(page, 'read')

/** Removes every stored record (as clearing site data would); reload the page after. */
export const clearStored = (page: Page) => withRecords<Record<string, string>>(page, 'clear')
