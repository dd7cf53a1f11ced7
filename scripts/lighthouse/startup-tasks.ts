// `tsx scripts/lighthouse/startup-tasks.ts --dist .lighthouse/dist [--runs 3] [--page /]`:
// the main-thread tasks of each Lighthouse page's startup, from a Chromium trace, with what
// each one did. Lighthouse's total blocking time (mobile) counts every task after the first
// paint at four times the time it took here, less 50 ms; a busy machine stretches a task's
// wall time but not its thread CPU time, so the estimate below uses CPU time and holds on a
// shared machine where Lighthouse's own score does not.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { chromium } from '@playwright/test'
import Trace from 'lighthouse/core/gather/gatherers/trace.js'
import { CHROMIUM_ARGS, findBrowser } from '../browser.mjs'
import { serveBuild } from '../static-server.ts'
import { startupPages } from './pages.ts'

type ProfileNode = {
  id: number
  parent?: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}

type TraceEvent = {
  ph: string
  name: string
  cat: string
  pid: number
  tid: number
  ts: number
  id?: string
  dur?: number
  tdur?: number
  args?: {
    name?: string
    data?: {
      url?: string
      functionName?: string
      frame?: string
      type?: string
      startTime?: number
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }
      timeDeltas?: number[]
    }
    frame?: string
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const CPU_SLOWDOWN = 4
const LONG = 50

/** A child event's label: what ran, and for script, which file. */
function label(event: TraceEvent): string {
  const data = event.args?.data
  const file = data?.url ? path.basename(data.url.split('?')[0]!) : ''
  if (event.name === 'FunctionCall')
    return `FunctionCall ${file}${data?.functionName ? ` ${data.functionName}` : ''}`
  if (event.name === 'EvaluateScript' || event.name === 'v8.compileModule')
    return `${event.name} ${file}`
  if (event.name === 'EventDispatch' || event.name === 'TimerFire') return event.name
  return event.name
}

type Task = {
  start: number
  cpu: number
  wall: number
  parts: Map<string, number>
  /** Every event inside the task, for --tree. */
  events: TraceEvent[]
}

function tasksOf(events: TraceEvent[]): { tasks: Task[]; fcp: number; pid: number; tid: number } {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  // The page's renderer is the one that painted its first contentful paint.
  const fcpEvent = events.find((e) => e.name === 'firstContentfulPaint')
  if (!fcpEvent) throw new Error('the trace has no first contentful paint')
  const thread = `${fcpEvent.pid}:${fcpEvent.tid}`
  if (!main.has(thread)) throw new Error('the first paint is not on a renderer main thread')
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts)
  const tasks: Task[] = []
  let current: (Task & { end: number }) | null = null
  // A task's direct children, by the deepest open event: only the top level is summed.
  let childEnd = 0
  for (const event of own) {
    if (event.name === 'RunTask') {
      current = {
        start: event.ts,
        end: event.ts + (event.dur ?? 0),
        cpu: (event.tdur ?? 0) / 1000,
        wall: (event.dur ?? 0) / 1000,
        parts: new Map(),
        events: [],
      }
      tasks.push(current)
      childEnd = 0
      continue
    }
    if (!current || event.ts >= current.end) continue
    current.events.push(event)
    if (event.ts < childEnd) continue
    childEnd = event.ts + (event.dur ?? 0)
    const key = label(event)
    current.parts.set(key, (current.parts.get(key) ?? 0) + (event.tdur ?? 0) / 1000)
  }
  return { tasks, fcp: fcpEvent.ts, pid: fcpEvent.pid, tid: fcpEvent.tid }
}

/** The JavaScript samples of the trace's CPU profile: [timestamp, node id], and its nodes. */
function samplesOf(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>()
  const samples: [number, number][] = []
  // The main thread's profile (workers have their own, in the same process).
  const main = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)
  let time = main?.args?.data?.startTime ?? 0
  for (const event of events) {
    if (event.pid !== pid || event.id !== main?.id) continue
    if (event.name !== 'ProfileChunk') continue
    const data = event.args?.data
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node)
    const ids = data?.cpuProfile?.samples ?? []
    const deltas = data?.timeDeltas ?? []
    ids.forEach((id, i) => {
      time += deltas[i] ?? 0
      samples.push([time, id])
    })
  }
  return { nodes, samples }
}

function frameName(node: ProfileNode | undefined): string {
  if (!node) return '?'
  const { functionName, url, lineNumber, columnNumber } = node.callFrame
  const file = url ? path.basename(url.split('?')[0]!) : ''
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`
}

/** The functions a task's samples spent their time in: self and total (ms). */
function profileOf(
  task: Task,
  { nodes, samples }: ReturnType<typeof samplesOf>,
): { self: [string, number][]; total: [string, number][] } {
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  samples.forEach(([ts, id], i) => {
    if (ts < task.start || ts > task.start + task.wall * 1000) return
    // Each sample stands for the time until the next one.
    const ms = Math.min(((samples[i + 1]?.[0] ?? ts) - ts) / 1000, 1)
    const node = nodes.get(id)
    const name = frameName(node)
    self.set(name, (self.get(name) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at = node; at; at = at.parent === undefined ? undefined : nodes.get(at.parent)) {
      const frame = frameName(at)
      if (seen.has(frame) || !at.callFrame.url) continue
      seen.add(frame)
      total.set(frame, (total.get(frame) ?? 0) + ms)
    }
  })
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 8)
  return { self: top(self), total: top(total) }
}

/** The task's events as a tree, to three levels, those of 0.5 ms or more. */
function printTree(task: Task) {
  const stack: number[] = []
  for (const event of task.events) {
    while (stack.length && event.ts >= stack[stack.length - 1]!) stack.pop()
    const ms = (event.tdur ?? 0) / 1000
    if (stack.length < treeDepth && ms >= 0.5)
      console.log(`      ${'  '.repeat(stack.length)}${label(event)} ${ms.toFixed(1)}`)
    stack.push(event.ts + (event.dur ?? 0))
  }
}

function options(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === name ? [process.argv[i + 1]!] : []))
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

// Several --dist: their runs are interleaved (A, B, A, B ...), so a busy minute on a shared
// machine falls on each build alike and their medians compare.
const dists = (options('--dist').length ? options('--dist') : ['.lighthouse/dist']).map((d) =>
  path.resolve(d),
)
const runs = Number(option('--runs') ?? 3)
const only = option('--page')
const profile = process.argv.includes('--profile')
const tree = process.argv.includes('--tree')
const treeDepth = Number(option('--depth') ?? 4)
const quiet = process.argv.includes('--quiet')
// --save <prefix>: each run's trace is written to <prefix>-<run>.json (DevTools opens it).
const save = option('--save')
// Tasks shown: by default those Lighthouse counts as long (over 50 ms at 4x CPU).
const shown = Number(option('--min') ?? LONG / CPU_SLOWDOWN)
const found = findBrowser()
const browser = await chromium.launch({
  executablePath: found?.executablePath,
  args: [...CHROMIUM_ARGS, ...options('--chromium-arg')],
})
const sites = await Promise.all(dists.map((dist) => serveBuild(dist, { gzip: true })))

type Measured = { blocking: number; cpu: number; longest: number }

async function measure(url: string, label: string, run: number): Promise<Measured> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  })
  const tab = await context.newPage()
  // Lighthouse's own categories: with them the page pays what it pays under Lighthouse (the
  // stack of each timeline event: V8 then parses a function again for its source positions).
  await browser.startTracing(tab, {
    categories: [
      ...Trace.getDefaultTraceCategories().filter((c) => !options('--drop-category').includes(c)),
      ...(profile ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ...options('--category'),
    ],
  })
  await tab.goto(url)
  // Waited for from here, not polled in the page: polling would add tasks of its own.
  await tab.waitForTimeout(4000)
  const raw = await browser.stopTracing()
  if (save) await writeFile(`${save}-${run}.json`, raw)
  const trace = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] }
  const started = await tab.evaluate(() => !document.querySelector('#root[data-view]'))
  await context.close()
  if (!started) throw new Error(`${url}: the app had not started after 4 s`)
  const { tasks, fcp, pid, tid } = tasksOf(trace.traceEvents)
  const sampled = profile ? samplesOf(trace.traceEvents, pid, tid) : null
  const after = tasks.filter((t) => t.start >= fcp)
  const blocking = after.reduce((sum, t) => sum + Math.max(0, t.cpu * CPU_SLOWDOWN - LONG), 0)
  const cpu = after.reduce((sum, t) => sum + t.cpu, 0)
  const longest = Math.max(0, ...after.map((t) => t.cpu))
  console.log(
    `${label} run ${run}: estimated TBT ${Math.round(blocking)} ms, ${after.length} tasks after FCP, CPU ${Math.round(cpu)} ms, longest ${longest.toFixed(1)} ms`,
  )
  if (quiet) return { blocking, cpu, longest }
  for (const task of after.filter((t) => t.cpu >= shown)) {
    const parts = [...task.parts]
      .filter(([, ms]) => ms >= 1)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([what, ms]) => `${what} ${ms.toFixed(1)}`)
    console.log(
      `  +${((task.start - fcp) / 1000).toFixed(0)} ms  cpu ${task.cpu.toFixed(1)} (x4 ${(task.cpu * CPU_SLOWDOWN).toFixed(0)})  ${parts.join(' | ')}`,
    )
    if (tree) printTree(task)
    if (!sampled) continue
    const { self, total } = profileOf(task, sampled)
    console.log(
      `      self:  ${self.map(([f, ms]) => `${f} ${ms.toFixed(1)}`).join('\n             ')}`,
    )
    console.log(
      `      total: ${total.map(([f, ms]) => `${f} ${ms.toFixed(1)}`).join('\n             ')}`,
    )
  }
  return { blocking, cpu, longest }
}

try {
  const targets = only ? [only] : await startupPages(dists[0]!)
  for (const page of targets) {
    const results = dists.map((): Measured[] => [])
    for (let run = 1; run <= runs; run++)
      for (const [i, site] of sites.entries()) {
        const label = `${dists.length > 1 ? `${path.basename(dists[i]!)} ` : ''}${page}`
        results[i]!.push(await measure(`${site.url}${page}`, label, run))
      }
    for (const [i, measured] of results.entries())
      console.log(
        `${path.basename(dists[i]!)} ${page}: medians of ${runs}: estimated TBT ${Math.round(median(measured.map((m) => m.blocking)))} ms, ` +
          `CPU after FCP ${Math.round(median(measured.map((m) => m.cpu)))} ms, longest task ${median(measured.map((m) => m.longest)).toFixed(1)} ms`,
      )
    console.log('')
  }
} finally {
  await Promise.all(sites.map((site) => site.close()))
  await browser.close()
}
