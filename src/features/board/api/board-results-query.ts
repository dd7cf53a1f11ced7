import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { boardIndexQuery } from '@/data/board-index-query'
import { postingsKeys } from '@/data/postings-query'
import type { FilterState } from '@/model/filters'
import type { SearchEngine } from '@/search/types'

export const boardKeys = {
  list: (filters: FilterState) => [...postingsKeys.all, 'list', filters] as const,
}

/**
 * The board's results and facet counts for one filter state. Once the index is built, a new
 * filter state is searched synchronously while rendering (`initialData`): a facet click
 * paints its results in the same frame instead of after an extra async round and commit.
 */
export const boardResultsQuery = (filters: FilterState, engine?: SearchEngine) =>
  queryOptions({
    queryKey: boardKeys.list(filters),
    queryFn: async ({ client }) => (await client.fetchQuery(boardIndexQuery())).search(filters),
    initialData: engine ? () => engine.search(filters) : undefined,
    staleTime: Infinity,
    structuralSharing: false,
    // The previous view stays on screen while the next one is computed: no flash of empty.
    placeholderData: keepPreviousData,
  })
