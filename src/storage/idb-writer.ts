import type { WriteOp } from './idb-records'

export type WriterRequest = { id: number; name: string; ops: WriteOp[] }
export type WriterResponse =
  { id: number; ok: true } | { id: number; ok: false; name: string; message: string }

/**
 * Stores a batch of writes in one transaction somewhere other than this thread; resolves
 * once it commits, rejects with the storage's error. Null: it cannot, write it here.
 */
export type OffThreadWriter = {
  write(ops: WriteOp[]): Promise<void> | null
  close(): void
}

/**
 * A worker of its own that writes batches into the database `name`, started on first use.
 * Should it fail to start or crash, it is not used again: the page writes itself.
 */
export function workerWriter(name: string): OffThreadWriter {
  let worker: Worker | null = null
  let broken = false
  let nextId = 1
  const pending = new Map<number, { resolve: () => void; reject: (error: unknown) => void }>()

  function start(): Worker | null {
    if (worker || broken) return worker
    try {
      worker = new Worker(new URL('./idb-writer.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      broken = true
      return null
    }
    worker.onmessage = (event: MessageEvent<WriterResponse>) => {
      const answer = event.data
      const waiting = pending.get(answer.id)
      if (!waiting) return
      pending.delete(answer.id)
      if (answer.ok) waiting.resolve()
      else waiting.reject(new DOMException(answer.message, answer.name))
    }
    worker.onerror = (event) => {
      // A batch whose answer never comes was perhaps stored, perhaps not: it fails, so the
      // page reads as before it; what the database holds is re-read on the next load.
      broken = true
      worker?.terminate()
      worker = null
      const error = new Error(`The storage worker stopped (${event.message || 'error'}).`)
      for (const waiting of pending.values()) waiting.reject(error)
      pending.clear()
    }
    return worker
  }

  return {
    write(ops) {
      const target = start()
      if (!target) return null
      const id = nextId++
      return new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        target.postMessage({ id, name, ops } satisfies WriterRequest)
      })
    },
    close() {
      worker?.terminate()
      worker = null
      broken = true
    },
  }
}
