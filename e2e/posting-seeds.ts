import { ingestDir, postingsDir } from '../scripts/ingest.ts'
import type { Posting } from '../src/model/posting.ts'

/** The postings the build under test bundled: the same files, through the same parser. */
export async function bundledPostings(): Promise<Posting[]> {
  return ingestDir(postingsDir())
}

export const jobPath = (posting: Posting) => `/jobs/${encodeURIComponent(posting.id)}`
