import type { Plugin, Rolldown } from 'vite'
import { deferAppStart } from '../src/app/app-start.ts'
import { staticClosure } from './chunk-graph.ts'

/**
 * Modules the entry imports dynamically at startup, before its first render: React DOM's
 * renderer, so that its evaluation is a task of its own (src/app/main.tsx).
 */
export const START_IMPORTS = [/[\\/]node_modules[\\/]react-dom[\\/]client\.js$/]

/**
 * The chunks the entry needs before its first render: its static imports and the chunks of
 * its dynamic imports at startup (START_IMPORTS) with their static imports, preloaded with
 * the entry so the app never waits for the network between its steps.
 */
export function startChunks(entry: Rolldown.OutputChunk, bundle: Rolldown.OutputBundle): string[] {
  const startImports = entry.dynamicImports.filter((file) => {
    const chunk = bundle[file]
    const id = chunk?.type === 'chunk' ? chunk.facadeModuleId : null
    return id !== null && START_IMPORTS.some((pattern) => pattern.test(id))
  })
  const found = staticClosure(bundle, [...entry.imports, ...startImports])
  found.delete(entry.fileName)
  return [...found]
}

/**
 * Preloads the app's start chunks (startChunks) and moves the built index.html's module
 * script and preloads into the app-start template (src/app/app-start.ts), so the first
 * paint needs only the HTML and the style sheet; the boot script starts the app after it.
 * Build only: the dev server starts it as usual.
 */
export function appStartPlugin(): Plugin {
  return {
    name: 'roleboard-app-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { chunk, bundle, server }) {
        if (server || !chunk || !bundle) return deferAppStart(html)
        const base = '/'
        const have = new Set(
          [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
        )
        const links = startChunks(chunk, bundle)
          .map((file) => `${base}${file}`)
          .filter((href) => !have.has(href))
          .map((href) => `<link rel="modulepreload" crossorigin href="${href}">`)
          .join('')
        return deferAppStart(html.replace('</head>', () => `${links}</head>`))
      },
    },
  }
}
