import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from './fixtures/test.ts'
import { roleCount } from './board-helpers.ts'
import { OWN_POSTING } from './fixtures/own-posting'
import { readPosting } from './read-posting'
import { clearStored, readStored } from './stored-data'

const boardCards = (page: Page) =>
  page.getByRole('region', { name: 'Results' }).getByRole('article')
const savedCards = (page: Page) =>
  page.getByRole('region', { name: 'Bookmarks', exact: true }).getByRole('article')
// Waits for the app to take over the prerendered first view: a click on the plain first
// view is a full page load, and a role left before its page started is never marked seen.
const boardCount = roleCount
const titleOf = async (card: ReturnType<typeof boardCards>) =>
  (await card.getByRole('heading').first().textContent())!.trim()

async function pasteOwnPosting(page: Page) {
  await readPosting(page, OWN_POSTING)
  await page.getByLabel('Company', { exact: true }).fill('Lumen Freight')
  await page.getByRole('button', { name: 'Save to my board' }).click()
  await expect(page.getByRole('heading', { name: /^Saved “/ })).toBeVisible()
}

async function storedRecords(page: Page) {
  return Object.fromEntries(
    Object.entries(await readStored(page))
      .filter(([key]) => key.startsWith('roleboard:') && key !== 'roleboard:schema')
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

test('bookmark, set status and note, reload: all kept', async ({ page }) => {
  await page.goto('/')
  const card = boardCards(page).first()
  const title = await titleOf(card)
  await card.getByRole('button', { name: 'Bookmark', exact: true }).click()
  await expect(card.getByRole('button', { name: 'Remove bookmark' })).toBeVisible()
  await expect(card.getByLabel(`Status of ${title}`)).toHaveValue('saved')

  await page.getByRole('link', { name: 'Saved', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Bookmarks (1)' })).toBeVisible()
  const saved = savedCards(page)
  await expect(saved).toHaveCount(1)
  await expect(saved.getByRole('heading', { name: title })).toBeVisible()
  await page.getByLabel(`Status of ${title}`).selectOption('interviewing')
  // The card moves to the Interviewing column (a new element): type into that one, not
  // into the card leaving the Saved column, whose editor saves on unmount without a word.
  await expect(
    page
      .getByRole('region', { name: /^Interviewing \d+ roles?$/ })
      .getByRole('article', { name: title, exact: true }),
  ).toBeVisible()
  await page
    .getByLabel(`Private note on ${title}`)
    .fill('Second round on Tuesday, ask about on-call')
  await expect(page.getByRole('status').filter({ hasText: /^✓ Saved$/ })).toBeVisible()

  await page.reload()
  await expect(page.getByLabel(`Status of ${title}`)).toHaveValue('interviewing')
  await expect(page.getByLabel(`Private note on ${title}`)).toHaveValue(
    'Second round on Tuesday, ask about on-call',
  )
  await page.goto('/')
  await expect(boardCards(page).first().getByLabel(`Status of ${title}`)).toHaveValue(
    'interviewing',
  )
})

test('the same facets filter bookmarks on /saved', async ({ page }) => {
  await page.goto('/')
  const cards = boardCards(page)
  await expect(cards.nth(1)).toBeVisible()
  for (const i of [0, 1])
    await cards.nth(i).getByRole('button', { name: 'Bookmark', exact: true }).click()
  const first = await titleOf(cards.nth(0))
  const second = await titleOf(cards.nth(1))
  await page.goto('/saved')
  await expect(savedCards(page)).toHaveCount(2)
  // The search reads the user's note too (and the places), not only what the card shows.
  await page.getByLabel(`Private note on ${second}`).fill('Recruiter Zanzibar said Tuesday')
  await expect(page.getByRole('status').filter({ hasText: /^✓ Saved$/ })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search bookmarks' }).fill('zanzibar')
  await expect(savedCards(page)).toHaveCount(1)
  await expect(savedCards(page).getByRole('heading', { name: second })).toBeVisible()
  // Under "Filters": the tracker's columns take the page's width.
  await page.getByText('Filters', { exact: true }).click()
  for (const legend of ['Stack', 'Seniority', 'Location', 'Work mode', 'Company'])
    await expect(page.getByRole('group', { name: legend, exact: true })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search bookmarks' }).fill(first)
  await expect(savedCards(page)).toHaveCount(1)
  await expect(page).toHaveURL(/\/saved\?q=/)
})

test('hide removes a role from the board until shown again; opened roles are seen', async ({
  page,
}) => {
  await page.goto('/')
  const before = await boardCount(page)
  const card = boardCards(page).first()
  const title = await titleOf(card)
  await card.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.goBack()
  await expect(boardCards(page).first().getByText('Seen', { exact: true })).toBeVisible()

  await boardCards(page).first().getByRole('button', { name: 'Hide' }).click()
  await expect.poll(() => boardCount(page)).toBe(before - 1)
  await expect(
    page.getByRole('region', { name: 'Results' }).getByRole('heading', { name: title }),
  ).toHaveCount(0)

  await page.goto('/saved')
  const hidden = page.getByRole('region', { name: /Hidden roles \(1\)/ })
  await expect(hidden.getByRole('link', { name: title })).toBeVisible()
  await hidden.getByRole('button', { name: /Show on board/ }).click()
  await expect(page.getByRole('region', { name: /Hidden roles \(0\)/ })).toBeVisible()
  await page.goto('/')
  await expect.poll(() => boardCount(page)).toBe(before)
})

test('saved search round trip, with what is new since it was last opened', async ({ page }) => {
  await page.goto('/?sort=title')
  const total = await boardCount(page)
  await page.getByRole('button', { name: 'Save this search' }).click()
  await page.getByLabel('Name this search').fill('Everything by title')
  await page.getByRole('button', { name: 'Save search' }).click()
  await expect(page.getByRole('link', { name: 'Everything by title' })).toBeVisible()

  await page.goto('/saved')
  const searches = page.getByRole('region', { name: /Saved searches \(1\)/ })
  await expect(searches).toContainText(
    `${total} ${total === 1 ? 'role matches' : 'roles match'} now`,
  )
  await expect(searches).toContainText('0 new since last opened')

  await pasteOwnPosting(page)
  await page.goto('/saved')
  await expect(searches).toContainText(`${total + 1} roles match now`)
  await expect(searches).toContainText('1 new since last opened')

  await searches.getByRole('link', { name: 'Everything by title' }).click()
  await expect(page).toHaveURL(/\/\?sort=title$/)
  await expect.poll(() => boardCount(page)).toBe(total + 1)
  await page.goto('/saved')
  await expect(searches).toContainText('0 new since last opened')
})

test('a pasted posting joins the board as yours, opens, and compares', async ({ page }) => {
  await pasteOwnPosting(page)
  await page.getByRole('link', { name: 'Find it on the board' }).click()
  const mine = boardCards(page).filter({ hasText: 'Yours' })
  await expect(mine).toHaveCount(1)
  await expect(mine.getByRole('heading', { name: 'Senior Backend Engineer' })).toBeVisible()

  await mine.getByRole('link', { name: 'Senior Backend Engineer' }).click()
  await expect(page).toHaveURL(/\/jobs\/pasted-/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Senior Backend Engineer' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Add to compare' }).click()
  await expect(page.getByRole('button', { name: 'Remove from compare' })).toBeVisible()

  // Back to the board in the app, as a person would: a page load straight after the click
  // could start before the browser has stored the choice (IndexedDB writes in the background).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click()
  const other = boardCards(page).filter({ hasNotText: 'Yours' }).first()
  const otherTitle = await titleOf(other)
  await other.getByRole('button', { name: 'Add to compare' }).click()
  await page.getByRole('link', { name: 'Compare 2 roles' }).click()
  await expect(page).toHaveURL(/\/compare\?ids=/)
  await expect(page.getByText('Senior Backend Engineer').first()).toBeVisible()
  await expect(page.getByText(otherTitle).first()).toBeVisible()
})

test('export, clear, import gives back the same state', async ({ page }) => {
  await page.goto('/')
  const card = boardCards(page).first()
  await card.getByRole('button', { name: 'Bookmark', exact: true }).click()
  await boardCards(page).nth(1).getByRole('button', { name: 'Hide' }).click()
  await page.goto('/?sort=company')
  await page.getByRole('button', { name: 'Save this search' }).click()
  await page.getByRole('button', { name: 'Save search' }).click()
  await pasteOwnPosting(page)
  await page.goto('/saved')
  const title = await titleOf(savedCards(page).first())
  await page.getByLabel(`Status of ${title}`).selectOption('offer')
  const note = page.getByLabel(`Private note on ${title}`)
  await note.fill('Notes, with "quotes"\nand lines')
  await note.blur()
  // "Saved" follows IndexedDB: the note is stored, and the status before it (one Web Lock
  // per record, taken in order), so the snapshot below holds both.
  await expect(
    page.getByRole('region', { name: 'Bookmarks', exact: true }).getByRole('status').filter({
      hasText: 'Saved',
    }),
  ).toBeVisible()
  const before = await storedRecords(page)
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(4)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click()
  const file = await (await download).path()
  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export bookmarks (CSV)' }).click()
  expect((await csvDownload).suggestedFilename()).toMatch(/\.csv$/)

  await clearStored(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Bookmarks (0)' })).toBeVisible()
  await page.getByLabel('Import a file…').setInputFiles(file)
  await expect(
    page.getByText(/Imported “.*”: \d+ added, 0 updated, 0 already here, 0 refused/),
  ).toBeVisible()
  // Seen marks were exported too; compare everything.
  expect(await storedRecords(page)).toEqual(before)

  // Importing the same file again changes nothing and drops nothing.
  await page.getByLabel('Import a file…').setInputFiles(file)
  await expect(page.getByText(/0 added, 0 updated, \d+ already here, 0 refused/)).toBeVisible()
  expect(await storedRecords(page)).toEqual(before)
})

test('a file that is not an export is refused with the reason', async ({ page }) => {
  await page.goto('/saved')
  await page.getByLabel('Import a file…').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":"world"}'),
  })
  await expect(
    page.getByText(/Nothing was imported from “other.json”: .*not a Roleboard export/),
  ).toBeVisible()
})

test('changes made in two tabs at once are both kept', async ({ context }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  await tabA.goto('/')
  await tabB.goto('/')
  await expect(boardCards(tabB).nth(1)).toBeVisible()
  await boardCards(tabA).nth(0).getByRole('button', { name: 'Bookmark', exact: true }).click()
  await boardCards(tabB).nth(1).getByRole('button', { name: 'Bookmark', exact: true }).click()
  // Each tab sees the other's change without a reload.
  await expect(
    boardCards(tabB).nth(0).getByRole('button', { name: 'Remove bookmark' }),
  ).toBeVisible()
  await expect(
    boardCards(tabA).nth(1).getByRole('button', { name: 'Remove bookmark' }),
  ).toBeVisible()

  await tabA.goto('/saved')
  await tabB.goto('/saved')
  const [first, second] = [
    await titleOf(savedCards(tabA).nth(0)),
    await titleOf(savedCards(tabA).nth(1)),
  ]
  await tabA.getByLabel(`Private note on ${first}`).fill('from tab A')
  await tabB.getByLabel(`Private note on ${second}`).fill('from tab B')
  await tabA.getByLabel(`Private note on ${first}`).blur()
  await tabB.getByLabel(`Private note on ${second}`).blur()
  await expect(tabA.getByLabel(`Private note on ${second}`)).toHaveValue('from tab B')
  await expect(tabB.getByLabel(`Private note on ${first}`)).toHaveValue('from tab A')
  await tabA.reload()
  await expect(tabA.getByLabel(`Private note on ${first}`)).toHaveValue('from tab A')
  await expect(tabA.getByLabel(`Private note on ${second}`)).toHaveValue('from tab B')
})

test('storage full: a clear message and nothing stored is lost', async ({ page }) => {
  await page.goto('/')
  await boardCards(page).first().getByRole('button', { name: 'Bookmark', exact: true }).click()
  const before = await storedRecords(page)
  // The disk is full: IndexedDB refuses every write from now on.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await boardCards(page).nth(1).getByRole('button', { name: 'Bookmark', exact: true }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Storage for Roleboard in this browser is full' }),
  ).toBeVisible()
  await expect(
    boardCards(page).nth(1).getByRole('button', { name: 'Bookmark', exact: true }),
  ).toBeVisible()
  expect(await storedRecords(page)).toEqual(before)
})

test('the saved page has no axe violations', async ({ page }) => {
  await page.goto('/')
  await boardCards(page).first().getByRole('button', { name: 'Bookmark', exact: true }).click()
  await page.goto('/?sort=title')
  await page.getByRole('button', { name: 'Save this search' }).click()
  await page.getByRole('button', { name: 'Save search' }).click()
  await page.goto('/saved')
  await expect(savedCards(page)).toHaveCount(1)
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
})

test('hiding can be undone at once, and focus is not lost', async ({ page }) => {
  await page.goto('/')
  const before = await boardCount(page)
  const title = await titleOf(boardCards(page).first())
  await boardCards(page).first().getByRole('button', { name: 'Hide' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: `Hidden from the board: ${title}` }),
  ).toBeVisible()
  await expect.poll(() => boardCount(page)).toBe(before - 1)
  const undo = page.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeFocused()
  await undo.click()
  await expect.poll(() => boardCount(page)).toBe(before)
})

test('any posting downloads as schema.org JobPosting JSON-LD from its page', async ({ page }) => {
  await page.goto('/')
  const card = boardCards(page).first()
  const title = await titleOf(card)
  await expect(card.getByRole('button', { name: 'Download JSON-LD' })).toHaveCount(0)
  await card.getByRole('link', { name: title }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download JSON-LD' }).click()
  const file = await (await download).path()
  const { readFile } = await import('node:fs/promises')
  const ld = JSON.parse(await readFile(file, 'utf8')) as unknown
  expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'JobPosting', title })
})
