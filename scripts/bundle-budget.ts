import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/** First-load JavaScript budget of the board route, in kB (1000 bytes, as Vite prints). */
export const FIRST_LOAD_BUDGET_KB = 150

export type FirstLoad = { files: { file: string; gzip: number }[]; gzip: number }

/**
 * The JavaScript a browser must fetch before the board can render: the entry script of
 * index.html and every chunk it preloads (its static imports). Lazy routes are excluded.
 */
export function firstLoadJs(outDir: string): FirstLoad {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8')
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!)
  const files = [...new Set(refs)].map((ref) => {
    const file = path.join(outDir, ref.replace(/^\//, ''))
    return {
      file: path.relative(outDir, file),
      gzip: gzipSync(readFileSync(file)).length,
    }
  })
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) }
}

export const kb = (bytes: number) => (bytes / 1000).toFixed(1)

/** Prints the board route's first-load JavaScript after every build. */
export function bundleBudgetPlugin(): Plugin {
  let outDir = 'dist'
  // After a failed build there is no fresh output to measure: reading a stale or missing
  // dist/ would print a wrong figure or hide the build's own error.
  let failed = false
  return {
    name: 'roleboard-bundle-budget',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    buildStart() {
      failed = false
    },
    buildEnd(error) {
      failed = Boolean(error)
    },
    closeBundle() {
      if (failed) return
      const load = firstLoadJs(outDir)
      const over = load.gzip > FIRST_LOAD_BUDGET_KB * 1000
      console.log(
        `${over ? '✗' : '✓'} first-load JS for the board route: ${kb(load.gzip)} kB gzip ` +
          `(${load.files.length} file${load.files.length === 1 ? '' : 's'}; budget ${FIRST_LOAD_BUDGET_KB} kB)`,
      )
    },
  }
}
