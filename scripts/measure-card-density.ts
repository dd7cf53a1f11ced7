// How many roles a screen shows: builds the job-seeker board of the e2e specs (32 roles
// written for them), serves it, and counts the result cards in view at a desktop and a
// phone size, in the normal and the compact layout (README, "Using the board").
//
//   npx tsx scripts/measure-card-density.ts [--runs 5] [--screenshots DIR]
//
// With --screenshots it also saves the board at each size, normal and compact, in the
// light and the dark theme (DIR/board-1280-compact-dark.png ...), to look at; at 1280 px
// with the preview pane beside the list.
//
// "First screen": the board as it opens (scrolled to the top), the part of each card
// inside the window summed ("3.4" = three whole cards and 40 % of a fourth). "Scrolled":
// the list scrolled to its third card, below the toolbar that sticks on a wide screen.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs'
import { writeSeekerBoard } from '../e2e/fixtures/job-seeker-board.ts'
import { buildBoard, serveBuild } from '../e2e/own-build.ts'

const SIZES = [
  { name: 'desktop 1280×900', width: 1280, height: 900 },
  { name: 'phone 390×844', width: 390, height: 844 },
] as const

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}

/** Sum of the visible share of each card between `top` and the window's bottom. */
async function visibleCards(page: Page): Promise<number> {
  return page.evaluate(() => {
    const toolbar = document.querySelector<HTMLElement>('[data-board-toolbar]')
    const sticky = toolbar && getComputedStyle(toolbar).position === 'sticky'
    const top = sticky ? Math.max(0, toolbar.getBoundingClientRect().bottom) : 0
    let sum = 0
    for (const card of document.querySelectorAll('article')) {
      const box = card.getBoundingClientRect()
      const shown = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, top)
      if (box.height > 0 && shown > 0) sum += shown / box.height
    }
    return Math.round(sum * 10) / 10
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function main() {
  const runs = Number(argument('--runs') ?? 3)
  const shots = argument('--screenshots')
  const dir = await mkdtemp(path.join(tmpdir(), 'roleboard-density-'))
  await writeSeekerBoard(path.join(dir, 'postings'))
  const build = await buildBoard({ POSTINGS_DIR: path.join(dir, 'postings') })
  if (!build.ok) throw new Error(`build failed:\n${build.output}`)
  const site = await serveBuild(build.outDir)
  const found = findBrowser()
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
  })
  try {
    for (const size of SIZES) {
      for (const compact of [false, true]) {
        const first: number[] = []
        const scrolled: number[] = []
        for (let run = 0; run < runs; run++) {
          const context = await browser.newContext({
            viewport: { width: size.width, height: size.height },
          })
          const page = await context.newPage()
          await page.goto(site.url)
          await page.locator('article').nth(3).waitFor()
          // The virtual list has taken over from the first plain cards (a scroll before that
          // can be undone as the list grows to its full height).
          await page.locator('[data-virtual]').waitFor()
          const toggle = page.getByRole('switch', { name: 'Compact cards' })
          if (compact) {
            if ((await toggle.count()) === 0) break
            await toggle.click()
          }
          await page.waitForTimeout(300)
          first.push(await visibleCards(page))
          await page
            .locator('article')
            .nth(2)
            .evaluate((card) => {
              const toolbar = document.querySelector<HTMLElement>('[data-board-toolbar]')
              const sticky = toolbar && getComputedStyle(toolbar).position === 'sticky'
              const offset = sticky ? toolbar.getBoundingClientRect().height : 0
              window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - offset - 4)
            })
          await page.waitForTimeout(300)
          scrolled.push(await visibleCards(page))
          if (shots && run === 0) {
            await page.evaluate(() => window.scrollTo(0, 0))
            // On a wide screen the preview pane shows the first role: wait for its text.
            if (size.width >= 1024)
              await page
                .getByRole('region', { name: 'Preview' })
                .getByRole('heading', { level: 2 })
                .first()
                .waitFor()
            for (const scheme of ['light', 'dark'] as const) {
              await page.emulateMedia({ colorScheme: scheme })
              await page.waitForTimeout(200)
              const file = `board-${size.width}${compact ? '-compact' : ''}-${scheme}.png`
              await page.screenshot({ path: path.join(shots, file) })
            }
          }
          await context.close()
        }
        if (first.length === 0) continue
        console.log(
          `${size.name}${compact ? ' compact' : ''}: first screen ${median(first)} roles, scrolled ${median(scrolled)} roles (median of ${first.length})`,
        )
      }
    }
  } finally {
    await browser.close()
    await site.close()
    await rm(dir, { recursive: true, force: true })
    await rm(build.outDir, { recursive: true, force: true })
  }
}

await main()
