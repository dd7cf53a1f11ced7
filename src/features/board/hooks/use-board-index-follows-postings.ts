import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { boardPostingsQuery, postingsKeys } from '@/data/postings-query'
import { boardKeys } from '../api/board-results-query'

/**
 * The search index and cached results are derived from the board's postings. When those
 * change (a pasted posting, a hidden role), the index is rebuilt and every result recomputed.
 */
export function useBoardIndexFollowsPostings() {
  const queryClient = useQueryClient()
  const { data } = useQuery(boardPostingsQuery())
  const seen = useRef(data)
  useEffect(() => {
    if (seen.current === data) return
    const first = seen.current === undefined
    seen.current = data
    if (first) return
    // The index refetch starts first; list refetches then join it through fetchQuery.
    void queryClient.invalidateQueries({ queryKey: boardKeys.index() })
    void queryClient.invalidateQueries({ queryKey: [...postingsKeys.all, 'list'] })
  }, [data, queryClient])
}
