import { execFile, execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures/test.ts'
import type { Posting } from '../src/model/posting.ts'
import { startRecordedServer, type RecordedServer } from '../scripts/fetch/testing/server.ts'
import { cards, headings, roleCount } from './board-helpers.ts'
import { FETCHED_SOURCES, fetchedBoardRoutes } from './fixtures/fetched-board.ts'
import { serveBuild } from '../scripts/static-server.ts'

// `npm run fetch` against recorded feeds on 127.0.0.1 (twice: the second day a role is
// gone), then a production build of the fetched folder, served as a static host would.

const run = promisify(execFile)
const bin = (name: string) => path.resolve('node_modules/.bin', name)

let feeds: RecordedServer
let site: Awaited<ReturnType<typeof serveBuild>>
let dir: string
let postings: Posting[]
const fetchOutput: string[] = []

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  feeds = await startRecordedServer(fetchedBoardRoutes('first'))
  dir = await mkdtemp(path.join(tmpdir(), 'roleboard-fetched-e2e-'))
  await writeFile(path.join(dir, 'sources'), FETCHED_SOURCES)
  const env = {
    ...process.env,
    SOURCES_FILE: path.join(dir, 'sources'),
    POSTINGS_DIR: path.join(dir, 'postings'),
    FETCH_CACHE: path.join(dir, 'fetch-cache.json'),
    FETCH_ENDPOINTS_BASE: feeds.base,
  }
  // Asynchronously: the recorded server answers from this process.
  fetchOutput.push((await run(bin('tsx'), ['scripts/fetch.ts'], { env })).stdout)
  for (const [route, reply] of Object.entries(fetchedBoardRoutes('second'))) feeds.set(route, reply)
  fetchOutput.push((await run(bin('tsx'), ['scripts/fetch.ts'], { env })).stdout)
  await run(bin('vite'), ['build', '--outDir', path.join(dir, 'dist'), '--emptyOutDir'], { env })
  site = await serveBuild(path.join(dir, 'dist'))
  const script = `import { ingestDir, postingsDir } from './scripts/ingest.ts'
ingestDir(postingsDir()).then(({ postings }) => process.stdout.write(JSON.stringify(postings)))`
  postings = JSON.parse(
    execFileSync(bin('tsx'), ['--eval', script], { env, encoding: 'utf8' }),
  ) as Posting[]
})

test.afterAll(async () => {
  await site?.close()
  await feeds?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const byTitle = (title: string) => {
  const posting = postings.find((p) => p.title === title)
  if (!posting) throw new Error(`no posting titled ${title}`)
  return `/jobs/${encodeURIComponent(posting.id)}`
}

test('fetch prints a summary per source: new on the first day, closed on the second', () => {
  expect(fetchOutput[0]).toMatch(/^greenhouse-fernhill +2 +0 +0 +0 +0$/m)
  expect(fetchOutput[0]).toMatch(/^lever-quayside +1 +0 +0 +0 +0$/m)
  expect(fetchOutput[1]).toMatch(/^greenhouse-fernhill +0 +0 +1 +1 +0$/m)
  expect(fetchOutput[1]).toMatch(/^lever-quayside +0 +0 +1 +0 +0$/m)
})

test('the board lists the fetched open roles, not the closed one', async ({ page }) => {
  await page.goto(`${site.url}/`)
  expect(await roleCount(page)).toBe(2)
  expect((await headings(page)).sort()).toEqual(['Backend Engineer', 'Frontend Engineer'])
  await expect(cards(page).filter({ hasText: 'Quayside Labs' })).toHaveCount(1)
})

// The user leaves for the source's apply page, answered by the test itself.
test.describe(() => {
  test.use({ userLeavesTo: ['jobs.lever.co'] })
  test('a fetched role’s page has a working Apply link to its source, opened safely', async ({
    page,
    context,
  }) => {
    // The apply page is the source's; answered here so that nothing leaves the machine.
    await context.route('https://jobs.lever.co/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Apply</title><h1>Apply form</h1>' }),
    )
    await page.goto(`${site.url}${byTitle('Frontend Engineer')}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Frontend Engineer' })).toBeVisible()
    const apply = page.getByRole('link', { name: /^Apply on jobs\.lever\.co/ })
    await expect(apply).toHaveAttribute('href', 'https://jobs.lever.co/quayside/c0ffee01/apply')
    await expect(apply).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(apply).toHaveAttribute('target', '_blank')
    await expect(page.getByRole('link', { name: /^Original posting/ })).toHaveAttribute(
      'href',
      'https://jobs.lever.co/quayside/c0ffee01',
    )
    // Structured facts from the feed reached the page.
    await expect(page.getByText('£65,000–£80,000 a year')).toBeVisible()
    const [tab] = await Promise.all([context.waitForEvent('page'), apply.click()])
    await tab.waitForLoadState()
    expect(tab.url()).toBe('https://jobs.lever.co/quayside/c0ffee01/apply')
    await expect(tab.getByRole('heading', { name: 'Apply form' })).toBeVisible()
    expect(await tab.evaluate(() => window.opener as unknown)).toBeNull()

    await page.goto(`${site.url}${byTitle('Backend Engineer')}`)
    await expect(
      page.getByRole('link', { name: /^Apply on boards\.greenhouse\.io/ }),
    ).toHaveAttribute('href', 'https://boards.greenhouse.io/fernhill/jobs/5101')
  })
})

test('a closed role still opens from a link and says it is closed', async ({ page }) => {
  await page.goto(`${site.url}${byTitle('Data Engineer')}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Data Engineer' })).toBeVisible()
  await expect(page.getByText(/^This role is closed \(\d{1,2} \w{3} \d{4}\)/)).toBeVisible()
  await expect(page.getByRole('link', { name: /^Apply on/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Original posting/ })).toHaveAttribute(
    'href',
    'https://boards.greenhouse.io/fernhill/jobs/5102',
  )
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations).toEqual([])
})
