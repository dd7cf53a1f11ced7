/// <reference lib="webworker" />
import { buffersOf, openBoardIndex } from '@/search/shipped-board'
import type { OpenRequest, OpenResponse } from './board-index-messages'

// The board's index file is parsed, decoded and indexed here, off the main thread, so
// opening a large board never blocks a tap or a paint; the typed arrays are transferred.
self.onmessage = (event: MessageEvent<OpenRequest>) => {
  const { id, bytes } = event.data
  let response: OpenResponse
  try {
    const opened = openBoardIndex(new TextDecoder().decode(bytes))
    response = { id, ok: true, opened }
    self.postMessage(response, buffersOf(opened))
  } catch (error) {
    response = { id, ok: false, error: (error as Error).message }
    self.postMessage(response)
  }
}
