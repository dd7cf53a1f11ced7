// Search benchmark: the app's engine on generated boards of 1k, 10k and 100k postings,
// against itemsjs and @orama/orama on the same facet queries in the same process.
// Result sets (as id sets) and the facet counts each library can express are asserted
// equal before anything is timed. Options: --sizes=1000,10000 --runs=300 --json=FILE
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { create, insertMultiple, search as oramaSearch } from '@orama/orama'
import itemsjs from 'itemsjs'
import { DEFAULT_FILTERS, type FilterState } from '../../src/model/filters.ts'
import type { Posting } from '../../src/model/posting.ts'
import { createSearchEngine } from '../../src/search/engine.ts'
import { facetValues } from '../../src/search/reference-engine.ts'
import { FACET_KEYS, type FacetKey, type SearchResult } from '../../src/search/types.ts'
import { generatePostings } from './generate-postings.ts'

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const SIZES = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number)
const RUNS = Number(arg('runs') ?? 300)
const SEED = 20261122

type Case = { name: string; filters: Partial<FilterState>; compared: boolean }

/** Typical board queries, drawn from the board's own popular values. */
function cases(postings: Posting[]): Case[] {
  const top = (key: FacetKey, rank: number) => {
    const counts = new Map<string, number>()
    for (const p of postings)
      for (const v of new Set(facetValues(p, key))) counts.set(v, (counts.get(v) ?? 0) + 1)
    return [...counts].sort((a, b) => b[1] - a[1])[rank]![0]
  }
  return [
    { name: 'no filters', filters: {}, compared: true },
    {
      name: 'stack all: 2 techs',
      filters: { stack: [top('stack', 0), top('stack', 4)] },
      compared: true,
    },
    {
      name: 'stack any: 3 techs',
      filters: { stack: [top('stack', 1), top('stack', 3), top('stack', 8)], stackMode: 'any' },
      compared: true,
    },
    {
      name: 'seniority + 2 modes',
      filters: { seniority: ['senior'], mode: ['hybrid', 'remote'] },
      compared: true,
    },
    {
      name: 'country + city + family',
      filters: { country: [top('country', 1)], city: [top('city', 2)], family: ['backend'] },
      compared: true,
    },
    {
      name: 'five facets',
      filters: {
        stack: [top('stack', 2)],
        seniority: ['senior', 'staff'],
        country: [top('country', 0), top('country', 2)],
        company: [top('company', 0), top('company', 5)],
        family: ['backend', 'fullstack', 'data'],
      },
      compared: true,
    },
    // Ours only: the libraries' text search has other semantics (stemming, typo tolerance).
    { name: 'text "post"', filters: { q: 'post' }, compared: false },
    {
      name: 'text "senior eng" + DE',
      filters: { q: 'senior eng', country: [top('country', 2)] },
      compared: false,
    },
    { name: 'text "k" + maxOfficeDays 2', filters: { q: 'k', maxOfficeDays: 2 }, compared: false },
  ]
}

// ---- itemsjs -------------------------------------------------------------------------

type Flat = { id: string } & Record<FacetKey, string[]>
const flatten = (p: Posting): Flat => {
  const flat = { id: p.id } as Flat
  for (const key of FACET_KEYS) flat[key] = [...new Set(facetValues(p, key))]
  return flat
}

function createItemsjs(postings: Posting[], stackConjunction: boolean) {
  const aggregations = Object.fromEntries(
    FACET_KEYS.map((key) => [
      key,
      {
        conjunction: key === 'stack' ? stackConjunction : false,
        size: 1_000_000,
        hide_zero_doc_count: true,
        chosen_filters_on_top: false,
      },
    ]),
  )
  return itemsjs(postings.map(flatten), { aggregations, native_search_enabled: false })
}

function itemsjsFilters(f: FilterState) {
  return Object.fromEntries(FACET_KEYS.filter((k) => f[k].length).map((k) => [k, f[k]]))
}

// ---- orama ----------------------------------------------------------------------------

async function createOrama(postings: Posting[]) {
  const db = create({
    schema: Object.fromEntries([['id', 'string'], ...FACET_KEYS.map((k) => [k, 'enum[]'])]) as {
      id: 'string'
    } & Record<FacetKey, 'enum[]'>,
  })
  await insertMultiple(db, postings.map(flatten), 2000)
  return db
}

function oramaWhere(f: FilterState) {
  const where: Record<string, unknown> = {}
  for (const key of FACET_KEYS) {
    if (!f[key].length) continue
    const all = key === 'stack' && f.stackMode === 'all'
    where[key] = all ? { containsAll: f[key] } : { containsAny: f[key] }
  }
  return where
}

const ORAMA_FACETS = Object.fromEntries(FACET_KEYS.map((k) => [k, { limit: 1_000_000 }]))

// ---- checks ---------------------------------------------------------------------------

function sameIds(label: string, ours: SearchResult, theirs: string[]) {
  const a = new Set(ours.items.map((p) => p.id))
  const b = new Set(theirs)
  if (a.size !== b.size || [...a].some((id) => !b.has(id)))
    throw new Error(`${label}: result sets differ (ours ${a.size}, theirs ${b.size})`)
}

function sameCounts(label: string, ours: SearchResult, key: FacetKey, theirs: Map<string, number>) {
  const mine = new Map(ours.facets[key].filter((v) => v.count > 0).map((v) => [v.value, v.count]))
  for (const [value, count] of theirs)
    if (count > 0 && mine.get(value) !== count)
      throw new Error(`${label}: ${key} “${value}” counts ${mine.get(value)} here, ${count} there`)
  for (const [value, count] of mine)
    if (theirs.get(value) !== count)
      throw new Error(`${label}: ${key} “${value}” missing or different there`)
}

// ---- timing ---------------------------------------------------------------------------

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Samples taken per timed query, by whom: reported with the figures. */
const sampleCounts = { ours: new Set<number>(), libraries: new Set<number>() }

/**
 * Median of up to `runs` timed runs after a warm-up, stopping early (but after at least
 * MIN_SAMPLES) once BUDGET_MS of measuring is spent: at 100k postings a library query can
 * take seconds.
 */
const BUDGET_MS = 8000
const MIN_SAMPLES = 5
async function time(runs: number, run: () => unknown, who: keyof typeof sampleCounts) {
  const began = performance.now()
  const warmup = Math.max(3, Math.floor(runs / 10))
  for (let i = 0; i < warmup && performance.now() - began < BUDGET_MS / 4; i++) await run()
  const samples: number[] = []
  const measuring = performance.now()
  while (
    samples.length < runs &&
    (samples.length < MIN_SAMPLES || performance.now() - measuring < BUDGET_MS)
  ) {
    const start = performance.now()
    await run()
    samples.push(performance.now() - start)
  }
  sampleCounts[who].add(samples.length)
  return median(samples)
}

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1))

type Row = {
  size: number
  query: string
  total: number
  ours: number
  itemsjs?: number
  orama?: number
}
const rows: Row[] = []

for (const size of SIZES) {
  const postings = generatePostings(size, SEED)
  let t = performance.now()
  const engine = createSearchEngine(postings)
  engine.search(DEFAULT_FILTERS)
  const oursBuild = performance.now() - t
  t = performance.now()
  const items = { all: createItemsjs(postings, true), any: createItemsjs(postings, false) }
  const itemsBuild = (performance.now() - t) / 2
  t = performance.now()
  const orama = await createOrama(postings)
  const oramaBuild = performance.now() - t
  console.log(
    `\n${size} postings — index build: ours ${ms(oursBuild)} ms, itemsjs ${ms(itemsBuild)} ms, orama ${ms(oramaBuild)} ms`,
  )
  // The libraries are much slower on big boards: fewer runs keep the bench short.
  const theirRuns = Math.min(RUNS, 200)

  for (const c of cases(postings)) {
    const filters: FilterState = { ...DEFAULT_FILTERS, ...c.filters }
    const ours = engine.search(filters)
    const row: Row = { size, query: c.name, total: ours.total, ours: 0 }
    if (c.compared) {
      const ij = filters.stackMode === 'all' ? items.all : items.any
      const ijFull = ij.search({ filters: itemsjsFilters(filters), per_page: size + 1 })
      sameIds(
        `itemsjs ${c.name}`,
        ours,
        ijFull.data.items.map((i: Flat) => i.id),
      )
      for (const key of FACET_KEYS) {
        const buckets: { key: string; doc_count: number }[] = ijFull.data.aggregations[key]!.buckets
        sameCounts(
          `itemsjs ${c.name}`,
          ours,
          key,
          new Map(buckets.map((b) => [b.key, b.doc_count])),
        )
      }
      const orFull = await oramaSearch(orama, {
        term: '',
        where: oramaWhere(filters),
        facets: ORAMA_FACETS,
        limit: size + 1,
      } as never)
      sameIds(
        `orama ${c.name}`,
        ours,
        orFull.hits.map((h) => h.id),
      )
      // Orama counts facets over the results only, which is our count for a facet
      // without its own (OR) selection, and for Stack in "all" mode.
      for (const key of FACET_KEYS) {
        if (filters[key].length && !(key === 'stack' && filters.stackMode === 'all')) continue
        const values = orFull.facets![key]!.values
        sameCounts(`orama ${c.name}`, ours, key, new Map(Object.entries(values)))
      }
      // Timed: the first page of 20 (the libraries build result pages; ours returns the
      // full ordered list), unsorted for them, sorted by newest for ours.
      row.itemsjs = await time(
        theirRuns,
        () => ij.search({ filters: itemsjsFilters(filters), per_page: 20 }),
        'libraries',
      )
      row.orama = await time(
        theirRuns,
        () =>
          oramaSearch(orama, {
            term: '',
            where: oramaWhere(filters),
            facets: ORAMA_FACETS,
            limit: 20,
          } as never),
        'libraries',
      )
    }
    row.ours = await time(RUNS, () => engine.search(filters), 'ours')
    rows.push(row)
    const ratio = (x?: number) => (x === undefined ? '' : `${(x / row.ours).toFixed(1)}x`)
    console.log(
      `  ${c.name.padEnd(28)} ${String(row.total).padStart(6)} hits  ours ${ms(row.ours).padStart(7)} ms` +
        (c.compared
          ? `  itemsjs ${ms(row.itemsjs!).padStart(7)} ms (${ratio(row.itemsjs)})  orama ${ms(row.orama!).padStart(7)} ms (${ratio(row.orama)})`
          : '  (ours only)'),
    )
  }
  const mine = rows.filter((r) => r.size === size)
  const compared = mine.filter((r) => r.itemsjs !== undefined)
  const faster = compared.map((r) => Math.min(r.itemsjs!, r.orama!) / r.ours)
  console.log(
    `  → median over queries: ours ${ms(median(mine.map((r) => r.ours)))} ms (slowest ${ms(Math.max(...mine.map((r) => r.ours)))} ms); ` +
      `vs the faster library: median ${median(faster).toFixed(1)}x, lowest ${Math.min(...faster).toFixed(1)}x`,
  )
}

console.log(
  `\nMedians after warm-up of ${range(sampleCounts.ours)} runs for ours and ${range(sampleCounts.libraries)} for the libraries ` +
    `(up to ${RUNS} / ${Math.min(RUNS, 200)}, fewer once ${BUDGET_MS / 1000} s per query is spent); ` +
    `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, seed ${SEED}.`,
)
function range(counts: Set<number>): string {
  const lo = Math.min(...counts)
  const hi = Math.max(...counts)
  return lo === hi ? String(lo) : `${lo}–${hi}`
}
const json = arg('json')
if (json) writeFileSync(json, JSON.stringify(rows, null, 2))
