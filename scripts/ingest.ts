import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parsePosting } from '../src/parser/index.ts'
import { validatePosting, type Posting } from '../src/model/posting.ts'

export const POSTING_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json']

export class IngestError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`)
    this.name = 'IngestError'
  }
}

/** Every posting file below `dir`, sorted; dot- and underscore-files are not postings. */
export async function listPostingFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && !/^[._]/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** Gives each posting an id no other posting on the board has. */
export function uniqueIds(postings: Posting[]): Posting[] {
  const seen = new Map<string, number>()
  return postings.map((posting) => {
    const count = (seen.get(posting.id) ?? 0) + 1
    seen.set(posting.id, count)
    return count === 1 ? posting : { ...posting, id: `${posting.id}-${count}` }
  })
}

/** Parses one raw file; throws an IngestError naming the file when it is not a posting. */
export async function ingestFile(file: string, root: string): Promise<Posting> {
  const relative = path.relative(root, file).split(path.sep).join('/')
  if (!POSTING_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    throw new IngestError(
      relative,
      `unsupported file type (expected ${POSTING_EXTENSIONS.join(', ')})`,
    )
  }
  let raw: string
  try {
    raw = await readFile(file, 'utf8')
  } catch (error) {
    throw new IngestError(relative, `cannot be read (${(error as Error).message})`)
  }
  const result = parsePosting(raw, { file: relative })
  if (!result.ok) throw new IngestError(relative, result.error)
  const checked = validatePosting(result.posting)
  if (!checked.ok) {
    const detail = checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
    throw new IngestError(relative, `parser produced an invalid record (${detail})`)
  }
  return checked.posting
}

/** Parses every posting under `dir`. The first failure stops the whole ingest. */
export async function ingestDir(dir: string): Promise<Posting[]> {
  const files = await listPostingFiles(dir)
  const postings: Posting[] = []
  for (const file of files) postings.push(await ingestFile(file, dir))
  return uniqueIds(postings)
}

export function postingsDir(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.POSTINGS_DIR ?? 'postings')
}

/**
 * Pre-parsed Posting records from a `.json` array, for benchmarks that need thousands of
 * generated postings. Only the POSTINGS_RECORDS environment variable leads here, so a normal
 * build never shows generated records as real postings. Every record is validated.
 */
export async function ingestRecordsFile(file: string): Promise<Posting[]> {
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
  const postings = data.map((record, i) => {
    const checked = validatePosting(record)
    if (checked.ok) return checked.posting
    const detail = checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
    throw new IngestError(name, `record ${i} is not a valid Posting (${detail})`)
  })
  return uniqueIds(postings)
}

/** The records file named by POSTINGS_RECORDS, if any. */
export function postingsRecordsFile(cwd = process.cwd()): string | null {
  const file = process.env.POSTINGS_RECORDS
  return file ? path.resolve(cwd, file) : null
}
