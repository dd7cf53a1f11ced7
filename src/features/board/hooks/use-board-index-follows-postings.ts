import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { boardPostingsQuery, postingsKeys } from '@/data/postings-query'

/**
 * Cached results are derived from the board's postings. When those change (a pasted
 * posting, a hidden role), every result is recomputed; the index itself is invalidated
 * with the postings by usePostingsFollowStorage, and the list refetches join its rebuild.
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
    void queryClient.invalidateQueries({ queryKey: [...postingsKeys.all, 'list'] })
  }, [data, queryClient])
}
