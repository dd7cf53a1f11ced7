import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { boardPostingsQuery, postingsKeys } from '@/data/postings-query'
import type { FilterState } from '@/model/filters'
import { createSearchEngine } from '@/search/engine'

export const boardKeys = {
  index: () => [...postingsKeys.all, 'index'] as const,
  list: (filters: FilterState) => [...postingsKeys.all, 'list', filters] as const,
}

/**
 * The search index over the board's postings, built once per postings array. Invalidating
 * ['postings'] rebuilds it from the fresh postings (fetchQuery joins an in-flight refetch).
 */
export const boardIndexQuery = () =>
  queryOptions({
    queryKey: boardKeys.index(),
    queryFn: async ({ client }) =>
      createSearchEngine(await client.fetchQuery(boardPostingsQuery())),
    staleTime: Infinity,
    structuralSharing: false,
  })

/** The board's results and facet counts for one filter state. */
export const boardResultsQuery = (filters: FilterState) =>
  queryOptions({
    queryKey: boardKeys.list(filters),
    queryFn: async ({ client }) => (await client.fetchQuery(boardIndexQuery())).search(filters),
    staleTime: Infinity,
    structuralSharing: false,
    // The previous view stays on screen while the next one is computed: no flash of empty.
    placeholderData: keepPreviousData,
  })
