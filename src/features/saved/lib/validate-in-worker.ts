import type { MigratedRecord } from '@/storage/migrations'
import type { ValidatedImport } from '@/storage/transfer'
import type { ValidateRequest, ValidateResponse } from './import-messages'

let nextId = 1

/**
 * Reads and validates an export file in a Web Worker of its own, so neither JSON.parse of
 * megabytes nor checking every record blocks the page. Aborting stops the worker at once.
 */
export function validateInWorker(
  file: Blob,
  now: string,
  signal?: AbortSignal,
): Promise<ValidatedImport | { ok: false; reason: string; cancelled: true }> {
  const id = nextId++
  const worker = new Worker(new URL('../import.worker.ts', import.meta.url), { type: 'module' })
  return new Promise((resolve) => {
    const finish = (result: ValidatedImport | { ok: false; reason: string; cancelled: true }) => {
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
      resolve(result)
    }
    const onAbort = () =>
      finish({
        ok: false,
        reason: 'The import was cancelled; nothing was changed.',
        cancelled: true,
      })
    const records: MigratedRecord[] = []
    worker.onmessage = (event: MessageEvent<ValidateResponse>) => {
      const message = event.data
      if (message.id !== id) return
      if ('chunk' in message) {
        for (const record of message.chunk) records.push(record)
        return
      }
      finish(message.done.ok ? { ok: true, records, refused: message.done.refused } : message.done)
    }
    worker.onerror = (event) =>
      finish({
        ok: false,
        reason: `The file could not be read (${event.message || 'worker error'}).`,
      })
    signal?.addEventListener('abort', onAbort)
    if (signal?.aborted) return onAbort()
    worker.postMessage({ id, file, now } satisfies ValidateRequest)
  })
}
