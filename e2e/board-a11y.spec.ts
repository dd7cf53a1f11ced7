import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures/test.ts'
import { roleCount } from './board-helpers'

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the board (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/?q=engineer&bogus=1')
    await roleCount(page)
    const scan = await new AxeBuilder({ page }).analyze()
    expect(
      scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([])
  })
}

test('axe finds no violations on the empty state', async ({ page }) => {
  await page.goto('/?q=no-such-role-xyzzy')
  await expect(page.getByText('No roles match all of these filters')).toBeVisible()
  const scan = await new AxeBuilder({ page }).analyze()
  expect(scan.violations.map((v) => v.id)).toEqual([])
})

test('axe finds no violations in the phone filter drawer', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 })
  await page.goto('/')
  await roleCount(page)
  await page.getByRole('button', { name: /^Filters/ }).click()
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible()
  const scan = await new AxeBuilder({ page }).analyze()
  expect(scan.violations.map((v) => v.id)).toEqual([])
})
