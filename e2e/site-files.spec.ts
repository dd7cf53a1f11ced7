import { expect, test, type Page } from './fixtures/test.ts'
import { bundledPostings, jobPath } from './posting-seeds.ts'

// robots.txt, the sitemap and canonical links, as the build under test wrote them for the
// address it is served at (playwright.config.ts sets SITE_ORIGIN).
const postings = bundledPostings()
const open = postings.filter((posting) => !posting.source.closedAt)
const [first, second] = postings
if (!first || !second) throw new Error('the site-file specs need at least two postings')

const canonical = (page: Page) => page.locator('head link[rel="canonical"]')

test('robots.txt allows crawling and names the sitemap', async ({ request, baseURL }) => {
  const robots = await request.get('/robots.txt')
  expect(robots.ok()).toBe(true)
  expect(await robots.text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${baseURL}/sitemap.xml\n`)
})

test('the sitemap lists the board and every open role’s page, each of which answers', async ({
  request,
  baseURL,
}) => {
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.ok()).toBe(true)
  const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(locs.sort()).toEqual(
    [`${baseURL}/`, ...open.map((posting) => `${baseURL}${jobPath(posting)}`)].sort(),
  )
  for (const loc of locs) expect((await request.get(loc!)).status()).toBe(200)
})

test('the board and a posting page name themselves canonical, before any script runs', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await expect(canonical(page)).toHaveAttribute('href', `${baseURL}/`)
  await page.goto(jobPath(first))
  await expect(canonical(page)).toHaveCount(1)
  await expect(canonical(page)).toHaveAttribute('href', `${baseURL}${jobPath(first)}`)
  await context.close()
})

test('the canonical link follows the route in the app, and other views name none', async ({
  page,
  baseURL,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: first.title }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible()
  await expect(canonical(page)).toHaveAttribute('href', `${baseURL}${jobPath(first)}`)
  await page.goto(`/compare?ids=${first.id},${second.id}`)
  await expect(page.getByRole('table')).toBeVisible()
  await expect(canonical(page)).toHaveCount(0)
  await page.goBack()
  await expect(canonical(page)).toHaveAttribute('href', `${baseURL}${jobPath(first)}`)
})
