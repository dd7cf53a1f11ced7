import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test, type Page } from './fixtures/test.ts'
import { generatePostings } from '../scripts/bench/generate-postings.ts'
import { BOARD_REPORT_PATH, type BoardReport } from '../src/model/board-report.ts'
import { buildBoard, serveBuild } from './own-build'

// A board of a few hundred generated postings (calibrated to real ones, texts included),
// built through the records path into its own folder and served as a static host would.
const COUNT = 400
const postings = generatePostings(COUNT, 9)
/** The first visit's budget at 10,000 postings (README); a board of 400 must stay far below. */
const FIRST_VISIT_BUDGET = 400_000

let site: { url: string; close: () => Promise<void> } | null = null
/** Postings on the board: the ingest merges generated records that are the same role. */
let onBoard = 0
/** Ids on the board (a merged record's id may not be). */
let shipped = new Set<string>()
const onBoardAt = (i: number) => postings.slice(i).find((posting) => shipped.has(posting.id))!

test.describe.configure({ mode: 'serial' })
// What the page itself fetches: the service worker's precache after load is not (README,
// "Offline and installing"; e2e/offline.spec.ts covers it).
test.use({ serviceWorkers: 'block' })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  const built = await buildBoard({ POSTINGS_RECORDS: await recordsFile() })
  expect(built.ok, built.output).toBe(true)
  const report = JSON.parse(
    await readFile(path.join(built.outDir, BOARD_REPORT_PATH), 'utf8'),
  ) as BoardReport
  onBoard = report.postings
  const [hash] = await readdir(path.join(built.outDir, 'data'), { withFileTypes: true }).then(
    (entries) => entries.filter((e) => e.isDirectory()).map((e) => e.name),
  )
  shipped = new Set(
    JSON.parse(
      await readFile(path.join(built.outDir, 'data', hash!, 'ids.json'), 'utf8'),
    ) as string[],
  )
  expect(onBoard).toBeGreaterThan(COUNT * 0.9)
  site = await serveBuild(built.outDir)
})

test.afterAll(async () => {
  await site?.close()
})

async function recordsFile(): Promise<string> {
  const file = path.join(test.info().project.outputDir, `records-${COUNT}.json`)
  await writeFile(file, JSON.stringify(postings))
  return file
}

/** Every response's path and its body's gzip size, as the page receives them. */
function traffic(page: Page) {
  const seen: Promise<{ path: string; gzip: number }>[] = []
  page.on('response', (response) => {
    seen.push(
      response.body().then(
        (body) => ({ path: new URL(response.url()).pathname, gzip: gzipSync(body).length }),
        () => ({ path: new URL(response.url()).pathname, gzip: 0 }),
      ),
    )
  })
  return { take: () => Promise.all(seen.splice(0)) }
}

for (const screen of ['wide', 'phone'] as const) {
  test(`the board’s first load stays within its byte budget and fetches no posting’s text but the previewed one (${screen})`, async ({
    page,
  }) => {
    if (screen === 'phone') await page.setViewportSize({ width: 390, height: 844 })
    else await page.setViewportSize({ width: 1280, height: 720 })
    const seen = traffic(page)
    await page.goto(`${site!.url}/`)
    await expect(page.locator('#root[data-view]')).toHaveCount(0)
    await expect(page.locator('#result-count strong')).toHaveText(String(onBoard))
    const first = page.getByRole('article').first()
    await expect(first).toBeVisible()
    const href = await first.getByRole('heading').getByRole('link').getAttribute('href')
    const firstId = href!.replace(/^\/jobs\//, '')
    // On a wide screen the preview pane beside the list shows the first role: its file is
    // read once the pane shows the role.
    const pane = page.getByRole('region', { name: 'Preview' })
    if (screen === 'wide')
      await expect(
        pane.getByRole('heading', {
          level: 2,
          name: (await first.getByRole('heading').textContent())!,
        }),
      ).toBeVisible()
    else await expect(pane).toHaveCount(0)
    const responses = await seen.take()
    const total = responses.reduce((sum, r) => sum + r.gzip, 0)
    const detail = responses.map((r) => `${r.path} ${r.gzip}`).join('\n')
    expect(total, detail).toBeLessThanOrEqual(FIRST_VISIT_BUDGET)
    const data = responses.map((r) => r.path).filter((p) => p.startsWith('/data/'))
    expect(data.some((p) => p.endsWith('/index.json'))).toBe(true)
    expect(data.filter((p) => p.includes('/cards/')).length).toBeGreaterThan(0)
    // Nothing per posting but the previewed role's, no text fragment, no id list: the board
    // needs none of them to open.
    expect(data.filter((p) => /\/(?:postings|text)\/|ids\.json$/.test(p))).toEqual(
      screen === 'wide' ? [expect.stringMatching(new RegExp(`/postings/${firstId}\\.json$`))] : [],
    )
  })
}

test('a posting page fetches its own data and no other posting’s', async ({ page }) => {
  const target = onBoardAt(123)
  const seen = traffic(page)
  // The page is prerendered: its heading and similar roles show before the app has
  // fetched anything, so wait for the app's own fetch and for the network to settle.
  const ownFile = page.waitForResponse((r) => r.url().endsWith(`/postings/${target.id}.json`))
  await page.goto(`${site!.url}/jobs/${target.id}`)
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Similar roles' })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Similar roles' }).getByRole('listitem').first(),
  ).toBeVisible()
  await ownFile
  await page.waitForLoadState('networkidle')
  const paths = (await seen.take()).map((r) => r.path)
  const postingFiles = paths.filter((p) => p.includes('/postings/') || p.includes('/text/'))
  expect(postingFiles).toEqual([
    expect.stringMatching(new RegExp(`/postings/${target.id}\\.json$`)),
  ])
  // Similar roles come from the posting's own file: the board's index and ids never load.
  expect(paths.filter((p) => /\/(?:index|ids)\.json$/.test(p))).toEqual([])
})

test('the prerendered HTML of a posting page holds its title and valid JSON-LD', async ({
  request,
}) => {
  const target = onBoardAt(42)
  const response = await request.get(`${site!.url}/jobs/${target.id}`)
  expect(response.ok()).toBe(true)
  const html = await response.text()
  const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]
  expect(heading).toBe(target.title.replace(/&/g, '&amp;'))
  const script = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1]
  expect(script, 'a JSON-LD script in the page').toBeDefined()
  const data = JSON.parse(script!) as Record<string, unknown>
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: target.id,
    title: target.title,
  })
  const { summary, responsibilities, requirements } = target.sections
  expect(String(data.description)).toContain([...summary, ...responsibilities, ...requirements][0]!)
})

test('the board’s first cards paint before any script runs, and are the app’s own', async ({
  browser,
  page,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const before = await context.newPage()
  await before.goto(`${site!.url}/`)
  await expect(before.getByRole('heading', { level: 1, name: 'Job board' })).toBeVisible()
  await expect(before.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(before.locator('#result-count strong')).toHaveText(String(onBoard))
  const prerendered = before.getByRole('region', { name: 'Results' }).getByRole('article')
  await expect(prerendered.first()).toBeVisible()
  const titles = await prerendered.getByRole('heading').allTextContents()
  expect(titles.length).toBeGreaterThanOrEqual(5)
  // A card opens its role without any script; controls wait for the app.
  const link = prerendered.first().getByRole('link').first()
  expect(await link.getAttribute('href')).toMatch(/^\/jobs\/[a-z0-9-]+$/)
  await expect(before.getByRole('searchbox', { name: 'Search postings' })).toBeDisabled()
  await context.close()

  // The app renders the same first cards over them (its virtual list may hold fewer or more).
  await page.goto(`${site!.url}/`)
  await expect(page.locator('#root[data-view]')).toHaveCount(0)
  await expect(page.getByRole('searchbox', { name: 'Search postings' })).toBeEnabled()
  const cards = page.getByRole('region', { name: 'Results' }).getByRole('article')
  const shown = await cards.getByRole('heading').allTextContents()
  const both = Math.min(shown.length, titles.length)
  expect(both).toBeGreaterThanOrEqual(5)
  expect(shown.slice(0, both)).toEqual(titles.slice(0, both))
})
