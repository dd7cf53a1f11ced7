import {
  EMPLOYMENT_TYPES,
  SALARY_PERIODS,
  type EmploymentType,
  type PostingLocation,
  type Salary,
} from '../model/posting.ts'
import { addLocation, readPlaces } from './places.ts'
import type { StructuredFacts } from './types.ts'

/**
 * What front matter states in structure, for the parser to use before the text. Fetched
 * postings (`npm run fetch`) carry the feed's own facts this way; a hand-written file may
 * too. The keys `title`, `company`, `team`, `workMode`, `seniority`, `location`, `url`,
 * `applyUrl` and `postedAt` are applied by the parser's front-matter overrides; this module
 * reads the rest, and what beats the text field by field.
 */
export type FrontMatterFacts = {
  /** Facts that beat what the text says (places, work mode, pay, posted date). */
  facts: StructuredFacts
  employmentType: EmploymentType | null
  /** The day the source stopped listing the role (files under `postings/.closed/`). */
  closedAt?: string
  warnings: string[]
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
/** `90000-120000 EUR/year`, `90000 EUR/year` (one figure), `90000- EUR/year`, `-120000 EUR/year`. */
const SALARY = /^(\S+) ([A-Z]{3})\/([a-z]+)$/
const AMOUNT = /^\d{1,12}(?:\.\d{1,4})?$/
/** A place that only says where a remote hire may be: no warning when no city or country reads. */
const REMOTE_ONLY = /\b(?:remote|anywhere|worldwide|distributed|home)\b/i
const WORK_MODES = { remote: 'remote', hybrid: 'hybrid', onsite: 'onsite' } as const

function isoDay(value: string | undefined): string | undefined {
  return value && ISO_DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined
}

function salaryOf(value: string): Salary | null {
  const m = SALARY.exec(value.trim())
  if (!m) return null
  const [, range = '', currency = '', period = ''] = m
  if (!(SALARY_PERIODS as readonly string[]).includes(period)) return null
  const parts = range.split('-')
  if (parts.length > 2 || parts.some((p) => p && !AMOUNT.test(p))) return null
  const [first = '', second] = parts
  const low = first ? Number(first) : null
  const high = second === undefined ? low : second ? Number(second) : null
  if (low === null && high === null) return null
  if (low !== null && high !== null && high < low) return null
  return { min: low, max: high, currency, period: period as Salary['period'] }
}

/** Reads the structured front matter keys into facts; bad values are ignored with a warning. */
export function frontMatterFacts(meta: Record<string, string>): FrontMatterFacts {
  const out: FrontMatterFacts = { facts: {}, employmentType: null, warnings: [] }
  const warn = (key: string, value: string, why: string) =>
    out.warnings.push(`front matter ${key} "${value}" ${why}: ignored`)

  if (meta.locations) {
    const locations: PostingLocation[] = []
    const regions: string[] = []
    for (const place of meta.locations.split(';').map((p) => p.trim())) {
      if (!place) continue
      const reading = readPlaces(place)
      for (const l of reading.locations) addLocation(locations, l)
      for (const r of reading.remoteRegions) if (!regions.includes(r)) regions.push(r)
      if (!reading.locations.length && !reading.remoteRegions.length && !REMOTE_ONLY.test(place))
        out.warnings.push(`front matter locations: "${place}" is not a place the parser knows`)
    }
    if (locations.length) out.facts.locations = locations
    if (regions.length) out.facts.remoteRegions = regions
  }
  const mode = meta.workMode
  if (mode && mode in WORK_MODES) out.facts.workMode = WORK_MODES[mode as keyof typeof WORK_MODES]
  if (meta.employmentType) {
    if ((EMPLOYMENT_TYPES as readonly string[]).includes(meta.employmentType))
      out.employmentType = meta.employmentType as EmploymentType
    else warn('employmentType', meta.employmentType, `is not one of ${EMPLOYMENT_TYPES.join(', ')}`)
  }
  if (meta.salary) {
    const salary = salaryOf(meta.salary)
    if (salary) out.facts.salary = salary
    else warn('salary', meta.salary, 'is not "MIN-MAX CUR/period" (e.g. 90000-120000 EUR/year)')
  }
  const posted = isoDay(meta.postedAt)
  if (posted) out.facts.postedAt = posted
  if (meta.closedAt) {
    const closed = isoDay(meta.closedAt)
    if (closed) out.closedAt = closed
    else warn('closedAt', meta.closedAt, 'is not an ISO date')
  }
  return out
}
