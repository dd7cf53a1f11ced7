import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cards, listSettled, roleCount, searchBox } from './board-helpers.ts'
import { expect, test, type Page } from './fixtures/test.ts'
import { serveBuild } from './own-build.ts'
import { bundledPostings, jobPath } from './posting-seeds.ts'

// After one visit the app works with no network: the board, a posting opened before, one
// never opened but bookmarked, and the user's own data; a posting neither opened nor
// bookmarked says it is not available offline. The request guard records without routing
// (e2e/fixtures/test.ts), so the service worker answers as it does for a user.
const [first, second] = bundledPostings()
if (!first || !second) throw new Error('the offline specs need at least two postings')

/**
 * Waits until the service worker is active, which it becomes only once its install step
 * has precached the app shell, and checks the precache holds the given files. The first
 * install takes control of the open page (clientsClaim): from then on what the page
 * fetches goes through the worker.
 */
async function precached(page: Page, files: string[]) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  const missing = await page.evaluate(async (urls) => {
    const absent: string[] = []
    for (const url of urls) if (!(await caches.match(url, { ignoreSearch: true }))) absent.push(url)
    return absent
  }, files)
  expect(missing, 'files missing from the precache').toEqual([])
}

/** Waits until the service worker controls the page (it claims it once active). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated')
}

/** Reloads the page and waits until the service worker controls it. */
async function reloadControlled(page: Page) {
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated')
}

/** The ids whose posting file the worker keeps at run time (scripts/offline.ts). */
async function keptPostings(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('roleboard-board-data')
    return (await cache.keys())
      .map((request) => /\/postings\/([^/]+)\.json$/.exec(new URL(request.url).pathname)?.[1])
      .filter((id): id is string => id !== undefined)
  })
}

const postingFile = (id: string) => new RegExp(`/postings/${id}\\.json$`)

test('installable: a manifest with a name, a start URL and PNG icons up to 512 px', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = (await (await request.get(href!)).json()) as {
    name: string
    start_url: string
    display: string
    icons: { src: string; sizes: string; type: string; purpose?: string }[]
  }
  expect(manifest).toMatchObject({ name: 'Roleboard', start_url: '/', display: 'standalone' })
  const sizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((i) => i.sizes)
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
  for (const icon of manifest.icons) {
    const answer = await request.get(icon.src)
    expect(answer.ok(), icon.src).toBe(true)
    expect(answer.headers()['content-type']).toContain(icon.type.split('+')[0])
  }
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  expect((await request.get(touch!)).ok()).toBe(true)
})

test('after one visit the board, a posting opened before, a bookmarked one and saved data work offline', async ({
  page,
  context,
}) => {
  test.slow()
  await page.goto('/')
  expect(await roleCount(page)).toBeGreaterThan(0)
  await precached(page, ['/index.html'])
  await controlled(page)
  // A search, then the posting it finds is opened.
  await searchBox(page).fill(first.title)
  await expect(cards(page).getByRole('heading', { name: first.title })).toBeVisible()
  await page.goto(jobPath(first))
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible()
  // The second posting is bookmarked from the board, never opened: the bookmark fetches its file.
  await page.goto('/')
  // The app, not the prerendered first view, holds the bookmark.
  await roleCount(page)
  await listSettled(page)
  expect(await keptPostings(page)).not.toContain(second.id)
  const card = cards(page).filter({ has: page.getByRole('heading', { name: second.title }) })
  await card.getByRole('button', { name: 'Bookmark' }).click()
  await expect(card.getByRole('button', { name: 'Remove bookmark' })).toBeVisible()
  await expect.poll(() => keptPostings(page)).toEqual(expect.arrayContaining([first.id, second.id]))

  await context.setOffline(true)
  await reloadControlled(page)
  expect(await roleCount(page)).toBeGreaterThan(0)
  await searchBox(page).fill(first.title)
  await expect(cards(page).getByRole('heading', { name: first.title })).toBeVisible()

  // A posting page offline: the app shell answers and renders it from its kept file.
  await page.goto(jobPath(first))
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible()
  await page.goto('/saved')
  await page.getByRole('link', { name: second.title }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible()
  await page.goto(jobPath(second))
  await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Remove bookmark' })).toBeVisible()
  await page.goto(`/compare?ids=${first.id},${second.id}`)
  await expect(page.getByRole('table')).toBeVisible()
  // The other routes were never visited: the app shell is precached whole.
  for (const [route, name] of [
    ['/insights', 'Insights'],
    ['/about', 'About this board'],
    ['/import', 'Paste a posting'],
  ] as const) {
    await page.goto(route)
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  }
})

test('offline, a posting neither opened nor bookmarked says so, and the board still opens', async ({
  page,
  context,
}) => {
  test.slow()
  const files: string[] = []
  page.on('request', (request) => files.push(request.url()))
  await page.goto('/')
  expect(await roleCount(page)).toBeGreaterThan(0)
  await precached(page, ['/index.html'])
  await controlled(page)
  expect(await keptPostings(page)).not.toContain(second.id)

  await context.setOffline(true)
  await page.goto(jobPath(second))
  await expect(
    page.getByRole('heading', { level: 1, name: 'This role is not available offline' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('not opened or bookmarked')
  await page.getByRole('link', { name: 'Back to the board' }).click()
  expect(await roleCount(page)).toBeGreaterThan(0)
  // The posting's file was asked for (and not found offline): the message is not a guess.
  expect(files.some((url) => postingFile(second.id).test(url))).toBe(true)
})

test('a new deployment is announced with "Reload to update" and applied only when clicked, tab by tab', async ({
  page,
  context,
}) => {
  test.slow()
  // A copy of the build under test on its own port: this test deploys a new version of it.
  const site = await mkdtemp(path.join(tmpdir(), 'roleboard-e2e-update-'))
  await cp(path.resolve('dist'), site, { recursive: true })
  const server = await serveBuild(site)
  try {
    await page.goto(`${server.url}/`)
    expect(await roleCount(page)).toBeGreaterThan(0)
    await precached(page, ['/index.html'])
    await reloadControlled(page)
    expect(await roleCount(page)).toBeGreaterThan(0)
    await searchBox(page).fill(first.title)
    // A second tab of the app, under the same service worker.
    const other = await context.newPage()
    await other.goto(`${server.url}/about`)
    await other.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated')
    // A mark each page loses if it is ever reloaded.
    for (const tab of [page, other]) {
      await tab.evaluate(() => Object.assign(window, { beforeUpdate: true }))
    }

    // The next deployment: a service worker that differs by a byte, found by an update check.
    const sw = path.join(site, 'sw.js')
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// next deployment\n`)
    await page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
    )

    const promptIn = (tab: Page) =>
      tab.getByRole('status').filter({ hasText: 'A new version of Roleboard' })
    const prompt = promptIn(page)
    await expect(prompt.getByRole('button', { name: 'Reload to update' })).toBeVisible()
    await expect(promptIn(other).getByRole('button', { name: 'Reload to update' })).toBeVisible()
    await page.waitForFunction(() =>
      navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state === 'installed'),
    )
    // Announced, not applied: the same page, the search as the user left it.
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true)
    await expect(searchBox(page)).toHaveValue(first.title)

    const reloaded = page.waitForEvent('load')
    await prompt.getByRole('button', { name: 'Reload to update' }).click()
    await reloaded
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false)
    await page.waitForFunction(() =>
      navigator.serviceWorker
        .getRegistration()
        .then((r) => r?.waiting === null && r.active === navigator.serviceWorker.controller),
    )
    await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0)

    // The other tab is not reloaded under its user: its prompt stays, and reloads it on a click.
    expect(await other.evaluate(() => 'beforeUpdate' in window)).toBe(true)
    await expect(promptIn(other)).toBeVisible()
    const otherReloaded = other.waitForEvent('load')
    await promptIn(other).getByRole('button', { name: 'Reload to update' }).click()
    await otherReloaded
    expect(await other.evaluate(() => 'beforeUpdate' in window)).toBe(false)
    await expect(other.getByRole('heading', { level: 1, name: 'About this board' })).toBeVisible()
  } finally {
    await server.close()
  }
})
