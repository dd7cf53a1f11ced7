import { activeFilters } from '@/components/facets/facet-labels'
import type { FilterState } from '@/model/filters'

export type Relaxation = {
  /** What to say: 'Search: “kafka”', 'Stack: Go' ... (an active filter's chip label) */
  label: string
  filters: FilterState
  /** How many results the board would show without it. */
  total: number
}

/**
 * For an empty result: each single active filter whose removal would bring results back,
 * best first (the same filters the chips list). Only the active filters are tried, so
 * this stays cheap.
 */
export function relaxSuggestions(
  engine: { search(filters: FilterState): { total: number } },
  filters: FilterState,
): Relaxation[] {
  const candidates = activeFilters(filters).map((active) => ({
    label: active.label,
    filters: active.without,
  }))
  if (filters.stackMode === 'all' && filters.stack.length > 1)
    candidates.push({
      label: 'matching all of the stack (match any instead)',
      filters: { ...filters, stackMode: 'any' },
    })
  return candidates
    .map((c) => ({ ...c, total: engine.search(c.filters).total }))
    .filter((c) => c.total > 0)
    .sort((a, b) => b.total - a.total)
}
