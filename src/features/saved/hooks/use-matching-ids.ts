import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { boardPostingsQuery } from '@/data/postings-query'
import { createSearchEngine } from '@/search/engine'
import type { SearchEngine } from '@/search/types'
import { parseBoardParams } from '@/url/board-params'

/**
 * A function from a board query string to the ids it matches on the board right now, or
 * null while the board's postings load. The index is built on the first call (so the
 * board does not pay for it until a search is saved), once per postings array.
 */
export function useBoardMatcher(): ((query: string) => string[]) | null {
  const { data } = useQuery(boardPostingsQuery())
  return useMemo(() => {
    if (!data) return null
    let engine: SearchEngine | null = null
    const cache = new Map<string, string[]>()
    return (query: string) => {
      let ids = cache.get(query)
      if (!ids) {
        engine ??= createSearchEngine(data)
        ids = engine.search(parseBoardParams(query).value).items.map((posting) => posting.id)
        cache.set(query, ids)
      }
      return ids
    }
  }, [data])
}
