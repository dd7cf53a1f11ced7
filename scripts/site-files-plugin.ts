import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Plugin } from 'vite'
import type { BoardData } from './board-data.ts'
import { postingPath, robotsTxt, siteOrigin, sitemapXml, withCanonical } from './site-files.ts'

/** What the postings plugin offers other plugins: the board it built. */
export type PostingsApi = { board: () => Promise<BoardData> }

/**
 * robots.txt always; with SITE_ORIGIN, also sitemap.xml (the board and every open role's
 * page) and a canonical link on the board (each prerendered posting page gets its own as
 * the postings plugin writes it).
 */
export function siteFilesPlugin(): Plugin {
  const origin = siteOrigin(process.env.SITE_ORIGIN)
  let outDir = 'dist'
  let postings: PostingsApi | undefined
  let failed = false
  return {
    name: 'roleboard-site-files',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
      postings = config.plugins.find((plugin) => plugin.name === 'roleboard-postings')?.api as
        PostingsApi | undefined
      if (!postings) throw new Error('site files need the postings plugin (roleboard-postings)')
    },
    buildEnd(error) {
      failed = Boolean(error)
    },
    transformIndexHtml(html) {
      return origin ? withCanonical(html, `${origin}/`) : html
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robotsTxt(origin) })
    },
    // Before the offline plugin's closeBundle lists the site to precache it.
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        if (failed || !origin || !postings) return
        const board = await postings.board()
        // Open roles only: a closed role's page still answers its link, but is not offered.
        const pages = ['/', ...board.rows.map((posting) => postingPath(posting.id))]
        await writeFile(path.join(outDir, 'sitemap.xml'), sitemapXml(origin, pages))
      },
    },
  }
}
