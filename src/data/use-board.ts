import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { CARD_CHUNK, chunkOfRow, type PostingCard } from '@/model/board-files'
import { assembleBoard, fragmentIndex, type ShippedBoard } from '@/search/shipped-board'
import { fragmentKeysFor } from '@/search/text-fragments'
import type { TextIndex } from '@/search/text-index'
import { useHidden, usePasted } from '@/storage/hooks'
import {
  boardIdsQuery,
  boardIndexQuery,
  cardChunkQuery,
  textFragmentQuery,
} from './board-files-query'
import { usePrerenderedFiles } from './prerendered-files'

export type Board = ShippedBoard & {
  /** Keys of the text fragments the build wrote. */
  fragments: ReadonlySet<string>
  /** The shipped rows' ids, when they were needed and loaded. */
  ids: readonly string[] | null
}

/**
 * The board the user sees: the shipped index, their pasted postings after it, hidden roles
 * left out. Derived in render from what is loaded; rebuilt only when those change. The ids
 * file is loaded only when pasted or hidden postings must be matched to rows.
 */
export function useBoard(options: { needIds?: boolean } = {}): {
  board: Board | null
  error: Error | null
} {
  const index = useQuery(boardIndexQuery())
  const pastedRecords = usePasted()
  const hiddenMarks = useHidden()
  const needIds = options.needIds === true || pastedRecords.size > 0 || hiddenMarks.size > 0
  const ids = useQuery({ ...boardIdsQuery(), enabled: needIds })
  const pasted = useMemo(
    () => [...pastedRecords.values()].map((record) => record.posting),
    [pastedRecords],
  )
  const hidden = useMemo(() => new Set(hiddenMarks.keys()), [hiddenMarks])
  const columns = index.data
  const idList = needIds ? ids.data : null
  const board = useMemo(() => {
    if (!columns || idList === undefined) return null
    return {
      ...assembleBoard(
        columns.columns,
        idList,
        pasted,
        hidden,
        columns.facets,
        columns.aliases,
        columns.newest,
      ),
      fragments: columns.fragments,
      ids: idList,
    }
  }, [columns, idList, pasted, hidden])
  return { board, error: index.error ?? ids.error ?? null }
}

const indexes = new WeakMap<object, Map<number, TextIndex>>()

/**
 * The postings' own text a query needs: the fragments of its terms (fetched on demand),
 * plus the pasted postings' text. `pending` while a fragment is still on its way (results
 * then hold only title, company, team and stack matches).
 */
export function useBoardText(
  board: Board | null,
  q: string,
): { text: readonly TextIndex[]; pending: boolean } {
  const keys = board ? fragmentKeysFor(q, board.fragments) : []
  const results = useQueries({ queries: keys.map((key) => textFragmentQuery(key)) })
  const signature = results.map((result) => result.dataUpdatedAt).join()
  const pending = results.some((result) => result.isPending)
  const fragments = results.flatMap((result) => (result.data ? [result.data] : []))
  const text = useMemo(() => {
    if (!board) return []
    const size = board.engine.index.size
    const loaded = fragments.map((fragment) => {
      let bySize = indexes.get(fragment)
      if (!bySize) indexes.set(fragment, (bySize = new Map<number, TextIndex>()))
      let found = bySize.get(size)
      if (!found) bySize.set(size, (found = fragmentIndex(fragment, size)))
      return found
    })
    return [...loaded, board.pastedText]
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `signature` stands for `fragments`
  }, [board, signature])
  return { text, pending }
}

/** The card of one row: from its chunk file, or the pasted posting itself. */
export function useCard(board: Board, row: number): PostingCard | undefined {
  const shipped = row < board.shippedSize
  const chunk = useQuery({
    ...cardChunkQuery(chunkOfRow(row)),
    enabled: shipped,
  })
  if (!shipped) return board.pasted[row - board.shippedSize]
  return chunk.data?.[row % CARD_CHUNK]
}

/** The cards of several rows (a few: similar roles), undefined until all are loaded. */
export function useCards(board: Board | null, rows: readonly number[]): PostingCard[] | undefined {
  const chunks = [
    ...new Set(rows.filter((row) => board && row < board.shippedSize).map(chunkOfRow)),
  ]
  const results = useQueries({ queries: chunks.map((chunk) => cardChunkQuery(chunk)) })
  if (!board || results.some((result) => !result.data)) return undefined
  const byChunk = new Map(chunks.map((chunk, k) => [chunk, results[k]!.data!]))
  return rows.map((row) =>
    row < board.shippedSize
      ? byChunk.get(chunkOfRow(row))![row % CARD_CHUNK]!
      : board.pasted[row - board.shippedSize]!,
  )
}

/** The cards of a few shipped rows, without the board's index; undefined until all load. */
export const useShippedCards: (rows: readonly number[]) => PostingCard[] | undefined = import.meta
  .env.SSR
  ? usePrerenderedCards
  : useShippedCardChunks

/** In a prerender: from the chunks the page was given (prerendered-files.ts). */
function usePrerenderedCards(rows: readonly number[]): PostingCard[] | undefined {
  const { cards } = usePrerenderedFiles()
  return rows.every((row) => cards.has(chunkOfRow(row))) ? cardsOfRows(rows, cards) : undefined
}

function useShippedCardChunks(rows: readonly number[]): PostingCard[] | undefined {
  const chunks = [...new Set(rows.map(chunkOfRow))]
  const results = useQueries({ queries: chunks.map((chunk) => cardChunkQuery(chunk)) })
  if (results.some((result) => !result.data)) return undefined
  return cardsOfRows(rows, new Map(chunks.map((chunk, k) => [chunk, results[k]!.data!])))
}

const cardsOfRows = (rows: readonly number[], byChunk: ReadonlyMap<number, PostingCard[]>) =>
  rows.flatMap((row) => byChunk.get(chunkOfRow(row))![row % CARD_CHUNK] ?? [])

/** The posting id of a row, when known (shipped ids load only when needed). */
export function idOfRow(board: Board, row: number): string | undefined {
  return row < board.shippedSize ? board.ids?.[row] : board.pasted[row - board.shippedSize]?.id
}
