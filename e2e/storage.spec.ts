import { expect, test } from './fixtures/test.ts'
import { readStored } from './stored-data'

test('storage seeded with garbage still starts the app, with a notice, and keeps the data', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    localStorage.setItem('roleboard:schema', '}}garbage{{')
    localStorage.setItem('roleboard:bookmark:x', '{"not":"a bookmark"')
    localStorage.setItem('roleboard:pasted:y', JSON.stringify({ posting: { title: 42 } }))
    localStorage.setItem('unrelated-app', 'leave me alone')
  })
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Roleboard' })).toBeVisible()
  const notices = page.getByRole('region', { name: 'Notices about your saved data' })
  await expect(notices).toContainText('3 items of saved data could not be read')
  // Moved from localStorage into IndexedDB as it was, then set aside there.
  const stored = await readStored(page)
  const setAside = Object.entries(stored).filter(([key]) => key.startsWith('roleboard:quarantine:'))
  expect(setAside.map(([, value]) => (JSON.parse(value) as { raw: string }).raw).sort()).toEqual(
    ['{"not":"a bookmark"', '{"posting":{"title":42}}', '}}garbage{{'].sort(),
  )
  // Keys that are not Roleboard's stay where they are.
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({
    'unrelated-app': 'leave me alone',
  })

  // Discarding is offered only after exporting.
  const discard = notices.getByRole('button', { name: 'Discard set-aside data' })
  await expect(discard).toBeDisabled()
  const download = page.waitForEvent('download')
  await notices.getByRole('button', { name: 'Export data' }).click()
  const file = JSON.parse(
    await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    }),
  ) as { format: string; setAside: unknown[] }
  expect(file.format).toBe('roleboard-export')
  expect(file.setAside).toHaveLength(3)
  await discard.click()
  await expect(notices).toBeHidden()
  await page.reload()
  await expect(page.getByRole('link', { name: 'Roleboard' })).toBeVisible()
  await expect(notices).toBeHidden()
})

test('data from a newer version is left untouched and said so', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('roleboard:schema', '{"version":99}')
    localStorage.setItem('roleboard:bookmark:z', '{"future":true}')
  })
  await page.goto('/')
  await expect(page.getByText(/written by a newer version of Roleboard/)).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('roleboard:bookmark:z'))).toBe(
    '{"future":true}',
  )
})

test('a browser without storage still runs the app and says data lasts for this tab', async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'indexedDB'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      })
  })
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Roleboard' })).toBeVisible()
  await expect(page.getByText(/does not let Roleboard keep data on this device/)).toBeVisible()
})
