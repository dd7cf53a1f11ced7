import type {
  EmploymentType,
  PostingLocation,
  Salary,
  Seniority,
  WorkMode,
} from '../model/posting.ts'

/** A value the parser settled on, with the raw text it came from and the stage that read it. */
export type Fact<T> = { value: T; raw: string; from: string }

export type LineKind = 'blank' | 'heading' | 'bullet' | 'text'

/** Where a line belongs once the document is segmented. */
export type SectionKind =
  | 'header'
  | 'summary'
  | 'responsibilities'
  | 'requirements'
  | 'niceToHave'
  | 'benefits'
  | 'hiringProcess'
  | 'about'
  | 'stack'
  | 'logistics'
  | 'contact'

export type Line = {
  /** 0-based line number in the normalised text. */
  n: number
  /** The line before cleaning (markdown, bullets), for provenance. */
  raw: string
  /** The cleaned text: no markdown, no bullet marker. */
  text: string
  kind: LineKind
  /** Marked as a heading by the source itself (markdown `#`, bold-only line, HTML `<h*>`). */
  marked: boolean
  /** Why the line is page noise, when it is. */
  noise?: string
  /** Section the line belongs to (set by sections.ts). */
  section?: SectionKind
  /** True for a heading line that opened a section. */
  opensSection?: boolean
}

/** Facts read from structured input (JSON-LD) or front matter, which beat the text. */
export type StructuredFacts = {
  title?: string
  company?: string
  team?: string
  locations?: PostingLocation[]
  workMode?: WorkMode
  officeDaysPerWeek?: number
  remoteRegions?: string[]
  salary?: Salary
  postedAt?: string
  seniority?: Seniority
  employmentType?: EmploymentType
  skills?: string[]
  /** A saved page's <title>: read only for the employer's name in it (company.ts). */
  pageTitle?: string
}

/** `json`: one job of an applicant-tracking system's API (ats-job.ts). */
export type InputKind = 'text' | 'markdown' | 'html' | 'json-ld' | 'json'

export type Decoded =
  | { ok: true; kind: InputKind; text: string; facts: StructuredFacts; notes: string[] }
  | { ok: false; error: string }
