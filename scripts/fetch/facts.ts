import type { EmploymentType, Salary, WorkMode } from '../../src/model/posting.ts'

/** The text of a feed value that is a string or a list of strings (JSON-LD allows both). */
export function textOf(value: unknown): string {
  return (Array.isArray(value) ? value : [value])
    .filter((v): v is string => typeof v === 'string')
    .join(' ')
}

/** The project's employment type for a feed's own word ("FullTime", "permanent", "FULL_TIME"). */
export function employmentType(value: unknown): EmploymentType | undefined {
  const words = textOf(value)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
  if (!words) return undefined
  if (/\bpart[\s-]*time\b/.test(words)) return 'part-time'
  if (/\bintern(?:ship)?\b|\btrainee\b|\bworking student\b|\bwerkstudent/.test(words))
    return 'internship'
  if (/\bcontract(?:or)?\b|\bfreelance\b/.test(words)) return 'contract'
  if (/\btemp(?:orary)?\b|\bfixed[\s-]*term\b|\bseasonal\b/.test(words)) return 'temporary'
  if (/\bfull[\s-]*time\b|\bpermanent\b|\bregular\b/.test(words)) return 'full-time'
  return undefined
}

/** The project's work mode for a feed's workplace type ("OnSite", "on-site", "REMOTE"). */
export function workMode(value: unknown): WorkMode | undefined {
  if (typeof value !== 'string') return undefined
  const v = value.toLowerCase().replace(/[\s_-]/g, '')
  if (v === 'remote' || v === 'telecommute' || v === 'fullyremote') return 'remote'
  if (v === 'hybrid') return 'hybrid'
  if (v === 'onsite' || v === 'inoffice' || v === 'office') return 'onsite'
  return undefined
}

const PERIODS: [RegExp, Salary['period']][] = [
  [/year|annual|annum|yr/i, 'year'],
  [/month|mo\b/i, 'month'],
  [/day|daily/i, 'day'],
  [/hour|hr/i, 'hour'],
]

/** A pay range from numbers a feed gives (strings or numbers), or undefined. */
export function salary(
  min: unknown,
  max: unknown,
  currency: unknown,
  period: unknown,
): Salary | undefined {
  const num = (v: unknown) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN
    return Number.isFinite(n) && n > 0 ? n : null
  }
  const low = num(min)
  const high = num(max)
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/i.test(currency.trim())) return undefined
  if (low === null && high === null) return undefined
  const found = PERIODS.find(([re]) => re.test(textOf(period)))
  return {
    min: low,
    max: high,
    currency: currency.trim().toUpperCase(),
    period: found ? found[1] : 'year',
  }
}

/** "City, Region, Country" from the parts a feed gives, without empty or repeated parts. */
export function place(...parts: unknown[]): string | undefined {
  const out: string[] = []
  for (const p of parts)
    if (typeof p === 'string' && p.trim() && !out.includes(p.trim())) out.push(p.trim())
  return out.length ? out.join(', ') : undefined
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (typeof value === 'number') return String(value)
  return undefined
}

export type Json = Record<string, unknown>
export function obj(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}
}
export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
}
