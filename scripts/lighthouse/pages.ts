import { readdir } from 'node:fs/promises'
import path from 'node:path'

/** The pages Lighthouse measures: the board, the first posting page in file order and a
 * compare page of the first two. */
export async function startupPages(outDir: string): Promise<string[]> {
  const ids = (await readdir(path.join(outDir, 'jobs')))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort()
  if (ids.length < 2) throw new Error(`${outDir} has fewer than two posting pages`)
  return ['/', `/jobs/${ids[0]}`, `/compare?ids=${ids.slice(0, 2).join(',')}`]
}
