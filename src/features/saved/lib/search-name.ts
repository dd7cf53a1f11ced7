import type { FilterState } from '@/model/filters'

/** A name to offer for a search, from what it filters on ("Go, Remote, ES"). */
export function suggestSearchName(filters: FilterState): string {
  const parts = [
    filters.q && `“${filters.q}”`,
    ...filters.stack,
    ...filters.seniority,
    ...filters.family,
    ...filters.mode,
    ...filters.country,
    ...filters.city,
    ...filters.company,
    filters.maxOfficeDays !== null ? `≤${filters.maxOfficeDays} office days` : '',
  ].filter(Boolean)
  return parts.length ? parts.join(', ').slice(0, 80) : 'All roles'
}
