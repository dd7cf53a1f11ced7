import { slugify } from '../../src/parser/index.ts'
import { SOURCE_KINDS, type Source, type SourceKind } from './types.ts'

/** A `sources` file that cannot be used: every problem, each naming its line. */
export class SourcesFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'SourcesFileError'
  }
}

const BOARD_SLUG = /^[A-Z0-9][\w.-]{0,99}$/i
const FOLDER = /^[a-z0-9][a-z0-9-]{0,79}$/
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/
const ITEM_ID = /^\d{1,12}$/
const OPTIONS = ['company', 'as'] as const

const TARGET_HELP: Record<SourceKind, string> = {
  greenhouse: 'the board token, as in boards.greenhouse.io/TOKEN',
  lever: 'the company slug, as in jobs.lever.co/SLUG',
  ashby: 'the board name, as in jobs.ashbyhq.com/NAME',
  workable: 'the account subdomain, as in apply.workable.com/SUBDOMAIN',
  smartrecruiters: 'the company identifier, as in careers.smartrecruiters.com/IDENTIFIER',
  recruitee: 'the company subdomain, as in SUBDOMAIN.recruitee.com',
  personio: 'the company subdomain, as in SUBDOMAIN.jobs.personio.de',
  hn: 'a month (2026-11) or the thread’s item id (45678901)',
  feed: 'the http(s) address of an RSS, Atom or JSON feed',
  page: 'the http(s) address of a posting page',
}

/** Splits a line into words; double quotes keep spaces (`company="Acme Robotics"`). */
function words(line: string): string[] | null {
  const out: string[] = []
  let word = ''
  let quoted = false
  let started = false
  for (const ch of line) {
    if (ch === '"') {
      quoted = !quoted
      started = true
    } else if (!quoted && /\s/.test(ch)) {
      if (started) out.push(word)
      word = ''
      started = false
    } else {
      word += ch
      started = true
    }
  }
  if (quoted) return null
  if (started) out.push(word)
  return out
}

function webAddress(text: string): URL | null {
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

function defaultFolder(kind: SourceKind, target: string): string {
  const url = kind === 'feed' || kind === 'page' ? webAddress(target) : null
  const name = url ? `${url.hostname} ${url.pathname} ${url.search}` : target
  return slugify(`${kind} ${name}`).slice(0, 80).replace(/-+$/, '')
}

/**
 * Reads the `sources` file: one source a line, `KIND TARGET [company="Name"] [as=folder]`;
 * blank lines and `#` comments are skipped. Throws a SourcesFileError listing every bad
 * line, so one edit fixes them all.
 */
export function parseSourcesFile(text: string, fileName = 'sources'): Source[] {
  const problems: string[] = []
  const sources: Source[] = []
  const folders = new Map<string, number>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    const content = raw.replace(/(?:^|\s)#.*$/, '').trim()
    if (!content) return
    const at = `${fileName}:${line}`
    const parts = words(content)
    if (!parts) return problems.push(`${at}: an opening quote is never closed`)
    const [kindWord = '', target, ...rest] = parts
    const kind = kindWord.toLowerCase() as SourceKind
    if (!(SOURCE_KINDS as readonly string[]).includes(kind))
      return problems.push(
        `${at}: unknown kind "${kindWord}": use one of ${SOURCE_KINDS.join(', ')}`,
      )
    if (!target) return problems.push(`${at}: ${kind} needs ${TARGET_HELP[kind]}`)
    let ok = true
    if (kind === 'feed' || kind === 'page') {
      if (!webAddress(target)) ok = false
    } else if (kind === 'hn') {
      if (!MONTH.test(target) && !ITEM_ID.test(target)) ok = false
    } else if (!BOARD_SLUG.test(target)) ok = false
    if (!ok) return problems.push(`${at}: "${target}" is not ${TARGET_HELP[kind]}`)
    const source: Source = { kind, target, folder: defaultFolder(kind, target), line }
    for (const option of rest) {
      const eq = option.indexOf('=')
      const key = eq > 0 ? option.slice(0, eq) : option
      const value = eq > 0 ? option.slice(eq + 1).trim() : ''
      if (!(OPTIONS as readonly string[]).includes(key)) {
        problems.push(`${at}: unknown option "${option}": options are company="Name" and as=folder`)
        ok = false
      } else if (!value) {
        problems.push(`${at}: option ${key} needs a value (${key}=...)`)
        ok = false
      } else if (key === 'as') {
        if (FOLDER.test(value)) source.folder = value
        else {
          problems.push(`${at}: as=${value} is not a folder name (lower-case letters, digits, -)`)
          ok = false
        }
      } else source.company = value
    }
    if (!ok) return
    const previous = folders.get(source.folder)
    if (previous !== undefined)
      return problems.push(
        `${at}: writes to postings/${source.folder}/ like line ${previous}: add as=another-name`,
      )
    folders.set(source.folder, line)
    sources.push(source)
  })
  if (problems.length) throw new SourcesFileError(problems)
  return sources
}
