import { cards, roleCount, searchBox } from './board-helpers.ts'
import { expect, test, type Page } from './fixtures/test.ts'
import { bundledPostings, jobPath } from './posting-seeds.ts'

// After one visit the app works with no network: the board, a posting opened before, one
// never opened but bookmarked, and the user's own data.
const [first, second] = bundledPostings()
if (!first || !second) throw new Error('the offline specs need at least two postings')

/** Waits until the service worker has installed (precached the site) and is active. */
async function offlineReady(page: Page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return registration?.active?.state === 'activated'
  })
}

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
})

test('after one visit the board, a posting opened before, a bookmarked one and saved data work offline', async ({
  page,
  context,
}) => {
  test.slow()
  await page.goto('/')
  expect(await roleCount(page)).toBeGreaterThan(0)
  await page.goto(jobPath(first))
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible()
  // The second posting is bookmarked from the board, never opened.
  await page.goto('/')
  const card = cards(page).filter({ has: page.getByRole('heading', { name: second.title }) })
  await card.getByRole('button', { name: 'Bookmark' }).click()
  await expect(card.getByRole('button', { name: 'Remove bookmark' })).toBeVisible()
  await offlineReady(page)

  await context.setOffline(true)
  await page.reload()
  expect(await roleCount(page)).toBeGreaterThan(0)
  await searchBox(page).fill(first.title)
  await expect(cards(page).getByRole('heading', { name: first.title })).toBeVisible()

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
})
