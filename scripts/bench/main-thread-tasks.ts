// The page's main-thread tasks from a Chromium trace, with the CPU time each took: a busy
// machine stretches a task's wall time (the thread waits for a core) but not its CPU time,
// so a bound on CPU time holds the code to account and never the machine's load.
import type { Browser, Page } from '@playwright/test'

type TraceEvent = {
  ph: string
  name: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

export type MainThreadTasks = {
  /** Main-thread tasks of the page's renderer, longest CPU time first: [cpu ms, wall ms]. */
  longest: [cpu: number, wall: number][]
  /** CPU time of all of them, ms. */
  cpu: number
  count: number
}

/** Traces the renderer's tasks while `run` runs (Chromium only). */
export async function traceMainThread(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
): Promise<MainThreadTasks> {
  // DevTools' timeline category: the renderer's tasks only. `toplevel` would trace every
  // task of every process (each IndexedDB request too) and slow an import threefold.
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] })
  const failed = await run().then(
    () => null,
    (error: unknown) => ({ error }),
  )
  const trace = await browser.stopTracing()
  if (failed) throw failed.error
  return mainThreadTasks(JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] })
}

export function mainThreadTasks({ traceEvents }: { traceEvents: TraceEvent[] }): MainThreadTasks {
  const main = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const tasks = traceEvents.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`),
  )
  if (tasks.some((e) => e.tdur === undefined))
    throw new Error('The trace has no thread CPU times (tdur): this platform cannot measure them.')
  const longest = tasks
    .map((e): [number, number] => [e.tdur! / 1000, (e.dur ?? 0) / 1000])
    .sort((a, b) => b[0] - a[0])
  return {
    longest,
    cpu: longest.reduce((sum, [cpu]) => sum + cpu, 0),
    count: tasks.length,
  }
}
