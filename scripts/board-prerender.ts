import path from 'node:path'
import react from '@vitejs/plugin-react'
import { createServer, type Plugin } from 'vite'
import type { BoardFirstView } from '../src/app/prerender-board.tsx'

/**
 * Renders the board's first view (src/app/prerender-board.tsx: the app's own components)
 * to HTML at build time. The app's modules use the `@/` alias, TSX and the
 * `virtual:board-data` module, so they are loaded through a Vite server in SSR mode (no
 * HTTP, no watcher), given this build's `virtual:board-data` (`boardDataModule`).
 */
export async function prerenderBoard(
  root: string,
  boardDataModule: string,
  firstView: BoardFirstView,
): Promise<string> {
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
    resolve: { alias: { '@': path.join(root, 'src') } },
    plugins: [react(), virtualBoardData],
  })
  try {
    const module = (await server.ssrLoadModule(
      '/src/app/prerender-board.tsx',
    )) as typeof import('../src/app/prerender-board.tsx')
    return await module.renderBoardFirstView(firstView)
  } finally {
    await server.close()
  }
}
