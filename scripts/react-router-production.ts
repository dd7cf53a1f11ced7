import { fileURLToPath } from 'node:url'
import type { Alias } from 'vite'

// React Router's package exports point every import at its development build (warnings,
// invariant messages: remix-run/react-router#14102); a production build takes the
// production one it ships beside it: fewer bytes to load and less code to run at startup,
// and at build time, where the prerender renders every posting page through the router,
// less CPU (its development build checks and warns on every page).
const production = (file: string) =>
  fileURLToPath(new URL(`../node_modules/react-router/dist/production/${file}`, import.meta.url))

/** Aliases that resolve `react-router` and `react-router/dom` to their production builds. */
export const reactRouterProduction: Alias[] = [
  { find: /^react-router$/, replacement: production('index.mjs') },
  { find: /^react-router\/dom$/, replacement: production('dom-export.mjs') },
]
