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
    test(`axe finds no violations on cards with an open menu, compact (phone) or with the preview (desktop) (${viewport.width} px, ${colorScheme})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme })
      await open(page)
      // Compact cards on the phone; comfortable ones and the preview pane on the desktop.
      if (viewport === PHONE) await page.getByRole('switch', { name: 'Compact cards' }).click()
      else {
        await page.keyboard.press('j')
        await expect(
          page
            .getByRole('region', { name: 'Preview' })
            .getByRole('heading', { name: 'Requirements' }),
        ).toBeVisible()
      }
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
  // The list at its full width (the preview pane halves it, and compact cards then gain less).
  await page
    .getByRole('region', { name: 'Preview' })
    .getByRole('button', { name: 'Close preview' })
    .click()
  // Measured once the pane is gone: the same commit gives the list its full width.
  await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0)
  const toggle = page.getByRole('switch', { name: 'Compact cards' })
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  const first = cards(page).first()
  const comfortable = (await first.boundingBox())!.height
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect.poll(async () => (await first.boundingBox())!.height).toBeLessThan(comfortable * 0.8)
  await page.reload()
  await roleCount(page)
  await listSettled(page)
  // The closed pane is part of this history entry (its state), kept over the reload.
  await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0)
  await expect(page.getByRole('switch', { name: 'Compact cards' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  // Compact before any script of the app ran: the boot script set it on <html>.
  await expect(page.locator('html')).toHaveAttribute('data-density', 'compact')
  await expect
    .poll(async () => (await cards(page).first().boundingBox())!.height)
    .toBeLessThan(comfortable * 0.8)
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

/** Clicks a card beside its title (on its facts), as a pointer user would. */
async function clickCard(page: Page, title: string) {
  const facts = card(page, title).getByRole('list', { name: 'Role facts' })
  await facts.scrollIntoViewIfNeeded()
  const box = (await facts.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

const pane = (page: Page) => page.getByRole('region', { name: 'Preview' })
const paneTitle = (page: Page) => pane(page).getByRole('heading', { level: 2 }).first()

const cardLink = (page: Page, title: string) =>
  card(page, title).getByRole('heading').getByRole('link')

test('on a wide screen the first role previews beside the list; j/k move the preview, Enter opens the page, Back returns to it', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await open(page)
  const titles = await cards(page).getByRole('heading').allTextContents()
  // Before any choice the pane shows the first role, and the address names none.
  await expect(paneTitle(page)).toHaveText(titles[0]!)
  await expect(cardLink(page, titles[0]!)).toHaveAttribute('aria-current', 'true')
  expect(new URL(page.url()).hash).toBe('')
  // The full text loads into the pane; Apply is there too.
  await expect(pane(page).getByRole('heading', { name: 'Requirements' })).toBeVisible()
  await expect(pane(page).getByRole('link', { name: /^Apply/ })).toBeVisible()

  // The first j goes to the first role (the default is no choice), then on.
  await page.keyboard.press('j')
  await expect(cardLink(page, titles[0]!)).toBeFocused()
  await expect(paneTitle(page)).toHaveText(titles[0]!)
  await page.keyboard.press('j')
  await expect(cardLink(page, titles[1]!)).toBeFocused()
  await expect(paneTitle(page)).toHaveText(titles[1]!)
  expect(new URL(page.url()).hash).toMatch(/^#preview=/)
  expect(new URL(page.url()).pathname).toBe('/')
  await page.keyboard.press('j')
  await expect(paneTitle(page)).toHaveText(titles[2]!)
  await page.keyboard.press('k')
  await expect(cardLink(page, titles[1]!)).toBeFocused()
  await expect(paneTitle(page)).toHaveText(titles[1]!)
  await expect(cardLink(page, titles[1]!)).toHaveAttribute('aria-current', 'true')
  await expect(cardLink(page, titles[0]!)).not.toHaveAttribute('aria-current')

  // Keys typed into a field stay there.
  const sort = page.getByRole('combobox', { name: 'Sort by' })
  await sort.focus()
  await page.keyboard.press('j')
  await expect(sort).toBeFocused()
  await expect(paneTitle(page)).toHaveText(titles[1]!)

  // j from outside the list continues from the chosen role.
  await page.getByRole('heading', { level: 1, name: 'Job board' }).click()
  await page.keyboard.press('j')
  await expect(paneTitle(page)).toHaveText(titles[2]!)
  await page.keyboard.press('k')
  await expect(cardLink(page, titles[1]!)).toBeFocused()

  // Enter opens the full page; Back brings the same preview back.
  const previewUrl = page.url()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: titles[1] })).toBeVisible()
  await page.goBack()
  expect(page.url()).toBe(previewUrl)
  await expect(paneTitle(page)).toHaveText(titles[1]!)
  await expect(cardLink(page, titles[1]!)).toBeFocused()

  // The title itself opens the full page, as on a phone.
  await cardLink(page, titles[0]!).click()
  await expect(page.getByRole('heading', { level: 1, name: titles[0] })).toBeVisible()
  await page.goBack()
  await expect(paneTitle(page)).toHaveText(titles[0]!)
})

test('"Close preview" and Escape give the list its width back and focus back to the card', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await open(page)
  const titles = await cards(page).getByRole('heading').allTextContents()
  const listWidth = async () => (await cards(page).first().boundingBox())!.width
  const narrow = await listWidth()
  await clickCard(page, titles[1]!)
  await expect(paneTitle(page)).toHaveText(titles[1]!)
  await pane(page).getByRole('button', { name: 'Close preview' }).click()
  await expect(pane(page)).toHaveCount(0)
  expect(new URL(page.url()).hash).toBe('')
  await expect(cardLink(page, titles[1]!)).toBeFocused()
  expect(await listWidth()).toBeGreaterThan(narrow * 1.5)
  // Closed stays closed while the view changes, until a role is chosen again.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('Title')
  await expect(cards(page).first()).toBeVisible()
  await expect(pane(page)).toHaveCount(0)
  const sorted = await cards(page).getByRole('heading').allTextContents()
  await cardLink(page, sorted[0]!).focus()
  await expect(pane(page)).toHaveCount(0)
  await page.keyboard.press('j')
  await expect(paneTitle(page)).toHaveText(sorted[1]!)
  // Escape inside the pane closes it too, and focus returns to the card.
  const shown = (await paneTitle(page).textContent())!
  await pane(page).getByRole('link', { name: 'Open the full page' }).focus()
  await page.keyboard.press('Escape')
  await expect(pane(page)).toHaveCount(0)
  await expect(cardLink(page, shown)).toBeFocused()
})

test('#preview=<id> in the address opens that role in the pane, through a reload and a shared link', async ({
  page,
  context,
}) => {
  await page.setViewportSize(DESKTOP)
  await open(page, '?q=engineer')
  const titles = await cards(page).getByRole('heading').allTextContents()
  await clickCard(page, titles[3]!)
  await expect(paneTitle(page)).toHaveText(titles[3]!)
  const href = (await cardLink(page, titles[3]!).getAttribute('href'))!
  const id = decodeURIComponent(href.replace('/jobs/', ''))
  const url = new URL(page.url())
  expect(url.search).toBe('?q=engineer')
  expect(url.hash).toBe(`#preview=${encodeURIComponent(id)}`)

  await page.reload()
  await expect(paneTitle(page)).toHaveText(titles[3]!)
  await expect(cardLink(page, titles[3]!)).toHaveAttribute('aria-current', 'true')

  const other = await context.newPage()
  await other.setViewportSize(DESKTOP)
  await other.goto(url.href)
  await expect(paneTitle(other)).toHaveText(titles[3]!)
  await expect(other.getByRole('searchbox', { name: 'Search postings' })).toHaveValue('engineer')
  // j goes on from the linked role.
  await other.getByRole('heading', { level: 1, name: 'Job board' }).click()
  await other.keyboard.press('j')
  await expect(paneTitle(other)).toHaveText(titles[4]!)
})

test('on a phone there is no preview pane: a card opens its page', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await open(page)
  const title = (await cards(page).first().getByRole('heading').textContent())!
  await page.keyboard.press('j')
  await expect(cards(page).first().getByRole('heading').getByRole('link')).toBeFocused()
  await expect(pane(page)).toHaveCount(0)
  await clickCard(page, title)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
})

test('a compact card opens too: beside its title it previews (wide), or opens its page (phone)', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await open(page)
  await page.getByRole('switch', { name: 'Compact cards' }).click()
  const title = (await cards(page).nth(1).getByRole('heading').textContent())!
  await clickCard(page, title)
  await expect(paneTitle(page)).toHaveText(title)
  await page.setViewportSize(PHONE)
  await expect(pane(page)).toHaveCount(0)
  await clickCard(page, title)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
})
