import './regexp-engine.ts'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'
import type { BoardReport, SkippedFile } from '../src/model/board-report.ts'
import { validatePosting, type Posting } from '../src/model/posting.ts'
import { parsePostings } from '../src/parser/index.ts'
import { listPostingFiles, POSTING_EXTENSIONS, relativeName } from './ingest/files.ts'
import { ID_LEDGER_FILE, readIdLedger, writeIdLedger, type IdLedger } from './ingest/id-ledger.ts'
import { assignIds, recordIds } from './ingest/ids.ts'
import { mergeSameRoles, type Found } from './ingest/merge.ts'
import { ParseCache, type ParseOutcome } from './ingest/parse-cache.ts'

export { listPostingFiles, POSTING_EXTENSIONS } from './ingest/files.ts'

/** One file that cannot become a posting: its name in the folder and why. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
    this.name = 'IngestError'
  }
}

/** Every file that failed, named in one report, so one build shows every problem. */
export class IngestFailure extends Error {
  constructor(
    readonly failures: SkippedFile[],
    readonly files: number,
  ) {
    const lines = failures.map((failure) => `  ${failure.file}: ${failure.reason}`)
    super(
      `${failures.length} of ${files} posting file${files === 1 ? '' : 's'} failed ` +
        `(POSTINGS_ON_ERROR=skip builds the board without them and lists them on its About page):\n` +
        lines.join('\n'),
    )
    this.name = 'IngestFailure'
  }
}

export type OnError = 'fail' | 'skip'

/**
 * `ids`: the id ledger after this build (see ingest/id-ledger.ts); `changed` when it holds
 * something the folder's ledger file does not yet, which the build then writes.
 * `cache`: with a parse cache, how many files' outcomes it gave and how many were parsed,
 * and why it could not be written, if it could not.
 */
export type Ingested = {
  postings: Posting[]
  report: BoardReport
  ids: { ledger: IdLedger; added: number; changed: boolean }
  cache?: { reused: number; parsed: number; unsaved?: string }
}

/** Parses one raw file into its postings; throws an IngestError naming the file when it has none. */
export function ingestFile(file: string, root: string, cache?: ParseCache): Posting[] {
  const relative = relativeName(root, file)
  if (!POSTING_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    throw new IngestError(
      relative,
      `unsupported file type (expected ${POSTING_EXTENSIONS.join(', ')})`,
    )
  }
  let raw: string
  try {
    // Read synchronously: on one core, the thread pool's hand-offs cost about ten times the
    // read itself for the thousands of small files of a board.
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    throw new IngestError(relative, `cannot be read (${(error as Error).message})`)
  }
  const outcome = cache
    ? cache.outcome(relative, raw, () => parseFile(relative, raw))
    : parseFile(relative, raw)
  if ('error' in outcome) throw new IngestError(relative, outcome.error)
  return outcome.postings
}

/** The validated postings of one file's text, or why it has none. */
function parseFile(relative: string, raw: string): ParseOutcome {
  const result = parsePostings(raw, { file: relative })
  if (!result.ok) return { error: result.error }
  if (result.postings.length === 0) return { error: 'not a job posting: no role found' }
  const postings: Posting[] = []
  for (const posting of result.postings) {
    const checked = validatePosting(posting)
    if (!checked.ok) {
      const detail = checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
      return { error: `parser produced an invalid record (${detail})` }
    }
    postings.push(checked.posting)
  }
  return { postings }
}

/**
 * Merges the same role from several files, gives every posting its stable unique id (the
 * one `ledger` remembers for it, or a new one), and checks the result against the Posting
 * schema (ids included) once more.
 */
export function finishPostings(
  found: Found[],
  ledger: IdLedger = new Map(),
): { postings: Posting[]; merged: number; ids: Ingested['ids'] } {
  const { postings: distinct, merged } = mergeSameRoles(found)
  const postings = assignIds(distinct, ledger)
  for (const posting of postings) {
    const checked = validatePosting(posting)
    if (!checked.ok)
      throw new Error(
        `${posting.source.file ?? posting.id}: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      )
  }
  return { postings, merged, ids: recordIds(ledger, distinct, postings) }
}

function mergesOf(postings: Posting[]): BoardReport['merges'] {
  return postings
    .filter((posting) => (posting.sources?.length ?? 0) > 1)
    .map((posting) => ({
      id: posting.id,
      files: posting.sources!.map((source) => source.file ?? source.url ?? '(unnamed source)'),
    }))
}

/** The board's postings from what was found, with the report the About page shows. */
function ingested(
  found: Found[],
  files: number,
  skipped: SkippedFile[],
  now: Date,
  ledger?: IdLedger,
): Ingested {
  const { postings, merged, ids } = finishPostings(found, ledger)
  return {
    postings,
    ids,
    report: {
      version: 1,
      builtAt: now.toISOString(),
      files,
      postings: postings.length,
      merged,
      merges: mergesOf(postings),
      skipped,
    },
  }
}

/**
 * Parses every posting under `dir`. Every file is accounted for: with `onError: 'fail'`
 * (the default) any failure throws one IngestFailure naming every failed file and why;
 * with `'skip'` the board is built without them and the report lists them. Ids come from
 * the folder's id ledger (`_ids.jsonl`) for roles it knows; the build writes the returned
 * `ids.ledger` back when it `changed` (`recordIdLedger`).
 *
 * With `cacheDir`, the outcome of each file is kept there (ingest/parse-cache.ts): a later
 * ingest of the folder parses only the files that changed, with the same result.
 */
export async function ingestDir(
  dir: string,
  {
    onError = 'fail',
    now = new Date(),
    cacheDir,
  }: { onError?: OnError; now?: Date; cacheDir?: string } = {},
): Promise<Ingested> {
  const ledger = await readIdLedger(dir)
  const { files, problems } = await listPostingFiles(dir)
  const cache = cacheDir ? await ParseCache.open(cacheDir, dir) : undefined
  const failures: SkippedFile[] = [...problems]
  const found: Found[] = []
  for (const [i, file] of files.entries()) {
    // Files are read and parsed synchronously: the event loop (the dev server, the build's
    // other work) gets a turn between batches of them.
    if (i % 64 === 63) await setImmediate()
    try {
      const roles = ingestFile(file, dir, cache)
      const name = relativeName(dir, file)
      roles.forEach((posting, i) => found.push({ posting, origin: i ? `${name}#${i}` : name }))
    } catch (error) {
      if (!(error instanceof IngestError)) throw error
      failures.push({ file: error.file, reason: error.reason })
    }
  }
  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  // A cache that cannot be written (a read-only folder) costs the next build time, not this one.
  const unsaved = await cache?.save().then(
    () => undefined,
    (error: unknown) => (error as Error).message,
  )
  const total = files.length + problems.length
  if (failures.length > 0 && onError === 'fail') throw new IngestFailure(failures, total)
  const result = ingested(found, total, failures, now, ledger)
  return cache ? { ...result, cache: { ...cache.counts, unsaved } } : result
}

/**
 * Writes the ledger of a build that gave new ids, so the next build keeps them; says so,
 * since the file is meant to be committed with the postings. A folder that cannot be
 * written to still builds: the ids are then what the rule gives, and the warning says it.
 */
export async function recordIdLedger(
  dir: string,
  { ids }: Ingested,
  log: { info(message: string): void; warn(message: string): void },
): Promise<void> {
  if (!ids.changed) return
  const file = path.relative(process.cwd(), path.join(dir, ID_LEDGER_FILE))
  try {
    await writeIdLedger(dir, ids.ledger)
    log.info(
      `${file}: ${ids.added} new id${ids.added === 1 ? '' : 's'} recorded; commit it with the postings so later builds keep every id`,
    )
  } catch (error) {
    log.warn(
      `${file} could not be written (${(error as Error).message}): ids of roles new in this build are not remembered`,
    )
  }
}

/**
 * Where the build keeps its parse cache: POSTINGS_CACHE_DIR, or a folder of Vite's cache
 * (`node_modules/.vite` by default); none with POSTINGS_CACHE_DIR=off.
 */
export function parseCacheDir(
  viteCacheDir: string,
  value = process.env.POSTINGS_CACHE_DIR,
): string | undefined {
  if (value === 'off') return undefined
  return value ? path.resolve(value) : path.join(viteCacheDir, 'postings')
}

export function postingsDir(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.POSTINGS_DIR ?? 'postings')
}

/** POSTINGS_ON_ERROR: unset or `fail` stops the build at any failed file; `skip` leaves them out. */
export function onErrorSetting(value = process.env.POSTINGS_ON_ERROR): OnError {
  if (value === undefined || value === '' || value === 'fail') return 'fail'
  if (value === 'skip') return 'skip'
  throw new Error(`POSTINGS_ON_ERROR must be "skip" or "fail", not "${value}"`)
}

/**
 * Pre-parsed Posting records from a `.json` array, for benchmarks that need thousands of
 * generated postings. Only the POSTINGS_RECORDS environment variable leads here, so a normal
 * build never shows generated records as real postings. Every record is validated, then
 * merged and given ids like parsed postings.
 */
export async function ingestRecordsFile(file: string, now = new Date()): Promise<Ingested> {
  const name = path.basename(file)
  if (path.extname(file).toLowerCase() !== '.json')
    throw new IngestError(name, 'POSTINGS_RECORDS must name a .json file (an array of Postings)')
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new IngestError(name, `cannot be read as JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(data)) throw new IngestError(name, 'is not a JSON array of Posting records')
  const found = data.map((record, i): Found => {
    const checked = validatePosting(record)
    if (checked.ok) return { posting: checked.posting, origin: `${name}#${i}` }
    const detail = checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
    throw new IngestError(name, `record ${i} is not a valid Posting (${detail})`)
  })
  return ingested(found, 1, [], now)
}

/** The records file named by POSTINGS_RECORDS, if any. */
export function postingsRecordsFile(cwd = process.cwd()): string | null {
  const file = process.env.POSTINGS_RECORDS
  return file ? path.resolve(cwd, file) : null
}
