import { axeViolations, expect, test } from './fixtures/test.ts'
import { bundledPostings, jobPath } from './posting-seeds.ts'

// axe on every route of the app, in light and dark, on a phone and a desktop. Each route is
// loaded once; the scheme and the viewport change in place (both are media queries).
const [first, second] = bundledPostings()
if (!first || !second) throw new Error('the route scans need at least two postings')

const ROUTES = [
  { name: 'board', path: '/' },
  { name: 'posting', path: jobPath(first) },
  { name: 'compare', path: `/compare?ids=${first.id},${second.id}` },
  { name: 'saved', path: '/saved' },
  { name: 'import', path: '/import' },
  { name: 'about', path: '/about' },
  { name: 'not found', path: '/no-such-page' },
]

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 800 },
]

for (const route of ROUTES) {
  test(`axe finds no violations on the ${route.name} route, light and dark, phone and desktop`, async ({
    page,
  }) => {
    test.slow() // four full axe scans: seconds each on a loaded machine
    await page.goto(route.path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const found: string[] = []
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport)
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        // A scan is of the settled page: the route's heading is drawn again after the change.
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        found.push(
          ...(await axeViolations(page)).map((v) => `${viewport.name} ${colorScheme}: ${v}`),
        )
      }
    }
    expect(found).toEqual([])
  })
}
