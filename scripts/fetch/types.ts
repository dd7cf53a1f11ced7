import type { EmploymentType, Salary, WorkMode } from '../../src/model/posting.ts'

/** The kinds of source a line of the `sources` file can name. */
export const SOURCE_KINDS = [
  'greenhouse',
  'lever',
  'ashby',
  'workable',
  'smartrecruiters',
  'recruitee',
  'personio',
  'hn',
  'feed',
  'page',
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** One line of the `sources` file. */
export type Source = {
  kind: SourceKind
  /** Company slug (job boards), month `YYYY-MM` or item id (hn), or an http(s) URL. */
  target: string
  /** Folder under postings/ that holds this source's roles, unique per line. */
  folder: string
  /** Company name to write when the feed does not give one (`company=...`). */
  company?: string
  /** Line in the `sources` file, for messages. */
  line: number
}

/** One role as a source lists it: the facts it states in structure and its description. */
export type Role = {
  /** The source's own id for the role (stable between runs). */
  id: string
  url: string
  applyUrl?: string
  company?: string
  title?: string
  team?: string
  /** Places as the source names them ("Berlin, Germany", "Remote - EU"). */
  locations?: string[]
  workMode?: WorkMode
  employmentType?: EmploymentType
  salary?: Salary
  /** ISO date (YYYY-MM-DD). */
  postedAt?: string
  /** The description as readable text (HTML already turned into text). */
  description: string
}

/** What one source gave: its roles, and roles it could not read (kept, never closed). */
export type Listing = { roles: Role[]; failed: { id: string; reason: string }[] }

export type SourceSummary = {
  folder: string
  new: number
  updated: number
  unchanged: number
  closed: number
  failed: number
  /** Why the source or some of its roles failed. */
  errors: string[]
}
