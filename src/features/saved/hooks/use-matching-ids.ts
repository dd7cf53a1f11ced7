import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { boardIndexQuery } from '@/data/board-index-query'
import { parseBoardParams } from '@/url/board-params'

/**
 * A function from a board query string to the ids it matches on the board right now, or
 * null while the board's index loads. It searches the board's own index (one per postings
 * array, shared with the board) rather than building a second one.
 */
export function useBoardMatcher(): ((query: string) => string[]) | null {
  const { data: engine } = useQuery(boardIndexQuery())
  return useMemo(() => {
    if (!engine) return null
    const cache = new Map<string, string[]>()
    return (query: string) => {
      let ids = cache.get(query)
      if (!ids) {
        ids = engine.search(parseBoardParams(query).value).items.map((posting) => posting.id)
        cache.set(query, ids)
      }
      return ids
    }
  }, [engine])
}
