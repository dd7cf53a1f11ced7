import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test, type Page, type Response } from './fixtures/test.ts'
import { bundledPostings, jobPath } from './posting-seeds.ts'
import {
  FIRST_LOAD_BUDGET_KB,
  LOAD_KINDS,
  firstLoadJs,
  kb,
  loadKind,
  routeBudgets,
  type LoadKind,
} from '../scripts/bundle-budget.ts'

// The web server of this run built dist/ from the seeds just before the tests started.
test(`the board route loads at most ${FIRST_LOAD_BUDGET_KB} kB of JavaScript (gzip)`, async ({
  page,
}) => {
  const load = firstLoadJs(path.resolve('dist'))
  expect(load.files.length).toBeGreaterThan(0)
  const detail = load.files.map((f) => `${f.file} ${kb(f.gzip)} kB`).join(', ')
  expect(load.gzip, `first-load JS: ${detail}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB * 1000)

  // And those are the scripts the board really asks for first (no lazy route among them).
  const requested: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname)
  })
  await page.goto('/')
  await expect(page.locator('#result-count strong')).toBeVisible()
  // The prerendered count shows before any script is asked for (the board asks for its
  // scripts after the first contentful paint), so wait for the requests, not for the count.
  const expected = load.files.map((file) => `/${file.file}`)
  await expect.poll(() => requested).toEqual(expect.arrayContaining(expected))
})

// Every route's first load, as a first-time visitor's browser fetches it: the JavaScript,
// CSS and data files fetched until the route is ready (its content shown and the network
// quiet, so lazy parts the route loads at once count too), each gzipped as a static host
// sends it, within the budgets README.md states ("First-load bytes per route").
const [first, second] = bundledPostings()
if (!first || !second) throw new Error('the budget specs need at least two postings')

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })
const ROUTES: Record<string, { path: string; ready: (page: Page) => Promise<void> }> = {
  board: {
    path: '/',
    ready: (page) => expect(page.locator('#result-count strong')).toBeVisible(),
  },
  posting: {
    path: jobPath(first),
    ready: (page) => expect(heading(page, first.title)).toBeVisible(),
  },
  compare: {
    path: `/compare?ids=${first.id},${second.id}`,
    ready: (page) => expect(page.getByRole('table')).toBeVisible(),
  },
  saved: { path: '/saved', ready: (page) => expect(heading(page, 'Saved')).toBeVisible() },
  insights: { path: '/insights', ready: (page) => expect(heading(page, 'Insights')).toBeVisible() },
  about: {
    path: '/about',
    ready: (page) => expect(heading(page, 'About this board')).toBeVisible(),
  },
}

/** gzip bytes of each kind among the responses, and the files counted, largest first. */
async function firstLoadBytes(responses: Response[], page: Page) {
  const bytes: Record<LoadKind, number> = { js: 0, css: 0, data: 0 }
  const files: { kind: LoadKind; file: string; gzip: number }[] = []
  const seen = new Set<string>()
  for (const response of responses) {
    const kind = loadKind(response.url())
    // A file fetched twice (a preload, then its use) is one download.
    if (!kind || !response.ok() || seen.has(response.url())) continue
    seen.add(response.url())
    // A worker that has ended (the boot script's Intl warm-up, src/app/intl-warmup.ts) takes
    // its responses' bodies with it: the same file, asked for again, is what it loaded.
    const body =
      (await response.body().catch(() => null)) ??
      (await (await page.request.get(response.url())).body())
    const gzip = gzipSync(body).length
    bytes[kind] += gzip
    files.push({ kind, file: new URL(response.url()).pathname, gzip })
  }
  return { bytes, files: files.sort((a, b) => b.gzip - a.gzip) }
}

test.describe('first-load bytes per route', () => {
  // A first visit: the service worker would precache the whole site in the background
  // after load (README, "Offline and installing"), which is not this route's first load.
  test.use({ serviceWorkers: 'block' })

  const budgets = routeBudgets(readFileSync(path.resolve('README.md'), 'utf8'))
  test('the README states a budget for every route, and only for routes', () => {
    expect(budgets.map((budget) => budget.route).sort()).toEqual(Object.keys(ROUTES).sort())
  })

  for (const budget of budgets) {
    test(`${budget.route}: JavaScript, CSS and data within the README's budgets (gzip)`, async ({
      page,
    }) => {
      const route = ROUTES[budget.route]
      if (!route) throw new Error(`README budgets a route the test does not know: ${budget.route}`)
      const responses: Response[] = []
      page.on('response', (response) => responses.push(response))
      await page.goto(route.path)
      await route.ready(page)
      await page.waitForLoadState('networkidle')
      const { bytes, files } = await firstLoadBytes(responses, page)
      const measured = LOAD_KINDS.map((kind) => `${kind} ${kb(bytes[kind])} kB`).join(', ')
      console.log(`first load of ${budget.route}: ${measured}`)
      for (const kind of LOAD_KINDS) {
        const list = files.filter((f) => f.kind === kind).map((f) => `${f.file} ${kb(f.gzip)}`)
        expect(
          bytes[kind],
          `${budget.route}'s ${kind}: ${kb(bytes[kind])} kB over its ${budget[kind]} kB budget (${list.join(', ')})`,
        ).toBeLessThanOrEqual(budget[kind] * 1000)
      }
    })
  }
})
