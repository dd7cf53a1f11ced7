// The whole path at 1k, 10k and 100k postings (BENCH_BOARD_SIZES=1000,10000 to choose),
// measured against issue #9's targets: generated postings calibrated to real ones
// (wild-profile.ts) written as raw text files -> `vite build` over them (parser, ingest,
// bundle) on one core -> the built board served gzipped as a static host would -> headless
// Chromium. Per size: build time; a first visit's bytes before the first card and until the
// app has taken over (by kind), and everything the first visit downloads until its service
// worker is installed (the precache included, counted by the server); time to the first
// card; JS heap; facet click -> next paint; a search; what a posting page adds. At 10k also
// Lighthouse (mobile) on the board, a posting and a compare page (scripts/lighthouse.ts).
// Medians of several runs. Results: stdout and .bench/board/results.json.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from '../browser.mjs'
import type { PageSummary } from '../lighthouse/scores.ts'
import { serveBuild } from '../static-server.ts'
import { clickToPaint, median, narrowingFacetValues, percentile } from './browser-measure.ts'
import { generatePostings } from './generate-postings.ts'
import { renderPostingText } from './render-posting.ts'

const SIZES = (process.env.BENCH_BOARD_SIZES ?? '1000,10000,100000').split(',').map(Number)
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3)
// After the cold builds, one more with their parse cache (BENCH_WARM_BUILD=0: none).
const WARM_BUILD = process.env.BENCH_WARM_BUILD !== '0'
const VISITS = Number(process.env.BENCH_VISITS ?? 5)
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
// Lighthouse runs at these sizes only (it takes minutes).
const LIGHTHOUSE_AT = new Set(
  (process.env.BENCH_LIGHTHOUSE_SIZES ?? '10000').split(',').filter(Boolean).map(Number),
)
// A word of the titles (the instant search) and one only in the postings' own text (loads
// its fragments): both in the generator's vocabulary.
const TITLE_QUERY = process.env.BENCH_TITLE_QUERY ?? 'platform'
const TEXT_QUERY = process.env.BENCH_TEXT_QUERY ?? 'reliable'
const OPEN_TIMEOUT_MS = 300_000
const SEED = 42
const work = path.resolve('.bench/board')
const vite = path.resolve('node_modules/.bin/vite')
const oneCore = existsSync('/usr/bin/taskset') ? 'taskset -c 0 ' : ''

/** Issue #9's targets (the 10k ones; at 100k: a click ≤ 100 ms). */
const TARGET = {
  buildCpuS: 30,
  usableKb: 400,
  firstCardMs: 1000,
  lighthouseLcpMs: 2500,
  heapMb: 120,
  clickMs: (size: number) => (size >= 100_000 ? 100 : 50),
  postingKb: 30,
  lighthouseScore: 95,
}

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

type BuildRun = {
  wall: number
  cpu: number
  ingest: number
  postings: number
  skipped: number
  /** The build's own line of CPU time by phase (scripts/build-cpu.ts). */
  phases: string
}

/**
 * One production build on one core; wall clock, and CPU time of the build's processes. The
 * previous run's output (some 30,000 files at 10k) is deleted before the clock starts: a
 * build of the board is measured, not the clearing of an old one (vite's --emptyOutDir took
 * 29-38 s of a repeat build's time here, where a fresh checkout has nothing to clear).
 * A `cold` build starts without a parse cache (every file parsed, as a fresh clone's first
 * build); a `warm` one has the cache the previous build left (nothing changed since).
 */
function build(postingsDir: string, outDir: string, cache: 'cold' | 'warm'): BuildRun {
  rmSync(outDir, { recursive: true, force: true })
  const cacheDir = path.join(path.dirname(outDir), 'parse-cache')
  if (cache === 'cold') rmSync(cacheDir, { recursive: true, force: true })
  const started = performance.now()
  const result = spawnSync(
    'bash',
    ['-c', `${oneCore}"${vite}" build --outDir "${outDir}" --emptyOutDir; s=$?; times; exit $s`],
    {
      env: {
        ...process.env,
        POSTINGS_DIR: postingsDir,
        POSTINGS_ON_ERROR: 'skip',
        POSTINGS_CACHE_DIR: cacheDir,
      },
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
    phases: /build CPU \(this process\): .*/.exec(out)?.[0] ?? 'no build CPU line',
  }
}

/** The service worker's precache list (sw.js) and what it weighs gzipped, as a host sends it. */
function precacheManifest(outDir: string): { files: number; gzip: number; data: number } {
  const sw = readFileSync(path.join(outDir, 'sw.js'), 'utf8')
  // A URL listed twice (the PWA plugin adds the manifest and icons it also globs) is fetched
  // once. The list is JSON written into the worker (src/app/sw.ts).
  const urls = new Set(
    [...sw.matchAll(/\{"revision":(?:"[^"]*"|null),"url":"([^"]+)"\}/g)].map((m) => m[1]!),
  )
  if (urls.size === 0) throw new Error('no precache list found in sw.js')
  let gzip = 0
  let data = 0
  for (const url of urls) {
    const size = gzipSync(readFileSync(path.join(outDir, url))).length
    gzip += size
    if (url.startsWith('data/')) data += size
  }
  return { files: urls.size, gzip, data }
}

type Sent = { at: number; pathname: string; bytes: number }

/** The bench's static host: gzip like a CDN, and a log of every response it sends. */
async function serve(outDir: string) {
  const log: Sent[] = []
  const site = await serveBuild(outDir, {
    gzip: true,
    onSent: (pathname, bytes) => log.push({ at: Date.now(), pathname, bytes }),
  })
  /** Resolves once no response has been sent for `ms`. */
  const quiet = async (ms = 1500, timeout = OPEN_TIMEOUT_MS) => {
    const started = Date.now()
    while (Date.now() - started < timeout) {
      const last = log.at(-1)?.at ?? 0
      if (Date.now() - last >= ms) return
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  return { ...site, log, quiet }
}
type Site = Awaited<ReturnType<typeof serve>>

const KINDS = ['html', 'js', 'css', 'data', 'other'] as const
type Kind = (typeof KINDS)[number]
function kindOf(pathname: string): Kind {
  if (pathname.startsWith('/data/')) return 'data'
  if (pathname.endsWith('.js')) return 'js'
  if (pathname.endsWith('.css')) return 'css'
  if (pathname === '/' || pathname.endsWith('.html') || !path.extname(pathname)) return 'html'
  return 'other'
}
function byKind(sent: readonly Sent[]): Record<Kind, number> & { total: number; files: number } {
  const out = { html: 0, js: 0, css: 0, data: 0, other: 0, total: 0, files: sent.length }
  for (const s of sent) {
    out[kindOf(s.pathname)] += s.bytes
    out.total += s.bytes
  }
  return out
}

type Visit = {
  firstCardMs: number
  usableMs: number
  beforeFirstCard: ReturnType<typeof byKind>
  beforeUsable: ReturnType<typeof byKind>
  /** Everything sent from the navigation until the service worker is active and the network quiet. */
  wholeVisit: ReturnType<typeof byKind>
  heapMb: number
}

/**
 * A first visit in a fresh browser context (no cache, no service worker yet): the first
 * card (the prerendered HTML's), the app taking over (the root has lost `data-view` and the
 * facet panel's checkboxes are in: filters and search work from then; a hydrated board loses
 * the mark before its panel comes), then the service worker's install; bytes counted by the host.
 */
async function visit(browser: Browser, site: Site): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(() => {
    const w = window as unknown as { __firstCard?: number; __usable?: number }
    new MutationObserver((_, observer) => {
      if (w.__firstCard === undefined && document.querySelector('main article'))
        requestAnimationFrame(() => (w.__firstCard ??= performance.now()))
      const root = document.getElementById('root')
      if (
        root &&
        !root.hasAttribute('data-view') &&
        root.querySelector('main article') &&
        root.querySelector('fieldset input[type=checkbox]')
      ) {
        observer.disconnect()
        requestAnimationFrame(() => (w.__usable ??= performance.now()))
      }
    }).observe(document, { subtree: true, childList: true, attributes: true })
  })
  await site.quiet(300)
  const from = site.log.length
  try {
    await page.goto(`${site.url}/`)
    await page.waitForFunction(() => (window as unknown as { __usable?: number }).__usable, null, {
      timeout: OPEN_TIMEOUT_MS,
      polling: 50,
    })
    const { origin, firstCard, usable } = await page.evaluate(() => {
      const w = window as unknown as { __firstCard: number; __usable: number }
      return { origin: performance.timeOrigin, firstCard: w.__firstCard, usable: w.__usable }
    })
    // The worker registers after the page's load; wait until it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await site.quiet()
    const sent = site.log.slice(from)
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    // usedSize: the V8 heap; backingStorageSize: ArrayBuffers' memory (the index's typed arrays).
    const heap = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number
      backingStorageSize?: number
    }
    return {
      firstCardMs: firstCard,
      usableMs: usable,
      beforeFirstCard: byKind(sent.filter((s) => s.at <= origin + firstCard)),
      beforeUsable: byKind(sent.filter((s) => s.at <= origin + usable)),
      wholeVisit: byKind(sent),
      heapMb: (heap.usedSize + (heap.backingStorageSize ?? 0)) / 1e6,
    }
  } finally {
    await context.close()
  }
}

async function openBoard(page: Page, url: string): Promise<number> {
  await page.goto(url)
  await page.locator('#root:not([data-view]) #result-count strong').waitFor({
    timeout: OPEN_TIMEOUT_MS,
  })
  // The facet panel comes after the hydrated board's first commit.
  await page.locator('#root fieldset input[type=checkbox]').first().waitFor({
    timeout: OPEN_TIMEOUT_MS,
  })
  return Number((await page.locator('#result-count strong').textContent())?.replaceAll(',', ''))
}

async function clicks(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  try {
    const total = await openBoard(page, url)
    const picks = await narrowingFacetValues(page, total)
    if (picks.length === 0) throw new Error('no facet value narrows the board')
    const times: number[] = []
    for (let i = 0; times.length < CLICKS; i++) {
      const pick = picks[i % picks.length]!
      const on = await clickToPaint(page, pick)
      const off = await clickToPaint(page, pick)
      if (i >= 1) times.push(on, off) // the first round warms up
    }
    return times
  } finally {
    await page.close()
  }
}

type Search = { query: string; firstMs: number; ms: number; results: number; kb: number }
type Later = { searches: Search[]; postingKb: number; postingFiles: string[] }

/**
 * Search and a posting page, with the service worker blocked (so what they fetch is on the
 * network, not answered by a precache): the first card's posting opened from the board
 * (first, as a search loads the matching postings' files), then, back on the board, each
 * query typed at once into the search box, timed until its count is final.
 */
async function laterViews(browser: Browser, site: Site): Promise<Later> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  try {
    const total = await openBoard(page, `${site.url}/`)
    await site.quiet()
    const from = site.log.length
    await page.locator('main article h2 a').first().click()
    await page.getByRole('heading', { name: 'Similar roles' }).waitFor({ timeout: OPEN_TIMEOUT_MS })
    await site.quiet()
    const sent = site.log.slice(from)
    await page.goBack()
    await page.locator('#root:not([data-view]) #result-count strong').waitFor()
    await site.quiet()
    const searches: Search[] = []
    for (const query of [TITLE_QUERY, TEXT_QUERY]) {
      const from = site.log.length
      const started = Date.now()
      await page.getByRole('searchbox').first().fill(query)
      // First results (title, company, team, stack: instant), then the final count once the
      // postings' text fragments the query needs are in.
      await page.waitForFunction(
        ({ total }) =>
          Number(
            document.querySelector('#result-count strong')?.textContent?.replaceAll(',', ''),
          ) !== total,
        { total },
        { timeout: OPEN_TIMEOUT_MS, polling: 'raf' },
      )
      const firstMs = Date.now() - started
      await page.waitForFunction(
        () => !document.querySelector('#result-count')?.textContent?.includes('searching'),
        null,
        { timeout: OPEN_TIMEOUT_MS, polling: 'raf' },
      )
      const ms = Date.now() - started
      const results = Number(
        (await page.locator('#result-count strong').textContent())?.replaceAll(',', ''),
      )
      await site.quiet(500)
      searches.push({ query, firstMs, ms, results, kb: byKind(site.log.slice(from)).total / 1000 })
      await page.getByRole('searchbox').first().fill('')
      await page.waitForFunction(
        ({ total }) =>
          Number(
            document.querySelector('#result-count strong')?.textContent?.replaceAll(',', ''),
          ) === total,
        { total },
      )
    }
    return {
      searches,
      postingKb: byKind(sent).total / 1000,
      postingFiles: sent.map(
        (s) =>
          `${s.pathname.replace(/^\/data\/[0-9a-f]+\//, 'data/')} ${(s.bytes / 1000).toFixed(1)}`,
      ),
    }
  } finally {
    await context.close()
  }
}

/** scripts/lighthouse.ts over this build (its own gzipping host, fresh profiles), no verdict. */
function lighthouse(outDir: string): PageSummary[] | string {
  const result = spawnSync(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/lighthouse.ts', '--dist', outDir],
    {
      env: { ...process.env, LIGHTHOUSE_MIN: '0', LIGHTHOUSE_RUNS: String(LIGHTHOUSE_RUNS) },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  )
  if (result.status !== 0) return `lighthouse failed: ${result.stderr.slice(-500)}`
  return JSON.parse(readFileSync('.lighthouse/summary.json', 'utf8')) as PageSummary[]
}

const fmt = (x: number, digits = 1) => x.toFixed(digits)
const kb = (bytes: number) => fmt(bytes / 1000)
const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER')
const kinds = (k: ReturnType<typeof byKind>) =>
  `${kb(k.total)} kB (HTML ${kb(k.html)}, JS ${kb(k.js)}, CSS ${kb(k.css)}, data ${kb(k.data)}, other ${kb(k.other)}; ${k.files} files)`
const medianKinds = (all: ReturnType<typeof byKind>[]) =>
  Object.fromEntries(
    [...KINDS, 'total', 'files'].map((key) => [
      key,
      median(all.map((k) => k[key as keyof typeof k])),
    ]),
  ) as ReturnType<typeof byKind>

async function measureSize(browser: Browser, size: number) {
  const { dir, bytes } = prepare(size)
  const outDir = path.join(work, String(size), 'dist')
  const runs: BuildRun[] = []
  const buildRuns =
    process.env.BENCH_REUSE === '1' && existsSync(path.join(outDir, 'index.html'))
      ? 0
      : size >= 100_000
        ? 1
        : BUILD_RUNS
  for (let i = 0; i < buildRuns; i++) runs.push(build(dir, outDir, 'cold'))
  // The same folder built again with the parse cache the last build left: a rebuild.
  const warm = buildRuns > 0 && WARM_BUILD ? build(dir, outDir, 'warm') : null
  const row: Record<string, unknown> = { size, rawMb: bytes / 1e6 }
  console.log(`\n## ${size} files (${fmt(bytes / 1e6)} MB, ${fmt(bytes / size / 1000)} kB each)`)
  if (runs.length) {
    const b = {
      wall: median(runs.map((r) => r.wall)),
      cpu: median(runs.map((r) => r.cpu)),
      ingest: median(runs.map((r) => r.ingest)),
      postings: runs[0]!.postings,
      skipped: runs[0]!.skipped,
    }
    row.build = b
    console.log(
      `build on one core, median of ${runs.length}: ${fmt(b.cpu)} s CPU (${fmt(b.wall)} s wall, ingest ${fmt(b.ingest)} s wall) → ${b.postings} postings, ${b.skipped} skipped` +
        (size === 10_000
          ? ` — target ≤ ${TARGET.buildCpuS} s: ${verdict(b.cpu <= TARGET.buildCpuS)}`
          : ''),
    )
    for (const run of runs) console.log(`  ${run.phases}`)
  }
  if (warm) {
    row.rebuild = { wall: warm.wall, cpu: warm.cpu, ingest: warm.ingest }
    console.log(
      `rebuild with the parse cache (no posting changed), on one core: ${fmt(warm.cpu)} s CPU (${fmt(warm.wall)} s wall, ingest ${fmt(warm.ingest)} s wall)` +
        (size === 10_000
          ? ` — target ≤ ${TARGET.buildCpuS} s: ${verdict(warm.cpu <= TARGET.buildCpuS)}`
          : ''),
    )
    console.log(`  ${warm.phases}`)
  }
  const pre = precacheManifest(outDir)
  row.precache = pre
  console.log(
    `precache list (sw.js): ${pre.files} files, ${kb(pre.gzip)} kB gzip (board data ${kb(pre.data)} kB)`,
  )

  const site = await serve(outDir)
  try {
    const visits: Visit[] = []
    for (let i = 0; i < VISITS; i++) visits.push(await visit(browser, site))
    const v = {
      firstCardMs: median(visits.map((x) => x.firstCardMs)),
      usableMs: median(visits.map((x) => x.usableMs)),
      heapMb: median(visits.map((x) => x.heapMb)),
      beforeFirstCard: medianKinds(visits.map((x) => x.beforeFirstCard)),
      beforeUsable: medianKinds(visits.map((x) => x.beforeUsable)),
      wholeVisit: medianKinds(visits.map((x) => x.wholeVisit)),
    }
    row.visits = { median: v, runs: visits }
    console.log(`first visits, median of ${VISITS} (gzip as sent):`)
    console.log(`  before the first card: ${kinds(v.beforeFirstCard)}`)
    console.log(
      `  before the app has taken over (filters, search): ${kinds(v.beforeUsable)} — target ≤ ${TARGET.usableKb} kB: ${verdict(v.beforeUsable.total <= TARGET.usableKb * 1000)}`,
    )
    console.log(
      `  the whole first visit, until the service worker is active and the network quiet: ${kinds(v.wholeVisit)}`,
    )
    console.log(
      `  first card ${fmt(v.firstCardMs, 0)} ms (runs ${visits.map((x) => fmt(x.firstCardMs, 0)).join(', ')}) — target ≤ ${TARGET.firstCardMs} ms: ${verdict(v.firstCardMs <= TARGET.firstCardMs)}; app taken over ${fmt(v.usableMs, 0)} ms`,
    )
    console.log(
      `  JS heap (V8 heap + ArrayBuffers, page) ${fmt(v.heapMb)} MB — target ≤ ${TARGET.heapMb} MB: ${verdict(v.heapMb <= TARGET.heapMb)}`,
    )

    const times = await clicks(browser, `${site.url}/`)
    const click = { median: median(times), p90: percentile(times, 90), n: times.length }
    row.click = click
    console.log(
      `facet click → next paint, ${click.n} clicks: median ${fmt(click.median)} ms, p90 ${fmt(click.p90)} ms — target ≤ ${TARGET.clickMs(size)} ms: ${verdict(click.median <= TARGET.clickMs(size))}`,
    )

    const later: Later[] = []
    for (let i = 0; i < Math.min(3, VISITS); i++) later.push(await laterViews(browser, site))
    const searches = later[0]!.searches.map((s, i) => ({
      query: s.query,
      firstMs: median(later.map((l) => l.searches[i]!.firstMs)),
      ms: median(later.map((l) => l.searches[i]!.ms)),
      results: s.results,
      kb: median(later.map((l) => l.searches[i]!.kb)),
    }))
    const postingKb = median(later.map((l) => l.postingKb))
    row.searches = searches
    row.posting = { kb: postingKb, files: later[0]!.postingFiles }
    for (const s of searches)
      console.log(
        `search "${s.query}": first results ${s.firstMs} ms, all ${s.results} (the postings' text searched) ${s.ms} ms (medians of ${later.length}; +${fmt(s.kb)} kB)`,
      )
    console.log(
      `a posting page opened from the board adds ${fmt(postingKb)} kB — target ≤ ${TARGET.postingKb} kB: ${verdict(postingKb <= TARGET.postingKb)}`,
    )
    console.log(`  ${later[0]!.postingFiles.join(', ')}`)
  } finally {
    await site.close()
  }

  if (LIGHTHOUSE_AT.has(size)) {
    const lh = lighthouse(outDir)
    row.lighthouse = lh
    if (typeof lh === 'string') console.log(lh)
    else
      for (const p of lh)
        console.log(
          `Lighthouse mobile, median of ${p.runs}, ${p.page.slice(0, 60)}: performance ${p.scores.performance}` +
            ` (FCP ${fmt(p.metrics.fcp, 0)} ms, LCP ${fmt(p.metrics.lcp, 0)} ms, TBT ${fmt(p.metrics.tbt, 0)} ms, CLS ${p.metrics.cls.toFixed(3)})` +
            (p.page === '/'
              ? ` — first card (LCP) target ≤ ${TARGET.lighthouseLcpMs} ms: ${verdict(p.metrics.lcp <= TARGET.lighthouseLcpMs)}`
              : ''),
        )
  }
  return row
}

async function main() {
  mkdirSync(work, { recursive: true })
  const found = findBrowser()
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
  })
  const rows: Record<string, unknown>[] = []
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  console.log(`load average at the start: ${load()}`)
  try {
    for (const size of SIZES) {
      try {
        rows.push(await measureSize(browser, size))
      } catch (error) {
        console.log(`${size}: failed: ${(error as Error).message.split('\n')[0]}`)
        rows.push({ size, failure: (error as Error).message })
        process.exitCode = 1
      }
      console.log(`load average: ${load()}`)
    }
  } finally {
    await browser.close()
  }
  const name = `results-${SIZES.join('-')}.json`
  writeFileSync(path.join(work, name), JSON.stringify(rows, null, 2))
  console.log(`\nwritten to .bench/board/${name}`)
}

await main()
