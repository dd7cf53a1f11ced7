// Finds a Chromium for Playwright. Shared by playwright.config.ts and scripts/test.mjs.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Flags that keep Chromium from calling home: this machine has no internet. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
]

/**
 * @returns {{ kind: 'playwright' | 'system' | 'env', executablePath?: string } | null}
 */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return { kind: 'env', executablePath: fromEnv }
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return { kind: 'playwright' }
  } catch {
    // Playwright has no browser of its own installed.
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { kind: 'system', executablePath: SYSTEM_CHROMIUM }
  return null
}
