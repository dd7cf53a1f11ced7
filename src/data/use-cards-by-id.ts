import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { CARD_CHUNK, chunkOfRow, type PostingCard } from '@/model/board-files'
import { usePasted } from '@/storage/hooks'
import { boardIdsQuery, cardChunkQuery } from './board-files-query'

type ChunkResult = { data?: PostingCard[]; isPending: boolean; error: Error | null }

/** Module-level, so TanStack Query keeps its result while the chunks do not change. */
const combineChunks = (results: ChunkResult[]) => ({
  data: results.map((result) => result.data),
  pending: results.some((result) => result.isPending),
  error: results.find((result) => result.error)?.error ?? null,
})

/**
 * The cards of postings named by id (bookmarks, hidden roles), in the order given: a
 * shipped posting's from the card chunk its row falls in (the ids file maps id to row), a
 * pasted one from the store. Thousands of ids cost the ids file and the chunk files they
 * fall in (16 cards each, shared with the board), never one request per id. `missing`: ids
 * found in neither (a role no longer on the board). `pending` until every chunk is in.
 */
export function useCardsById(ids: readonly string[]): {
  cards: PostingCard[]
  missing: string[]
  pending: boolean
  error: Error | null
} {
  const shippedIds = useQuery(boardIdsQuery())
  const pasted = usePasted()
  const rowOf = useMemo(
    () => (shippedIds.data ? new Map(shippedIds.data.map((id, row) => [id, row])) : null),
    [shippedIds.data],
  )
  const chunks = useMemo(() => {
    if (!rowOf) return []
    const wanted = new Set<number>()
    for (const id of ids) {
      const row = rowOf.get(id)
      if (row !== undefined) wanted.add(chunkOfRow(row))
    }
    return [...wanted].sort((a, b) => a - b)
  }, [rowOf, ids])
  const loaded = useQueries({
    queries: chunks.map((chunk) => cardChunkQuery(chunk)),
    combine: combineChunks,
  })
  const { data } = loaded
  const found = useMemo(() => {
    const cards: PostingCard[] = []
    const missing: string[] = []
    if (!rowOf) return { cards, missing }
    const byChunk = new Map(chunks.map((chunk, k) => [chunk, data[k]]))
    for (const id of ids) {
      const row = rowOf.get(id)
      // A bundled posting wins an id clash with a pasted one, as on the board.
      const card =
        row === undefined
          ? pasted.get(id)?.posting
          : byChunk.get(chunkOfRow(row))?.[row % CARD_CHUNK]
      if (card) cards.push(card)
      else if (row === undefined) missing.push(id)
    }
    return { cards, missing }
  }, [rowOf, chunks, data, ids, pasted])
  return {
    ...found,
    pending: shippedIds.isPending || loaded.pending,
    error: shippedIds.error ?? loaded.error,
  }
}
