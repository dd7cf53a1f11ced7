// What each view loads, at BENCH_POSTINGS generated postings (10,000 by default; the
// generator is calibrated to real postings' text length): over BENCH_VISITS cold visits
// of the built board, the files and bytes (gzip) before the first card, a full-text
// search (time until its fragments are in and bytes they add) and what opening a posting
// from the board adds. board.bench measures the build, first card, heap and clicks.
// Generated records reach the build only through POSTINGS_RECORDS, into a separate outDir.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page, type Response } from '@playwright/test'
import { BOARD_REPORT_PATH, type BoardReport } from '../../src/model/board-report.ts'
import { CHROMIUM_ARGS, findBrowser } from '../browser.mjs'
import { kb } from '../bundle-budget.ts'
import { serveBuild } from '../static-server.ts'
import { median } from './browser-measure.ts'
import { generatePostings } from './generate-postings.ts'

const COUNT = Number(process.env.BENCH_POSTINGS ?? 10_000)
const VISITS = Number(process.env.BENCH_VISITS ?? 5)
const QUERY = process.env.BENCH_QUERY ?? 'reliable'
const work = path.resolve('.bench/views')
const TARGETS = { firstVisitKb: 400, postingPageKb: 30 }

/** Every 200 response's body, gzipped as a static host would serve it. */
function recordTraffic(page: Page) {
  const seen: Promise<{ url: string; gzip: number }>[] = []
  page.on('response', (response: Response) => {
    if (response.status() !== 200) return
    seen.push(
      response.body().then(
        (body) => ({ url: new URL(response.url()).pathname, gzip: gzipSync(body).length }),
        () => ({ url: response.url(), gzip: 0 }),
      ),
    )
  })
  return {
    take: async () => {
      const files = await Promise.all(seen.splice(0))
      return { bytes: files.reduce((n, f) => n + f.gzip, 0), files }
    },
  }
}

type Visit = {
  firstVisit: { bytes: number; files: { url: string; gzip: number }[] }
  searchMs: number
  searchBytes: number
  posting: { bytes: number; files: { url: string; gzip: number }[] }
}

async function visit(browser: Browser, url: string, expected: number): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const traffic = recordTraffic(page)
  try {
    await page.goto(url)
    await page.locator('article h2').first().waitFor({ timeout: 120_000 })
    const firstVisit = await traffic.take()
    const total = Number(await page.locator('#result-count strong').textContent())
    if (total !== expected) throw new Error(`expected ${expected} postings, saw ${total}`)

    // A full-text search, typed at once; done when the count no longer says "searching".
    const started = Date.now()
    await page.getByRole('searchbox').fill(QUERY)
    await page.waitForFunction(
      () => !document.querySelector('#result-count')?.textContent?.includes('searching'),
    )
    const searchMs = Date.now() - started
    await page.waitForLoadState('networkidle')
    const search = await traffic.take()
    await page.getByRole('searchbox').fill('')
    await page.waitForLoadState('networkidle')
    await traffic.take()

    // Opening a posting from the board: what it adds.
    await page.locator('article h2 a').first().click()
    await page.getByRole('heading', { name: 'Similar roles' }).waitFor()
    await page.waitForLoadState('networkidle')
    const posting = await traffic.take()
    return { firstVisit, searchMs, searchBytes: search.bytes, posting }
  } finally {
    await context.close()
  }
}

async function main() {
  mkdirSync(work, { recursive: true })
  const records = path.join(work, `records-${COUNT}.json`)
  const outDir = path.join(work, `dist-${COUNT}`)
  // BENCH_REUSE=1 visits the last build again without rebuilding.
  if (process.env.BENCH_REUSE !== '1' || !existsSync(path.join(outDir, 'index.html'))) {
    writeFileSync(records, JSON.stringify(generatePostings(COUNT, 42)))
    const result = spawnSync(
      path.resolve('node_modules/.bin/vite'),
      ['build', '--outDir', outDir, '--emptyOutDir'],
      {
        env: { ...process.env, POSTINGS_RECORDS: records },
        encoding: 'utf8',
        maxBuffer: 256 << 20,
      },
    )
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`)
  }
  const report = JSON.parse(
    readFileSync(path.join(outDir, BOARD_REPORT_PATH), 'utf8'),
  ) as BoardReport
  const site = await serveBuild(outDir)
  const found = findBrowser()
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
  })
  try {
    const visits: Visit[] = []
    for (let v = 0; v < VISITS; v++)
      visits.push(await visit(browser, `${site.url}/`, report.postings))
    const list = (files: { url: string; gzip: number }[]) =>
      files.map((f) => `${f.url.replace(/^\/data\/[0-9a-f]+\//, 'data/')} ${kb(f.gzip)}`).join(', ')
    const firstKb = median(visits.map((v) => v.firstVisit.bytes)) / 1000
    const postingKb = median(visits.map((v) => v.posting.bytes)) / 1000
    const ok = (value: number, target: number) => (value <= target ? 'OK' : 'OVER')
    console.log(`${report.postings} postings, medians of ${VISITS} cold visits:`)
    console.log(
      `  first visit, before the first card: ${firstKb.toFixed(1)} kB gzip (target ≤ ${TARGETS.firstVisitKb}): ${ok(firstKb, TARGETS.firstVisitKb)}`,
    )
    console.log(`    ${list(visits[0]!.firstVisit.files)}`)
    console.log(
      `  search "${QUERY}" over title, company, team, stack and the postings' own text: ${median(visits.map((v) => v.searchMs))} ms until its fragments are in, +${kb(median(visits.map((v) => v.searchBytes)))} kB`,
    )
    console.log(
      `  a posting page opened from the board adds: ${postingKb.toFixed(1)} kB gzip (target ≤ ${TARGETS.postingPageKb}): ${ok(postingKb, TARGETS.postingPageKb)}`,
    )
    console.log(`    ${list(visits[0]!.posting.files)}`)
    process.exitCode = firstKb <= TARGETS.firstVisitKb && postingKb <= TARGETS.postingPageKb ? 0 : 1
  } finally {
    await browser.close()
    await site.close()
  }
}

await main()
