import { expect, test } from './fixtures/test.ts'
import { escapeRegExp } from '../src/parser/lib/escape-regexp.ts'
import {
  FACET_GROUPS,
  cards,
  group,
  headings,
  labelCount,
  roleCount,
  searchBox,
} from './board-helpers'

const FACET_PARAMS: Record<string, string[]> = {
  Stack: ['stack'],
  Seniority: ['seniority'],
  'Role family': ['family'],
  Location: ['country', 'city'],
  'Work from': ['workFrom'],
  'Work mode': ['mode'],
  'Employment type': ['type'],
  'Visa and relocation': ['visa', 'relocation'],
  Company: ['company'],
}

test('the board shows every posting as a result card with its title as heading', async ({
  page,
}) => {
  await page.goto('/')
  const total = await roleCount(page)
  expect(total).toBeGreaterThanOrEqual(2)
  await expect(cards(page)).toHaveCount(total)
  for (const card of await cards(page).all()) {
    const heading = card.getByRole('heading')
    await expect(heading).toHaveCount(1)
    await expect(card).toHaveAccessibleName((await heading.textContent())!.trim())
    await expect(heading.getByRole('link')).toHaveAttribute('href', /^\/jobs\/.+/)
  }
  for (const name of FACET_GROUPS) await expect(group(page, name)).toBeVisible()
})

test('each facet narrows the board to the count on its checkbox, and unticking restores it', async ({
  page,
}) => {
  await page.goto('/')
  const total = await roleCount(page)
  // The facet panel loads just after the first cards paint.
  await expect(group(page, FACET_GROUPS[0]!).getByRole('checkbox').first()).toBeVisible()
  let tried = 0
  for (const name of FACET_GROUPS) {
    const boxes = group(page, name).getByRole('checkbox')
    const n = Math.min(await boxes.count(), 3)
    for (let i = 0; i < n; i++) {
      // Pin the box by its value: ticking a city can empty (and hide) a country in the same
      // Location group, which would shift a box picked by index.
      const label = await boxes
        .nth(i)
        .evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')
      const value = label.replace(/\s*\(\d+\)\s*$/, '')
      const box = group(page, name).getByRole('checkbox', {
        name: new RegExp(`^${escapeRegExp(value)} \\(\\d+\\)$`),
      })
      const expected = await labelCount(box)
      await box.check()
      await expect(box).toBeChecked()
      await expect(page.locator('#result-count strong')).toHaveText(String(expected))
      await expect(cards(page)).toHaveCount(Math.min(expected, await cards(page).count()))
      const url = new URL(page.url())
      expect(FACET_PARAMS[name]!.some((p) => url.searchParams.has(p))).toBe(true)
      await box.uncheck()
      await expect(page.locator('#result-count strong')).toHaveText(String(total))
      tried++
    }
  }
  // Every posting has a role family, so at least that group can be tried on any board.
  expect(tried).toBeGreaterThan(0)
})

test('text search narrows the board and highlights the match', async ({ page }) => {
  await page.goto('/')
  await searchBox(page).fill('depop')
  await expect(page).toHaveURL(/\?q=depop$/)
  await expect(cards(page)).toHaveCount(1)
  await expect(cards(page).first().locator('mark').first()).toHaveText(/depop/i)
  await searchBox(page).fill('no such role anywhere xyzzy')
  await expect(page.getByText('No roles match all of these filters')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Remove Search: / })).toBeVisible()
  await page.getByRole('button', { name: /^Remove Search: / }).click()
  await expect(cards(page)).toHaveCount(await roleCount(page))
  await expect(searchBox(page)).toHaveValue('')
})

test('sort by title orders the cards alphabetically', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title')
  await expect(page).toHaveURL(/sort=title/)
  const titles = await headings(page)
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)))
})

test('a copied link opens the same view in a fresh browser context', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await searchBox(page).fill('engineer')
  const family = group(page, 'Role family').getByRole('checkbox').first()
  await family.check()
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('company')
  await expect(page).toHaveURL(/sort=company/)
  const view = {
    count: await roleCount(page),
    titles: await headings(page),
    family: await family.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent),
  }

  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(page.url())

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(searchBox(other)).toHaveValue('engineer')
  await expect(other.getByRole('combobox', { name: 'Sort by' })).toHaveValue('company')
  const otherFamily = group(other, 'Role family').getByRole('checkbox', { name: view.family! })
  await expect(otherFamily).toBeChecked()
  expect(await roleCount(other)).toBe(view.count)
  expect(await headings(other)).toEqual(view.titles)
  await fresh.close()
})

test('typing replaces the history entry, a facet click pushes one; back and forward restore views', async ({
  page,
}) => {
  await page.goto('/')
  const total = await roleCount(page)
  const before = await page.evaluate(() => history.length)
  await searchBox(page).pressSequentially('depop')
  await expect(page).toHaveURL(/\?q=depop$/)
  expect(await page.evaluate(() => history.length)).toBe(before)

  const box = group(page, 'Role family').getByRole('checkbox').first()
  await box.check()
  await expect(page).toHaveURL(/q=depop&family=/)
  expect(await page.evaluate(() => history.length)).toBe(before + 1)

  await page.goBack()
  await expect(page).toHaveURL(/\?q=depop$/)
  await expect(box).not.toBeChecked()
  await expect(searchBox(page)).toHaveValue('depop')
  await page.goForward()
  await expect(box).toBeChecked()

  await page.getByRole('button', { name: 'Clear all' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(searchBox(page)).toHaveValue('')
  expect(await roleCount(page)).toBe(total)
  await page.goBack()
  await expect(searchBox(page)).toHaveValue('depop')
  await expect(box).toBeChecked()
})

test('unknown and malformed parameters are ignored with a visible, dismissible note', async ({
  page,
}) => {
  await page.goto('/')
  const total = await roleCount(page)
  await page.goto('/?bogus=1&seniority=wizard&maxOfficeDays=nine&sort=sideways&stackMode=maybe')
  const notes = page.getByRole('status', { name: 'Link notes' })
  await expect(notes).toContainText(/Ignored .*unknown parameter.*“bogus”/)
  await expect(notes).toContainText('wizard')
  await expect(notes).toContainText('maxOfficeDays')
  await expect(notes).toContainText('sideways')
  await expect(notes).toContainText('stackMode')
  expect(await roleCount(page)).toBe(total)
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('newest')
  await notes.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notes).toBeEmpty()
  await expect(cards(page)).toHaveCount(total)
})

test('keyboard: / focuses search, Esc leaves it, j/k move through results, Enter opens one', async ({
  page,
}) => {
  await page.goto('/')
  await roleCount(page)
  await page.locator('body').press('/')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('engineer')
  await page.keyboard.press('Escape')
  await expect(searchBox(page)).not.toBeFocused()
  await expect(searchBox(page)).toHaveValue('engineer')
  await searchBox(page).fill('')
  await searchBox(page).press('Escape')

  const links = cards(page).getByRole('heading').getByRole('link')
  await page.keyboard.press('j')
  await expect(links.nth(0)).toBeFocused()
  await page.keyboard.press('j')
  await expect(links.nth(1)).toBeFocused()
  await page.keyboard.press('k')
  await expect(links.nth(0)).toBeFocused()
  // Focus is visible: the browser draws the outline for keyboard focus.
  const outline = await links
    .nth(0)
    .evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth)
  expect(outline).toMatch(/^solid [1-9]/)
  const href = await links.nth(0).getAttribute('href')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(href!)}$`))
})

test('the board follows its postings: a hidden role leaves the results and the counts', async ({
  page,
}) => {
  await page.goto('/')
  const total = await roleCount(page)
  const first = cards(page).first()
  const title = (await first.getByRole('heading').textContent())!
  await first.getByRole('button', { name: 'Hide', exact: true }).click()
  await expect(page.locator('#result-count strong')).toHaveText(String(total - 1))
  await expect(page.getByRole('article', { name: title, exact: true })).toHaveCount(0)
  const family = group(page, 'Role family').getByRole('checkbox')
  let sum = 0
  for (const box of await family.all()) sum += await labelCount(box)
  expect(sum).toBe(total - 1)
})

test('an empty board says how to fill it', async ({ page }) => {
  await page.goto('/')
  const total = await roleCount(page)
  for (let left = total; left > 0; left--) {
    await cards(page).first().getByRole('button', { name: 'Hide', exact: true }).click()
    await expect(cards(page)).toHaveCount(left - 1)
  }
  await expect(page.getByRole('heading', { name: 'Nothing on the board' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Paste a posting' }).last()).toHaveAttribute(
    'href',
    '/import',
  )
})
