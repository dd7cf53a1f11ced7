import { expect, test } from './fixtures/test.ts'

// The guard itself: a page that asks another host for anything fails its test. `test.fail`
// turns that failure green, so this spec goes red if the guard ever stops catching it.
test.fail('a request to another host fails the test (fetch from the page)', async ({ page }) => {
  await page.goto('/about')
  await page.evaluate(() => fetch('https://example.com/tracker.js').catch(() => undefined))
})

test.fail(
  'a request to another host fails the test (an image in a fresh context)',
  async ({ browser }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto('/about')
    await page.evaluate(() => {
      const img = document.createElement('img')
      img.src = 'https://images.example.com/pixel.png'
      document.body.append(img)
    })
    await page.waitForTimeout(200)
    await context.close()
  },
)

test('the app’s own requests pass the guard', async ({ page, foreignRequests }) => {
  await page.goto('/about')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(foreignRequests).toEqual([])
})
