import { expect, test } from './fixtures/test.ts'
import { cards, headings, listSettled } from './board-helpers.ts'
import { SEEKER_ROLES } from './fixtures/job-seeker-board.ts'
import { seekerBoardForThisFile } from './job-seeker-helpers.ts'

// Apply, the card, and Back on the job-seeker board (fixtures/job-seeker-board.ts).

const open = seekerBoardForThisFile()
test.use({ userLeavesTo: ['apply.northwind.example'] })

test('every Apply link on the board is a web address opened safely in a new tab', async ({
  page,
}) => {
  test.slow() // a menu opened on each of 32 cards
  await page.setViewportSize({ width: 1280, height: 6000 })
  const total = await open(page)
  await expect(cards(page)).toHaveCount(total)
  await listSettled(page)
  // Apply sits in each card's "More actions" menu.
  let offered = 0
  for (const card of await cards(page).all()) {
    await card.getByRole('button', { name: 'More actions' }).click()
    const menu = card.getByRole('group', { name: /^More actions for / })
    await expect(menu.getByRole('button', { name: 'Copy link to this role' })).toBeVisible()
    const apply = menu.getByRole('link', { name: /^Apply on / })
    if ((await apply.count()) === 1) {
      offered++
      await expect(apply).toHaveAttribute('href', /^https?:\/\//)
      await expect(apply).toHaveAttribute('rel', 'noopener noreferrer')
      await expect(apply).toHaveAttribute('target', '_blank')
    }
    await page.keyboard.press('Escape')
    await expect(menu).toHaveCount(0)
  }
  // Roles with an application address or an original posting offer Apply; others do not.
  expect(offered).toBe(SEEKER_ROLES.filter((r) => r.applyUrl || r.url).length)
})

test('a card shows pay as stated with its yearly figure, its age and where remote hires may live; no parser warnings', async ({
  page,
}) => {
  await open(page, '?q=part-time')
  const card = cards(page).first()
  await expect(card.getByRole('heading')).toHaveText('Part-time Frontend Engineer')
  await expect(card).toContainText('€35–€45 an hour (≈ €93,600 a year)')
  await expect(card).toContainText('Remote (EU)')
  await expect(card).toContainText('8 d')
  await expect(card).not.toContainText('warning')
})

test('the posting page: Apply first, Original posting beside it; applying offers to track it', async ({
  page,
  context,
}) => {
  await context.route('https://apply.northwind.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Apply</title><h1>Apply form</h1>' }),
  )
  await open(page, '?q=senior+go')
  await cards(page).first().getByRole('heading').getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Go Engineer' })).toBeVisible()
  const apply = page.getByRole('link', { name: /^Apply on apply\.northwind\.example/ })
  await expect(apply).toHaveAttribute('href', 'https://apply.northwind.example/go-42')
  await expect(apply).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(page.getByRole('link', { name: /^Original posting/ })).toHaveAttribute(
    'href',
    'https://northwind.example/careers/go-42',
  )
  const [tab] = await Promise.all([context.waitForEvent('page'), apply.click()])
  await tab.waitForLoadState()
  expect(await tab.evaluate(() => window.opener as unknown)).toBeNull()
  await tab.close()
  await page.getByRole('button', { name: 'Mark as applied' }).click()
  await expect(page.getByText('Tracked as applied on your Saved page.')).toBeVisible()
  // Warnings and provenance are folded away at the foot of the page.
  await expect(page.locator('details', { hasText: 'About this record' })).not.toHaveAttribute(
    'open',
  )
})

test('back restores the view, the scroll position and focus on the opened card', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 })
  await open(page, '?workFrom=ES&sort=salary')
  // Scroll once the virtual list has taken over (it places the cards past the first ones).
  await listSettled(page)
  const titles = await headings(page)
  // A card further down: scroll to it, open it by its title.
  const card = cards(page).filter({ hasText: titles[6]! })
  await card.scrollIntoViewIfNeeded()
  const scrollY = await page.evaluate(() => window.scrollY)
  expect(scrollY).toBeGreaterThan(100)
  await card.getByRole('heading').getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: titles[6] })).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(/\?workFrom=ES&sort=salary(#preview=[a-z0-9-]+)?$/)
  const link = cards(page).filter({ hasText: titles[6]! }).getByRole('heading').getByRole('link')
  await expect(link).toBeFocused()
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(40)

  // "Back to the board" does the same.
  await link.click()
  await page.getByRole('link', { name: 'Back to the board' }).click()
  await expect(page).toHaveURL(/\?workFrom=ES&sort=salary(#preview=[a-z0-9-]+)?$/)
  await expect(
    cards(page).filter({ hasText: titles[6]! }).getByRole('heading').getByRole('link'),
  ).toBeFocused()
})
