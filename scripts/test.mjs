// `npm test`: every unit test, then every end-to-end test in a Chromium found (or
// installed) here. Prints what it did about the browser, and one closing tally.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { findBrowser } from './browser.mjs'

const e2eOnly = process.argv.includes('--e2e-only')
const passThrough = process.argv.slice(2).filter((arg) => arg !== '--e2e-only')
const reports = path.resolve('.test-reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

function say(message) {
  console.log(`\n[test] ${message}`)
}

function ensureBrowser() {
  let browser = findBrowser()
  if (browser) {
    say(
      browser.kind === 'playwright'
        ? "Using Playwright's installed Chromium."
        : `Using the Chromium at ${browser.executablePath}.`,
    )
    return true
  }
  say("No Chromium found. Trying Playwright's installer (npx playwright install chromium) ...")
  if (run('npx', ['playwright', 'install', 'chromium']) === 0 && (browser = findBrowser())) {
    say("Installed Playwright's Chromium.")
    return true
  }
  const sudo = process.getuid?.() === 0 ? [] : ['sudo']
  say(
    `Playwright's installer failed. Installing Debian's chromium with ${sudo.length ? 'sudo ' : ''}apt-get ...`,
  )
  const env = { DEBIAN_FRONTEND: 'noninteractive' }
  const apt = (...args) =>
    sudo.length ? run('sudo', ['apt-get', ...args], env) : run('apt-get', args, env)
  if (apt('update') === 0 && apt('install', '-y', 'chromium') === 0 && (browser = findBrowser())) {
    say(`Installed Debian's chromium at ${browser.executablePath}.`)
    return true
  }
  say('Could not find or install a Chromium: end-to-end tests cannot run.')
  return false
}

function tally(file, pick) {
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return { passed: 0, failed: 0, skipped: 0 }
  }
}

let unit = { passed: 0, failed: 0, skipped: 0 }
let unitStatus = 0
if (!e2eOnly) {
  say('Unit tests (vitest)')
  const json = path.join(reports, 'unit.json')
  unitStatus = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
    ...passThrough,
  ])
  unit = tally(json, (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + (r.numTodoTests ?? 0),
  }))
  if (unitStatus !== 0 && unit.failed === 0) unit.failed = 1
}

let e2e = { passed: 0, failed: 0, skipped: 0 }
let e2eStatus = 1
if (ensureBrowser()) {
  say('End-to-end tests (Playwright, production build)')
  const json = path.join(reports, 'e2e.json')
  e2eStatus = run(
    'npx',
    ['playwright', 'test', '--reporter=list,json', ...(e2eOnly ? passThrough : [])],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: json,
    },
  )
  e2e = tally(json, (r) => ({
    passed: (r.stats.expected ?? 0) + (r.stats.flaky ?? 0),
    failed: r.stats.unexpected ?? 0,
    skipped: r.stats.skipped ?? 0,
  }))
  if (e2eStatus !== 0 && e2e.failed === 0) e2e.failed = 1
} else {
  e2e.failed = 1
}

const passed = unit.passed + e2e.passed
const failed = unit.failed + e2e.failed
const skipped = unit.skipped + e2e.skipped
console.log(`\nunit: ${unit.passed} passed, e2e: ${e2e.passed} passed`)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(unitStatus === 0 && e2eStatus === 0 ? 0 : 1)
