import { expect, test } from './fixtures/test.ts'

test('the app starts and shows the board', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Roleboard' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Job board' })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Results' }).getByRole('article').first(),
  ).toBeVisible()
  expect(errors).toEqual([])
})

test('an unknown address says so and links back to the board', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the board' }).click()
  await expect(page).toHaveURL(/\/$/)
})
