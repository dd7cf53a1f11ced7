// Measurements in a real browser, shared by the browser and board benchmarks.
import type { Page } from '@playwright/test'
import { escapeRegExp } from '../../src/parser/lib/escape-regexp.ts'

/** One real mouse click on `box`; resolves with ms from the click event to the next paint. */
export type Pick = { legend: string; value: string }

function facetBox(page: Page, pick: Pick) {
  const escaped = escapeRegExp(pick.value)
  return page
    .getByRole('group', { name: pick.legend, exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${escaped} \\(\\d+\\)$`) })
}

export async function clickToPaint(page: Page, pick: Pick): Promise<number> {
  await page.evaluate(() => {
    const count = document.querySelector('#result-count')!
    const before = count.textContent
    const w = window as unknown as { __paint: Promise<number> }
    w.__paint = new Promise<number>((resolve) => {
      let start = 0
      document.addEventListener(
        'click',
        (event) => {
          start = event.timeStamp
          performance.mark('facet-click', { startTime: start })
        },
        { capture: true, once: true },
      )
      // The results commit when the count changes; the frame after it is the paint.
      const observer = new MutationObserver(() => {
        if (count.textContent === before) return
        observer.disconnect()
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark('facet-paint')
            resolve(
              performance.measure('facet-click-to-paint', 'facet-click', 'facet-paint').duration,
            )
          }, 0),
        )
      })
      observer.observe(count, { subtree: true, childList: true, characterData: true })
    })
  })
  await facetBox(page, pick).click()
  return page.evaluate(() => (window as unknown as { __paint: Promise<number> }).__paint)
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!

/** Facet values that narrow the board (count between 1 and total-1), from several groups. */
export function narrowingFacetValues(page: Page, total: number): Promise<Pick[]> {
  return page.evaluate((total) => {
    const picked: { legend: string; value: string }[] = []
    for (const legend of ['Stack', 'Seniority', 'Role family', 'Work mode', 'Company']) {
      const fieldset = [...document.querySelectorAll('fieldset')].find(
        (f) => f.querySelector('legend')?.textContent === legend,
      )
      const boxes = [...(fieldset?.querySelectorAll('input[type=checkbox]') ?? [])]
      for (const box of boxes.slice(0, 2)) {
        const label = (box as HTMLInputElement).labels?.[0]?.textContent ?? ''
        const n = Number(/\((\d+)\)\s*$/.exec(label)?.[1] ?? 0)
        if (n > 0 && n < total) picked.push({ legend, value: label.replace(/ \(\d+\)\s*$/, '') })
      }
    }
    return picked
  }, total)
}
