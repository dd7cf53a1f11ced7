// `npm run icons`: the app's PNG icons (web app manifest, Apple touch icon), drawn from
// its SVGs by Chromium so they match the favicon exactly. Run after changing an SVG;
// the PNGs are committed, so a build needs no browser.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs'

/** Each PNG: the SVG it is drawn from (in public/) and its size in pixels. */
export const ICONS = [
  { file: 'icon-192.png', from: 'favicon.svg', size: 192 },
  { file: 'icon-512.png', from: 'favicon.svg', size: 512 },
  // Maskable: full bleed, the letter inside the safe circle (80% of the width).
  { file: 'icon-maskable-512.png', from: 'icon-maskable.svg', size: 512 },
  { file: 'apple-touch-icon.png', from: 'icon-maskable.svg', size: 180 },
]

const publicDir = path.resolve('public')
const found = findBrowser()
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
})
try {
  const page = await browser.newPage()
  for (const icon of ICONS) {
    const svg = await readFile(path.join(publicDir, icon.from), 'utf8')
    await page.setViewportSize({ width: icon.size, height: icon.size })
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:100vw;height:100vh}</style>${svg}`,
    )
    const png = await page.screenshot({ omitBackground: true })
    await writeFile(path.join(publicDir, icon.file), png)
    console.log(`public/${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`)
  }
} finally {
  await browser.close()
}
