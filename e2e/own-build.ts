import { spawnSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
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
  // A build that fails without a word from vite was stopped from outside: say how, so a
  // failure in CI names its cause (a signal, a spawn error) instead of a bare "false".
  const how = [
    run.signal ? `vite was stopped by ${run.signal}` : '',
    run.error ? `vite could not run: ${run.error.message}` : '',
    run.status !== 0 && run.status !== null ? `vite exited with status ${run.status}` : '',
  ].filter(Boolean)
  return { ok: run.status === 0, outDir, output: [run.stdout, run.stderr, ...how].join('\n') }
}

export { serveBuild } from '../scripts/static-server.ts'
