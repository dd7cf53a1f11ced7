import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/** First-load JavaScript budget of the board route, in kB (1000 bytes, as Vite prints). */
export const FIRST_LOAD_BUDGET_KB = 150

export type FirstLoad = { files: { file: string; gzip: number }[]; gzip: number }

/**
 * The JavaScript a browser must fetch before the board can render: the entry script of
 * index.html and every chunk it preloads (its static imports). Lazy routes are excluded.
 */
export function firstLoadJs(outDir: string): FirstLoad {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8')
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!)
  const files = [...new Set(refs)].map((ref) => {
    const file = path.join(outDir, ref.replace(/^\//, ''))
    return {
      file: path.relative(outDir, file),
      gzip: gzipSync(readFileSync(file)).length,
    }
  })
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) }
}

export const kb = (bytes: number) => (bytes / 1000).toFixed(1)

/** What a route's first-load bytes are counted as: the kinds a route budget caps. */
export const LOAD_KINDS = ['js', 'css', 'data'] as const
export type LoadKind = (typeof LOAD_KINDS)[number]

/**
 * The kind a fetched file counts as: the app's scripts (entry, chunks, workers, logos), its
 * style sheets and its data files. Pages, icons and the manifest count as none.
 */
export function loadKind(url: string): LoadKind | undefined {
  const { pathname } = new URL(url)
  if (/\.m?js$/.test(pathname)) return 'js'
  if (pathname.endsWith('.css')) return 'css'
  if (pathname.endsWith('.json')) return 'data'
  return undefined
}

/** One route's first-load budget: gzip kB (1000 bytes) of each kind, fetched before it is ready. */
export type RouteBudget = { route: string } & Record<LoadKind, number>

/** The README section whose table states every route's budget: the one place they are set. */
export const ROUTE_BUDGETS_HEADING = '### First-load bytes per route'

const BUDGET_COLUMNS: Record<LoadKind, string> = {
  js: 'JavaScript budget',
  css: 'CSS budget',
  data: 'data budget',
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())

/**
 * Reads the route budgets from the README's table under {@link ROUTE_BUDGETS_HEADING}:
 * its `route` column names the route, its budget columns say `≤ N kB`. Throws, naming the
 * cell, when the section, a column or a budget cannot be read, so a reworded table fails
 * the test rather than dropping a budget.
 */
export function routeBudgets(readme: string): RouteBudget[] {
  const lines = readme.split('\n')
  const start = lines.findIndex((line) => line.trim() === ROUTE_BUDGETS_HEADING)
  if (start < 0) throw new Error(`README.md has no "${ROUTE_BUDGETS_HEADING}" section`)
  const after = lines.slice(start + 1)
  const first = after.findIndex((line) => line.trim().startsWith('|'))
  const end = after.findIndex((line, i) => i > first && !line.trim().startsWith('|'))
  const table = after.slice(first, end < 0 ? undefined : end)
  if (first < 0 || table.length < 3) throw new Error(`"${ROUTE_BUDGETS_HEADING}" has no table`)
  const header = cells(table[0]!)
  const column = (name: string) => {
    const index = header.indexOf(name)
    if (index < 0) throw new Error(`"${ROUTE_BUDGETS_HEADING}" table has no "${name}" column`)
    return index
  }
  const routeColumn = column('route')
  return table.slice(2).map((line) => {
    const row = cells(line)
    const route = row[routeColumn]!.replaceAll('`', '')
    const budget = (kind: LoadKind) => {
      const cell = row[column(BUDGET_COLUMNS[kind])] ?? ''
      const kB = /^≤\s*(\d+(?:\.\d+)?)\s*kB$/.exec(cell)?.[1]
      if (kB === undefined) {
        throw new Error(`${route}'s ${BUDGET_COLUMNS[kind]} is not "≤ N kB": "${cell}"`)
      }
      return Number(kB)
    }
    return { route, js: budget('js'), css: budget('css'), data: budget('data') }
  })
}

/** Prints the board route's first-load JavaScript after every build. */
export function bundleBudgetPlugin(): Plugin {
  let outDir = 'dist'
  // After a failed build there is no fresh output to measure: reading a stale or missing
  // dist/ would print a wrong figure or hide the build's own error.
  let failed = false
  return {
    name: 'roleboard-bundle-budget',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    buildStart() {
      failed = false
    },
    buildEnd(error) {
      failed = Boolean(error)
    },
    closeBundle() {
      if (failed) return
      const load = firstLoadJs(outDir)
      const over = load.gzip > FIRST_LOAD_BUDGET_KB * 1000
      console.log(
        `${over ? '✗' : '✓'} first-load JS for the board route: ${kb(load.gzip)} kB gzip ` +
          `(${load.files.length} file${load.files.length === 1 ? '' : 's'}; budget ${FIRST_LOAD_BUDGET_KB} kB)`,
      )
    },
  }
}
