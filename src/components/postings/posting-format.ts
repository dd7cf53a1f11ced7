import type { Posting, RoleFamily, Seniority, WorkMode } from '@/model/posting'

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

const FAMILY_LABELS: Record<RoleFamily, string> = {
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

const MODE_LABELS: Record<WorkMode, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
}

export const seniorityLabel = (value: string) =>
  SENIORITY_LABELS[value as Seniority] ?? capitalise(value)
export const familyLabel = (value: string) => FAMILY_LABELS[value as RoleFamily] ?? capitalise(value)
export const workModeLabel = (value: string) => MODE_LABELS[value as WorkMode] ?? capitalise(value)

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

let regionNames: Intl.DisplayNames | null | undefined
/** "ES" -> "Spain"; an unknown code stays as it is. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' })
    } catch {
      regionNames = null
    }
  }
  try {
    return regionNames?.of(code) ?? code
  } catch {
    return code
  }
}

export function officeDaysLabel(days: number): string {
  return days === 1 ? '1 day in office' : `${days} days in office`
}

/** "Hybrid · 3 days in office", "Remote (EU)", or null when the posting does not say. */
export function workModeSummary(posting: Posting): string | null {
  if (!posting.workMode) return null
  const parts = [workModeLabel(posting.workMode)]
  if (posting.workMode !== 'remote' && posting.officeDaysPerWeek !== null)
    parts.push(officeDaysLabel(posting.officeDaysPerWeek))
  if (posting.workMode === 'remote' && posting.remoteRegions.length > 0)
    return `${parts[0]} (${posting.remoteRegions.join(', ')})`
  return parts.join(' · ')
}

/** "Barcelona, Spain", "London, United Kingdom +2 more", or null when no place is known. */
export function locationSummary(posting: Posting): string | null {
  const places = posting.locations
    .map((l) => [l.city, l.country ? countryName(l.country) : l.region].filter(Boolean).join(', '))
    .filter(Boolean)
  if (places.length === 0) return null
  return places.length === 1 ? places[0]! : `${places[0]} +${places.length - 1} more`
}

const DAY = 24 * 60 * 60 * 1000

/** "today", "3 days ago", "2 months ago"; null when the date is unknown (never guessed). */
export function postedAge(postedAt: string | null, now: Date = new Date()): string | null {
  if (!postedAt) return null
  const then = Date.parse(postedAt)
  if (Number.isNaN(then)) return null
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const days = Math.floor((startOfToday - then) / DAY)
  if (days < 0) return 'today'
  if (days === 0) return 'today'
  if (days === 1) return 'yesterday'
  if (days < 14) return `${days} days ago`
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`
  if (days < 730) return `${Math.floor(days / 30)} months ago`
  return `${Math.floor(days / 365)} years ago`
}
