import type { FilterState } from '@/model/filters'
import type { FacetKey } from '@/search/types'

export type Relaxation = {
  /** What to say: 'remove the search “kafka”', 'remove Stack “Go”' ... */
  label: string
  filters: FilterState
  /** How many results the board would show without it. */
  total: number
}

const FACET_NAMES: Record<FacetKey, string> = {
  stack: 'Stack',
  seniority: 'Seniority',
  country: 'Country',
  city: 'City',
  mode: 'Work mode',
  company: 'Company',
  family: 'Role family',
}

/**
 * For an empty result: each single filter whose removal would bring results back, best
 * first. Only the active filters are tried, so this stays cheap.
 */
export function relaxSuggestions(
  engine: { search(filters: FilterState): { total: number } },
  filters: FilterState,
  format: (key: FacetKey, value: string) => string = (_k, v) => v,
): Relaxation[] {
  const candidates: Omit<Relaxation, 'total'>[] = []
  if (filters.q)
    candidates.push({ label: `the search “${filters.q}”`, filters: { ...filters, q: '' } })
  for (const key of Object.keys(FACET_NAMES) as FacetKey[]) {
    for (const value of filters[key] as string[]) {
      candidates.push({
        label: `${FACET_NAMES[key]} “${format(key, value)}”`,
        filters: { ...filters, [key]: (filters[key] as string[]).filter((v) => v !== value) },
      })
    }
  }
  if (filters.maxOfficeDays !== null)
    candidates.push({
      label: `at most ${filters.maxOfficeDays} office days`,
      filters: { ...filters, maxOfficeDays: null },
    })
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
