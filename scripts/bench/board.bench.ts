// The whole path at 1k, 10k and 100k postings (BENCH_BOARD_SIZES=1000,10000 to choose):
// generated postings calibrated to real ones (wild-profile.ts) written as raw text files
// -> `vite build` over them (parser, ingest, bundle) on one core -> the built board served
// statically and opened in headless Chromium: bytes fetched before the first card (gzip),
// time to the first card, JS heap, facet click -> next paint. Medians of several runs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from '../browser.mjs'
import { serveBuild } from '../static-server.ts'
import { clickToPaint, median, narrowingFacetValues } from './browser-measure.ts'
import { generatePostings } from './generate-postings.ts'
import { renderPostingText } from './render-posting.ts'

const SIZES = (process.env.BENCH_BOARD_SIZES ?? '1000,10000,100000').split(',').map(Number)
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3)
const VISITS = Number(process.env.BENCH_VISITS ?? 3)
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20)
const OPEN_TIMEOUT_MS = 180_000
const SEED = 42
const work = path.resolve('.bench/board')
const vite = path.resolve('node_modules/.bin/vite')
const oneCore = existsSync('/usr/bin/taskset') ? 'taskset -c 0 ' : ''

/** Raw posting files for `count` generated postings; kept between runs. */
function prepare(count: number): { dir: string; bytes: number } {
  const dir = path.join(work, String(count), 'postings')
  const marker = path.join(work, String(count), 'ready.json')
  if (existsSync(marker))
    return JSON.parse(readFileSync(marker, 'utf8')) as { dir: string; bytes: number }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  generatePostings(count, SEED).forEach((posting, i) => {
    const text = renderPostingText(posting)
    bytes += Buffer.byteLength(text)
    // Folders of 1,000, as a large postings folder would be organised.
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'))
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true })
    writeFileSync(path.join(sub, `${String(i).padStart(6, '0')}.txt`), text)
  })
  writeFileSync(marker, JSON.stringify({ dir, bytes }))
  return { dir, bytes }
}

type BuildRun = { wall: number; cpu: number; ingest: number; postings: number; skipped: number }

/** One production build on one core; wall clock, and CPU time of the build's processes. */
function build(postingsDir: string, outDir: string): BuildRun {
  const started = performance.now()
  const result = spawnSync(
    'bash',
    ['-c', `${oneCore}"${vite}" build --outDir "${outDir}" --emptyOutDir; s=$?; times; exit $s`],
    {
      env: { ...process.env, POSTINGS_DIR: postingsDir, POSTINGS_ON_ERROR: 'skip' },
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    },
  )
  const wall = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`)
  const out = `${result.stdout}\n${result.stderr}`
  // `times` prints the shell's own times, then its children's: "0m3.549s 0m0.712s".
  const children = result.stdout.trim().split('\n').at(-1)!
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => Number(m[1]) * 60 + Number(m[2]),
  )
  const summary =
    /postings: [\d,]+ files? → ([\d,]+) postings \([\d,]+ merged, ([\d,]+) skipped\) in ([\d.]+) s/.exec(
      out,
    )
  if (!summary) throw new Error(`no ingest summary in the build output:\n${out.slice(-2000)}`)
  const n = (text: string) => Number(text.replaceAll(',', ''))
  return {
    wall,
    cpu: seconds.reduce((a, b) => a + b, 0),
    ingest: Number(summary[3]),
    postings: n(summary[1]!),
    skipped: n(summary[2]!),
  }
}

type Visit = { bytes: number; requests: number; firstCard: number; heapMb: number }

/** A first visit in a fresh browser context: what the board costs before its first card. */
async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('main article')) return
      observer.disconnect()
      requestAnimationFrame(() => {
        ;(window as unknown as { __firstCard: number }).__firstCard = performance.now()
      })
    }).observe(document, { subtree: true, childList: true })
  })
  let counting = true
  const bodies: Promise<number>[] = []
  page.on('response', (response) => {
    if (!counting) return
    bodies.push(
      response.body().then(
        (body) => gzipSync(body).length,
        () => 0,
      ),
    )
  })
  try {
    await page.goto(url)
    await page.waitForFunction(
      () => (window as unknown as { __firstCard?: number }).__firstCard,
      null,
      {
        timeout: OPEN_TIMEOUT_MS,
        polling: 50,
      },
    )
    counting = false
    const firstCard = await page.evaluate(
      () => (window as unknown as { __firstCard: number }).__firstCard,
    )
    const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0)
    await page.waitForLoadState('networkidle')
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    return { bytes, requests: bodies.length, firstCard, heapMb: heap.usedSize / 1e6 }
  } finally {
    await context.close()
  }
}

async function clicks(browser: Browser, url: string): Promise<number | null> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  try {
    await page.goto(url)
    await page.locator('#result-count strong').waitFor({ timeout: OPEN_TIMEOUT_MS })
    const total = Number(await page.locator('#result-count strong').textContent())
    const picks = await narrowingFacetValues(page, total)
    if (picks.length === 0) return null
    const times: number[] = []
    for (let i = 0; times.length < CLICKS; i++) {
      const pick = picks[i % picks.length]!
      const on = await clickToPaint(page, pick)
      const off = await clickToPaint(page, pick)
      if (i >= 1) times.push(on, off) // the first round warms up
    }
    return median(times)
  } finally {
    await page.close()
  }
}

const fmt = (x: number, digits = 1) => x.toFixed(digits)

async function main() {
  mkdirSync(work, { recursive: true })
  const found = findBrowser()
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
  })
  const rows: Record<string, unknown>[] = []
  try {
    for (const size of SIZES) {
      const { dir, bytes } = prepare(size)
      const outDir = path.join(work, String(size), 'dist')
      const runs: BuildRun[] = []
      const buildRuns = size >= 100_000 ? 1 : BUILD_RUNS
      for (let i = 0; i < buildRuns; i++) runs.push(build(dir, outDir))
      const b = {
        wall: median(runs.map((r) => r.wall)),
        cpu: median(runs.map((r) => r.cpu)),
        ingest: median(runs.map((r) => r.ingest)),
      }
      console.log(
        `${size} files (${fmt(bytes / 1e6)} MB, ${fmt(bytes / size / 1000)} kB each on average) → ${runs[0]!.postings} postings, ${runs[0]!.skipped} skipped; ` +
          `build on one core, median of ${buildRuns}: ${fmt(b.wall)} s wall, ${fmt(b.cpu)} s CPU (ingest ${fmt(b.ingest)} s wall)`,
      )
      const server = await serveBuild(outDir)
      const visits: Visit[] = []
      let click: number | null = null
      let failure = ''
      try {
        for (let i = 0; i < VISITS; i++) visits.push(await visit(browser, `${server.url}/`))
        click = await clicks(browser, `${server.url}/`)
      } catch (error) {
        failure = (error as Error).message.split('\n')[0]!
      } finally {
        await server.close()
      }
      const v =
        visits.length > 0
          ? {
              kb: median(visits.map((x) => x.bytes)) / 1000,
              firstCard: median(visits.map((x) => x.firstCard)),
              heapMb: median(visits.map((x) => x.heapMb)),
            }
          : null
      console.log(
        v
          ? `  first visit, median of ${visits.length}: ${fmt(v.kb)} kB gzip before the first card (${visits[0]!.requests} requests), first card ${fmt(v.firstCard, 0)} ms, JS heap ${fmt(v.heapMb)} MB; facet click → paint median ${click === null ? 'n/a' : `${fmt(click)} ms`}${failure ? ` (${failure})` : ''}`
          : `  the board did not open: ${failure}`,
      )
      rows.push({ size, postings: runs[0]!.postings, build: b, visit: v, click, failure })
    }
  } finally {
    await browser.close()
  }
  writeFileSync(path.join(work, 'results.json'), JSON.stringify(rows, null, 2))
}

await main()
