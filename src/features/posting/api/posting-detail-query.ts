import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { boardPostingsQuery, postingsKeys } from '@/data/postings-query'

/**
 * One role of the board by id; null when the board has no such role. Under
 * ['postings'], so invalidating the board (a pasted posting) refreshes it too.
 */
export const postingDetailQuery = (queryClient: QueryClient, id: string) =>
  queryOptions({
    queryKey: [...postingsKeys.all, 'detail', id] as const,
    queryFn: async () => {
      const postings = await queryClient.ensureQueryData(boardPostingsQuery())
      return postings.find((posting) => posting.id === id) ?? null
    },
    staleTime: Infinity,
  })
