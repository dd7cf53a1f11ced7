import { expect, test } from './fixtures/test.ts'
import { cards, group, roleCount, searchBox } from './board-helpers'

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })

test('on a 360 px phone the facets live in a drawer and nothing overflows', async ({ page }) => {
  await page.goto('/')
  const total = await roleCount(page)
  await expect(cards(page)).toHaveCount(total)
  await expect(searchBox(page)).toBeVisible()
  await expect(group(page, 'Stack')).toBeHidden()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

  await page.getByRole('button', { name: /^Filters/ }).click()
  const drawer = page.getByRole('dialog', { name: 'Filters' })
  await expect(drawer).toBeVisible()
  const box = group(page, 'Role family').getByRole('checkbox').first()
  await box.check()
  await expect(page).toHaveURL(/family=/)
  await drawer.getByRole('button', { name: /^Show \d+ roles?$/ }).click()
  await expect(drawer).toBeHidden()
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
})
