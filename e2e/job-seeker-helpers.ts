import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { roleCount } from './board-helpers.ts'
import { test, type Page } from './fixtures/test.ts'
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

/**
 * Builds and serves the job-seeker board once for the spec file that calls this (its tests
 * run one after another in one worker), and gives the way to open it: the board at a
 * query, once the app has taken over, with its role count.
 */
export function seekerBoardForThisFile(): (page: Page, query?: string) => Promise<number> {
  let site: Awaited<ReturnType<typeof serveSeekerBoard>> | undefined
  test.describe.configure({ mode: 'default' })
  test.beforeAll(async () => {
    test.setTimeout(240_000)
    site = await serveSeekerBoard()
  })
  test.afterAll(async () => site?.close())
  return async (page, query = '') => {
    if (!site) throw new Error('the job-seeker board is not served')
    await page.goto(`${site.url}/${query}`)
    return roleCount(page)
  }
}
