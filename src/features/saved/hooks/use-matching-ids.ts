import { useMemo } from 'react'
import { idOfRow, useBoard, useBoardText } from '@/data/use-board'
import { parseBoardParams } from '@/url/board-params'

/**
 * A function from a board query string to the ids it matches on the board right now, or
 * null while what it needs loads: the board's index, the ids by row, and the text
 * fragments of the searches in `queries` (null: none needed yet, nothing is loaded).
 */
export function useBoardMatcher(queries: string[] | null): ((query: string) => string[]) | null {
  const { board } = useBoard({ needIds: queries !== null })
  const words = (queries ?? []).map((query) => parseBoardParams(query).value.q).join(' ')
  const enabled = queries !== null
  const { text, pending } = useBoardText(enabled ? board : null, words)
  return useMemo(() => {
    if (!board?.ids || pending || !enabled) return null
    const cache = new Map<string, string[]>()
    return (query: string) => {
      let ids = cache.get(query)
      if (!ids) {
        const { rows } = board.engine.search(parseBoardParams(query).value, text)
        ids = Array.from(rows, (row) => idOfRow(board, row)!)
        cache.set(query, ids)
      }
      return ids
    }
  }, [board, text, pending, enabled])
}
