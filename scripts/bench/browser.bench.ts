// Browser benchmark of the board through the real production build:
//  1. first-load JavaScript of the board route, built from the seeds (budget 150 kB gzip);
//  2. facet click -> next paint with 10,000 generated postings (target: median < 50 ms).
// Generated records reach the build only through POSTINGS_RECORDS, into a separate outDir.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from '../browser.mjs'
import { FIRST_LOAD_BUDGET_KB, firstLoadJs, kb } from '../bundle-budget.ts'
import { clickToPaint, median, narrowingFacetValues, percentile } from './browser-measure.ts'
import { generatePostings } from './generate-postings.ts'

const COUNT = Number(process.env.BENCH_POSTINGS ?? 10_000)
const CLICKS = Number(process.env.BENCH_CLICKS ?? 40)
const TARGET_MS = 50
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4213)
const work = path.resolve('.bench/browser')

function build(outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr)
    throw new Error(`vite build into ${outDir} failed`)
  }
}

async function preview(outDir: string): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore', detached: true },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`vite preview did not start on port ${PORT}`)
}

async function main() {
  mkdirSync(work, { recursive: true })

  // 1. First-load JavaScript with the seeds, as the README's build makes it.
  const seedsOut = path.join(work, 'dist-seeds')
  build(seedsOut)
  const load = firstLoadJs(seedsOut)
  const withinBudget = load.gzip <= FIRST_LOAD_BUDGET_KB * 1000
  console.log(
    `first-load JS (board route, seeds): ${kb(load.gzip)} kB gzip in ${load.files.length} file(s) — budget ${FIRST_LOAD_BUDGET_KB} kB: ${withinBudget ? 'OK' : 'OVER'}`,
  )

  // 2. Click -> paint with generated postings.
  const records = path.join(work, `records-${COUNT}.json`)
  writeFileSync(records, JSON.stringify(generatePostings(COUNT, 42)))
  const bigOut = path.join(work, `dist-${COUNT}`)
  build(bigOut, { POSTINGS_RECORDS: records })
  const bigLoad = firstLoadJs(bigOut)

  const found = findBrowser()
  const server = await preview(bigOut)
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const t0 = Date.now()
    await page.goto(`http://127.0.0.1:${PORT}/`)
    await page.locator('#result-count strong').waitFor()
    // The facet panel comes after the hydrated board's first commit.
    await page.locator('#root:not([data-view]) fieldset input[type=checkbox]').first().waitFor()
    const total = Number(await page.locator('#result-count strong').textContent())
    console.log(`board with ${total} postings ready in ${Date.now() - t0} ms (incl. data chunk)`)
    if (total !== COUNT) throw new Error(`expected ${COUNT} postings on the board, saw ${total}`)

    const picks = await narrowingFacetValues(page, total)
    if (picks.length === 0) throw new Error('no facet value narrows the board')

    const times: number[] = []
    for (let i = 0; times.length < CLICKS; i++) {
      const pick = picks[i % picks.length]!
      const on = await clickToPaint(page, pick) // tick
      const off = await clickToPaint(page, pick) // untick
      if (i >= 1) times.push(on, off) // the first round warms up
    }
    const med = median(times)
    console.log(
      `facet click -> next paint, ${total} postings, ${times.length} clicks over ${picks.length} values: ` +
        `median ${med.toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms — target < ${TARGET_MS} ms: ${med < TARGET_MS ? 'OK' : 'OVER'}`,
    )
    console.log(
      `(the ${COUNT}-posting build's first-load JS: ${kb(bigLoad.gzip)} kB; its data is a separate chunk)`,
    )
    process.exitCode = withinBudget && med < TARGET_MS ? 0 : 1
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}

await main()
