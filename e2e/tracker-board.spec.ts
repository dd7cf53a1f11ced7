import { rm } from 'node:fs/promises'
import path from 'node:path'
import { axeViolations, expect, test, type Page } from './fixtures/test.ts'
import { buildBoard, serveBuild } from './own-build.ts'

// A board of postings written for these specs (e2e/fixtures/tracker-board/), built once and
// served as a static host would: compare with long sections, insights, the tracker.

let site: Awaited<ReturnType<typeof serveBuild>>
let outDir: string

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const build = await buildBoard({ POSTINGS_DIR: path.resolve('e2e/fixtures/tracker-board') })
  if (!build.ok) throw new Error(build.output)
  outDir = build.outDir
  site = await serveBuild(outDir)
})

test.afterAll(async () => {
  await site?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

const url = (route: string) => `${site.url}${route}`
const themes = ['light', 'dark'] as const
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } }

const FOUR = [
  'northwind-cargo-senior-backend-engineer',
  'alder-payments-senior-backend-engineer',
  'marisol-labs-senior-machine-learning-engineer',
  'quill-ledger-staff-platform-engineer',
]
const compareUrl = () => url(`/compare?ids=${FOUR.join(',')}`)

test.describe('compare', () => {
  test('role headers and field names stay in view while the table scrolls', async ({ page }) => {
    await page.setViewportSize(sizes.desktop)
    await page.goto(compareUrl())
    const header = page.getByRole('columnheader', { name: /Senior Backend Engineer/ }).first()
    await expect(header).toBeVisible()
    const top = (await header.boundingBox())!.y
    // Scroll the page to the benefits: the header row sticks to the top of the window.
    await page.getByRole('rowheader', { name: /^Benefits/ }).scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, 600)
    await expect.poll(async () => (await header.boundingBox())!.y).toBeLessThan(top)
    const stuck = (await header.boundingBox())!.y
    expect(stuck).toBeGreaterThanOrEqual(-1)
    expect(stuck).toBeLessThanOrEqual(2)
    await expect(
      header.getByRole('link', { name: /^Apply on apply\.northwind-cargo\.example/ }),
    ).toBeInViewport()
  })

  test('on a phone two roles share the screen, the rest a swipe or a button away, headers pinned', async ({
    page,
  }) => {
    await page.setViewportSize(sizes.phone)
    await page.goto(compareUrl())
    await expect(page.getByText('Roles 1–2 of 4')).toBeVisible()
    const third = page.getByRole('columnheader', { name: /Senior Machine Learning Engineer/ })
    await expect(third).not.toBeInViewport({ ratio: 0.9 })
    await page.getByRole('button', { name: 'Next role' }).click()
    await expect(page.getByText('Roles 2–3 of 4')).toBeVisible()
    await expect(third).toBeInViewport({ ratio: 0.9 })
    // Field names stay pinned on the left; the page itself never scrolls sideways.
    const field = page.getByRole('rowheader', { name: /^Company/ })
    expect((await field.boundingBox())!.x).toBeLessThan(30)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // Scrolling down inside the table keeps the role headers on top of it.
    const scroller = page.locator('[data-compare-scroller]')
    const headerTop = (await third.boundingBox())!.y
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }))
    await expect.poll(async () => (await third.boundingBox())!.y).toBeCloseTo(headerTop, 0)
  })

  test('long sections show their first lines until unfolded', async ({ page }) => {
    await page.goto(compareUrl())
    const requirements = page.getByRole('row', { name: /^Requirements/ })
    const northwind = requirements.getByRole('cell').first()
    await expect(northwind.getByRole('listitem')).toHaveCount(3)
    await expect(northwind).toContainText('4 more lines')
    const unfold = requirements.getByRole('button', { name: 'Show all of Requirements' })
    await expect(unfold).toHaveAttribute('aria-expanded', 'false')
    await unfold.click()
    await expect(northwind.getByRole('listitem')).toHaveCount(7)
    await expect(
      requirements.getByRole('button', { name: 'Show less of Requirements' }),
    ).toHaveAttribute('aria-expanded', 'true')
  })

  test('pay and remote eligibility rows; "Only differences" hides what no role states', async ({
    page,
  }) => {
    await page.goto(compareUrl())
    await expect(page.getByRole('row', { name: /^Pay/ })).toContainText('€75,000–€95,000 a year')
    await expect(page.getByRole('row', { name: /^Remote from/ })).toContainText('United Kingdom')
    const visa = page.getByRole('row', { name: /^Visa sponsorship/ })
    await expect(visa).toContainText('Not stated for any')
    await page.getByRole('checkbox', { name: 'Only differences' }).check()
    await expect(visa).toHaveCount(0)
    await expect(page.getByRole('row', { name: /^Pay/ })).toBeVisible()
  })
})

test.describe('insights', () => {
  const inView = (page: Page) => page.getByText(/in this view/)

  test('read the board’s filters from the URL and link back to the same view', async ({ page }) => {
    await page.goto(url('/?mode=remote'))
    const insights = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Insights' })
    // The prerendered shell's link has no filters: wait for the app's, which carries them.
    await expect(insights).toHaveAttribute('href', '/insights?mode=remote')
    await insights.click()
    await expect(page).toHaveURL(url('/insights?mode=remote'))
    await expect(inView(page)).toHaveText('3 roles in this view. See them on the board')
    const modes = page.getByRole('region', { name: 'Work mode' })
    await expect(modes.getByRole('table')).toContainText('Remote3 roles')
    await page.getByRole('link', { name: 'See them on the board' }).click()
    await expect(page).toHaveURL(url('/?mode=remote'))
  })

  test('a technology’s bar adds it to the filters', async ({ page }) => {
    await page.goto(url('/insights'))
    await expect(inView(page)).toContainText('10 roles')
    const technologies = page.getByRole('region', { name: 'Most demanded technologies' })
    await technologies
      .getByRole('button', { name: 'Kubernetes: 4 roles. Add to the filters' })
      .click()
    await expect(page).toHaveURL(url('/insights?stack=Kubernetes'))
    await expect(inView(page)).toContainText('4 roles')
    // Already a filter: no longer a button; the others narrow further.
    await expect(technologies.getByRole('button', { name: /^Kubernetes:/ })).toHaveCount(0)
    await technologies.getByRole('button', { name: 'Go: 2 roles. Add to the filters' }).click()
    await expect(page).toHaveURL(url('/insights?stack=Go&stack=Kubernetes'))
    await expect(inView(page)).toContainText('2 roles')
  })

  test('pay by seniority and the map’s table, in figures', async ({ page }) => {
    await page.goto(url('/insights'))
    const seniority = page.getByRole('region', { name: 'Pay by seniority' }).getByRole('table')
    // Junior: €32,000–€40,000 and PLN 9,000–12,000 a month (about €29,000 a year).
    await expect(seniority.getByRole('row', { name: /^Junior/ })).toBeAttached()
    await expect(seniority.getByRole('row', { name: /^Staff/ })).toContainText('€')
    const where = page.getByRole('region', { name: 'Where the roles are' })
    await expect(where.getByTestId('roles-map')).toBeVisible()
    await expect(where.getByRole('row', { name: 'Germany 1' })).toBeVisible()
    await expect(where.getByRole('row')).toHaveCount(9)
  })
})

test.describe('axe', () => {
  for (const route of ['compare', 'insights']) {
    test(`no violations on ${route}, both themes, phone and desktop`, async ({ page }) => {
      test.slow()
      const paths: Record<string, string> = {
        compare: `/compare?ids=${FOUR.join(',')}`,
        insights: '/insights?mode=hybrid',
      }
      await page.goto(url(paths[route]!))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const found: string[] = []
      for (const [size, viewport] of Object.entries(sizes)) {
        await page.setViewportSize(viewport)
        for (const colorScheme of themes) {
          await page.emulateMedia({ colorScheme })
          // A scan is of the settled page: the route's heading is drawn again after the change.
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          found.push(...(await axeViolations(page)).map((v) => `${size} ${colorScheme}: ${v}`))
        }
      }
      expect(found).toEqual([])
    })
  }
})

test.describe('tracker', () => {
  // Where Apply leaves to (answered by a route in the test, never the network).
  test.use({ userLeavesTo: ['copperline.example'] })
  const FULL_STACK = 'copperline-senior-full-stack-engineer'
  const FULL_STACK_TITLE = 'Senior Full Stack Engineer'
  /** The day as the tracker shows it ("1 Dec 2026"): the browser runs in this machine's zone. */
  const today = () =>
    new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
  const column = (page: Page, status: string) =>
    page.getByRole('region', { name: new RegExp(`^${status} \\d+ roles?$`) })
  const cardIn = (page: Page, status: string, title: string) =>
    column(page, status).getByRole('article', { name: title, exact: true })
  const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text })

  /** Starts tracking a role from its page's tracker ("Saved"). */
  async function track(page: Page, id: string, title: string, status = 'saved') {
    await page.goto(url(`/jobs/${id}`))
    await page.getByLabel(`Status of ${title}`).selectOption(status)
    await expect(page.getByText(/since \d+ \w+ \d{4}/)).toBeVisible()
  }

  test('a role moves through every status by keyboard, each move announced, and stays after a reload', async ({
    page,
  }) => {
    test.slow()
    await track(page, FULL_STACK, FULL_STACK_TITLE)
    await page.goto(url('/saved'))
    await expect(cardIn(page, 'Saved', FULL_STACK_TITLE)).toContainText(`Saved since ${today()}`)
    await cardIn(page, 'Saved', FULL_STACK_TITLE)
      .getByRole('button', { name: `Move “${FULL_STACK_TITLE}” on to Applied` })
      .focus()
    for (const status of ['Applied', 'Interviewing', 'Offer', 'Rejected']) {
      // The focused control moved with the role: Enter again moves it on.
      await page.keyboard.press('Enter')
      await expect(announced(page, `Moved “${FULL_STACK_TITLE}” to ${status}.`)).toBeVisible()
      const card = cardIn(page, status, FULL_STACK_TITLE)
      await expect(card).toContainText(`${status} since ${today()}`)
      await expect(
        status === 'Rejected'
          ? card.getByLabel(`Status of ${FULL_STACK_TITLE}`)
          : card.getByRole('button', { name: /on to/ }),
      ).toBeFocused()
    }
    await expect(column(page, 'Saved').getByRole('article')).toHaveCount(0)

    await page.reload()
    await expect(cardIn(page, 'Rejected', FULL_STACK_TITLE)).toContainText(
      `Rejected since ${today()}`,
    )
    await page.goto(url(`/jobs/${FULL_STACK}`))
    await expect(page.getByLabel(`Status of ${FULL_STACK_TITLE}`)).toHaveValue('rejected')
    await page.getByText('History (5 steps)').click()
    await expect(
      page.getByRole('region', { name: 'Your application' }).getByRole('listitem'),
    ).toHaveText(
      ['Saved', 'Applied', 'Interviewing', 'Offer', 'Rejected'].map(
        (status) => `${status}: ${today()}`,
      ),
    )
  })

  test('a card dragged to another column moves there; its buttons do the same', async ({
    page,
  }) => {
    await track(page, FULL_STACK, FULL_STACK_TITLE)
    await page.goto(url('/saved'))
    const card = cardIn(page, 'Saved', FULL_STACK_TITLE)
    // By the mouse, as a hand moves: a short pull starts the browser's drag, then over to
    // the column (locator.dragTo starts no HTML drag in this Chromium).
    const from = (await card.locator('[data-drag-handle]').boundingBox())!
    const to = (await column(page, 'Interviewing').boundingBox())!
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + 30, from.y + 30, { steps: 5 })
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 5 })
    await page.mouse.up()
    await expect(cardIn(page, 'Interviewing', FULL_STACK_TITLE)).toBeVisible()
    await expect(announced(page, `Moved “${FULL_STACK_TITLE}” to Interviewing.`)).toBeVisible()
    await cardIn(page, 'Interviewing', FULL_STACK_TITLE)
      .getByRole('button', { name: `Move “${FULL_STACK_TITLE}” back to Applied` })
      .click()
    await expect(cardIn(page, 'Applied', FULL_STACK_TITLE)).toBeVisible()
  })

  test('a note typed while its move is being stored keeps its words and its focus', async ({
    page,
  }) => {
    await track(page, FULL_STACK, FULL_STACK_TITLE)
    await page.goto(url('/saved'))
    // Hold the role's record, as a slow disk or another tab's write would: the move waits.
    await page.evaluate(
      (key) =>
        new Promise<void>((held) => {
          void navigator.locks.request(
            key,
            () =>
              new Promise<void>((release) => {
                Object.assign(window, { releaseRecord: release })
                held()
              }),
          )
        }),
      `roleboard:bookmark:${FULL_STACK}`,
    )
    const card = cardIn(page, 'Saved', FULL_STACK_TITLE)
    await card.getByLabel(`Status of ${FULL_STACK_TITLE}`).selectOption('offer')
    await card.getByLabel(`Private note on ${FULL_STACK_TITLE}`).click()
    await page.keyboard.type('Call Ana')
    await page.evaluate(() => (window as unknown as { releaseRecord: () => void }).releaseRecord())

    await expect(announced(page, `Moved “${FULL_STACK_TITLE}” to Offer.`)).toBeVisible()
    const moved = cardIn(page, 'Offer', FULL_STACK_TITLE)
    const note = moved.getByLabel(`Private note on ${FULL_STACK_TITLE}`)
    await expect(note).toBeFocused()
    await page.keyboard.type(' on Monday')
    await expect(note).toHaveValue('Call Ana on Monday')
    await expect(moved.getByLabel(`Status of ${FULL_STACK_TITLE}`)).toHaveValue('offer')
    await note.blur()
    await expect(moved.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
    await page.reload()
    await expect(
      cardIn(page, 'Offer', FULL_STACK_TITLE).getByLabel(`Private note on ${FULL_STACK_TITLE}`),
    ).toHaveValue('Call Ana on Monday')
  })

  test('the status filter is in the URL: it round-trips, and a bad value is noted, not fatal', async ({
    page,
  }) => {
    test.slow()
    await track(page, FULL_STACK, FULL_STACK_TITLE, 'applied')
    await track(page, 'harbor-logic-mobile-engineer', 'Mobile Engineer', 'interviewing')
    await track(page, 'fjord-systems-mid-level-devops-engineer', 'Mid-level DevOps Engineer')
    await page.goto(url('/saved?status=applied,interviewing'))
    await expect(column(page, 'Applied')).toBeVisible()
    await expect(column(page, 'Interviewing')).toBeVisible()
    await expect(column(page, 'Saved')).toHaveCount(0)
    const filter = page.getByRole('group', { name: 'Status' })
    await expect(filter.getByRole('checkbox', { name: 'Applied (1)' })).toBeChecked()
    await expect(filter.getByRole('checkbox', { name: 'Saved (1)' })).not.toBeChecked()

    await filter.getByRole('checkbox', { name: 'Saved (1)' }).check()
    await expect(page).toHaveURL(url('/saved?status=saved&status=applied&status=interviewing'))
    await expect(cardIn(page, 'Saved', 'Mid-level DevOps Engineer')).toBeVisible()
    await filter.getByRole('checkbox', { name: 'Interviewing (1)' }).uncheck()
    await expect(page).toHaveURL(url('/saved?status=saved&status=applied'))
    await page.reload()
    await expect(column(page, 'Interviewing')).toHaveCount(0)
    await expect(cardIn(page, 'Applied', FULL_STACK_TITLE)).toBeVisible()
    await page.goBack()
    await expect(page).toHaveURL(url('/saved?status=saved&status=applied&status=interviewing'))
    await expect(cardIn(page, 'Interviewing', 'Mobile Engineer')).toBeVisible()

    // With the board's filters too, and a value it does not know.
    await page.goto(url('/saved?mode=hybrid&status=interviewing&status=ghosted'))
    await expect(page.getByRole('status', { name: 'Link notes' })).toContainText(
      'Ignored status “ghosted”: use saved, applied, interviewing, offer or rejected.',
    )
    await expect(cardIn(page, 'Interviewing', 'Mobile Engineer')).toBeVisible()
    await expect(page.getByRole('article')).toHaveCount(1)
  })

  test('Apply, then "Mark as applied": the role is in Applied with today’s date', async ({
    page,
    context,
  }) => {
    await context.route('https://copperline.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Apply</title><h1>Apply</h1>' }),
    )
    await page.goto(url(`/jobs/${FULL_STACK}`))
    // The prerendered page's Apply is a plain link: the offer to mark the role as applied
    // comes with the app, once it has taken over the page.
    await expect(page.locator('#root[data-view]')).toHaveCount(0)
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: /^Apply on copperline\.example/ }).click(),
    ])
    await tab.close()
    await page.getByRole('button', { name: 'Mark as applied' }).click()
    await expect(page.getByRole('region', { name: 'Your application' })).toContainText(
      `Applied since ${today()}`,
    )
    await page.goto(url('/saved'))
    await expect(cardIn(page, 'Applied', FULL_STACK_TITLE)).toContainText(
      `Applied since ${today()}`,
    )
  })

  test('Apply clicked on the prerendered page before the app took over: the offer comes with the app', async ({
    page,
    context,
  }) => {
    await context.route('https://copperline.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Apply</title><h1>Apply</h1>' }),
    )
    // The app's entry module waits until the click is done: the page stays the static one.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(url(`/jobs/${FULL_STACK}`), { waitUntil: 'domcontentloaded' })
    const apply = page.getByRole('link', { name: /^Apply on copperline\.example/ })
    const [tab] = await Promise.all([context.waitForEvent('page'), apply.click()])
    await tab.close()
    await expect(page.locator('#root[data-view="posting"]')).toHaveCount(1)
    release()
    await expect(page.locator('#root[data-view]')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Mark as applied' })).toBeVisible()
    // Offered once: the page opened again in the app (Back from the board) does not repeat it.
    await page.getByRole('link', { name: 'Back to the board' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Job board' })).toBeVisible()
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: FULL_STACK_TITLE })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Your application' })).toBeVisible()
    await expect(page.getByText('Did you apply?')).toHaveCount(0)
  })

  test('on a 390 px phone the columns stack, empty ones small, and nothing overflows; the card tracks on the board', async ({
    page,
  }) => {
    await page.setViewportSize(sizes.phone)
    await track(page, FULL_STACK, FULL_STACK_TITLE, 'offer')
    await page.goto(url('/'))
    const boardCard = page
      .getByRole('region', { name: 'Results' })
      .getByRole('article', { name: FULL_STACK_TITLE })
    await expect(boardCard.getByLabel(`Status of ${FULL_STACK_TITLE}`)).toHaveValue('offer')
    await boardCard.getByLabel(`Status of ${FULL_STACK_TITLE}`).selectOption('interviewing')
    await boardCard.getByRole('button', { name: `Add a note on ${FULL_STACK_TITLE}` }).click()
    const dialog = page.getByRole('dialog', { name: `Note on ${FULL_STACK_TITLE}` })
    await dialog.getByLabel(`Private note on ${FULL_STACK_TITLE}`).fill('Call back on Monday')
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect(
      boardCard.getByRole('button', { name: `Edit the note on ${FULL_STACK_TITLE}` }),
    ).toBeFocused()

    await page.goto(url('/saved'))
    const card = cardIn(page, 'Interviewing', FULL_STACK_TITLE)
    await expect(card.getByLabel(`Private note on ${FULL_STACK_TITLE}`)).toHaveValue(
      'Call back on Monday',
    )
    const saved = (await column(page, 'Saved').boundingBox())!
    const interviewing = (await column(page, 'Interviewing').boundingBox())!
    expect(interviewing.x).toBe(saved.x)
    expect(interviewing.y).toBeGreaterThan(saved.y)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    // Empty columns take little room: their headings alone, two to a row.
    const offer = (await column(page, 'Offer').boundingBox())!
    const rejected = (await column(page, 'Rejected').boundingBox())!
    expect(rejected.y).toBe(offer.y)
    expect(offer.height).toBeLessThan(60)
    expect(offer.width).toBeLessThan(interviewing.width / 2)
    // …and a role still moves into one by keyboard, which then takes the width.
    await card
      .getByRole('button', { name: `Move “${FULL_STACK_TITLE}” on to Offer` })
      .press('Enter')
    await expect(cardIn(page, 'Offer', FULL_STACK_TITLE)).toBeVisible()
    expect((await column(page, 'Offer').boundingBox())!.width).toBe(interviewing.width)
  })

  test('no axe violations on /saved and the posting page with a tracked role, both themes, phone and desktop', async ({
    page,
  }) => {
    test.slow()
    await track(page, FULL_STACK, FULL_STACK_TITLE, 'interviewing')
    await track(page, 'harbor-logic-mobile-engineer', 'Mobile Engineer', 'offer')
    const found: string[] = []
    for (const path of ['/saved', `/jobs/${FULL_STACK}`]) {
      await page.goto(url(path))
      for (const [size, viewport] of Object.entries(sizes)) {
        await page.setViewportSize(viewport)
        for (const colorScheme of themes) {
          await page.emulateMedia({ colorScheme })
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          await expect(page.getByLabel(`Status of ${FULL_STACK_TITLE}`)).toBeVisible()
          found.push(
            ...(await axeViolations(page)).map((v) => `${path} ${size} ${colorScheme}: ${v}`),
          )
          await page.screenshot({
            path: test
              .info()
              .outputPath(
                `${path === '/saved' ? 'saved' : 'posting'}-${viewport.width}-${colorScheme}.png`,
              ),
            fullPage: true,
          })
        }
      }
    }
    expect(found).toEqual([])
  })
})
