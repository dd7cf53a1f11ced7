import path from 'node:path'
import { expect, test } from './fixtures/test.ts'
import { FIRST_LOAD_BUDGET_KB, firstLoadJs, kb } from '../scripts/bundle-budget.ts'

// The web server of this run built dist/ from the seeds just before the tests started.
test(`the board route loads at most ${FIRST_LOAD_BUDGET_KB} kB of JavaScript (gzip)`, async ({
  page,
}) => {
  const load = firstLoadJs(path.resolve('dist'))
  expect(load.files.length).toBeGreaterThan(0)
  const detail = load.files.map((f) => `${f.file} ${kb(f.gzip)} kB`).join(', ')
  expect(load.gzip, `first-load JS: ${detail}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB * 1000)

  // And those are the scripts the board really asks for first (no lazy route among them).
  const requested: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname)
  })
  await page.goto('/')
  await expect(page.locator('#result-count strong')).toBeVisible()
  for (const file of load.files) expect(requested).toContain(`/${file.file}`)
})
