import {
  countryName,
  officeDaysLabel,
  postedAgeLabel,
  seniorityLabel as libSeniorityLabel,
  workModeLabel as libWorkModeLabel,
} from '@/lib/posting-format'
import type { PostingCard } from '@/model/board-files'
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

/** "Hybrid · 3 office days a week", "Remote (EU)", or null when the posting does not say. */
export function workModeSummary(posting: PostingCard): string | null {
  if (!posting.workMode) return null
  const parts = [workModeLabel(posting.workMode)]
  const days = posting.workMode === 'remote' ? null : officeDaysLabel(posting.officeDaysPerWeek)
  if (days) parts.push(days)
  if (posting.workMode === 'remote' && posting.remoteRegions.length > 0)
    return `${parts[0]} (${posting.remoteRegions.join(', ')})`
  return parts.join(' · ')
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
