import type { ParseManyResult } from '@/parser/index'
import type { ParseRequest, ParseResponse } from './parse-messages'

const TIMEOUT_MS = 15_000

let worker: Worker | null = null
let nextId = 1

function getWorker(): Worker {
  worker ??= new Worker(new URL('../parse.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

/** Parses raw posting text in a Web Worker, so a long text never freezes the page. */
export function parseInWorker(text: string, file?: string): Promise<ParseManyResult> {
  const id = nextId++
  const current = getWorker()
  const request: ParseRequest = {
    id,
    text,
    ...(file ? { file } : {}),
    now: new Date().toISOString().slice(0, 10),
  }
  return new Promise((resolve) => {
    const finish = (result: ParseManyResult) => {
      clearTimeout(timer)
      current.removeEventListener('message', onMessage)
      current.removeEventListener('error', onError)
      resolve(result)
    }
    const onMessage = (event: MessageEvent<ParseResponse>) => {
      if (event.data.id === id) finish(event.data.result)
    }
    const onError = (event: ErrorEvent) => {
      worker = null
      current.terminate()
      finish({ ok: false, error: `the parser could not run (${event.message || 'worker error'})` })
    }
    const timer = setTimeout(() => {
      // A runaway parse is stopped, not waited on; the next parse starts a fresh worker.
      worker = null
      current.terminate()
      finish({ ok: false, error: 'reading the text took too long' })
    }, TIMEOUT_MS)
    current.addEventListener('message', onMessage)
    current.addEventListener('error', onError)
    current.postMessage(request)
  })
}
