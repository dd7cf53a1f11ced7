import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { postingIdProblem } from '../../src/model/posting-id.ts'
import { writeFileAtomic } from '../fetch/atomic.ts'

/**
 * Every id a build has given, with the files it was given for: the memory that keeps ids
 * stable when other files come and go. Committed with the postings, like a lockfile.
 * `base` is the role's company-and-title slug when the id was given: a role keeps its id
 * while its file still says the same company and title.
 */
export type IdRecord = { id: string; base: string; files: string[] }

/** By id. An id stays here when its role is gone, so no later role is given it. */
export type IdLedger = Map<string, IdRecord>

/**
 * The ledger's name in the postings folder: a `_` file, which the ingest never reads as a
 * posting, and not a posting's file type.
 */
export const ID_LEDGER_FILE = '_ids.jsonl'

export class IdLedgerError extends Error {
  constructor(message: string) {
    super(`${ID_LEDGER_FILE}: ${message}`)
    this.name = 'IdLedgerError'
  }
}

const isText = (value: unknown): value is string => typeof value === 'string'

/** One record a line, in id order, so a new role is one added line in a diff. */
export function parseIdLedger(text: string): IdLedger {
  const ledger: IdLedger = new Map()
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    const at = `line ${i + 1}`
    let data: unknown
    try {
      data = JSON.parse(line)
    } catch {
      throw new IdLedgerError(`${at} is not JSON`)
    }
    const { id, base, files } = (typeof data === 'object' && data !== null ? data : {}) as Record<
      string,
      unknown
    >
    const problem = postingIdProblem(id) ?? postingIdProblem(base)
    if (problem) throw new IdLedgerError(`${at}: ${problem}`)
    if (!Array.isArray(files) || files.length === 0 || !files.every(isText))
      throw new IdLedgerError(`${at}: "files" must list the files the id was given for`)
    if (ledger.has(id as string))
      throw new IdLedgerError(`${at}: the id “${String(id)}” is listed twice`)
    ledger.set(id as string, { id: id as string, base: base as string, files })
  })
  return ledger
}

export function serializeIdLedger(ledger: IdLedger): string {
  return [...ledger.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, base, files }) => `${JSON.stringify({ id, base, files })}\n`)
    .join('')
}

/** The ledger of a postings folder; empty when it has none yet (its first build). */
export async function readIdLedger(dir: string): Promise<IdLedger> {
  let text: string
  try {
    text = await readFile(path.join(dir, ID_LEDGER_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
    throw new IdLedgerError(`cannot be read (${(error as Error).message})`)
  }
  return parseIdLedger(text)
}

export async function writeIdLedger(dir: string, ledger: IdLedger): Promise<void> {
  await writeFileAtomic(path.join(dir, ID_LEDGER_FILE), serializeIdLedger(ledger))
}
