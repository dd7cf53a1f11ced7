import { emptySections, type Posting } from '../model/posting.ts'

export type ParseOptions = {
  /** Name of the file the text came from, kept in `source.file`. */
  file?: string
  /** ISO date used to resolve relative dates ("3 days ago") when front matter gives none. */
  now?: string
}

export type ParseResult = { ok: true; posting: Posting } | { ok: false; error: string }

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

/** Turns a company and title into a URL-safe id. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

function readFrontMatter(raw: string): { meta: Record<string, string>; body: string } {
  const match = FRONT_MATTER.exec(raw)
  if (!match) return { meta: {}, body: raw }
  const meta: Record<string, string> = {}
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (pair?.[1]) meta[pair[1]] = (pair[2] ?? '').trim().replace(/^["']|["']$/g, '')
  }
  return { meta, body: raw.slice(match[0].length) }
}

/**
 * First version: takes the first line as the title and leaves every fact it cannot tell
 * as null, saying so in `warnings`. Never throws.
 */
export function parsePosting(raw: string, options: ParseOptions = {}): ParseResult {
  const { meta, body } = readFrontMatter(raw)
  const lines = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (body.trim().length < 80 || lines.length < 2) {
    return { ok: false, error: 'not a job posting: the text is too short to describe a role' }
  }
  const title = meta.title ?? lines[0] ?? ''
  const company = meta.company ?? null
  const posting: Posting = {
    id: slugify([company, title].filter(Boolean).join(' ')) || 'posting',
    source: {
      ...(options.file ? { file: options.file } : {}),
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.capturedAt ? { capturedAt: meta.capturedAt } : {}),
    },
    company,
    title,
    team: null,
    roleFamily: 'other',
    seniority: null,
    locations: [],
    workMode: null,
    officeDaysPerWeek: null,
    workPolicy: [],
    remoteRegions: [],
    stack: [],
    spokenLanguages: [],
    salary: null,
    postedAt: null,
    sections: { ...emptySections(), summary: lines.slice(1, 4) },
    warnings: ['parsed by the first-version parser: only the title was read'],
  }
  return { ok: true, posting }
}
