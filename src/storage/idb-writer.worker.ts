/// <reference lib="webworker" />
import { openRecordsDb, writeOps } from './idb-records'
import type { WriterRequest, WriterResponse } from './idb-writer'

// Stores large batches (an import's thousands of records) in the records database, so the
// cost of IndexedDB's requests (about 40 µs each in Chromium) is not the page's.
let db: Promise<IDBDatabase> | null = null

self.onmessage = async (event: MessageEvent<WriterRequest>) => {
  const { id, name, ops } = event.data
  const send = (response: WriterResponse) => self.postMessage(response)
  try {
    db ??= openRecordsDb(indexedDB, name)
    const opened = await db
    // A newer version of the app upgrading the database: closed, opened again next time.
    opened.onversionchange = () => {
      opened.close()
      db = null
    }
    await writeOps(opened, ops)
    send({ id, ok: true })
  } catch (error) {
    db = null
    const { name: errorName = 'UnknownError', message = String(error) } =
      error instanceof Error || error instanceof DOMException ? error : {}
    send({ id, ok: false, name: errorName, message })
  }
}
