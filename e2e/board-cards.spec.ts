import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from './fixtures/test.ts'
import { cards, listSettled, roleCount } from './board-helpers.ts'
import { seekerBoardForThisFile } from './job-seeker-helpers.ts'

// The result card: the whole card opens the role, icon buttons keep their names, the
// "More actions" menu works from the keyboard. On the job-seeker board (32 roles).

const openBoard = seekerBoardForThisFile()

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

async function open(page: Page, query = '') {
  await openBoard(page, query)
  await listSettled(page)
  await expect(cards(page).first()).toBeVisible()
}

const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true })

test('the whole card opens the role, not only its title', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await open(page, '?q=senior+go')
  const target = card(page, 'Senior Go Engineer')
  // A click on the card's facts, away from the title, opens the role.
  const facts = (await target.getByRole('list', { name: 'Role facts' }).boundingBox())!
  await page.mouse.click(facts.x + facts.width / 2, facts.y + facts.height / 2)
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Go Engineer' })).toBeVisible()
  expect(new URL(page.url()).pathname).toBe('/jobs/northwind-routing-senior-go-engineer')
  // One link per card: the title; the buttons are not inside it.
  await page.goBack()
  const again = card(page, 'Senior Go Engineer')
  await expect(again.getByRole('link')).toHaveCount(1)
  await expect(again.getByRole('heading').getByRole('link')).toHaveCount(1)
  // A compact card too.
  await page.getByRole('switch', { name: 'Compact cards' }).click()
  const compactFacts = (await again.getByRole('list', { name: 'Role facts' }).boundingBox())!
  await page.mouse.click(compactFacts.x + 4, compactFacts.y + compactFacts.height / 2)
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Go Engineer' })).toBeVisible()
})

for (const viewport of [PHONE, DESKTOP]) {
  test(`icon buttons keep their names, show them as tooltips and work by keyboard (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await open(page, '?q=senior+go')
    const target = card(page, 'Senior Go Engineer')
    const bookmark = target.getByRole('button', { name: 'Bookmark', exact: true })
    const compare = target.getByRole('button', { name: 'Add to compare' })
    const hide = target.getByRole('button', { name: 'Hide', exact: true })
    const more = target.getByRole('button', { name: 'More actions' })
    // All four on one row of small square buttons.
    const boxes = await Promise.all([bookmark, compare, hide, more].map((b) => b.boundingBox()))
    for (const box of boxes) {
      expect(box!.width).toBeLessThanOrEqual(40)
      expect(Math.abs(box!.y - boxes[0]!.y)).toBeLessThan(2)
    }
    // The words are hidden until the button is focused from the keyboard: then a tooltip.
    const label = bookmark.locator('[data-action-label]')
    const clip = () => label.evaluate((el) => getComputedStyle(el).clipPath)
    expect(await clip()).not.toBe('none')
    await target.getByRole('heading').getByRole('link').focus()
    await page.keyboard.press('Tab')
    await expect(bookmark).toBeFocused()
    await expect.poll(clip).toBe('none')
    await expect(label).toHaveText('Bookmark')
    await page.keyboard.press('Enter')
    await expect(target.getByRole('button', { name: 'Remove bookmark' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(compare).toBeFocused()
    await page.keyboard.press(' ')
    await expect(target.getByRole('button', { name: 'Remove from compare' })).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(hide).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(more).toBeFocused()
    // The page never scrolls sideways, tooltips included.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    )
  })
}

test('"More actions" opens and closes from the keyboard and returns focus', async ({ page }) => {
  await page.setViewportSize(DESKTOP)
  await open(page, '?q=senior+go')
  const target = card(page, 'Senior Go Engineer')
  const more = target.getByRole('button', { name: 'More actions' })
  await more.focus()
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Enter')
  await expect(more).toHaveAttribute('aria-expanded', 'true')
  const menu = target.getByRole('group', { name: 'More actions for Senior Go Engineer' })
  const apply = menu.getByRole('link', { name: /^Apply on apply\.northwind\.example/ })
  await expect(apply).toBeFocused()
  await expect(apply).toHaveAttribute('href', 'https://apply.northwind.example/go-42')
  await expect(apply).toHaveAttribute('rel', 'noopener noreferrer')
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('link', { name: /^Original posting/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('button', { name: 'Copy link to this role' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await expect(more).toBeFocused()
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  // The menu sits above the next card, and a click elsewhere closes it.
  await page.keyboard.press('Enter')
  await expect(menu).toBeVisible()
  const next = cards(page).nth(1)
  if ((await next.count()) === 1) {
    const box = (await menu.boundingBox())!
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="group"]') !== null,
      { x: box.x + box.width / 2, y: box.y + box.height - 4 },
    )
    expect(hit).toBe(true)
  }
  await page.getByRole('heading', { level: 1, name: 'Job board' }).click()
  await expect(menu).toHaveCount(0)
})

for (const viewport of [PHONE, DESKTOP]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on cards with an open menu and the compact switch (${viewport.width} px, ${colorScheme})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme })
      await open(page)
      // Compact cards on the phone, comfortable ones on the desktop.
      if (viewport === PHONE) await page.getByRole('switch', { name: 'Compact cards' }).click()
      await cards(page).first().getByRole('button', { name: 'More actions' }).click()
      await expect(cards(page).first().getByRole('group')).toBeVisible()
      const scan = await new AxeBuilder({ page }).analyze()
      expect(
        scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([])
    })
  }
}

test('"Compact cards" fits more roles on a screen and is remembered over a reload', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await open(page)
  const toggle = page.getByRole('switch', { name: 'Compact cards' })
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  const first = cards(page).first()
  const comfortable = (await first.boundingBox())!.height
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect.poll(async () => (await first.boundingBox())!.height).toBeLessThan(comfortable * 0.8)
  await page.reload()
  await roleCount(page)
  await expect(page.getByRole('switch', { name: 'Compact cards' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  // Compact before any script of the app ran: the boot script set it on <html>.
  await expect(page.locator('html')).toHaveAttribute('data-density', 'compact')
  expect((await cards(page).first().boundingBox())!.height).toBeLessThan(comfortable * 0.8)
  // The buttons keep their names in the compact layout too.
  await expect(
    cards(page).first().getByRole('button', { name: 'Bookmark', exact: true }),
  ).toBeVisible()
  await page.getByRole('switch', { name: 'Compact cards' }).press('Space')
  await expect(page.locator('html')).not.toHaveAttribute('data-density', 'compact')
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Compact cards' })).toHaveAttribute(
    'aria-checked',
    'false',
  )
})
