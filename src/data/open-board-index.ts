import { openBoardIndex, type OpenedBoardIndex } from '@/search/shipped-board'
import type { OpenRequest, OpenResponse } from './board-index-messages'

let worker: Worker | null = null
let nextId = 1

/**
 * Opens the board's index file (its bytes) in a Web Worker; where workers are missing, or
 * the worker fails to start, on this thread.
 */
export function openBoardIndexOffThread(bytes: ArrayBuffer): Promise<OpenedBoardIndex> {
  if (typeof Worker === 'undefined') return Promise.resolve(openHere(bytes))
  worker ??= new Worker(new URL('./board-index.worker.ts', import.meta.url), { type: 'module' })
  const current = worker
  const id = nextId++
  // Kept for the fallback: the worker gets a copy, so a failed start loses nothing.
  const request: OpenRequest = { id, bytes: bytes.slice(0) }
  return new Promise((resolve, reject) => {
    const done = () => {
      current.removeEventListener('message', onMessage)
      current.removeEventListener('error', onError)
    }
    const onMessage = (event: MessageEvent<OpenResponse>) => {
      if (event.data.id !== id) return
      done()
      if (event.data.ok) resolve(event.data.opened)
      else reject(new Error(`the board's index could not be read: ${event.data.error}`))
    }
    const onError = () => {
      done()
      worker = null
      current.terminate()
      try {
        resolve(openHere(bytes))
      } catch (error) {
        reject(error)
      }
    }
    current.addEventListener('message', onMessage)
    current.addEventListener('error', onError)
    current.postMessage(request, [request.bytes])
  })
}

function openHere(bytes: ArrayBuffer): OpenedBoardIndex {
  return openBoardIndex(new TextDecoder().decode(bytes))
}
