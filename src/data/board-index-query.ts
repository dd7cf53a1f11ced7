import { queryOptions } from '@tanstack/react-query'
import { createSearchEngine } from '@/search/engine'
import { boardPostingsQuery, postingsKeys } from './postings-query'

export const boardIndexKey = () => [...postingsKeys.all, 'index'] as const

/**
 * The search index over the board's postings, built once per postings array and shared by
 * everything that searches the board (the board itself, saved searches). Invalidating
 * ['postings'] rebuilds it from the fresh postings (fetchQuery joins an in-flight refetch).
 */
export const boardIndexQuery = () =>
  queryOptions({
    queryKey: boardIndexKey(),
    queryFn: async ({ client }) =>
      createSearchEngine(await client.fetchQuery(boardPostingsQuery())),
    staleTime: Infinity,
    structuralSharing: false,
  })
