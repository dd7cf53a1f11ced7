import { availableParallelism, loadavg } from 'node:os'
import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs'

const port = Number(process.env.E2E_PORT ?? 4173)
const browser = findBrowser()
// Timeouts here catch hangs; speed is held by the benchmarks. On a machine whose cores are
// shared by other builds every step takes several times longer (an axe scan of the board
// took over 30 s at a load average of 18 on 2 cores), so the limits grow with the load
// found at the start: 1x on an idle machine, at most 4x. The load at the start says little
// of the load during the run (the project's CI starts the e2e tests on a quiet machine and
// then runs two browsers on its 2 cores): there tests took up to 27 s of the default 30, and
// the first reading of a pasted posting overran 5 s. So the bases are twice Playwright's.
const loadFactor = Math.min(4, Math.max(1, Math.ceil((loadavg()[0] ?? 0) / availableParallelism())))

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000 * loadFactor,
  expect: { timeout: 10_000 * loadFactor },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // No host resolves but the app's own (127.0.0.1, localhost): a
      // request to another host fails at once and leaves nothing, without a Playwright
      // route (which would make Chromium bypass the service worker). e2e/fixtures/test.ts
      // fails the test that made it.
      args: [
        ...CHROMIUM_ARGS,
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
      ...(browser?.executablePath ? { executablePath: browser.executablePath } : {}),
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The real production build, served as a static host would.
    // SITE_ORIGIN as a deployment sets it (README, "Deploy"): the build under test writes
    // its sitemap and canonical links for the address it is served at.
    command: `SITE_ORIGIN=http://127.0.0.1:${port} npm run build && npm run preview -- --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000 * loadFactor,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
