import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { appStartBootSource, staleViewBootSource } from '../src/app/app-start.ts'
import { INTL_WARMUP_SOURCE, intlWarmupStart } from '../src/app/intl-warmup.ts'
import { earlyApplyBootSource } from '../src/components/apply/early-apply.ts'
import { DENSITY } from '../src/lib/density.ts'
import { settingBootSource } from '../src/lib/html-setting.ts'
import { THEME } from '../src/lib/theme.ts'

/**
 * Writes the boot script (the theme of src/lib/theme.ts, the cards' density of
 * src/lib/density.ts, the stale-view guard of the board's prerendered first view in
 * src/app/static-pages.ts, an Apply clicked before the app took over of
 * src/components/apply/early-apply.ts, and the app's start after the first paint of src/app/app-start.ts,
 * with the Intl warm-up worker of src/app/intl-warmup.ts, a file of its own too)
 * as its own file, named by its content,
 * and loads it first in the head of index.html (and so of every prerendered page, which is
 * built from it) as a classic script: it runs before the body paints.
 */
export function themeBootPlugin(): Plugin {
  const named = (name: string, source: string) =>
    `assets/${name}-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.js`
  const warmupFile = named('intl-warmup', INTL_WARMUP_SOURCE)
  let base = '/'
  let boot = { fileName: '', source: '' }
  return {
    name: 'roleboard-theme-boot',
    configResolved(config) {
      base = config.base
      const source =
        settingBootSource(THEME) +
        settingBootSource(DENSITY) +
        staleViewBootSource() +
        earlyApplyBootSource() +
        appStartBootSource({ onStart: intlWarmupStart(`${base}${warmupFile}`) })
      boot = { fileName: named('theme-boot', source), source }
    },
    configureServer(server) {
      for (const { fileName, source } of [
        boot,
        { fileName: warmupFile, source: INTL_WARMUP_SOURCE },
      ])
        server.middlewares.use(`${base}${fileName}`, (_req, res) => {
          res.setHeader('Content-Type', 'text/javascript')
          res.end(source)
        })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: boot.fileName, source: boot.source })
      this.emitFile({ type: 'asset', fileName: warmupFile, source: INTL_WARMUP_SOURCE })
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'script', attrs: { src: `${base}${boot.fileName}` }, injectTo: 'head' },
      ],
    },
  }
}
