import path from 'node:path'
import react from '@vitejs/plugin-react'
import { createServer, type Plugin } from 'vite'
import type { BoardFirstView } from '../src/app/prerender-board.tsx'
import type { PostingCard, PostingFile } from '../src/model/board-files.ts'
import { reactRouterProduction } from './react-router-production.ts'
import { techLogosPlugin } from './tech-logos-plugin.ts'

export type Prerenderer = {
  /** The board's first view (src/app/prerender-board.tsx). */
  board: (firstView: BoardFirstView) => Promise<string>
  /** A posting's page with its similar roles' cards (src/app/prerender-pages.tsx). */
  posting: (file: PostingFile, cards: ReadonlyMap<number, PostingCard[]>) => Promise<string>
  /** The compare page while its roles load. */
  compareShell: (ids: readonly [string, string]) => Promise<string>
  close: () => Promise<void>
}

/**
 * Renders the app's routes to HTML at build time with the app's own components. The app's
 * modules use the `@/` alias, TSX and virtual modules (`virtual:board-data`, given this
 * build's `boardDataModule`; `virtual:tech-logos`), so they are loaded through one Vite
 * server in SSR mode (no HTTP, no watcher) that renders every page of the build.
 */
export async function openPrerenderer(root: string, boardDataModule: string): Promise<Prerenderer> {
  const virtualBoardData: Plugin = {
    name: 'roleboard-prerender-board-data',
    resolveId: (id) => (id === 'virtual:board-data' ? '\0virtual:board-data' : undefined),
    load: (id) => (id === '\0virtual:board-data' ? boardDataModule : undefined),
  }
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    clearScreen: false,
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    resolve: {
      alias: [{ find: '@', replacement: path.join(root, 'src') }, ...reactRouterProduction],
    },
    plugins: [react(), virtualBoardData, techLogosPlugin()],
  })
  try {
    const board = (await server.ssrLoadModule(
      '/src/app/prerender-board.tsx',
    )) as typeof import('../src/app/prerender-board.tsx')
    const pages = (await server.ssrLoadModule(
      '/src/app/prerender-pages.tsx',
    )) as typeof import('../src/app/prerender-pages.tsx')
    return {
      board: board.renderBoardFirstView,
      posting: pages.renderPostingPage,
      compareShell: pages.renderCompareShell,
      close: () => server.close(),
    }
  } catch (error) {
    await server.close()
    throw error
  }
}
