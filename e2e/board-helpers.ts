import { expect, type Locator, type Page } from './fixtures/test.ts'

export const FACET_GROUPS = [
  'Stack',
  'Seniority',
  'Role family',
  'Location',
  'Work from',
  'Work mode',
  'Employment type',
  'Visa and relocation',
  'Company',
]

export const results = (page: Page) => page.getByRole('region', { name: 'Results' })
export const cards = (page: Page) => results(page).getByRole('article')
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search postings' })
export const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true })

/**
 * Waits until the board has loaded and returns how many roles it shows. index.html paints
 * the board's first view before the app starts (its controls disabled): the app has taken
 * over when the root loses its `data-view` mark.
 */
export async function roleCount(page: Page): Promise<number> {
  await expect(page.locator('#root[data-view]')).toHaveCount(0)
  const count = page.locator('#result-count strong')
  await expect(count).toBeVisible()
  return Number(await count.textContent())
}

/**
 * Waits until the virtual list has taken over from the first plainly rendered cards (it
 * loads just after the first paint and places the same cards itself), so that scrolling
 * and j/k in a test reach past the first cards.
 */
export async function listSettled(page: Page): Promise<void> {
  await expect(results(page)).toHaveAttribute('data-virtual', '')
}

/** "Python (2)" -> 2 */
export async function labelCount(box: Locator): Promise<number> {
  const name = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')
  const match = /\((\d+)\)\s*$/.exec(name)
  if (!match) throw new Error(`checkbox label without a count: ${name}`)
  return Number(match[1])
}

/** Headings of the rendered result cards, in order. */
export async function headings(page: Page): Promise<string[]> {
  return cards(page).getByRole('heading').allTextContents()
}
