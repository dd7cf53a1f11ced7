/// <reference lib="webworker" />
import { validateImport } from '@/storage/transfer'
import { CHUNK_SIZE, type ValidateRequest, type ValidateResponse } from './lib/import-messages'

// Parsing and validating an export file (tens of thousands of records) happens here, so
// the page keeps drawing while a large file is read.
self.onmessage = async (event: MessageEvent<ValidateRequest>) => {
  const { id, file, now } = event.data
  const send = (response: ValidateResponse) => self.postMessage(response)
  try {
    const result = validateImport(await file.text(), now)
    if (!result.ok) return send({ id, done: result })
    for (let start = 0; start < result.records.length; start += CHUNK_SIZE)
      send({ id, chunk: result.records.slice(start, start + CHUNK_SIZE) })
    send({ id, done: { ok: true, refused: result.refused } })
  } catch (error) {
    send({
      id,
      done: { ok: false, reason: `The file could not be read: ${(error as Error).message}` },
    })
  }
}
