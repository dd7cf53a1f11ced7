import type { Plugin, PluginOption } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { ICON_PREFIX } from './tech-logos-plugin.ts'
import { dataPaths } from '../src/model/board-files.ts'
import type { BoardData } from './board-data.ts'
import type { CpuMeter } from './build-cpu.ts'

/** What this needs of a bundle's file (a chunk or an asset). */
type BundleFile = { type: string; fileName: string; facadeModuleId?: string | null }

/**
 * The files of the brand-logo chunks in a bundle: the chunks made from one logo's module
 * (scripts/tech-logos-plugin.ts). Known by their module, not their name: a logo's chunk and
 * a library's share names (`react-<hash>.js` is React itself and React's logo).
 */
export function logoChunkFiles(bundle: Record<string, BundleFile>): Set<string> {
  const files = new Set<string>()
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && file.facadeModuleId?.startsWith(`\0${ICON_PREFIX}`)) {
      files.add(file.fileName)
    }
  }
  return files
}

/**
 * The import page's parser worker: the parser with its word lists and gazetteer, about
 * 300 kB gzip, several times the rest of the precache at 1,000 postings. It is fetched when
 * the user first parses a posting and kept then (the `/assets/` rule below), so a first
 * visit to the board does not pay for it.
 */
const PARSER_WORKER = /^assets\/parse\.worker-[\w-]+\.js$/
const PARSER_WORKER_GLOB = 'assets/parse.worker-*.js'

/** A file's name as a glob that matches it alone. */
const globLiteral = (file: string) => file.replace(/[*?[\]{}()!+@\\]/g, '\\$&')

/** A built file of the board's data, as `data/<hash>/<file>`; `file` is its path inside the folder. */
const DATA_FILE = /^data\/[^/]+\/(.+)$/

/**
 * Whether a built file (a precache URL, leading slash or not) is in the precache: the app
 * shell, so the app and its board open offline after one visit, and nothing that grows
 * with the board. Left out: each posting's page (`jobs/`) and file (`postings/`), the card
 * chunks past the board's first screen and the text fragments, and the parser worker;
 * they are cached at run time when first fetched. Kept: the board's index and ids, and `firstCards`, the card
 * chunks of the default view's first screen (paths inside the data folder), which the
 * first visit fetched before the worker existed.
 */
export function inPrecache(url: string, firstCards: ReadonlySet<string>): boolean {
  const file = url.replace(/^\//, '')
  if (file.startsWith('jobs/')) return false
  if (PARSER_WORKER.test(file)) return false
  const data = DATA_FILE.exec(file)
  if (!data) return true
  const inFolder = data[1]!
  return inFolder === 'index.json' || inFolder === 'ids.json' || firstCards.has(inFolder)
}

/** What the postings plugin (scripts/postings-plugin.ts) offers other plugins. */
type PostingsApi = { board(): Promise<BoardData> }

/**
 * Offline and installable (README, "Offline and installing"). A Workbox service worker
 * precaches the app shell (inPrecache): the app's files, the board's index and first cards,
 * the icons and the manifest; a deployment costs a returning visitor about the same
 * whatever the board's size. The board's other data files (postings, cards, text
 * fragments) are cached when the app first fetches them (a bookmark fetches its posting's
 * file at once), so a posting opened or bookmarked before opens offline. A posting page's
 * navigation goes to the network (its prerendered page); offline, the app shell answers and
 * renders the posting from its cached file. The hundreds of brand-logo chunks are cached
 * when first shown.
 *
 * A new deployment installs beside the running one and waits: the app shows "Reload to
 * update" and switches only when the user says so, never under them mid-task. The first
 * install takes control of the open page at once (nothing older runs it), so what the
 * first visit opens after that is cached already.
 */
export function offlinePlugin({ cpu }: { cpu?: CpuMeter } = {}): PluginOption[] {
  // Filled as the bundle is written, read when the service worker is generated after it.
  let logoChunks = new Set<string>()
  let firstCards = new Set<string>()
  let dataFolder = ''
  let postings: PostingsApi | undefined
  const findShellFiles: Plugin = {
    name: 'roleboard-offline-shell-files',
    apply: 'build',
    configResolved(config) {
      postings = config.plugins.find((plugin) => plugin.name === 'roleboard-postings')?.api as
        PostingsApi | undefined
    },
    async generateBundle(_, bundle) {
      logoChunks = logoChunkFiles(bundle)
      if (!postings) this.error('the offline plugin needs the postings plugin')
      const board = await postings.board()
      firstCards = new Set(board.firstChunks.map(dataPaths.card))
      dataFolder = `data/${board.hash}/`
    },
  }
  // Never globbed (so never read and hashed): what grows with the board, the brand-logo
  // chunks (hundreds of files, named only once the bundle is made) and the parser worker.
  // inPrecache, below, is the rule; these spare the precache's glob the files it drops.
  const globIgnores = ['jobs/**', 'data/*/postings/**', 'data/*/text/**', 'data/*/cards/**']
  const pwa = VitePWA({
    registerType: 'prompt',
    // The app registers the worker itself, after its first paint (src/app/update-prompt.tsx).
    injectRegister: false,
    // The worker is src/app/sw.ts, bundled by Vite; the precache list is
    // written into it. (Workbox's generated worker cost a build several seconds of
    // Rollup, Babel and Terser for the same few lines.)
    strategies: 'injectManifest',
    srcDir: 'src/app',
    filename: 'sw.ts',
    manifest: {
      name: 'Roleboard',
      short_name: 'Roleboard',
      description: 'Software job postings you can filter, compare and share, offline.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#4f46e5',
      icons: [
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: '/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    injectManifest: {
      // A classic script, as the app registers it.
      rollupFormat: 'iife',
      globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,txt}'],
      globIgnores: [...globIgnores, PARSER_WORKER_GLOB],
      // Named by content (assets by hash, the board's data in a folder named by a hash of
      // every posting): fetched with no cache-busting revision, so the precache reuses what
      // the visit just loaded (a 304 from a host that revalidates) instead of loading the
      // app and the board's index a second time.
      dontCacheBustURLsMatching: /^(?:assets\/|data\/[0-9a-f]+\/)/,
      // A big board's index can be large; it is never left out silently.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      manifestTransforms: [
        (entries) => ({
          manifest: entries.filter(
            (entry) =>
              !logoChunks.has(entry.url.replace(/^\//, '')) && inPrecache(entry.url, firstCards),
          ),
          warnings: [],
        }),
      ],
    },
    integration: {
      // Once the bundle is written: its logo chunks left unglobbed, and the first cards
      // (the only card chunks in the precache) listed by name.
      beforeBuildServiceWorker(options) {
        options.injectManifest.globIgnores = [
          ...globIgnores,
          PARSER_WORKER_GLOB,
          ...[...logoChunks].map(globLiteral),
        ]
        options.injectManifest.additionalManifestEntries = [
          ...(options.injectManifest.additionalManifestEntries ?? []),
          ...[...firstCards].map((card) => ({ url: `${dataFolder}${card}`, revision: null })),
        ]
      },
    },
  })
  return [findShellFiles, ...(cpu ? pwa.map((plugin) => timedServiceWorker(plugin, cpu)) : pwa)]
}

/**
 * The PWA plugin's build part with its service worker's generation (its closeBundle: the
 * precache list globbed from the output folder, the worker written) counted as a phase of
 * the build's CPU time; it runs alone, as closeBundle hooks run in turn.
 */
function timedServiceWorker(plugin: Plugin, cpu: CpuMeter): Plugin {
  const hook = plugin.closeBundle
  if (plugin.name !== 'vite-plugin-pwa:build' || !hook || typeof hook === 'function') return plugin
  const { handler } = hook
  return {
    ...plugin,
    closeBundle: {
      ...hook,
      handler(...args) {
        return cpu.time('service worker', () => handler.apply(this, args))
      },
    },
  }
}
