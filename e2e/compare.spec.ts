import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from './fixtures/test.ts'
import { bundledPostings, jobPath } from './posting-seeds.ts'
import { escapeRegExp } from '../src/parser/lib/escape-regexp.ts'

const postings = bundledPostings()
const [first, second] = postings
if (!first || !second) throw new Error('the compare specs need at least two postings')

const compareUrl = (...ids: string[]) => `/compare?ids=${ids.join(',')}`
const columnHeaders = (page: Page) =>
  page
    .getByRole('table')
    .getByRole('columnheader')
    .filter({ has: page.getByRole('link') })

test('a compare is built from the board through the tray and opens in a fresh context', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  for (const posting of [first, second]) {
    const card = page.getByRole('article', { name: posting.title, exact: true })
    await card.getByRole('button', { name: 'Add to compare' }).click()
    await expect(card.getByRole('button', { name: 'Remove from compare' })).toBeVisible()
  }
  const tray = page.getByRole('region', { name: 'Compare tray' })
  await expect(tray).toContainText('2 of 4 roles chosen for compare')
  await expect(tray.getByRole('list', { name: 'Chosen roles' }).getByRole('listitem')).toHaveCount(
    2,
  )
  await tray.getByRole('link', { name: 'Compare 2 roles' }).click()

  await expect(page).toHaveURL(compareUrl(first.id, second.id))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare 2 roles')
  await expect(columnHeaders(page)).toHaveText([
    new RegExp(escapeRegExp(first.title.slice(0, 20))),
    new RegExp(escapeRegExp(second.title.slice(0, 20))),
  ])

  // The link alone carries the view: no tray, no storage in a new context.
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(page.url())
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Compare 2 roles')
  await expect(columnHeaders(other)).toHaveCount(2)
  for (const field of [
    'Company',
    'Title',
    'Seniority',
    'Location',
    'Work mode',
    'Pay',
    'Remote from',
    'Hiring process',
  ])
    await expect(other.getByRole('rowheader', { name: new RegExp(`^${field}`) })).toBeVisible()
  await expect(other.getByRole('region', { name: 'Compare tray' })).toHaveCount(0)
  await expect(other.getByRole('button', { name: 'Copy link' })).toBeVisible()
  await fresh.close()
})

test('"Only differences" hides the rows where all roles agree or none states a value', async ({
  page,
}) => {
  await page.goto(compareUrl(first.id, second.id))
  const rows = page.getByRole('table').locator('tbody tr')
  await expect(page.getByRole('rowheader', { name: /^Hiring process/ })).toBeVisible()
  const all = await rows.count()
  const same = await rows.filter({ hasText: 'Same for all' }).count()
  const unstated = await rows.filter({ hasText: 'Not stated for any' }).count()
  expect(unstated).toBeGreaterThan(0)
  await page.getByRole('checkbox', { name: 'Only differences' }).check()
  await expect(rows).toHaveCount(all - same - unstated)
  await expect(rows.filter({ hasText: /Same for all|Not stated for any/ })).toHaveCount(0)
  // The titles differ, so the title row always stays.
  await expect(page.getByRole('rowheader', { name: /^Title/ })).toBeVisible()
  await page.getByRole('checkbox', { name: 'Only differences' }).uncheck()
  await expect(rows).toHaveCount(all)
})

test('columns are reordered and removed, and the URL follows (with history)', async ({ page }) => {
  await page.goto(compareUrl(first.id, second.id))
  await page.getByRole('button', { name: `Move “${second.title}” left` }).click()
  await expect(page).toHaveURL(compareUrl(second.id, first.id))
  await expect(columnHeaders(page).first()).toContainText(second.title)
  await page.goBack()
  await expect(page).toHaveURL(compareUrl(first.id, second.id))
  await expect(columnHeaders(page).first()).toContainText(first.title)

  await page.getByRole('button', { name: `Remove “${first.title}” from the comparison` }).click()
  await expect(page).toHaveURL(compareUrl(second.id))
  await expect(page.getByRole('table')).toHaveCount(0)
  await expect(page.getByText(`Only one role to compare: “${second.title}”`)).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})

test('unknown ids are named and left out', async ({ page }) => {
  await page.goto(compareUrl(first.id, 'no-such-role', second.id))
  const notes = page.getByRole('region', { name: 'Notes about this link' })
  await expect(notes).toContainText('No role with the id “no-such-role” is on this board')
  await expect(columnHeaders(page)).toHaveCount(2)

  await page.goto(compareUrl('no-such-role', first.id) + '&color=red')
  await expect(notes).toContainText('no-such-role')
  await expect(notes).toContainText('Ignored the unknown parameter “color”')
  await expect(page.getByRole('table')).toHaveCount(0)
  await expect(page.getByText(/Choose at least two/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to the board' })).toBeVisible()
})

test('a compare without ids says what to do next', async ({ page }) => {
  await page.goto('/compare')
  await expect(page.getByText('No roles to compare yet.')).toBeVisible()
})

test('a fifth role is refused with a clear message', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1')
      localStorage.setItem(
        'roleboard.compare.v1',
        JSON.stringify({ version: 1, ids: ['role-a', 'role-b', 'role-c', 'role-d'] }),
      )
    }
  })
  await page.goto(jobPath(first))
  const tray = page.getByRole('region', { name: 'Compare tray' })
  await expect(tray).toContainText('4 of 4 roles chosen for compare')
  await page.getByRole('button', { name: 'Add to compare' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    `You can compare up to 4 roles. Remove one from the tray to add “${first.title}”.`,
  )
  await expect(page.getByRole('button', { name: 'Add to compare' })).toBeVisible()
  await tray.getByRole('button', { name: 'Remove “role-a” from compare' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(tray.getByRole('button', { name: 'Remove “role-b” from compare' })).toBeFocused()
  await page.getByRole('button', { name: 'Add to compare' }).click()
  await expect(page.getByRole('button', { name: 'Remove from compare' })).toBeVisible()
  await expect(tray).toContainText('4 of 4 roles chosen for compare')
})

test('a corrupted tray is reported and the page still works', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('roleboard.compare.v1', '{not json'))
  await page.goto(jobPath(first))
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible()
  await page.getByRole('button', { name: 'Add to compare' }).click()
  await expect(page.getByRole('region', { name: 'Compare tray' })).toContainText('1 of 4')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('two roles share the screen beside the pinned field names', async ({ page }) => {
    await page.goto(compareUrl(first.id, second.id))
    await expect(page.getByRole('rowheader', { name: /^Company/ })).toBeVisible()
    for (const cell of await page
      .getByRole('row', { name: /^Company/ })
      .getByRole('cell')
      .all())
      await expect(cell).toBeInViewport({ ratio: 0.98 })
    // With two roles there is nothing to page through, and the page never scrolls sideways.
    await expect(page.getByRole('button', { name: 'Next role' })).toHaveCount(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})

test('the compare view works from the keyboard alone', async ({ page }) => {
  await page.goto(compareUrl(first.id, second.id))
  const toggle = page.getByRole('checkbox', { name: 'Only differences' })
  for (let i = 0; i < 30 && !(await toggle.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Space')
  await expect(toggle).toBeChecked()
  const moveRight = page.getByRole('button', { name: `Move “${first.title}” right` })
  for (let i = 0; i < 30 && !(await moveRight.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(moveRight).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(compareUrl(second.id, first.id))
  // Focus stays on the control that moved, so it can be pressed again.
  await expect(page.getByRole('button', { name: `Move “${first.title}” right` })).toBeFocused()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the compare page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto(compareUrl(first.id, 'no-such-role', second.id))
    await expect(page.getByRole('table')).toBeVisible()
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    await page.getByRole('checkbox', { name: 'Only differences' }).check()
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  })
}
