/// <reference lib="webworker" />
import { parsePostings } from '@/parser/index'
import type { ParseRequest, ParseResponse } from './lib/parse-messages'

// The parser runs here, off the main thread, and is loaded only by the import page.
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text, file, now } = event.data
  let response: ParseResponse
  try {
    response = { id, result: parsePostings(text, { ...(file ? { file } : {}), now }) }
  } catch (error) {
    response = {
      id,
      result: { ok: false, error: `the parser failed: ${(error as Error).message}` },
    }
  }
  self.postMessage(response)
}
