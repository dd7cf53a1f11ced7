import { expect, test } from './fixtures/test.ts'

// The guards themselves: a page that asks another host for anything, or breaks the
// Content-Security-Policy, fails its test. `test.fail` turns that failure green, so this
// spec goes red if a guard ever stops catching it. The request tests set the policy aside
// (it would block these requests first) to show the request guard works on its own.
test.describe('without the policy', () => {
  test.use({ bypassCSP: true })
  test.fail('a request to another host fails the test (fetch from the page)', async ({ page }) => {
    await page.goto('/about')
    await page.evaluate(() => fetch('https://example.com/tracker.js').catch(() => undefined))
  })

  test.fail(
    'a request to another host fails the test (an image in a fresh context)',
    async ({ browser }) => {
      const context = await browser.newContext({ bypassCSP: true })
      const page = await context.newPage()
      await page.goto('/about')
      const sent = context.waitForEvent('request', (r) => r.url().includes('images.example.com'))
      await page.evaluate(() => {
        const img = document.createElement('img')
        img.src = 'https://images.example.com/pixel.png'
        document.body.append(img)
      })
      await sent
      await context.close()
    },
  )
})

test.fail('an inline script fails the test (the policy refuses it)', async ({ page }) => {
  await page.goto('/about')
  const reported = page.waitForEvent('console', (message) =>
    /Content Security Policy|CSP violation/i.test(message.text()),
  )
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.head.append(script)
  })
  await reported
})

test('the app’s own requests pass the guard, under the policy', async ({
  page,
  foreignRequests,
  cspViolations,
}) => {
  await page.goto('/about')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(foreignRequests).toEqual([])
  expect(cspViolations).toEqual([])
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(policy).toHaveAttribute('content', /script-src 'self';/)
  expect(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined()
})
