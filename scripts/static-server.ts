import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

// A static host for a production build on a free port (so parallel runs never collide),
// for end-to-end specs and benchmarks that build their own board.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
}

/**
 * Serves a build as a static host would, with `index.html` for other app routes. With
 * `gzip`, text is sent gzip-encoded to clients that accept it, as CDNs and common static
 * hosts do (what Lighthouse and the byte figures should see).
 */
export async function serveBuild(
  outDir: string,
  {
    gzip = false,
    onSent,
  }: {
    gzip?: boolean
    /** Called for each response with its path and the bytes of its body as sent (benchmarks). */
    onSent?: (pathname: string, bytes: number) => void
  } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const compressed = new Map<string, Buffer>()
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = path.join(outDir, path.normalize(pathname))
      if (!file.startsWith(outDir)) file = path.join(outDir, 'index.html')
      let found = await stat(file).catch(() => null)
      // Like vite preview and most static hosts: /jobs/x is answered by jobs/x.html.
      if (!found?.isFile() && !path.extname(file)) {
        found = await stat(`${file}.html`).catch(() => null)
        if (found?.isFile()) file = `${file}.html`
      }
      if (!found?.isFile()) file = path.join(outDir, 'index.html')
      const type = TYPES[path.extname(file)]
      res.setHeader('Content-Type', type ?? 'application/octet-stream')
      const content = await readFile(file)
      // As Netlify and Cloudflare Pages answer by default: cacheable, revalidated on every
      // use, a file's hash as its ETag, so a browser (or the service worker's precache)
      // asking again for a file it holds gets 304 and no body.
      const etag = `"${createHash('sha1').update(content).digest('base64url')}"`
      res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
      res.setHeader('ETag', etag)
      const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      if (gzip && type) res.setHeader('Vary', 'Accept-Encoding')
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304
        onSent?.(pathname, 0)
        res.end()
        return
      }
      if (gzip && type && accepts) {
        let body = compressed.get(etag)
        if (!body) compressed.set(etag, (body = gzipSync(content)))
        res.setHeader('Content-Encoding', 'gzip')
        onSent?.(pathname, body.length)
        res.end(body)
        return
      }
      onSent?.(pathname, content.length)
      res.end(content)
    })().catch(() => {
      res.statusCode = 500
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
