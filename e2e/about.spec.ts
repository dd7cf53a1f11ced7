import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures/test.ts'
import { buildBoard, serveBuild } from './own-build'

// Postings written for this test: two files of one role (merged), two other roles, two
// files that are not postings, a draft folder and a symbolic link.
const role = (city: string, title: string, company = 'Acme') => `---
company: ${company}
---
${title}

Location: ${city}

We are hiring to build the services behind our payments product. You will write Go and
PostgreSQL every day, review each other's code and own what you ship.

Requirements
- 3+ years building backend services in Go
- Experience with PostgreSQL and Kafka
`

const FILES: Record<string, string> = {
  'acme-berlin.txt': role('Berlin, Germany', 'Backend Engineer'),
  'boards/acme-berlin-again.md': role('Berlin, Germany', 'Backend Engineer'),
  'acme-paris.txt': role('Paris, France', 'Backend Engineer'),
  'globex.txt': role('Madrid, Spain', 'Data Engineer', 'Globex'),
  'lunch-menu.txt':
    'Our café serves breakfast from 8am. Try the pancakes and fresh orange juice on the terrace.',
  'scan.pdf': '%PDF-1.4 not text',
  '_drafts/next.txt': role('Rome, Italy', 'Draft Engineer'),
}

let folder = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'roleboard-about-'))
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true })
    await writeFile(path.join(folder, name), text)
  }
  const outside = await mkdtemp(path.join(tmpdir(), 'roleboard-outside-'))
  await writeFile(path.join(outside, 'elsewhere.txt'), role('Lisbon, Portugal', 'QA Engineer'))
  await symlink(path.join(outside, 'elsewhere.txt'), path.join(folder, 'linked.txt'))
})

test('the build names every failed file in one report and stops', async () => {
  test.slow()
  const build = await buildBoard({ POSTINGS_DIR: folder })
  expect(build.ok).toBe(false)
  expect(build.output).toContain('3 of 7 posting files failed')
  expect(build.output).toMatch(/lunch-menu\.txt: not a job posting/)
  expect(build.output).toMatch(/scan\.pdf: unsupported file type/)
  expect(build.output).toMatch(/linked\.txt: a symbolic link/)
  expect(build.output).not.toContain('next.txt')
})

test('with POSTINGS_ON_ERROR=skip the About page lists what was left out and merged', async ({
  page,
}) => {
  test.slow()
  const build = await buildBoard({ POSTINGS_DIR: folder, POSTINGS_ON_ERROR: 'skip' })
  expect(build.ok, build.output).toBe(true)
  expect(build.output).toMatch(/postings: 7 files → 3 postings \(1 merged, 3 skipped\) in [\d.]+ s/)
  const server = await serveBuild(build.outDir)
  try {
    // The board: one card for the role posted twice, no draft.
    await page.goto(`${server.url}/`)
    const results = page.getByRole('region', { name: 'Results' })
    await expect(results.getByRole('article')).toHaveCount(3)
    await expect(results.getByRole('heading', { name: 'Backend Engineer' })).toHaveCount(2)
    await expect(results.getByRole('heading', { name: 'Draft Engineer' })).toHaveCount(0)

    // Reached from the layout, as a user would.
    await page.getByRole('link', { name: 'About this board' }).click()
    await expect(page).toHaveURL(/\/about$/)
    await expect(page.getByRole('heading', { level: 1, name: 'About this board' })).toBeVisible()
    const facts = page.locator('dl')
    const counts: [string, string][] = [
      ['Files', '7'],
      ['Postings', '3'],
      ['Merged', '1'],
      ['Skipped', '3'],
    ]
    for (const [label, value] of counts)
      await expect(facts.getByText(label, { exact: true }).locator('..')).toContainText(value)
    await expect(page.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)

    const table = page.getByRole('table', { name: 'Posting files the board was built without' })
    const rows = table.getByRole('row')
    await expect(rows).toHaveCount(4)
    await expect(rows.nth(1)).toContainText('linked.txt')
    await expect(rows.nth(1)).toContainText('symbolic link')
    await expect(rows.nth(2)).toContainText('lunch-menu.txt')
    await expect(rows.nth(2)).toContainText('not a job posting')
    await expect(rows.nth(3)).toContainText('scan.pdf')
    await expect(rows.nth(3)).toContainText('unsupported file type')

    const merged = page.getByRole('region', { name: /Roles found in several files/ })
    await expect(merged).toContainText('acme-berlin.txt, boards/acme-berlin-again.md')
    await merged.getByRole('link', { name: 'acme-backend-engineer-berlin' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Backend Engineer' })).toBeVisible()

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await page.goto(`${server.url}/about`)
      await expect(table).toBeVisible()
      const scan = await new AxeBuilder({ page }).analyze()
      expect(
        scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([])
    }
  } finally {
    await server.close()
  }
})
