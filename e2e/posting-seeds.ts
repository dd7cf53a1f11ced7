import { execFileSync } from 'node:child_process'
import path from 'node:path'
import type { Posting } from '../src/model/posting.ts'

/**
 * The postings the build under test bundled: the same files through the same ingest. Run
 * through tsx in a child process, because the parser imports JSON data that Playwright's
 * own loader cannot.
 */
export function bundledPostings(): Posting[] {
  const tsx = path.resolve('node_modules/.bin/tsx')
  const script = `import { ingestDir, postingsDir } from './scripts/ingest.ts'
ingestDir(postingsDir()).then(({ postings }) => process.stdout.write(JSON.stringify(postings)))`
  const out = execFileSync(tsx, ['--eval', script], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return JSON.parse(out) as Posting[]
}

export const jobPath = (posting: Posting) => `/jobs/${encodeURIComponent(posting.id)}`
