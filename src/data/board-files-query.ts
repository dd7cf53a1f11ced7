import { queryOptions } from '@tanstack/react-query'
import boardData from 'virtual:board-data'
import { dataPaths, type PostingCard, type PostingFile } from '@/model/board-files'
import { decodeColumns, type BoardColumns } from '@/search/columns'
import { decodeFragment, type BoardIndexFile, type FragmentFile } from '@/search/shipped-board'
import { fragmentFileName, type Fragment } from '@/search/text-fragments'

/**
 * The static data files the build wrote (README, "Data files"), one query per file. They
 * never change while the page is open (a new build writes a new folder), so they never go
 * stale; keys are hierarchical under ['board-data'].
 */
export const boardDataKeys = {
  all: ['board-data'] as const,
  index: () => [...boardDataKeys.all, 'index'] as const,
  ids: () => [...boardDataKeys.all, 'ids'] as const,
  cards: (chunk: number) => [...boardDataKeys.all, 'cards', chunk] as const,
  text: (key: string) => [...boardDataKeys.all, 'text', key] as const,
  posting: (id: string) => [...boardDataKeys.all, 'posting', id] as const,
}

class MissingFile extends Error {}

async function fetchJson<T>(file: string): Promise<T> {
  // Accept: JSON, so a static host's fallback page is not served in place of a missing file.
  const response = await fetch(boardData.base + file, { headers: { Accept: 'application/json' } })
  if (response.status === 404) throw new MissingFile(file)
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`)
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes('json')) throw new MissingFile(file)
  return (await response.json()) as T
}

export type LoadedBoardIndex = { columns: BoardColumns; fragments: ReadonlySet<string> }

export const boardIndexQuery = () =>
  queryOptions({
    queryKey: boardDataKeys.index(),
    queryFn: async (): Promise<LoadedBoardIndex> => {
      const file = await fetchJson<BoardIndexFile>(dataPaths.index)
      return { columns: decodeColumns(file.columns), fragments: new Set(file.fragments) }
    },
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  })

/** The shipped postings' ids by row: needed only to match ids to rows (hidden, pasted, saved). */
export const boardIdsQuery = () =>
  queryOptions({
    queryKey: boardDataKeys.ids(),
    queryFn: () => fetchJson<string[]>(dataPaths.ids),
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  })

export const cardChunkQuery = (chunk: number) =>
  queryOptions({
    queryKey: boardDataKeys.cards(chunk),
    queryFn: () => fetchJson<PostingCard[]>(dataPaths.card(chunk)),
    staleTime: Infinity,
    structuralSharing: false,
  })

export const textFragmentQuery = (key: string) =>
  queryOptions({
    queryKey: boardDataKeys.text(key),
    queryFn: async (): Promise<Fragment> =>
      decodeFragment(await fetchJson<FragmentFile>(dataPaths.fragment(fragmentFileName(key)))),
    staleTime: Infinity,
    structuralSharing: false,
  })

/** One shipped posting with its row; null when the board has no such posting. */
export const postingFileQuery = (id: string) =>
  queryOptions({
    queryKey: boardDataKeys.posting(id),
    queryFn: async (): Promise<PostingFile | null> => {
      try {
        return await fetchJson<PostingFile>(dataPaths.posting(id))
      } catch (error) {
        if (error instanceof MissingFile) return null
        throw error
      }
    },
    staleTime: Infinity,
    structuralSharing: false,
  })
