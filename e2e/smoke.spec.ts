import { expect, test } from '@playwright/test'

test('the app starts and shows the board', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Roleboard' })).toBeVisible()
})
