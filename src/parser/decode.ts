import type { EmploymentType, PostingLocation, Salary } from '../model/posting.ts'
import { HAS_HTML_TAG, LOOKS_LIKE_HTML, LOOKS_LIKE_JSON, LOOKS_LIKE_MARKDOWN } from './patterns.ts'
import { decodeEntities } from './entities.ts'
import { htmlToText, readHtml } from './html.ts'
import { readJson } from './json.ts'
import { findAtsJob, fromAtsJob } from './ats-job.ts'
import { remoteRegion, resolvePlace } from './places.ts'
import type { Decoded, StructuredFacts } from './types.ts'
import { isObject, MAX_JSON_ITEMS, type JsonObject } from './lib/json-values.ts'

function hasType(value: JsonObject, type: string): boolean {
  const t = value['@type']
  return t === type || (Array.isArray(t) && t.includes(type))
}

/** The first schema.org JobPosting in parsed JSON-LD (top level, arrays or @graph). */
function findJobPosting(data: unknown, depth = 0): JsonObject | null {
  if (depth > 6) return null
  if (Array.isArray(data)) {
    for (const item of data.slice(0, MAX_JSON_ITEMS)) {
      const found = findJobPosting(item, depth + 1)
      if (found) return found
    }
    return null
  }
  if (!isObject(data)) return null
  if (hasType(data, 'JobPosting')) return data
  return findJobPosting(data['@graph'], depth + 1)
}

/** A value's text: a string, a number, or the `name`/`@value` of an object (a few levels down). */
function text(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (typeof value === 'number') return String(value)
  if (isObject(value) && depth < 4)
    return text(value.name, depth + 1) ?? text(value['@value'], depth + 1)
  return undefined
}

/** A JSON-LD value as a list, at most `MAX_JSON_ITEMS` long; a longer one is cut and said so. */
function list(value: unknown, what: string, notes: string[]): unknown[] {
  if (value === undefined || value === null) return []
  const all = Array.isArray(value) ? value : [value]
  if (all.length <= MAX_JSON_ITEMS) return all
  notes.push(
    `the JobPosting lists ${all.length} ${what}: only the first ${MAX_JSON_ITEMS} were read`,
  )
  return all.slice(0, MAX_JSON_ITEMS)
}

function locationOf(place: unknown): PostingLocation | null {
  if (!isObject(place)) return null
  const address = isObject(place.address) ? place.address : place
  const city = text(address.addressLocality) ?? null
  const region = text(address.addressRegion) ?? null
  const countryText = text(address.addressCountry)
  const resolved = resolvePlace([city, region, countryText].filter(Boolean).join(', '))
  if (resolved) return resolved
  if (!city && !region && !countryText) return null
  return { city, region, country: null }
}

const UNIT_PERIOD: Record<string, Salary['period']> = {
  YEAR: 'year',
  MONTH: 'month',
  DAY: 'day',
  HOUR: 'hour',
}

function salaryOf(value: unknown): Salary | undefined {
  if (!isObject(value)) return undefined
  const currency = text(value.currency)
  const amount = isObject(value.value) ? value.value : value
  const number = (v: unknown) => (typeof v === 'number' ? v : Number(text(v) ?? NaN))
  const min = number(amount.minValue ?? amount.value)
  const max = number(amount.maxValue ?? amount.value)
  const period = UNIT_PERIOD[(text(amount.unitText) ?? 'YEAR').toUpperCase()] ?? 'year'
  if (!currency || (Number.isNaN(min) && Number.isNaN(max))) return undefined
  return {
    min: Number.isNaN(min) ? null : min,
    max: Number.isNaN(max) ? null : max,
    currency: currency.toUpperCase(),
    period,
  }
}

function isoDay(value: unknown): string | undefined {
  const raw = text(value)
  const match = raw ? /^(\d{4}-\d{2}-\d{2})/.exec(raw) : null
  return match?.[1]
}

/** schema.org's employmentType values; VOLUNTEER, PER_DIEM and OTHER name none of ours. */
const SCHEMA_EMPLOYMENT = new Map<string, EmploymentType>([
  ['FULL_TIME', 'full-time'],
  ['PART_TIME', 'part-time'],
  ['CONTRACTOR', 'contract'],
  ['TEMPORARY', 'temporary'],
  ['INTERN', 'internship'],
])

/**
 * A description this many times shorter than the page's own text is a teaser ("Join us as a
 * Backend Engineer in Leeds."): the page shows the posting, and its text is read instead.
 */
const TEASER_RATIO = 3

/**
 * Turns a JobPosting into the facts it states and a text the rest of the pipeline reads: its
 * description, or the page's text (`pageText`) when the description is a teaser of it.
 */
function fromJobPosting(
  job: JsonObject,
  kind: 'html' | 'json-ld',
  notes: string[],
  pageText = '',
): Decoded {
  const facts: StructuredFacts = {}
  const title = text(job.title)
  const company = text(job.hiringOrganization)
  if (title) facts.title = title
  if (company) facts.company = company
  const locations = list(job.jobLocation, 'places', notes)
    .map(locationOf)
    .filter((l): l is PostingLocation => l !== null)
  if (locations.length) facts.locations = locations
  if (/TELECOMMUTE/i.test(text(job.jobLocationType) ?? '')) {
    facts.workMode = 'remote'
    const regions = list(job.applicantLocationRequirements, 'remote regions', notes)
      .map((r) => text(r))
      .filter((r): r is string => Boolean(r))
      .map((r) => remoteRegion(r) ?? r)
    if (regions.length) facts.remoteRegions = regions
  }
  const employmentType = list(job.employmentType, 'employment types', notes)
    .map((t) =>
      SCHEMA_EMPLOYMENT.get(
        text(t)
          ?.toUpperCase()
          .replace(/[\s-]+/g, '_') ?? '',
      ),
    )
    .find((t) => t !== undefined)
  if (employmentType) facts.employmentType = employmentType
  const salary = salaryOf(job.baseSalary)
  if (salary) facts.salary = salary
  const posted = isoDay(job.datePosted)
  if (posted) facts.postedAt = posted
  // Split on the separators alone and trim after: /\s*[,;]\s*/ is quadratic on long spaces.
  const skillNames = (Array.isArray(job.skills) ? job.skills : [job.skills]).flatMap((s) =>
    (text(s) ?? '')
      .split(/[,;]/)
      .map((name) => name.trim())
      .filter(Boolean),
  )
  const skills = list(skillNames, 'skills', notes) as string[]
  if (skills.length) facts.skills = skills
  const description = text(job.description) ?? ''
  let body = HAS_HTML_TAG.test(description) ? htmlToText(description) : description
  const header = [title, company].filter(Boolean).join('\n')
  const skillLine = skills.length ? `\n\nSkills: ${skills.join(', ')}` : ''
  notes.push(`read the schema.org JobPosting (${kind === 'html' ? 'JSON-LD in the page' : 'JSON'})`)
  if (body.trim().length * TEASER_RATIO < pageText.trim().length) {
    body = pageText
    notes.push("the JobPosting's description is a summary of the page: read the page's text")
  }
  return { ok: true, kind, text: `${header}\n\n${body}${skillLine}`, facts, notes }
}

/** Works out what kind of input this is and returns the text to parse plus structured facts. */
export function decodeInput(body: string): Decoded {
  const notes: string[] = []
  if (LOOKS_LIKE_JSON.test(body)) {
    const json = readJson(body.trim())
    if (!json.ok && json.tooDeep) return { ok: false, error: `not a job posting: ${json.error}` }
    if (json.ok) {
      const job = findJobPosting(json.value)
      if (job) return fromJobPosting(job, 'json-ld', notes)
      const ats = findAtsJob(json.value)
      if (ats) return fromAtsJob(ats.job, ats.count, notes)
      return {
        ok: false,
        error:
          "not a job posting: the JSON holds no schema.org JobPosting and no applicant-tracking system's job",
      }
    }
  }
  if (LOOKS_LIKE_HTML.test(body.slice(0, 5000))) {
    const page = readHtml(body)
    for (const block of page.jsonLd) {
      const json = readJson(decodeHTMLIfEscaped(block))
      if (!json.ok) {
        if (json.tooDeep) notes.push(`a JSON-LD block in the page was left out: ${json.error}`)
        continue
      }
      const job = findJobPosting(json.value)
      if (job) return fromJobPosting(job, 'html', notes, page.text)
    }
    notes.push('the page has no JobPosting JSON-LD: read its text')
    const facts = page.title ? { pageTitle: page.title } : {}
    return { ok: true, kind: 'html', text: page.text, facts, notes }
  }
  const markdown = LOOKS_LIKE_MARKDOWN.test(body)
  return { ok: true, kind: markdown ? 'markdown' : 'text', text: body, facts: {}, notes }
}

function decodeHTMLIfEscaped(source: string): string {
  const trimmed = source.trim()
  return trimmed.startsWith('&lt;') || trimmed.includes('&quot;')
    ? decodeEntities(trimmed)
    : trimmed
}
