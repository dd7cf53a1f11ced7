import type { Plugin, PluginOption } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { ICON_PREFIX } from './tech-logos-plugin.ts'

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
 * Offline and installable (README, "Offline and installing"). A Workbox service worker
 * precaches the whole built site: the app's files, the board's data files, every posting's
 * prerendered page and the icons, so after one visit the board, any posting page (opened
 * before, bookmarked or not) and the user's own data (in the browser's storage already)
 * work without a network. The hundreds of brand-logo chunks are left out (decorative, and
 * most postings show a few): each is cached when first shown. `/jobs/<id>` is answered by
 * its precached `jobs/<id>.html`, other app routes by index.html.
 *
 * A new deployment installs beside the running one and waits: the app shows "Reload to
 * update" and switches only when the user says so, never under them mid-task.
 */
export function offlinePlugin(): PluginOption[] {
  // Filled as the bundle is written, read when the service worker is generated after it.
  let logoChunks = new Set<string>()
  const findLogoChunks: Plugin = {
    name: 'roleboard-offline-logo-chunks',
    apply: 'build',
    generateBundle(_, bundle) {
      logoChunks = logoChunkFiles(bundle)
    },
  }
  return [
    findLogoChunks,
    VitePWA({
      registerType: 'prompt',
      // The app registers the worker itself, after its first paint (src/app/update-prompt.tsx).
      injectRegister: false,
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
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,txt}'],
        // The board's data and pages are named by content hash or rebuilt together: a new
        // build replaces the old precache at once, nothing stale is kept.
        cleanupOutdatedCaches: true,
        navigateFallback: '/index.html',
        // A big board's text fragments can be large; none is left out silently (the build
        // warns of any file over this size, and the README says what that costs offline).
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        manifestTransforms: [
          (entries) => ({
            manifest: entries.filter((entry) => !logoChunks.has(entry.url.replace(/^\//, ''))),
            warnings: [],
          }),
        ],
        runtimeCaching: [
          {
            // Logos shown once show offline too; their names carry a content hash.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'roleboard-logos', expiration: { maxEntries: 400 } },
          },
        ],
      },
    }),
  ]
}
