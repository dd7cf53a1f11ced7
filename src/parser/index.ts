import {
  ROLE_FAMILIES,
  SENIORITIES,
  WORK_MODES,
  validatePosting,
  type Posting,
  type PostingLocation,
  type Seniority,
  type StackItem,
} from '../model/posting.ts'
import { readPosted } from './dates.ts'
import { decodeInput } from './decode.ts'
import { readFrontMatter } from './front-matter.ts'
import { cleanTitle, findHeaderEnd, readHeader } from './header.ts'
import { spokenLanguages } from './languages.ts'
import { levelFromText, levelFromTitle, levelFromWord, roleFamily } from './level.ts'
import { markNoise } from './noise.ts'
import {
  HAS_MODE_WORD,
  LOCATION_IN_TEXT,
  OFFICES_LIST,
  PLACE_LIST_TAIL,
  ROLE_NOUN,
} from './patterns.ts'
import { addLocation, readPlaces } from './places.ts'
import { resolveSalary, salaryCandidates, salarySection } from './salary.ts'
import { assignSections, blocksOf, collectSections } from './sections.ts'
import { MAX_INPUT_CHARS, MAX_TEXT_CHARS, normalizeText, toLines } from './segment.ts'
import { extractStack, type StackBlock } from './stack.ts'
import { techByName } from './taxonomy.ts'
import { cleanCompany, companyFromText, teamFromText, titleFromText } from './text-facts.ts'
import type { Fact, Line, SectionKind, StructuredFacts } from './types.ts'
import { decideWorkMode, remoteRegionsIn, workPolicy } from './work-mode.ts'

export type ParseOptions = {
  /** Name of the file the text came from, kept in `source.file`. */
  file?: string
  /** ISO date used to resolve relative dates ("3 days ago") when front matter gives none. */
  now?: string
}

export type ParseResult = { ok: true; posting: Posting } | { ok: false; error: string }
/** Every role one input names: one Posting each, sharing what the post states once. */
export type ParseManyResult = { ok: true; postings: Posting[] } | { ok: false; error: string }

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

const STACK_KINDS = new Set<SectionKind>([
  'header',
  'summary',
  'logistics',
  'responsibilities',
  'requirements',
  'niceToHave',
  'stack',
])
/** Sections that describe the role (not the company, perks or how to apply). */
const ROLE_TEXT_KINDS = new Set<SectionKind>([...STACK_KINDS])

/** Sections only a job posting has: one of them under a role title makes a posting. */
const POSTING_SECTION_KINDS = new Set<SectionKind>([
  'responsibilities',
  'requirements',
  'niceToHave',
  'benefits',
  'hiringProcess',
])

const JOB_WORDS =
  /\b(responsibilit|requirement|qualification|experience|candidate|apply|hiring|salary|benefit|role|position|skills|remote|hybrid|on-?site|full[- ]time|job|career|interview|looking for|you will|you(?:'|’)ll|team|equity|compensation|recruit)/gi

function textOf(lines: Line[], keep: (line: Line) => boolean): string {
  return lines
    .filter((line) => !line.noise && line.kind !== 'blank' && keep(line))
    .map((line) => line.text)
    .join('\n')
}

function isIsoDate(value: string | undefined): value is string {
  return Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))
}

/** The first pipe-separated part of a line that carries no place, pay or work mode. */
function segmentTitle(text: string, company: string | undefined): string {
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
  return (
    parts.find(
      (p) =>
        p !== company && !HAS_MODE_WORD.test(p) && !/\d/.test(p) && !readPlaces(p).locations.length,
    ) ??
    parts[0] ??
    text
  )
}

/** Front matter keys that override the parser, field by field. */
function applyFrontMatter(
  posting: Posting,
  meta: Record<string, string>,
  warnings: string[],
): void {
  if (meta.company) posting.company = meta.company
  if (meta.title) posting.title = meta.title
  if (meta.team) posting.team = meta.team
  const mode = meta.workMode ?? meta.mode
  if (mode) {
    if ((WORK_MODES as readonly string[]).includes(mode))
      posting.workMode = mode as Posting['workMode']
    else
      warnings.push(
        `front matter workMode "${mode}" is not one of ${WORK_MODES.join(', ')}: ignored`,
      )
  }
  if (meta.officeDaysPerWeek) {
    const days = Number(meta.officeDaysPerWeek)
    if (Number.isFinite(days) && days >= 0 && days <= 7) posting.officeDaysPerWeek = days
    else
      warnings.push(
        `front matter officeDaysPerWeek "${meta.officeDaysPerWeek}" is not a number of days: ignored`,
      )
  }
  if (meta.seniority) {
    if ((SENIORITIES as readonly string[]).includes(meta.seniority))
      posting.seniority = meta.seniority as Seniority
    else warnings.push(`front matter seniority "${meta.seniority}" is unknown: ignored`)
  }
  if (meta.roleFamily) {
    if ((ROLE_FAMILIES as readonly string[]).includes(meta.roleFamily)) {
      posting.roleFamily = meta.roleFamily as Posting['roleFamily']
    } else warnings.push(`front matter roleFamily "${meta.roleFamily}" is unknown: ignored`)
  }
  if (meta.location) {
    const places = readPlaces(meta.location).locations
    if (places.length) posting.locations = places
    else
      warnings.push(
        `front matter location "${meta.location}" is not a place the parser knows: ignored`,
      )
  }
  if (meta.postedAt) {
    if (isIsoDate(meta.postedAt)) posting.postedAt = meta.postedAt
    else warnings.push(`front matter postedAt "${meta.postedAt}" is not an ISO date: ignored`)
  }
}

function structuredLocations(facts: StructuredFacts, into: PostingLocation[]): void {
  for (const location of facts.locations ?? []) addLocation(into, location)
}

/**
 * Parses one raw posting (text, Markdown, saved HTML page or JSON-LD, with optional front
 * matter) into a Posting. Never throws: a text that is not a posting, or any internal
 * failure, comes back as `{ ok: false, error }`.
 */
export function parsePosting(raw: string, options: ParseOptions = {}): ParseResult {
  try {
    return parse(raw, options)
  } catch (error) {
    return {
      ok: false,
      error: `internal parser error: ${(error as Error)?.message ?? String(error)}`,
    }
  }
}

/** Parses one raw input into a Posting per role it names (never throws, like parsePosting). */
export function parsePostings(raw: string, options: ParseOptions = {}): ParseManyResult {
  const result = parsePosting(raw, options)
  return result.ok ? { ok: true, postings: [result.posting] } : result
}

function parse(raw: string, options: ParseOptions): ParseResult {
  if (typeof raw !== 'string')
    return { ok: false, error: 'not a job posting: the input is not text' }
  const warnings: string[] = []
  const { meta, body: fullBody } = readFrontMatter(raw)
  let body = fullBody
  if (body.length > MAX_INPUT_CHARS) {
    body = body.slice(0, MAX_INPUT_CHARS)
    warnings.push(
      `the input is ${Math.round(fullBody.length / 1024)} KB: only the first ${MAX_INPUT_CHARS / 1_000_000} MB were read`,
    )
  }
  const decoded = decodeInput(body)
  if (!decoded.ok) return { ok: false, error: decoded.error }
  const facts = decoded.facts
  let text = normalizeText(decoded.text)
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS)
    warnings.push(
      `the posting's text is ${Math.round(decoded.text.length / 1024)} KB: only the first ${MAX_TEXT_CHARS / 1000} KB were read`,
    )
  }
  const lines = toLines(text)
  const noise = markNoise(lines)
  const headerEnd = findHeaderEnd(lines)
  assignSections(lines, headerEnd)
  const header = readHeader(lines, headerEnd)

  const allText = textOf(lines, () => true)
  const bodyText = textOf(lines, (l) => l.section !== 'header')
  const roleText = textOf(lines, (l) => ROLE_TEXT_KINDS.has(l.section ?? 'about'))
  if (allText.replace(/\s+/g, ' ').trim().length < 80) {
    return { ok: false, error: 'not a job posting: the text is too short to describe a role' }
  }

  // Title and company: structured data, then the header, then the prose.
  let titleFact: Fact<string> | null = facts.title
    ? { value: facts.title, raw: facts.title, from: 'JSON-LD' }
    : (header.title ?? titleFromText(bodyText))
  const companyFact: Fact<string> | null = facts.company
    ? { value: facts.company, raw: facts.company, from: 'JSON-LD' }
    : (noise.logoCompany ?? header.company ?? companyFromText(allText))
  const jobWords = new Set((allText.match(JOB_WORDS) ?? []).map((w) => w.toLowerCase()))
  const structured = decoded.kind === 'json-ld' || Boolean(facts.title)
  // A text full of posting terms whose role line names no usual role word ("Rails wizard")
  // is still a posting: its first short line is taken as the title, with a warning.
  if (!titleFact && !meta.title && jobWords.size >= 6) {
    const first = lines.find(
      (l) => !l.noise && l.kind !== 'blank' && l.text.split(/\s+/).length <= 12,
    )
    if (first) {
      titleFact = {
        value: segmentTitle(first.text, header.company?.value),
        raw: first.raw,
        from: 'first line',
      }
      warnings.push(
        `no role word found: the first line "${titleFact.value}" was taken as the title`,
      )
    }
  }
  if (!titleFact && !meta.title) {
    return {
      ok: false,
      error: `not a job posting: it names no role (no line such as "Senior Backend Engineer" or "we are hiring a ..."), and has ${jobWords.size} job-posting terms`,
    }
  }
  const postingSections = lines.filter(
    (l) => l.opensSection && l.section && POSTING_SECTION_KINDS.has(l.section),
  ).length
  if (!structured && jobWords.size < 3 && !(header.title && postingSections > 0)) {
    return {
      ok: false,
      error: `not a job posting: "${titleFact?.value ?? meta.title}" reads like a role, but the text has only ${jobWords.size} job-posting terms (responsibilities, requirements, experience, apply ...)`,
    }
  }
  const title = cleanTitle(meta.title ?? titleFact?.value ?? '')
  if (titleFact?.from === 'role named in the text') {
    warnings.push(`no title line: the title was read from the text ("${titleFact.raw}")`)
  }
  const company = companyFact ? cleanCompany(companyFact.value) : null
  if (!company && !meta.company)
    warnings.push('no company named: add `company:` to the front matter')

  // Places: structured data, header and "Location:" lines, then what the text says of the role.
  const locations: PostingLocation[] = []
  structuredLocations(facts, locations)
  for (const l of header.locations) addLocation(locations, l.value)
  if (locations.length === 0) {
    for (const pattern of LOCATION_IN_TEXT) {
      const m = pattern.exec(bodyText)
      const place = m?.[1] ? PLACE_LIST_TAIL.exec(m[1].trim())?.[1] : undefined
      if (place) for (const l of readPlaces(place).locations) addLocation(locations, l)
    }
  }
  if (locations.length === 0) {
    const offices = OFFICES_LIST.exec(roleText) ?? OFFICES_LIST.exec(bodyText)
    if (offices?.[1]) {
      for (const piece of offices[1].split(/,\s*(?:and\s+)?|\s+and\s+/)) {
        for (const l of readPlaces(piece).locations) if (l.city) addLocation(locations, l)
      }
    }
  }
  for (const vague of header.vaguePlaces) {
    warnings.push(`the header says "${vague}" without naming them: those locations are not listed`)
  }

  // Work mode, office days, policy, remote regions.
  const decision = decideWorkMode(bodyText, header.modes, header.modeTexts, noise.modeTags)
  const workMode = facts.workMode ?? decision.mode?.value ?? null
  if (decision.conflict) warnings.push(decision.conflict)
  if (!workMode) warnings.push('work mode not stated (remote, hybrid or on-site)')
  const officeDaysPerWeek = workMode === 'hybrid' ? (decision.officeDays?.value ?? null) : null
  const remoteRegions: string[] = [...(facts.remoteRegions ?? [])]
  if (workMode === 'remote') {
    for (const r of [...header.remoteRegions.map((f) => f.value), ...remoteRegionsIn(allText)]) {
      if (!remoteRegions.includes(r)) remoteRegions.push(r)
    }
  }
  if (locations.length === 0 && workMode !== 'remote')
    warnings.push('no location stated for the role')

  // Stack: only the role's own text, never the company blurb, perks, bios or the sidebar.
  const stackBlocks: StackBlock[] = blocksOf(lines)
    .filter((b) => STACK_KINDS.has(b.kind))
    .map((b) => ({ kind: b.kind, text: b.lines.map((l) => l.text).join('\n') }))
  if (facts.skills?.length) stackBlocks.push({ kind: 'stack', text: facts.skills.join(', ') })
  const stackResult = extractStack(stackBlocks, meta.company ?? company)
  let stack: StackItem[] = stackResult.stack
  if (meta.stack) {
    stack = meta.stack
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => {
        const tech = techByName(name)
        return { name: tech?.name ?? name, category: tech?.category ?? 'other' }
      })
  }
  for (const d of stackResult.dropped) warnings.push(`stack: left out ${d.name} (${d.reason})`)

  // Salary: every figure that may be pay proposes a candidate; the best-supported one wins.
  const salaryFound = [
    ...header.salary.flatMap((s) => salaryCandidates(s.value, { trusted: true })),
    ...lines.flatMap((line) =>
      line.noise || line.kind === 'blank'
        ? []
        : salaryCandidates(line.text, { section: salarySection(line.section), at: line.n * 1000 }),
    ),
  ]
  const salary = facts.salary ?? resolveSalary(salaryFound)?.value ?? null

  // Seniority: the title first, then a level word in the header, then the text.
  const seniority =
    levelFromTitle(title) ??
    (header.level ? levelFromWord(header.level.value) : null) ??
    levelFromText(bodyText)?.value ??
    null

  // Posted date, resolved against the capture date.
  const capturedAt = isIsoDate(meta.capturedAt) ? meta.capturedAt : undefined
  if (meta.capturedAt && !capturedAt)
    warnings.push(`front matter capturedAt "${meta.capturedAt}" is not an ISO date: ignored`)
  let postedAt: string | null = facts.postedAt ?? null
  if (!postedAt) {
    const posted = readPosted(
      header.posted?.value ?? allText.slice(0, 3000),
      capturedAt ?? options.now,
    )
    if (posted?.date) postedAt = posted.date
    else if (posted?.relative) {
      warnings.push(
        `"${posted.raw.trim()}" cannot be dated without a capture date: add \`capturedAt:\` to the front matter`,
      )
    }
  }

  const team = header.team?.value ?? teamFromText(bodyText)?.value ?? null
  const sections = collectSections(lines)
  const dropped = Object.entries(noise.dropped)
  if (dropped.length) {
    warnings.push(
      `left out page noise: ${dropped.map(([why, n]) => `${n} line${n === 1 ? '' : 's'} of ${why}`).join('; ')}`,
    )
  }
  for (const note of decoded.notes) warnings.push(note)
  if (!ROLE_NOUN.test(title))
    warnings.push(`the title "${title}" names no usual role word: check it`)

  const posting: Posting = {
    id: slugify([meta.company ?? company, title].filter(Boolean).join(' ')) || 'posting',
    source: {
      ...(options.file ? { file: options.file } : {}),
      ...(meta.url ? { url: meta.url } : {}),
      ...(capturedAt ? { capturedAt } : {}),
    },
    // Parser v2 fields: filled by their extractors as they land (issue 8).
    language: 'en',
    company,
    title,
    team,
    roleFamily: roleFamily(title),
    seniority,
    locations,
    workMode,
    employmentType: null,
    officeDaysPerWeek: facts.officeDaysPerWeek ?? officeDaysPerWeek,
    workPolicy: workPolicy(allText),
    remoteRegions,
    remoteCountries: null,
    visaSponsorship: null,
    relocation: null,
    stack,
    // Languages the role asks for; a perk ("German lessons") is not one.
    spokenLanguages: spokenLanguages(textOf(lines, (l) => l.section !== 'benefits')),
    salary,
    postedAt,
    sections,
    warnings,
  }
  applyFrontMatter(posting, meta, warnings)
  if (posting.workMode !== 'hybrid' && meta.officeDaysPerWeek === undefined)
    posting.officeDaysPerWeek = null
  const checked = validatePosting(posting)
  if (!checked.ok) {
    const detail = checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
    return { ok: false, error: `internal parser error: produced an invalid record (${detail})` }
  }
  return { ok: true, posting: checked.posting }
}
