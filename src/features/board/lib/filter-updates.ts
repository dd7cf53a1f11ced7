import { DEFAULT_FILTERS, type FilterState } from '@/model/filters'
import type { FacetKey } from '@/search/types'

/** Adds or removes one facet value. */
export function toggleFacetValue(filters: FilterState, key: FacetKey, value: string): FilterState {
  const current = filters[key] as string[]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...filters, [key]: next }
}

/** Every filter off; the sort order is a preference, not a filter, so it stays. */
export function clearFilters(filters: FilterState): FilterState {
  return { ...DEFAULT_FILTERS, sort: filters.sort }
}

export function activeFilterCount(filters: FilterState): number {
  return (
    (filters.q ? 1 : 0) +
    filters.stack.length +
    filters.seniority.length +
    filters.country.length +
    filters.city.length +
    filters.mode.length +
    (filters.maxOfficeDays !== null ? 1 : 0) +
    filters.company.length +
    filters.family.length
  )
}
