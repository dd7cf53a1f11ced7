import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildBoard, serveBuild } from './own-build.ts'
import { writeSeekerBoard } from './fixtures/job-seeker-board.ts'

/** A production build of the job-seeker board, served on a free port. */
export async function serveSeekerBoard(): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'roleboard-seeker-'))
  await writeSeekerBoard(path.join(dir, 'postings'))
  const build = await buildBoard({ POSTINGS_DIR: path.join(dir, 'postings') })
  if (!build.ok) throw new Error(`build failed:\n${build.output}`)
  const site = await serveBuild(build.outDir)
  return {
    url: site.url,
    async close() {
      await site.close()
      await rm(dir, { recursive: true, force: true })
      await rm(build.outDir, { recursive: true, force: true })
    },
  }
}
