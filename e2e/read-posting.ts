import { expect, type Page } from './fixtures/test.ts'

/**
 * How long a reading may take before the test calls it hung. The first "Read posting"
 * loads the parser's worker (about 840 kB with its place and language data) and parses in
 * it; with the tests sharing two cores this has taken over 5 s, the default wait.
 */
export const READING_TIMEOUT = 30_000

/** Pastes `text` on /import, asks for it to be read, and waits until it is read or refused. */
export async function readPosting(page: Page, text: string) {
  await page.goto('/import')
  await page.getByLabel('Posting text').fill(text)
  await page.getByRole('button', { name: 'Read posting' }).click()
  await waitForReading(page)
}

/** Waits for the form to check and correct, or for the reason a text was refused. */
export async function waitForReading(page: Page) {
  await expect(
    page.getByRole('heading', { name: 'Check and correct' }).or(page.getByRole('alert')).first(),
  ).toBeVisible({ timeout: READING_TIMEOUT })
}
