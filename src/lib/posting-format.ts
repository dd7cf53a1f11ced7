import type {
  EmploymentType,
  PostingLocation,
  Salary,
  SectionKey,
  Seniority,
  StackCategory,
  WorkMode,
} from '@/model/posting'

/** Plain-language wording of Posting fields, shared by the posting page and the compare view. */

export const SECTION_LABELS: Record<SectionKey, string> = {
  summary: 'Summary',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  niceToHave: 'Nice to have',
  benefits: 'Benefits',
  hiringProcess: 'Hiring process',
  about: 'About the company',
}

export const STACK_CATEGORY_LABELS: Record<StackCategory, string> = {
  language: 'Languages',
  framework: 'Frameworks',
  database: 'Databases',
  messaging: 'Messaging',
  data: 'Data',
  ml: 'Machine learning',
  cloud: 'Cloud',
  infrastructure: 'Infrastructure',
  observability: 'Observability',
  tooling: 'Tooling',
  testing: 'Testing',
  design: 'Design',
  business: 'Business',
  other: 'Other',
}

const SENIORITY_LABELS: Record<Seniority, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
  executive: 'Executive',
}

const WORK_MODE_LABELS: Record<WorkMode, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
}

export const seniorityLabel = (seniority: Seniority | null) =>
  seniority ? SENIORITY_LABELS[seniority] : null

export const workModeLabel = (mode: WorkMode | null) => (mode ? WORK_MODE_LABELS[mode] : null)

export function officeDaysLabel(days: number | null): string | null {
  if (days === null) return null
  if (days === 0) return 'No office days'
  return `${days} office ${days === 1 ? 'day' : 'days'} a week`
}

let regionNames: Intl.DisplayNames | null = null
// Each code's name once: Intl.DisplayNames.of takes tens of microseconds a call, and the
// facet panel and the cards name the same few countries on every render of a click.
const countryNames = new Map<string, string>()
export function countryName(code: string): string {
  let name = countryNames.get(code)
  if (name === undefined) {
    try {
      regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })
      name = regionNames.of(code) ?? code
    } catch {
      name = code
    }
    countryNames.set(code, name)
  }
  return name
}

/** "Barcelona, Cataluña, Spain"; null when the location says nothing. */
export function locationLabel(location: PostingLocation): string | null {
  const parts = [
    location.city,
    location.region,
    location.country ? countryName(location.country) : null,
  ].filter((part): part is string => !!part && part.trim().length > 0)
  // A city-state or a region named like its country says it once.
  const unique = parts.filter((part, index) => parts.indexOf(part) === index)
  return unique.length > 0 ? unique.join(', ') : null
}

export function locationsLabel(locations: PostingLocation[]): string | null {
  const labels = locations.map(locationLabel).filter((label): label is string => label !== null)
  return labels.length > 0 ? labels.join('; ') : null
}

const PERIOD_WORDS: Record<Salary['period'], string> = {
  year: 'a year',
  month: 'a month',
  day: 'a day',
  hour: 'an hour',
}

/** "€60,000", "CHF 90,000": a whole amount in a currency (a code Intl lacks still reads). */
export function money(amount: number, currency: string): string {
  const format = currencyFormat(currency)
  return format ? format.format(amount) : `${Math.round(amount).toLocaleString('en')} ${currency}`
}

// One formatter per currency: building an Intl.NumberFormat costs far more than using one,
// and every card with pay formats two amounts on each render of the board.
const currencyFormats = new Map<string, Intl.NumberFormat | null>()
function currencyFormat(currency: string): Intl.NumberFormat | null {
  let format = currencyFormats.get(currency)
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      })
    } catch {
      format = null // a code Intl does not know
    }
    currencyFormats.set(currency, format)
  }
  return format
}

/** "€50,000–€70,000 a year", "from £60,000 a year"; null when there is no figure. */
export function salaryLabel(salary: Salary | null): string | null {
  if (!salary || (salary.min === null && salary.max === null)) return null
  const { min, max, currency, period } = salary
  let range: string
  if (min !== null && max !== null && min !== max)
    range = `${money(min, currency)}–${money(max, currency)}`
  else if (min !== null && max !== null) range = money(min, currency)
  else if (min !== null) range = `from ${money(min, currency)}`
  else range = `up to ${money(max as number, currency)}`
  return `${range} ${PERIOD_WORDS[period]}`
}

const DAY = 86_400_000

/** Whole days from an ISO date to `now`, in UTC so the answer does not depend on the clock's zone. */
export function daysSince(isoDate: string, now: Date): number | null {
  const then = Date.parse(isoDate.slice(0, 10) + 'T00:00:00Z')
  if (Number.isNaN(then)) return null
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  return Math.floor((today - then) / DAY)
}

/** "today", "3 days ago", "2 weeks ago", "5 months ago". */
export function postedAgeLabel(isoDate: string | null, now: Date): string | null {
  if (!isoDate) return null
  const days = daysSince(isoDate, now)
  if (days === null) return null
  if (days < 0) return 'in the future'
  if (days === 0) return 'today'
  if (days === 1) return 'yesterday'
  if (days < 14) return `${days} days ago`
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`
  if (days < 730) return `${Math.floor(days / 30)} months ago`
  return `${Math.floor(days / 365)} years ago`
}

/** "25 Nov 2026" for an ISO day, the same in every time zone. */
export function dayLabel(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return isoDay
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** The notice on a role its source no longer lists (`source.closedAt`). */
export function closedLabel(closedAt: string): string {
  return `This role is closed (${dayLabel(closedAt)}): its source no longer lists it.`
}

const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
}

export const employmentTypeLabel = (type: EmploymentType | null) =>
  type ? EMPLOYMENT_TYPE_LABELS[type] : null

/** A stated yes or no ("Yes", "No"); null when the posting does not say. */
export const statedLabel = (value: boolean | null) => (value === null ? null : value ? 'Yes' : 'No')

/**
 * Where a remote hire may live: "Anywhere", "Spain, Portugal", "EMEA (52 countries)"; the
 * regions as stated when they resolved to no country; null when the posting does not say.
 */
export function remoteFromLabel(
  countries: string[] | 'anywhere' | null,
  regions: string[],
): string | null {
  if (countries === 'anywhere') return 'Anywhere'
  const stated = regions.filter((region) => region.trim() !== '').join(', ')
  if (!countries || countries.length === 0) return stated || null
  if (countries.length <= 4) return countries.map(countryName).join(', ')
  const count = `${countries.length} countries`
  return stated
    ? `${stated} (${count})`
    : `${count}: ${countries.slice(0, 3).map(countryName).join(', ')} …`
}
