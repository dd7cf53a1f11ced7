import type { FilterState } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'

export const FACET_KEYS = [
  'stack',
  'seniority',
  'country',
  'city',
  'mode',
  'company',
  'family',
] as const
export type FacetKey = (typeof FACET_KEYS)[number]

export type FacetValue = { value: string; count: number }

export type SearchResult = {
  /** Matching postings in the requested order. */
  items: Posting[]
  total: number
  /** For each facet, every value with the number of postings it would show (see README). */
  facets: Record<FacetKey, FacetValue[]>
}

export type SearchEngine = {
  search(filters: FilterState): SearchResult
}
