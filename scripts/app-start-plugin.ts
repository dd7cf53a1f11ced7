import type { Plugin } from 'vite'
import { deferAppStart } from '../src/app/app-start.ts'

/**
 * Moves the built index.html's module script and preloads into the app-start template
 * (src/app/app-start.ts), so the first paint needs only the HTML and the style sheet; the
 * boot script starts the app after it. Build only: the dev server starts it as usual.
 */
export function appStartPlugin(): Plugin {
  return {
    name: 'roleboard-app-start',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => deferAppStart(html) },
  }
}
