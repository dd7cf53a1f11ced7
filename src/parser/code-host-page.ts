import { TABLE_CELL_GAP } from './patterns.ts'
import type { Line } from './types.ts'
import {
  CODE_HOST_CHROME,
  CODE_HOST_FOOTER_START,
  CODE_HOST_SIDEBAR,
  README_HEADINGS,
  README_HIRING_HEADINGS,
  REPOSITORY_VISIBILITY,
} from './words/code-host-words.ts'
import { allLanguages } from './words/languages.ts'
import { stripEmoji } from './text.ts'

/** The reason a code host's page around a posting is left out. */
export const CODE_HOST_PAGE = 'code host page'

const CHROME = new Set(CODE_HOST_CHROME)
const SIDEBAR = new Set(CODE_HOST_SIDEBAR)
const FOOTER_START = new Set(CODE_HOST_FOOTER_START)
const HIRING_HEADINGS = new Set(allLanguages(README_HIRING_HEADINGS))
const OWN_HEADINGS = new Set(README_HEADINGS)
/** "quernstone-labs / careers Public": the repository's owner, its name and who may see it. */
const REPOSITORY_LINE = new RegExp(
  String.raw`^[\w.-]+\s?\/\s?[\w.-]+\s+(?:${REPOSITORY_VISIBILITY.join('|')})$`,
  'i',
)
/** "Fork 231", "Star 4.6k": the counters only a repository's page shows. */
const COUNTERS = new Set(['fork #', 'forks #', 'star #', 'stars #'])
/** What a counter's line starts with, and the longest line the repository's head holds. */
const COUNTER_START = /^(?:fork|star)/i
const MAX_HEAD_LINE = 100
/** "3f2a9e1 · 5 days ago": the latest commit's hash and age. */
const COMMIT_LINE = /^[0-9a-f]{7,40}\s?·\s?.{1,30}$/i
/** "58 lines (41 loc) · 2.6 KB": a file's size over its text. */
const FILE_SIZE = /^# lines? \(# loc\)(?: · # (?:bytes|kb|mb))?$/
/** "careers/roles", "/senior-platform-engineer.md": the path of the file shown. */
const PATH_LINE = /^\/?[\w.-]+(?:\/[\w.-]+)*\/?$/
/** A file's age in the repository's list of files: "2 days ago", "last week". */
const FILE_AGE =
  /^(?:(?:\d{1,3}|an?) (?:minutes?|hours?|days?|weeks?|months?|years?) ago|yesterday|last (?:week|month|year))$/i
/** "Apache-2.0 license", "MIT license": the README's tab for the licence. */
const LICENSE_TAB = /^[\w.#-]+ license$/
/** How far down the repository's head stands. */
const HEAD_REACH = 40
/** How many lines a latest commit's author and message take before its hash. */
const COMMIT_LINES = 4
/** How far below "About" the side column shows what it counts. */
const SIDEBAR_REACH = 8

/** A line's text with its counts as `#`: "Fork 4.6k" is "fork #". */
function chromeKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?<![\p{L}\d])\d[\d.,]*[km]?(?![\p{L}\d])/gu, '#')
}

/**
 * A posting kept in a code host's repository (a README's "We're hiring", a careers repository's
 * file) copied with the page: the repository's name, tabs, counters ("Fork 231"), latest
 * commit, file list and file view above it, its side column and the host's footer below. They
 * are the host's, never the employer or the title. Marks them with `mark`; a page that shows no
 * repository's head is left as it is.
 */
export function markCodeHostPage(lines: Line[], mark: (line: Line, reason: string) => void): void {
  const start = repositoryHead(lines)
  if (start < 0) return
  let i = start
  let readme = false
  for (; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank') continue
    const key = chromeKey(line.text)
    if (key === 'latest commit') {
      const hash = commitAfter(lines, i)
      if (hash > 0) {
        for (let j = i; j <= hash; j++)
          if (lines[j]?.kind !== 'blank') mark(lines[j] as Line, CODE_HOST_PAGE)
        i = hash
        continue
      }
    }
    if (!isHeadChrome(line, key)) break
    if (key === 'readme' || key.endsWith('/readme.md')) readme = true
    mark(line, CODE_HOST_PAGE)
  }
  const end = pageEnd(lines, i)
  if (readme) markReadmeAroundHiring(lines, i, end, mark)
  for (let j = end; j < lines.length; j++)
    if (lines[j]?.kind !== 'blank') mark(lines[j] as Line, CODE_HOST_PAGE)
}

/** The first line of a repository's head (its name line or its first counter), or -1. */
function repositoryHead(lines: Line[]): number {
  let first = -1
  let counters = 0
  for (let i = 0; i < Math.min(lines.length, HEAD_REACH); i++) {
    const text = (lines[i] as Line).text.trim()
    // Asked of every posting's first lines: the cheap look first.
    if (text.length > MAX_HEAD_LINE) continue
    if (text.includes('/') && REPOSITORY_LINE.test(text)) return i
    if (COUNTER_START.test(text) && COUNTERS.has(chromeKey(text))) {
      if (first < 0) first = i
      if (++counters >= 2) return first
    }
  }
  return -1
}

function isHeadChrome(line: Line, key: string): boolean {
  const text = line.text.trim()
  return (
    CHROME.has(key) ||
    REPOSITORY_LINE.test(text) ||
    COMMIT_LINE.test(text) ||
    FILE_SIZE.test(key) ||
    LICENSE_TAB.test(key) ||
    (PATH_LINE.test(text) && text.includes('/')) ||
    isFileRow(line)
  )
}

/** The line of the latest commit's hash, a few lines under "Latest commit", or -1. */
function commitAfter(lines: Line[], at: number): number {
  for (let j = at + 1, seen = 0; j < lines.length && seen < COMMIT_LINES; j++) {
    const line = lines[j] as Line
    if (line.kind === 'blank') continue
    seen++
    if (COMMIT_LINE.test(line.text.trim())) return j
  }
  return -1
}

/** Where the host's side column or footer starts, below the posting; the text's end if neither. */
function pageEnd(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const key = chromeKey((lines[i] as Line).text)
    if (FOOTER_START.has(key)) return i
    if (key === 'about' && sidebarBelow(lines, i)) return i
  }
  return lines.length
}

function sidebarBelow(lines: Line[], at: number): boolean {
  for (let j = at + 1, seen = 0; j < lines.length && seen < SIDEBAR_REACH; j++) {
    const line = lines[j] as Line
    if (line.kind === 'blank') continue
    seen++
    if (SIDEBAR.has(chromeKey(line.text))) return true
  }
  return false
}

/** A heading's words without its marks: "## We're hiring! 🚀" is "we're hiring". */
function headingKey(text: string): string {
  return stripEmoji(text)
    .replace(/^[#*\s]+|[!:：*\s]+$/g, '')
    .toLowerCase()
}

/**
 * A README with a hiring section ("We're hiring!" over its roles): the project's README above
 * the heading, and its own sections after the roles ("License"), are the page's, not the
 * posting's. A README without one is left as it is (and read as the README it is).
 */
function markReadmeAroundHiring(
  lines: Line[],
  from: number,
  end: number,
  mark: (line: Line, reason: string) => void,
): void {
  const isHeading = (line: Line, names: Set<string>) =>
    line.kind !== 'blank' && names.has(headingKey(line.text))
  let at = -1
  for (let j = from; j < end && at < 0; j++)
    if (isHeading(lines[j] as Line, HIRING_HEADINGS)) at = j
  if (at < 0) return
  for (let j = from; j <= at; j++)
    if (lines[j]?.kind !== 'blank') mark(lines[j] as Line, CODE_HOST_PAGE)
  for (let j = at + 1; j < end; j++) {
    if (!isHeading(lines[j] as Line, OWN_HEADINGS)) continue
    for (let k = j; k < end; k++)
      if (lines[k]?.kind !== 'blank') mark(lines[k] as Line, CODE_HOST_PAGE)
    return
  }
}

/** "docs   docs: hiring section   2 days ago": a row of the repository's files. */
function isFileRow(line: Line): boolean {
  const cells = line.raw.trim().split(TABLE_CELL_GAP)
  return cells.length >= 3 && FILE_AGE.test(cells[cells.length - 1] as string)
}
