import type { FilterState, PostedWindow } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import { FACET_KEYS, type FacetKey } from './facet-registry.ts'

export { FACET_KEYS, type FacetKey }

export type FacetValue = { value: string; count: number }

/** Counts for the filters that are not lists of values. */
export type RangeCounts = {
  /** Roles each "Posted" window would show, with the other filters kept. */
  posted: Record<PostedWindow, number>
  /** Roles that state a pay figure the rate table converts, with the other filters kept. */
  payStated: number
}

export type SearchResult = {
  /** Matching postings in the requested order. */
  items: Posting[]
  total: number
  /** For each facet, every value with the number of postings it would show (see README). */
  facets: Record<FacetKey, FacetValue[]>
  ranges: RangeCounts
  /** Whole words to mark besides the query's prefixes: alias names, words a typo meant. */
  highlight: string[]
}

/** Options of one search: `today` (ISO day) anchors the "Posted" windows. */
export type SearchOptions = { today?: string }

export type SearchEngine = {
  search(filters: FilterState, options?: SearchOptions): SearchResult
}
