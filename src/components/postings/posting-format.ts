import {
  countryName,
  daysSince,
  officeDaysLabel,
  postedAgeLabel,
  salaryLabel,
  seniorityLabel as libSeniorityLabel,
  workModeLabel as libWorkModeLabel,
} from '@/lib/posting-format'
import type { PostingCard } from '@/model/board-files'
import { yearlyPay } from '@/model/pay'
import type { RoleFamily, Seniority, WorkMode } from '@/model/posting'

const FAMILY_LABELS: Record<RoleFamily, string> = {
  software: 'Software engineering',
  backend: 'Backend',
  frontend: 'Frontend',
  fullstack: 'Full-stack',
  mobile: 'Mobile',
  ml: 'Machine learning',
  data: 'Data',
  devops: 'DevOps',
  security: 'Security',
  qa: 'QA',
  design: 'Design',
  product: 'Product',
  management: 'Management',
  other: 'Other',
}

/** Facet values arrive as strings; these name them as the posting page does. */
export const seniorityLabel = (value: string) =>
  libSeniorityLabel(value as Seniority) ?? capitalise(value)
export const familyLabel = (value: string) => FAMILY_LABELS[value as RoleFamily] ?? capitalise(value)
export const workModeLabel = (value: string) =>
  libWorkModeLabel(value as WorkMode) ?? capitalise(value)
export { countryName }

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/**
 * "Hybrid · 3 office days a week", "Remote (EU)", "Remote (Spain, Portugal)", or null when
 * the posting does not say. A remote role names where hires may live: the regions as stated,
 * else the countries they resolved to (two by name, more as a count), or "anywhere".
 */
export function workModeSummary(posting: PostingCard): string | null {
  if (!posting.workMode) return null
  const mode = workModeLabel(posting.workMode)
  if (posting.workMode === 'remote') {
    const where = remoteWhere(posting)
    return where ? `${mode} (${where})` : mode
  }
  const days = officeDaysLabel(posting.officeDaysPerWeek)
  return days ? `${mode} · ${days}` : mode
}

function remoteWhere({ remoteRegions, remoteCountries }: PostingCard): string | null {
  const stated = remoteRegions.filter((region) => region.trim() !== '')
  if (stated.length > 0) return stated.join(', ')
  if (remoteCountries === 'anywhere') return 'anywhere'
  if (!remoteCountries || remoteCountries.length === 0) return null
  if (remoteCountries.length <= 2) return remoteCountries.map(countryName).join(', ')
  return `${remoteCountries.length} countries`
}

/** "Barcelona, Spain", "London, United Kingdom +2 more", or null when no place is known. */
export function locationSummary(posting: PostingCard): string | null {
  const places = posting.locations
    .map((l) => [l.city, l.country ? countryName(l.country) : l.region].filter(Boolean).join(', '))
    .filter(Boolean)
  if (places.length === 0) return null
  return places.length === 1 ? places[0]! : `${places[0]} +${places.length - 1} more`
}

/** "today", "3 days ago", "2 months ago"; null when the date is unknown (never guessed). */
export function postedAge(postedAt: string | null, now: Date = new Date()): string | null {
  return postedAgeLabel(postedAt, now)
}

/** "New" (today or yesterday), "3 d", "2 w", "4 mo": a card's age; null when undated. */
export function shortAge(postedAt: string | null, now: Date = new Date()): string | null {
  if (!postedAt) return null
  const days = daysSince(postedAt, now)
  if (days === null) return null
  if (days <= 1) return 'New'
  if (days < 14) return `${days} d`
  if (days < 60) return `${Math.floor(days / 7)} w`
  if (days < 730) return `${Math.floor(days / 30)} mo`
  return `${Math.floor(days / 365)} y`
}

/**
 * Pay as the posting states it, plus its yearly figure when stated by another period:
 * "€45–€55 an hour (≈ €114,400 a year)". Null when no pay is stated.
 */
export function payLabel(posting: PostingCard): string | null {
  const stated = salaryLabel(posting.salary)
  if (!stated || !posting.salary) return null
  const yearly = yearlyPay(posting.salary)
  if (posting.salary.period === 'year' || yearly === null) return stated
  try {
    const amount = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: posting.salary.currency,
      maximumFractionDigits: 0,
    })
    return `${stated} (≈ ${amount.format(yearly)} a year)`
  } catch {
    return stated
  }
}
