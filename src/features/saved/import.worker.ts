/// <reference lib="webworker" />
import { validateImport } from '@/storage/transfer'
import type { ValidateRequest, ValidateResponse } from './lib/import-messages'

// Parsing and validating an export file (tens of thousands of records) happens here, so
// the page keeps drawing while a large file is read.
self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { id, text, now } = event.data
  let response: ValidateResponse
  try {
    response = { id, result: validateImport(text, now) }
  } catch (error) {
    response = {
      id,
      result: { ok: false, reason: `The file could not be read: ${(error as Error).message}` },
    }
  }
  self.postMessage(response)
}
