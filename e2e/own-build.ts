import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * For specs that need a board built from their own postings folder rather than the one
 * the shared web server serves: a production build of it, and a static server for it on a
 * free port (so parallel runs and other engineers' servers never collide).
 */
export type OwnBuild = { ok: boolean; outDir: string; output: string }

export async function buildBoard(env: Record<string, string>): Promise<OwnBuild> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'roleboard-e2e-build-'))
  const vite = path.resolve('node_modules/.bin/vite')
  const run = spawnSync(vite, ['build', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  return { ok: run.status === 0, outDir, output: `${run.stdout}\n${run.stderr}` }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/** Serves a build as a static host would, with `index.html` for app routes. */
export async function serveBuild(
  outDir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = path.join(outDir, path.normalize(pathname))
      if (!file.startsWith(outDir)) file = path.join(outDir, 'index.html')
      const found = await stat(file).catch(() => null)
      if (!found?.isFile()) file = path.join(outDir, 'index.html')
      res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream')
      res.end(await readFile(file))
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
