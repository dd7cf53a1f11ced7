import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { CLOSED_FOLDER } from '../ingest/files.ts'
import { writeFileAtomic } from './atomic.ts'
import { markClosed, renderRoleFile, roleFileName, withoutCaptureDate } from './role-file.ts'
import type { Listing, Source, SourceSummary } from './types.ts'

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return null
  }
}

async function roleFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.md') && !/^[._]/.test(e.name))
      .map((e) => e.name)
  } catch {
    return []
  }
}

/**
 * Brings `postings/<folder>/` in line with what the source lists now: new roles are
 * written, changed ones rewritten, unchanged files left byte for byte (a new capture date
 * alone is no change), and roles the source no longer lists moved to
 * `postings/.closed/<folder>/` with `closedAt:`. A role listed again comes back from there.
 * Roles the source could not give this time (`listing.failed`) are left as they are.
 */
export async function syncSource(
  postingsDir: string,
  source: Source,
  listing: Listing,
  today: string,
): Promise<SourceSummary> {
  const summary: SourceSummary = {
    folder: source.folder,
    new: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    failed: listing.failed.length,
    errors: listing.failed.map((f) => `${f.id}: ${f.reason}`),
  }
  const openDir = path.join(postingsDir, source.folder)
  const closedDir = path.join(postingsDir, CLOSED_FOLDER, source.folder)
  const listed = new Set<string>()
  for (const id of listing.failed.map((f) => f.id)) listed.add(roleFileName(id))
  for (const role of listing.roles) {
    const name = roleFileName(role.id)
    if (listed.has(name)) continue
    listed.add(name)
    const file = path.join(openDir, name)
    const text = renderRoleFile(role, source, today)
    const before = await readText(file)
    if (before !== null && withoutCaptureDate(before) === withoutCaptureDate(text)) {
      summary.unchanged++
      continue
    }
    try {
      await writeFileAtomic(file, text)
      if (before === null) {
        summary.new++
        await rm(path.join(closedDir, name), { force: true })
      } else summary.updated++
    } catch (error) {
      summary.failed++
      summary.errors.push(`${role.id}: cannot write ${name} (${(error as Error).message})`)
    }
  }
  for (const name of await roleFiles(openDir)) {
    if (listed.has(name)) continue
    const file = path.join(openDir, name)
    try {
      const text = await readFile(file, 'utf8')
      await writeFileAtomic(path.join(closedDir, name), markClosed(text, today))
      await rm(file)
      summary.closed++
    } catch (error) {
      summary.failed++
      summary.errors.push(`${name}: cannot close (${(error as Error).message})`)
    }
  }
  return summary
}
