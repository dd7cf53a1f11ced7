import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures/test.ts'
import { OWN_POSTING, XSS_PAYLOAD, XSS_POSTING } from './fixtures/own-posting'
import { readPosting, waitForReading } from './read-posting'
import { readStored } from './stored-data'

test('a pasted posting is read off the main thread, editable, and saved as yours', async ({
  page,
}) => {
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await readPosting(page, OWN_POSTING)
  await expect(page.getByRole('heading', { name: 'Check and correct' })).toBeVisible()
  expect(workers.some((url) => url.includes('parse.worker'))).toBe(true)
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Senior Backend Engineer')
  await page.getByLabel('Company', { exact: true }).fill('Lumen Freight')
  await page.getByLabel('Team', { exact: true }).fill('Routing')
  await page.getByLabel('Role family').selectOption('backend')
  await page.getByRole('button', { name: 'Save to my board' }).click()
  await expect(page.getByRole('heading', { name: 'Saved “Senior Backend Engineer”' })).toBeFocused()
  await expect(page.getByRole('region', { name: /Your pasted postings \(1\)/ })).toBeVisible()
  const stored = Object.entries(await readStored(page)).filter(([key]) =>
    key.startsWith('roleboard:pasted:'),
  )
  expect(stored).toHaveLength(1)
  const record = JSON.parse(stored[0]![1]) as { posting: unknown }
  expect(record.posting).toMatchObject({
    id: expect.stringMatching(/^pasted-/),
    company: 'Lumen Freight',
    team: 'Routing',
    roleFamily: 'backend',
  })
})

test('invalid edits are refused with the reason beside the field', async ({ page }) => {
  await readPosting(page, OWN_POSTING)
  await page.getByLabel('Title', { exact: true }).fill('')
  await page.getByLabel('Link to the original posting').fill('javascript:alert(1)')
  await page.getByRole('button', { name: 'Save to my board' }).click()
  await expect(page.getByRole('alert')).toContainText('Some fields need fixing')
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Link to the original posting')).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  expect(
    Object.keys(await readStored(page)).some((key) => key.startsWith('roleboard:pasted:')),
  ).toBe(false)
})

test('text that is not a posting is refused with the reason', async ({ page }) => {
  await readPosting(page, 'hello\nthere')
  await expect(page.getByRole('alert')).toContainText('not read as a job posting')
})

test('a posting carrying scripts runs nothing, wherever it is shown', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
  await readPosting(page, XSS_POSTING)
  await expect(page.getByRole('heading', { name: 'Check and correct' })).toBeVisible()
  // Whatever the parser keeps of the markup, make sure the payload itself is stored.
  const title = `Frontend Engineer ${XSS_PAYLOAD}`
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Summary').fill(`${XSS_PAYLOAD}\nSecond line`)
  await page.getByRole('button', { name: 'Save to my board' }).click()
  await expect(page.getByRole('heading', { name: /^Saved “/ })).toBeVisible()
  await expect(page.getByRole('region', { name: /Your pasted postings/ })).toContainText(title)

  await page.getByRole('link', { name: 'Open it' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>')
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click()
  await page.goto(`/?q=${encodeURIComponent('Frontend Engineer')}`)
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('<img src=x')
  await page.goto('/saved')
  await expect(page.getByRole('region', { name: 'Bookmarks', exact: true })).toContainText(
    'onerror',
  )
  await page.waitForTimeout(300)

  expect(await pwned()).toBe(undefined)
  expect(
    await page
      .locator('main script, main img[src="x"], main svg[onload], a[href^="javascript:"]')
      .count(),
  ).toBe(0)
  expect(dialogs).toBe(0)
})

test('a 5 MB paste or file is refused with a message, not frozen on', async ({ page }) => {
  await page.goto('/import')
  const box = page.getByLabel('Posting text')
  await box.focus()
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text/plain', 'x'.repeat(5_000_000))
    document
      .getElementById('posting-text')!
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
  })
  await expect(page.getByRole('alert')).toContainText('5.0 MB')
  await expect(box).toHaveValue('')
  await page.locator('input[type=file]').setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(5_000_000, 'a'),
  })
  await expect(page.getByRole('alert')).toContainText('“huge.txt” is 5.0 MB')
})

test('a posting file can be chosen instead of pasted', async ({ page }) => {
  await page.goto('/import')
  await page.locator('input[type=file]').setInputFiles({
    name: 'mine.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(OWN_POSTING),
  })
  await waitForReading(page)
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Senior Backend Engineer')
})

test('the import page has no axe violations, before and after reading', async ({ page }) => {
  await page.goto('/import')
  await expect(page.getByRole('heading', { name: 'Paste a posting' })).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await page.getByLabel('Posting text').fill(OWN_POSTING)
  await page.getByRole('button', { name: 'Read posting' }).click()
  await waitForReading(page)
  await expect(page.getByRole('heading', { name: 'Check and correct' })).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
})
