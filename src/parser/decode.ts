import type { PostingLocation, Salary } from '../model/posting.ts'
import {
  HTML_BLOCK_BREAK,
  HTML_CELL,
  HAS_HTML_TAG,
  HTML_COMMENT,
  HTML_EMPTY_STRONG,
  HTML_LIST_ITEM_END,
  HTML_STRONG_TAG,
  LOOKS_LIKE_MARKDOWN,
  HTML_DECLARATION,
  HTML_HEADING_OPEN,
  HTML_LINE_BREAK,
  HTML_LIST_ITEM,
  HTML_TAG,
  JSON_LD_SCRIPT,
  LOOKS_LIKE_HTML,
  LOOKS_LIKE_JSON,
} from './patterns.ts'
import { decodeEntities } from './entities.ts'
import { remoteRegion, resolvePlace } from './places.ts'
import type { Decoded, StructuredFacts } from './types.ts'

const DROPPED_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'footer',
  'aside',
  'form',
  'iframe',
  'button',
  'select',
  'head',
]

/**
 * Removes whole elements (open tag to matching close tag) by scanning with indexOf, so that
 * an unclosed `<script>` costs one pass, not one pass per tag as a lazy regex would.
 */
function dropElements(html: string): string {
  const lower = html.toLowerCase()
  const open = new RegExp(`<(${DROPPED_ELEMENTS.join('|')})\\b`, 'g')
  let out = ''
  let from = 0
  let match: RegExpExecArray | null
  while ((match = open.exec(lower))) {
    const name = match[1] ?? ''
    out += html.slice(from, match.index)
    const close = lower.indexOf(`</${name}`, match.index + name.length + 1)
    if (close < 0) {
      from = html.length
      break
    }
    const end = lower.indexOf('>', close)
    from = end < 0 ? html.length : end + 1
    open.lastIndex = from
  }
  return out + html.slice(from)
}

/** The readable text of an HTML fragment or page: blocks on their own lines, lists as bullets. */
export function htmlToText(html: string): string {
  const text = dropElements(html.replace(HTML_COMMENT, ' ').replace(HTML_DECLARATION, ' '))
    .replace(HTML_HEADING_OPEN, (_, level: string) => `\n${'#'.repeat(Number(level))} `)
    .replace(HTML_STRONG_TAG, '**')
    .replace(HTML_LIST_ITEM, '\n- ')
    .replace(HTML_LINE_BREAK, '\n')
    .replace(HTML_BLOCK_BREAK, '\n')
    .replace(HTML_LIST_ITEM_END, '\n')
    .replace(HTML_CELL, ' ')
    .replace(HTML_TAG, '')
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(HTML_EMPTY_STRONG, '').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
}

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasType(value: JsonObject, type: string): boolean {
  const t = value['@type']
  return t === type || (Array.isArray(t) && t.includes(type))
}

/** The first schema.org JobPosting in parsed JSON-LD (top level, arrays or @graph). */
function findJobPosting(data: unknown, depth = 0): JsonObject | null {
  if (depth > 6) return null
  if (Array.isArray(data)) {
    for (const item of data.slice(0, 200)) {
      const found = findJobPosting(item, depth + 1)
      if (found) return found
    }
    return null
  }
  if (!isObject(data)) return null
  if (hasType(data, 'JobPosting')) return data
  return findJobPosting(data['@graph'], depth + 1)
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (typeof value === 'number') return String(value)
  if (isObject(value)) return text(value.name) ?? text(value['@value'])
  return undefined
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
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

/** Turns a JobPosting into the facts it states and a text the rest of the pipeline reads. */
function fromJobPosting(job: JsonObject, kind: 'html' | 'json-ld', notes: string[]): Decoded {
  const facts: StructuredFacts = {}
  const title = text(job.title)
  const company = text(job.hiringOrganization)
  if (title) facts.title = title
  if (company) facts.company = company
  const locations = list(job.jobLocation)
    .map(locationOf)
    .filter((l): l is PostingLocation => l !== null)
  if (locations.length) facts.locations = locations
  if (/TELECOMMUTE/i.test(text(job.jobLocationType) ?? '')) {
    facts.workMode = 'remote'
    const regions = list(job.applicantLocationRequirements)
      .map((r) => text(r))
      .filter((r): r is string => Boolean(r))
      .map((r) => remoteRegion(r) ?? r)
    if (regions.length) facts.remoteRegions = regions
  }
  const salary = salaryOf(job.baseSalary)
  if (salary) facts.salary = salary
  const posted = isoDay(job.datePosted)
  if (posted) facts.postedAt = posted
  const skills = list(job.skills)
    .flatMap((s) => (text(s) ?? '').split(/\s*[,;]\s*/))
    .filter(Boolean)
  if (skills.length) facts.skills = skills
  const description = text(job.description) ?? ''
  const body = HAS_HTML_TAG.test(description) ? htmlToText(description) : description
  const header = [title, company].filter(Boolean).join('\n')
  const skillLine = skills.length ? `\n\nSkills: ${skills.join(', ')}` : ''
  notes.push(`read the schema.org JobPosting (${kind === 'html' ? 'JSON-LD in the page' : 'JSON'})`)
  return { ok: true, kind, text: `${header}\n\n${body}${skillLine}`, facts, notes }
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source)
  } catch {
    return undefined
  }
}

/** Works out what kind of input this is and returns the text to parse plus structured facts. */
export function decodeInput(body: string): Decoded {
  const notes: string[] = []
  if (LOOKS_LIKE_JSON.test(body)) {
    const data = parseJson(body.trim())
    if (data !== undefined) {
      const job = findJobPosting(data)
      if (!job) {
        return { ok: false, error: 'not a job posting: the JSON holds no schema.org JobPosting' }
      }
      return fromJobPosting(job, 'json-ld', notes)
    }
  }
  if (LOOKS_LIKE_HTML.test(body.slice(0, 5000))) {
    JSON_LD_SCRIPT.lastIndex = 0
    let script: RegExpExecArray | null
    while ((script = JSON_LD_SCRIPT.exec(body))) {
      const job = findJobPosting(parseJson(decodeHTMLIfEscaped(script[1] ?? '')))
      if (job) return fromJobPosting(job, 'html', notes)
    }
    notes.push('the page has no JobPosting JSON-LD: read its text')
    return { ok: true, kind: 'html', text: htmlToText(body), facts: {}, notes }
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
