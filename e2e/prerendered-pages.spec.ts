import { expect, test, type Page } from './fixtures/test.ts'
import { bundledPostings, jobPath } from './posting-seeds.ts'

// A posting's page and the compare page paint before any script runs (the build renders
// them with the app's own components, scripts/prerender.ts), and the app's first render
// draws the same layout over them: nothing the reader is looking at moves.

const postings = bundledPostings()
const [first, second] = postings
if (!first || !second) throw new Error('these specs need at least two postings')

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]

type Box = { name: string; x: number; y: number; width: number; height: number }

/**
 * Records, in the page, the boxes of the h1 and every h2 as the prerendered HTML lays
 * them out (at DOMContentLoaded) and as the app's first render does (when the root loses
 * its `data-view` mark, in the same task as that render's commit), and every layout shift.
 */
async function recordTakeover(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __boxes: Record<string, Box[]>
      __shifts: number[]
    }
    type Box = { name: string; x: number; y: number; width: number; height: number }
    w.__boxes = {}
    w.__shifts = []
    const boxes = (): Box[] =>
      [...document.querySelectorAll('#root h1, #root h2')].map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect()
        return { name: element.textContent ?? '', x, y: y + window.scrollY, width, height }
      })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        w.__shifts.push(entry.value)
    }).observe({ type: 'layout-shift', buffered: true })
    document.addEventListener('DOMContentLoaded', () => {
      w.__boxes.prerendered = boxes()
      const root = document.getElementById('root')!
      new MutationObserver((_, observer) => {
        if (root.hasAttribute('data-view')) return
        w.__boxes.app = boxes()
        observer.disconnect()
      }).observe(root, { attributes: true, attributeFilter: ['data-view'] })
    })
  })
  return async (): Promise<{ prerendered: Box[]; app: Box[]; shifts: number[] }> => {
    await expect(page.locator('#root[data-view]')).toHaveCount(0)
    return page.evaluate(() => {
      const w = window as unknown as { __boxes: Record<string, Box[]>; __shifts: number[] }
      return {
        prerendered: w.__boxes.prerendered ?? [],
        app: w.__boxes.app ?? [],
        shifts: w.__shifts,
      }
    })
  }
}

for (const viewport of WIDTHS) {
  test(`a posting page is the app's own before any script runs, and does not move when the app takes over (${viewport.width} px)`, async ({
    browser,
    page,
  }) => {
    const plain = await browser.newContext({ viewport, javaScriptEnabled: false })
    const before = await plain.newPage()
    await before.goto(jobPath(first))
    await expect(before.getByRole('heading', { level: 1, name: first.title })).toBeVisible()
    await expect(before.getByRole('region', { name: 'Stack' })).toBeVisible()
    await expect(before.getByRole('heading', { name: 'Similar roles' })).toBeVisible()
    await expect(
      before
        .getByRole('region', { name: 'Similar roles' })
        .getByRole('link', { name: second.title }),
    ).toBeVisible()
    // Controls wait for the app: a click on a dead one is never lost.
    await expect(before.getByRole('button', { name: 'Bookmark' })).toBeDisabled()
    await plain.close()

    await page.setViewportSize(viewport)
    const takeover = await recordTakeover(page)
    await page.goto(jobPath(first))
    const { prerendered, app } = await takeover()
    expect(prerendered.length).toBeGreaterThan(2)
    expect(app).toEqual(prerendered)
    await expect(page.getByRole('button', { name: 'Bookmark' })).toBeEnabled()
  })

  test(`the compare page paints its frame before any script runs, and its table takes that place without a layout shift (${viewport.width} px)`, async ({
    browser,
    page,
  }) => {
    const url = `/compare?ids=${first.id},${second.id}`
    const plain = await browser.newContext({ viewport, javaScriptEnabled: false })
    const before = await plain.newPage()
    await before.goto(url)
    await expect(before.getByRole('heading', { level: 1, name: 'Compare roles' })).toBeVisible()
    await expect(before.getByRole('status')).toHaveText('Loading the roles…')
    await expect(before).toHaveTitle('Compare roles · Roleboard')
    await plain.close()

    await page.setViewportSize(viewport)
    const takeover = await recordTakeover(page)
    await page.goto(url)
    const { shifts } = await takeover()
    await expect(page.getByRole('table')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Compare 2 roles' })).toBeVisible()
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01)
  })
}

// Lighthouse's phone profile (README, "Lighthouse budget") counts the largest contentful
// paint: on the compare page that is the intro under the heading, painted with the HTML.
// Were a later paint larger (the table's, after every script and both roles' files), the
// page's LCP would wait for all of them. (The element, not the time: on a busy machine the
// browser may paint the HTML's first part before the parser reaches the intro. The table
// stays in the page, so a paint of its own would be named; the intro's element may be
// gone, drawn anew by the app.)
test('the compare page paints its largest text with the HTML, not after the scripts (390 px)', async ({
  page,
}) => {
  await page.setViewportSize(WIDTHS[0]!)
  await page.goto(`/compare?ids=${first.id},${second.id}`)
  await expect(page.getByRole('table')).toBeVisible()
  await expect(page.locator('#root[data-view]')).toHaveCount(0)
  // Two frames after the table's: a larger paint of its own has been reported by then.
  const largest = await page.evaluate(
    () =>
      new Promise<{ inTable: boolean }>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            new PerformanceObserver((list, observer) => {
              observer.disconnect()
              const entry = list.getEntries().at(-1) as PerformanceEntry & {
                element: Element | null
              }
              resolve({ inTable: !!entry.element?.closest('table') })
            }).observe({ type: 'largest-contentful-paint', buffered: true }),
          ),
        ),
      ),
  )
  expect(largest.inTable).toBe(false)
})

// Every page paints from its HTML and style sheet alone; the app's scripts are asked for
// once that paint is reported (src/app/app-start.ts). Lighthouse's simulation puts every
// request made before the observed first paint on the paint's path, so a script asked
// for earlier would count against the page's first paint.
for (const [name, path] of [
  ['the board', '/'],
  ['a posting page', jobPath(first)],
  ['the compare page', `/compare?ids=${first.id},${second.id}`],
] as const)
  test(`${name} asks for the app's scripts only after its first contentful paint`, async ({
    page,
  }) => {
    await page.goto(path)
    await expect(page.locator('#root[data-view]')).toHaveCount(0)
    const times = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/.*\.js$/.test(new URL(entry.name).pathname))
        .filter((entry) => !/\/theme-boot-/.test(entry.name))
        .map((entry) => entry.startTime),
    }))
    expect(times.paint).not.toBeNull()
    expect(times.scripts.length).toBeGreaterThan(0)
    expect(Math.min(...times.scripts)).toBeGreaterThanOrEqual(times.paint!)
  })

/**
 * Opens `path` on a phone, noting the prerendered elements `selector` finds before any
 * script runs, and waits for the app to take over. Then: how many there were, how many are
 * still in the page (adopted, not drawn anew), and what the app said about drawing anew.
 */
async function openAndCountAdopted(page: Page, path: string, selector: string) {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text())
  })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.addInitScript((selector) => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { __prerendered: Element[] }
      w.__prerendered = [...document.querySelectorAll(selector)]
    })
  }, selector)
  await page.goto(path)
  await expect(page.locator('#root[data-view]')).toHaveCount(0)
  const counts = await page.evaluate(() => {
    const w = window as unknown as { __prerendered: Element[] }
    return {
      all: w.__prerendered.length,
      kept: w.__prerendered.filter((e) => e.isConnected).length,
    }
  })
  return { ...counts, drawnAnew: warnings.filter((text) => text.includes('drawn anew')) }
}

// The app adopts the elements of a prerendered board or posting page (React's hydration)
// rather than clearing them and drawing the same anew: its first render must be exactly the
// build's markup. Were it not, React would draw the page anew and the app would say so.
for (const [name, path] of [
  ['the board', '/'],
  ['a posting page', jobPath(first)],
] as const)
  test(`the app adopts ${name}'s prerendered elements, and its controls then work (390 px)`, async ({
    page,
  }) => {
    const adopted = await openAndCountAdopted(page, path, '#root h1, #root h2, #root button')
    expect(adopted.all).toBeGreaterThan(3)
    expect(adopted).toEqual({ all: adopted.all, kept: adopted.all, drawnAnew: [] })
    await expect(page.locator('#root [data-prerender-disabled]')).toHaveCount(0)
    const bookmark = page.getByRole('button', { name: 'Bookmark' }).first()
    await expect(bookmark).toBeEnabled()
    await bookmark.click()
    await expect(page.getByRole('button', { name: 'Remove bookmark' }).first()).toBeVisible()
  })

// The compare page's HTML is its loading state, and so is the app's first render of it
// (compare-page.tsx): the app adopts those elements, then draws the table in their place.
test("the app adopts the compare page's prerendered elements, then shows the table (390 px)", async ({
  page,
}) => {
  const adopted = await openAndCountAdopted(
    page,
    `/compare?ids=${first.id},${second.id}`,
    '#root h1, #root header a, #root button',
  )
  expect(adopted.all).toBeGreaterThan(3)
  expect(adopted).toEqual({ all: adopted.all, kept: adopted.all, drawnAnew: [] })
  await expect(page.getByRole('heading', { level: 1, name: 'Compare 2 roles' })).toBeVisible()
  await expect(page.getByRole('table')).toBeVisible()
  const toggle = page.getByRole('checkbox', { name: 'Only differences' })
  await toggle.check()
  await expect(toggle).toBeChecked()
})
