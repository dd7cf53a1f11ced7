import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { getAppStore } from '@/storage/app-store'
import { boardIndexKey } from './board-index-query'
import { postingsKeys } from './postings-query'

/**
 * Pasting, removing or hiding a posting (here or in another tab) changes the board:
 * refetch the posting lists when those collections change, and the search index built
 * from the board's postings (its refetch joins the board's through fetchQuery).
 */
export function usePostingsFollowStorage() {
  const queryClient = useQueryClient()
  useEffect(() => {
    const store = getAppStore()
    let { pasted, hidden } = store.getSnapshot()
    return store.subscribe(() => {
      const next = store.getSnapshot()
      if (next.pasted !== pasted) {
        void queryClient.invalidateQueries({ queryKey: postingsKeys.every() })
        void queryClient.invalidateQueries({ queryKey: postingsKeys.board() })
        void queryClient.invalidateQueries({ queryKey: boardIndexKey() })
      } else if (next.hidden !== hidden) {
        void queryClient.invalidateQueries({ queryKey: postingsKeys.board() })
        void queryClient.invalidateQueries({ queryKey: boardIndexKey() })
      }
      ;({ pasted, hidden } = next)
    })
  }, [queryClient])
}
