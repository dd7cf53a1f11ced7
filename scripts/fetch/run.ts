import { readFile } from 'node:fs/promises'
import { endpointsFor, type Endpoints } from './endpoints.ts'
import type { Http } from './http.ts'
import { createRobots } from './robots.ts'
import { ashby } from './sources/ashby.ts'
import type { Adapter, FetchContext } from './sources/context.ts'
import { feed } from './sources/feed.ts'
import { greenhouse } from './sources/greenhouse.ts'
import { hn } from './sources/hn.ts'
import { lever } from './sources/lever.ts'
import { page } from './sources/page.ts'
import { personio } from './sources/personio.ts'
import { recruitee } from './sources/recruitee.ts'
import { smartrecruiters } from './sources/smartrecruiters.ts'
import { workable } from './sources/workable.ts'
import { parseSourcesFile } from './sources-file.ts'
import { syncSource } from './store.ts'
import type { Source, SourceKind, SourceSummary } from './types.ts'

export const ADAPTERS: Record<SourceKind, Adapter> = {
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  recruitee,
  personio,
  hn,
  feed,
  page,
}

/** Sources read at once; each host still gets at most the HTTP client's per-host limit. */
const SOURCES_AT_ONCE = 4

export type RunOptions = {
  sourcesFile: string
  postingsDir: string
  http: Http
  /** ISO day of this run: capturedAt of new files, closedAt of closed ones. */
  today: string
  endpoints?: Endpoints
  pageSize?: number
}

/** Reads one source and syncs its folder; a failure is that source's alone. */
async function runSource(
  source: Source,
  ctx: FetchContext,
  postingsDir: string,
): Promise<SourceSummary> {
  try {
    const listing = await ADAPTERS[source.kind](source, ctx)
    return await syncSource(postingsDir, source, listing, ctx.today)
  } catch (error) {
    // Nothing is closed when the list could not be read: a failing feed is not an empty one.
    return {
      folder: source.folder,
      new: 0,
      updated: 0,
      unchanged: 0,
      closed: 0,
      failed: 1,
      errors: [`line ${source.line}: ${(error as Error).message}`],
    }
  }
}

/** Fetches every source of the `sources` file into the postings folder. */
export async function runFetch(options: RunOptions): Promise<SourceSummary[]> {
  const sources = parseSourcesFile(await readFile(options.sourcesFile, 'utf8'))
  const ctx: FetchContext = {
    http: options.http,
    endpoints: options.endpoints ?? endpointsFor(),
    today: options.today,
    robots: createRobots(options.http),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  }
  const summaries = new Array<SourceSummary>(sources.length)
  let next = 0
  const worker = async () => {
    while (next < sources.length) {
      const i = next++
      summaries[i] = await runSource(sources[i]!, ctx, options.postingsDir)
    }
  }
  await Promise.all(Array.from({ length: Math.min(SOURCES_AT_ONCE, sources.length) }, worker))
  return summaries
}

/** The per-source summary as printed: one line a source, its errors indented below. */
export function formatSummary(summaries: SourceSummary[]): string {
  const width = Math.max(6, ...summaries.map((s) => s.folder.length))
  const lines = [
    `${'source'.padEnd(width)}  ${['new', 'updated', 'unchanged', 'closed', 'failed'].map((h) => h.padStart(10)).join('')}`,
  ]
  for (const s of summaries) {
    const counts = [s.new, s.updated, s.unchanged, s.closed, s.failed]
    lines.push(`${s.folder.padEnd(width)}  ${counts.map((n) => String(n).padStart(10)).join('')}`)
    for (const e of s.errors.slice(0, 20)) lines.push(`  ! ${e}`)
    if (s.errors.length > 20) lines.push(`  ! ... and ${s.errors.length - 20} more`)
  }
  return lines.join('\n')
}
