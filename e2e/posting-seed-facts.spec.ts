import { expect, test, type Page } from './fixtures/test.ts'

// The two seeds as issue 3 fixes them: what a reader of each posting must find on its page.
const BACK_MARKET = 'back-market-senior-backend-engineer-payout'
const DEPOP = 'depop-senior-machine-learning-engineer'

const fact = (page: Page, term: string) =>
  page
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: term }) })
    .locator('dd')
const chip = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Stack' })
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) })

test('Back Market: header, stack with notes and logos, hiring process with interview time', async ({
  page,
}) => {
  await page.goto(`/jobs/${BACK_MARKET}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Senior Backend Engineer - Payout',
  )
  await expect(page.getByText('Back Market · Payout team')).toBeVisible()
  await expect(fact(page, 'Seniority')).toHaveText('Senior')
  await expect(fact(page, 'Location')).toContainText('Barcelona')
  await expect(fact(page, 'Location')).toContainText('Spain')
  await expect(fact(page, 'Work mode')).toHaveText('Hybrid · 3 office days a week')
  await expect(page.getByText('Monday in office')).toBeVisible()

  const stack = page.getByRole('region', { name: 'Stack' })
  await expect(stack.getByRole('heading', { name: 'Languages' })).toBeVisible()
  await expect(chip(page, 'Django')).toContainText('being phased out')
  for (const name of ['Python', 'Go', 'PostgreSQL', 'Kubernetes'])
    await expect(chip(page, name).locator('svg[data-logo] path')).toHaveCount(1)

  const hiring = page.getByRole('region', { name: 'Hiring process' })
  await expect(hiring.getByRole('listitem')).toHaveCount(6)
  await expect(hiring.getByRole('listitem').nth(1)).toContainText('1 h')
  await expect(hiring.getByRole('listitem').nth(2)).toContainText('1 h 30 min')
  await expect(hiring).toContainText(
    'Interview time: ≥ 3 h 30 min, 3 steps without a stated duration',
  )

  const similar = page.getByRole('region', { name: 'Similar roles' })
  const depop = similar
    .getByRole('listitem')
    .filter({ hasText: 'Senior Machine Learning Engineer' })
  await expect(depop).toContainText('Python')
  await expect(depop).toContainText('Redis')
  await depop.getByRole('link').click()
  await expect(page).toHaveURL(`/jobs/${DEPOP}`)
})

test('Depop: header and ML stack', async ({ page }) => {
  await page.goto(`/jobs/${DEPOP}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Senior Machine Learning Engineer',
  )
  await expect(page.getByText('Depop · Ranking team')).toBeVisible()
  await expect(fact(page, 'Location')).toHaveText('United Kingdom')
  await expect(fact(page, 'Work mode')).toHaveText('Hybrid')
  await expect(
    page.getByRole('region', { name: 'Stack' }).getByRole('heading', { name: 'Machine learning' }),
  ).toBeVisible()
  await expect(chip(page, 'PyTorch')).toBeVisible()
})

test('comparing the seeds marks the shared stack and hides what agrees', async ({ page }) => {
  await page.goto(`/compare?ids=${BACK_MARKET},${DEPOP}`)
  const row = (name: string | RegExp) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
  await expect(row('Seniority Same for all')).toBeVisible()
  const languages = row('Stack: Languages')
  await expect(languages.getByRole('cell').first()).toContainText('Python, in all roles')
  await expect(languages.getByRole('cell').first()).toContainText('Go, only this role')
  await expect(row('Stack: Databases').getByRole('cell').last()).toContainText(
    'Redis, in all roles',
  )
  await expect(
    row(/^Hiring process/)
      .getByRole('cell')
      .first(),
  ).toContainText('≥ 3 h 30 min')

  await page.getByRole('checkbox', { name: 'Only differences' }).check()
  await expect(page.getByRole('rowheader', { name: /^Seniority/ })).toHaveCount(0)
  await expect(page.getByRole('rowheader', { name: /^Work mode/ })).toHaveCount(0)
  await expect(page.getByRole('rowheader', { name: /^Company/ })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /^Stack: Languages/ })).toBeVisible()
})
