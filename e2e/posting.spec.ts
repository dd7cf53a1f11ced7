import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures/test.ts'
import { STACK_CATEGORIES } from '../src/model/posting.ts'
import { TECHS } from '../src/parser/taxonomy.ts'
import { bundledPostings, jobPath } from './posting-seeds.ts'
import path from 'node:path'
import { firstLoadJs } from '../scripts/bundle-budget.ts'
import { escapeRegExp } from '../src/parser/lib/escape-regexp.ts'

const postings = bundledPostings()

/**
 * The chunk of one logo: `/assets/<slug>-<hash>.js`. A vendor chunk can share a slug's
 * name (the bundler may name React's own chunk `react-<hash>.js`): the board's first-load
 * scripts are never logos.
 */
const LOGO_SLUGS = new Set(TECHS.flatMap((tech) => (tech.logo ? [tech.logo] : [])))
let firstLoad: Set<string> | null = null // read once dist/ is built (by the web server)
const logoChunk = (url: string) => {
  firstLoad ??= new Set(firstLoadJs(path.resolve('dist')).files.map((f) => `/${f.file}`))
  if (firstLoad.has(new URL(url).pathname)) return null
  const name = /\/assets\/([a-z0-9]+)-[\w-]{8}\.js$/.exec(url)?.[1]
  return name && LOGO_SLUGS.has(name) ? name : null
}
const logoOf = (name: string) =>
  TECHS.find((tech) => tech.name.toLowerCase() === name.toLowerCase())?.logo

const SECTION_HEADINGS = {
  summary: 'Summary',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  niceToHave: 'Nice to have',
  benefits: 'Benefits',
  hiringProcess: 'Hiring process',
  about: 'About the company',
} as const

for (const posting of postings) {
  test(`posting page shows every field of ${posting.id}`, async ({ page }) => {
    await page.goto(jobPath(posting))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(posting.title)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page).toHaveTitle(new RegExp(escapeRegExp(posting.title)))
    const header = page.locator('header', { has: page.getByRole('heading', { level: 1 }) })
    if (posting.company) await expect(header).toContainText(posting.company)
    if (posting.team) await expect(header).toContainText(posting.team)

    const stack = page.getByRole('region', { name: 'Stack' })
    await expect(stack).toBeVisible()
    for (const item of posting.stack) {
      const chip = stack
        .getByRole('listitem')
        .filter({ has: page.getByText(item.name, { exact: true }) })
        .first()
      await expect(chip).toBeVisible()
      if (item.note) await expect(chip).toContainText(item.note)
      if (logoOf(item.name)) await expect(chip.locator('svg[data-logo] path')).toHaveCount(1)
    }
    const categories = STACK_CATEGORIES.filter((c) => posting.stack.some((s) => s.category === c))
    await expect(stack.getByRole('heading', { level: 3 })).toHaveCount(categories.length)

    for (const [key, heading] of Object.entries(SECTION_HEADINGS)) {
      const bullets = posting.sections[key as keyof typeof SECTION_HEADINGS]
      const region = page.getByRole('region', { name: heading, exact: true })
      if (bullets.length === 0) {
        await expect(region).toHaveCount(0)
        continue
      }
      await expect(region.getByRole('heading', { level: 2 })).toHaveText(heading)
      await expect(region.getByRole('listitem')).toHaveCount(bullets.length)
      for (const bullet of bullets) await expect(region).toContainText(bullet)
    }

    // Warnings sit in a quiet disclosure at the foot of the page, never above the facts.
    const about = page.locator('details', { hasText: 'About this record' })
    await about.locator('summary').click()
    const warnings = about.getByRole('region', { name: 'Parser warnings' })
    for (const warning of posting.warnings) await expect(warnings).toContainText(warning)

    await expect(page.getByRole('region', { name: 'Similar roles' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add to compare' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
  })
}

test('similar roles never list the role itself and link to other roles', async ({ page }) => {
  const posting = postings[0]!
  await page.goto(jobPath(posting))
  const similar = page.getByRole('region', { name: 'Similar roles' })
  await expect(similar.getByRole('link', { name: posting.title, exact: true })).toHaveCount(0)
  for (const link of await similar.getByRole('link').all()) {
    await expect(link).toHaveAttribute('href', /^\/jobs\//)
  }
})

test('logos load only for the technologies shown, and never on the board', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => {
    const slug = logoChunk(request.url())
    if (slug) requested.push(slug)
  })
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  expect(requested).toEqual([])
  const posting = [...postings].sort((a, b) => b.stack.length - a.stack.length)[0]!
  await page.goto(jobPath(posting))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(posting.title)
  const shown = new Set(posting.stack.flatMap((item) => logoOf(item.name) ?? []))
  // Logos load a few per task after the page's start: on a busy machine the network can
  // be idle for a while before the last of them is asked for.
  await expect.poll(() => new Set(requested)).toEqual(shown)
  await page.waitForLoadState('networkidle')
  expect(new Set(requested)).toEqual(shown)
})

test('an unknown role says so and links back to the board', async ({ page }) => {
  await page.goto('/jobs/no-such-role')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Role not found')
  await expect(page.getByText('No role with the id “no-such-role”')).toBeVisible()
  await page.getByRole('link', { name: 'Back to the board' }).click()
  await expect(page).toHaveURL(/\/$/)
})

test('"Add to compare" works from the keyboard and survives a reload', async ({ page }) => {
  const posting = postings[0]!
  await page.goto(jobPath(posting))
  const add = page.getByRole('button', { name: 'Add to compare' })
  for (let i = 0; i < 30 && !(await add.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(add).toBeFocused()
  await page.keyboard.press('Enter')
  const remove = page.getByRole('button', { name: 'Remove from compare' })
  await expect(remove).toBeFocused()
  const tray = page.getByRole('region', { name: 'Compare tray' })
  await expect(tray).toContainText('1 of 4 roles chosen for compare')
  await expect(tray).toContainText('Choose one more role to compare.')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Remove from compare' })).toBeVisible()
  await page.getByRole('button', { name: 'Remove from compare' }).press('Enter')
  await expect(page.getByRole('region', { name: 'Compare tray' })).toHaveCount(0)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on a posting page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto(jobPath(postings[0]!))
    await page.getByRole('button', { name: 'Add to compare' }).click()
    await expect(page.getByRole('region', { name: 'Compare tray' })).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations).toEqual([])
  })
}
