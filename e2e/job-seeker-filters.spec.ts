import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from './fixtures/test.ts'
import { cards, group, headings, roleCount } from './board-helpers.ts'
import { SEEKER_ROLES } from './fixtures/job-seeker-board.ts'
import { seekerBoardForThisFile } from './job-seeker-helpers.ts'

// The v2 filters on a board of 32 roles written for these tests (fixtures/job-seeker-board):
// each narrows as the roles say, shows as a removable chip, and survives a reload of its URL.

const open = seekerBoardForThisFile()

const query = (page: Page) => new URL(page.url()).search
/** Every result heading: the list is virtualised, so the board is tall enough for all. */
async function allHeadings(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 1280, height: 6000 })
  await expect(cards(page)).toHaveCount(await roleCount(page))
  return (await headings(page)).sort()
}
async function expectSameAfterReload(page: Page, titles: string[]) {
  const url = page.url()
  await page.reload()
  expect(page.url()).toBe(url)
  expect(await allHeadings(page)).toEqual(titles)
}

test('the board holds every written role', async ({ page }) => {
  expect(await open(page)).toBe(SEEKER_ROLES.length)
})

test('Work from: roles in the country plus remote roles open to it (EU, EMEA, anywhere)', async ({
  page,
}) => {
  await open(page)
  await group(page, 'Work from')
    .getByRole('checkbox', { name: /^Spain \(\d+\)$/ })
    .check()
  expect(query(page)).toBe('?workFrom=ES')
  const spain = [
    // Based in Spain
    'Backend Engineer',
    'Engineering Manager',
    'Python Developer',
    'QA Automation Engineer',
    'Web Engineer',
    // Remote within the EU, EMEA, or anywhere
    'Cloud Engineer',
    'Contract DevOps Engineer',
    'Elixir Developer',
    'Part-time Frontend Engineer',
    'Rust Engineer',
    'Senior Go Engineer',
    'Site Reliability Engineer',
  ].sort()
  expect(await allHeadings(page)).toEqual(spain)
  // Remote, but only from the US or the UK: not for someone in Spain.
  expect(spain).not.toContain('Full Stack Engineer')
  expect(spain).not.toContain('Backend Developer')
  await expectSameAfterReload(page, spain)
  await expect(page.getByRole('button', { name: 'Remove filter Work from: Spain' })).toBeVisible()
})

test('minimum pay compares yearly figures across currencies; a switch keeps roles without pay', async ({
  page,
}) => {
  await open(page)
  const salary = group(page, 'Salary')
  await salary.getByRole('textbox', { name: 'Minimum a year' }).fill('100000')
  await expect(page).toHaveURL(/\?minSalary=100000$/)
  const paid = [
    'Contract DevOps Engineer', // 1,000 EUR a day
    'Data Engineer', // 85,000 GBP
    'Engineering Manager', // 110,000 EUR
    'Full Stack Engineer', // 160,000 USD
    'Platform Engineer', // 160,000 CHF
    'Scala Engineer', // 120,000 GBP
    'Site Reliability Engineer', // 140,000 USD
  ]
  expect(await allHeadings(page)).toEqual(paid)
  await expectSameAfterReload(page, paid)

  await group(page, 'Salary')
    .getByRole('checkbox', { name: 'Include roles that state no pay' })
    .check()
  expect(query(page)).toBe('?minSalary=100000&unstatedPay=include')
  const unstated = SEEKER_ROLES.filter((r) => !r.salary).map((r) => r.title)
  expect(await allHeadings(page)).toEqual([...paid, ...unstated].sort())

  // The same amount in pounds is more: Data Engineer (85,000 GBP) and Engineering Manager
  // (110,000 EUR) fall below it.
  await open(page, '?minSalary=100000&currency=GBP')
  expect(await allHeadings(page)).toEqual(
    paid.filter((t) => t !== 'Data Engineer' && t !== 'Engineering Manager'),
  )
  await expect(
    page.getByRole('button', { name: 'Remove filter Pay from £100,000 a year' }),
  ).toBeVisible()
})

test('Posted: 24 hours, 7 days and 30 days narrow by date; undated roles are in none', async ({
  page,
}) => {
  await open(page)
  const within = (days: number) =>
    SEEKER_ROLES.filter((r) => r.postedDaysAgo !== undefined && r.postedDaysAgo <= days)
      .map((r) => r.title)
      .sort()
  const posted = group(page, 'Posted')
  await posted.getByRole('radio', { name: /^Past 24 hours/ }).check()
  expect(query(page)).toBe('?posted=1d')
  expect(await allHeadings(page)).toEqual(within(1))
  await posted.getByRole('radio', { name: /^Past 7 days/ }).check()
  expect(query(page)).toBe('?posted=7d')
  expect(await allHeadings(page)).toEqual(within(7))
  await expectSameAfterReload(page, within(7))
  await group(page, 'Posted')
    .getByRole('radio', { name: /^Past 30 days/ })
    .check()
  expect(await allHeadings(page)).toEqual(within(30))
  await expect(
    group(page, 'Posted').getByRole('radio', { name: /^Past 30 days/ }),
  ).toHaveAccessibleName(`Past 30 days (${within(30).length})`)
})

test('employment type, visa sponsorship and relocation narrow to roles that state them', async ({
  page,
}) => {
  await open(page)
  await group(page, 'Employment type')
    .getByRole('checkbox', { name: /^Contract \(1\)$/ })
    .check()
  expect(query(page)).toBe('?type=contract')
  expect(await allHeadings(page)).toEqual(['Contract DevOps Engineer'])
  await expectSameAfterReload(page, ['Contract DevOps Engineer'])

  await open(page)
  const support = group(page, 'Visa and relocation')
  await support.getByRole('checkbox', { name: /^Visa sponsorship \(4\)$/ }).check()
  expect(query(page)).toBe('?visa=yes')
  const visa = [
    'Machine Learning Engineer',
    'Platform Engineer',
    'Scala Engineer',
    'Senior Go Engineer',
  ]
  expect(await allHeadings(page)).toEqual(visa)
  await expectSameAfterReload(page, visa)

  await open(page, '?relocation=yes')
  expect(await allHeadings(page)).toEqual(['Cloud Engineer', 'Data Engineer', 'Security Engineer'])
})

test('active filters show as chips above the results; removing one is a history step', async ({
  page,
}) => {
  await open(page, '?workFrom=ES&posted=30d&visa=yes')
  const chips = page.getByRole('list', { name: 'Active filters' })
  await expect(chips.getByRole('button')).toHaveText([
    'Work from: Spain',
    'Posted: past 30 days',
    'Visa sponsorship',
  ])
  expect(await roleCount(page)).toBe(1) // Senior Go Engineer: EU-remote, sponsors visas
  await chips.getByRole('button', { name: 'Remove filter Visa sponsorship' }).click()
  expect(query(page)).toBe('?workFrom=ES&posted=30d')
  await page.goBack()
  expect(query(page)).toBe('?workFrom=ES&posted=30d&visa=yes')
  await page.getByRole('button', { name: 'Clear all' }).click()
  await expect(chips).toHaveCount(0)
  expect(await roleCount(page)).toBe(SEEKER_ROLES.length)
})

test('sorts by newest (the default) and by highest pay', async ({ page }) => {
  await open(page)
  expect((await headings(page))[0]).toBe('Senior Go Engineer') // posted today
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('salary')
  expect(query(page)).toBe('?sort=salary')
  // 1,000 EUR a day is 260,000 EUR a year.
  expect((await headings(page)).slice(0, 2)).toEqual([
    'Contract DevOps Engineer',
    'Platform Engineer',
  ])
})

test('axe finds no violations with every new filter set', async ({ page }) => {
  await open(page, '?workFrom=ES&minSalary=50000&unstatedPay=include&posted=30d&type=full-time')
  const scan = await new AxeBuilder({ page }).analyze()
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  )
})

const withStack = (...names: string[]) =>
  SEEKER_ROLES.filter((r) => names.some((name) => r.stack.includes(name)))
    .map((r) => r.title)
    .sort()

test('relevance is the order of a search: the role titled "Python" comes first', async ({
  page,
}) => {
  await open(page, '?q=python')
  // Data Engineer (posted yesterday, Python in its stack) is newer than Python Developer.
  expect((await headings(page))[0]).toBe('Python Developer')
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance')
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('newest')
  expect(query(page)).toBe('?q=python&sort=newest')
  expect((await headings(page))[0]).toBe('Data Engineer')
})

test('searches understand the stack’s other names: golang, k8s, postgres, JS', async ({ page }) => {
  await open(page, '?q=golang')
  expect(await allHeadings(page)).toEqual(withStack('Go'))
  // The stack chip the alias stands for is marked (and the line of text that names it).
  const observability = cards(page).filter({ hasText: 'Observability Engineer' })
  await expect(
    observability.getByRole('list', { name: 'Stack' }).locator('mark', { hasText: /^Go$/ }),
  ).toHaveCount(1)

  await open(page, '?q=k8s')
  expect(await allHeadings(page)).toEqual(withStack('Kubernetes'))
  await open(page, '?q=postgres')
  expect(await allHeadings(page)).toEqual(withStack('PostgreSQL'))
  // "JS": JavaScript, and Node.js by its own word.
  await open(page, '?q=JS')
  expect(await allHeadings(page)).toEqual(withStack('JavaScript', 'Node.js'))
})

test('a search forgives one typo in a longer word, and highlights what it meant', async ({
  page,
}) => {
  await open(page, '?q=kubernets')
  expect(await allHeadings(page)).toEqual(withStack('Kubernetes'))
  await expect(
    cards(page)
      .first()
      .getByRole('list', { name: 'Stack' })
      .locator('mark', { hasText: /^Kubernetes$/ }),
  ).toHaveCount(1)
  await open(page, '?q=pyhton')
  expect(await allHeadings(page)).toEqual(withStack('Python'))
})
