import { axeViolations, expect, test, type Page } from './fixtures/test.ts'
import { roleCount } from './board-helpers'

const themeSelect = (page: Page) =>
  page.getByRole('banner').getByRole('combobox', { name: 'Theme' })
const canvas = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

// The canvas colours of styles.css (light-dark pairs).
const LIGHT_CANVAS = 'rgb(246, 247, 251)'
const DARK_CANVAS = 'rgb(14, 16, 23)'

test('the theme follows the system until one is chosen, and the choice is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  await roleCount(page)
  await expect(themeSelect(page)).toHaveValue('system')
  expect(await canvas(page)).toBe(DARK_CANVAS)

  await themeSelect(page).selectOption({ label: 'Light' })
  expect(await canvas(page)).toBe(LIGHT_CANVAS)
  await page.reload()
  await expect(themeSelect(page)).toHaveValue('light')
  expect(await canvas(page)).toBe(LIGHT_CANVAS)

  await themeSelect(page).selectOption({ label: 'System' })
  expect(await canvas(page)).toBe(DARK_CANVAS)
  await page.reload()
  await expect(themeSelect(page)).toHaveValue('system')
})

// Without the service worker: once it controls the page it answers the app's scripts from
// its precache, where page.route cannot refuse them, and the app would start after all.
test.describe(() => {
  test.use({ serviceWorkers: 'block' })
  test('a chosen theme is painted before the app script runs (no flash of the other theme)', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    await roleCount(page)
    await themeSelect(page).selectOption({ label: 'Dark' })

    // The app's module scripts never arrive: what shows is the prerendered first view alone.
    await page.route(/\/assets\/.*\.js$/, (route) =>
      route.request().url().includes('/theme-boot-') ? route.continue() : route.abort(),
    )
    await page.reload()
    await expect(page.locator('#root[data-view="board"]')).toBeAttached()
    await expect(page.getByRole('heading', { level: 1, name: 'Job board' })).toBeVisible()
    expect(await canvas(page)).toBe(DARK_CANVAS)
    const surface = await page
      .getByRole('banner')
      .evaluate((header) => getComputedStyle(header).backgroundColor)
    expect(surface).toBe('rgb(22, 25, 35)')
  })
})

test('another tab follows a theme chosen in this one', async ({ context }) => {
  const first = await context.newPage()
  const second = await context.newPage()
  for (const page of [first, second]) {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    await roleCount(page)
  }
  await themeSelect(first).selectOption({ label: 'Dark' })
  await expect(themeSelect(second)).toHaveValue('dark')
  expect(await canvas(second)).toBe(DARK_CANVAS)
})

for (const [theme, system] of [
  ['Dark', 'light'],
  ['Light', 'dark'],
] as const) {
  test(`axe finds no violations on the board with the ${theme.toLowerCase()} theme chosen over a ${system} system`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: system })
    await page.goto('/')
    await roleCount(page)
    await themeSelect(page).selectOption({ label: theme })
    expect(await axeViolations(page)).toEqual([])
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the theme sits behind "Settings": it opens, Escape closes it and focus returns, a tap outside closes it', async ({
    page,
  }) => {
    await page.goto('/')
    await roleCount(page)
    const settings = page.getByRole('banner').getByRole('button', { name: 'Settings' })
    await expect(themeSelect(page)).toBeHidden()

    await settings.click()
    await expect(settings).toHaveAttribute('aria-expanded', 'true')
    await themeSelect(page).focus()
    await page.keyboard.press('Escape')
    await expect(themeSelect(page)).toBeHidden()
    await expect(settings).toBeFocused()

    await settings.click()
    await expect(themeSelect(page)).toBeVisible()
    await page.getByRole('heading', { level: 1 }).tap()
    await expect(themeSelect(page)).toBeHidden()
    await expect(settings).toHaveAttribute('aria-expanded', 'false')
  })
})
