import { queryOptions, type QueryClient } from '@tanstack/react-query'
import boardData from 'virtual:board-data'
import { dataPaths, type PostingCard, type PostingFile } from '@/model/board-files'
import type { BoardColumns } from '@/search/columns'
import type { FacetIndex } from '@/search/facet-index'
import { decodeFragment, type FragmentFile } from '@/search/shipped-board'
import type { FacetKey } from '@/search/types'
import type { StackAliases } from '@/search/stack-aliases'
import { fragmentFileName, type Fragment } from '@/search/text-fragments'
import { openBoardIndexOffThread } from './open-board-index'

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

/** The server could not be reached (offline), and the service worker had no copy. */
export class Unreachable extends Error {}

/** A data file's response, once it is known to be that file and not a fallback page. */
async function fetchFile(file: string): Promise<Response> {
  // Accept: JSON, so a static host's fallback page is not served in place of a missing file.
  let response: Response
  try {
    response = await fetch(boardData.base + file, { headers: { Accept: 'application/json' } })
  } catch {
    throw new Unreachable(`${file}: the network could not be reached`)
  }
  if (response.status === 404) throw new MissingFile(file)
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`)
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes('json')) throw new MissingFile(file)
  return response
}

async function fetchJson<T>(file: string): Promise<T> {
  return (await (await fetchFile(file)).json()) as T
}

export type LoadedBoardIndex = {
  columns: BoardColumns
  facets: Record<FacetKey, FacetIndex>
  /** The rows in the newest order (the default), computed in the worker. */
  newest: Uint32Array
  fragments: ReadonlySet<string>
  aliases: StackAliases
}

/** The board's index: fetched here (index.html preloads it), opened in a worker. */
export const boardIndexQuery = () =>
  queryOptions({
    queryKey: boardDataKeys.index(),
    queryFn: async (): Promise<LoadedBoardIndex> => {
      const bytes = await (await fetchFile(dataPaths.index)).arrayBuffer()
      const { columns, facets, newest, fragments, aliases } = await openBoardIndexOffThread(bytes)
      return { columns, facets, newest, fragments: new Set(fragments), aliases }
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
    // Offline, a file the service worker did not keep will not come by retrying.
    retry: (failures, error) => !(error instanceof Unreachable) && failures < 3,
  })

/**
 * Fetches a posting's file once, so the service worker keeps it (scripts/offline.ts) and a
 * bookmarked role opens offline though it was never opened. Fire-and-forget: failing
 * (offline, say) only means it is not kept; the page says so if it is opened offline.
 */
export function keepPostingForOffline(id: string): void {
  fetchFile(dataPaths.posting(id))
    .then((response) => response.arrayBuffer())
    .catch(() => undefined)
}

/**
 * Starts loading what the board's default view shows first: its index and the cards of its
 * first screen (index.html preloads the same files, so these requests are answered from
 * the preload). Called at startup, so the first cards render with the board, not a render
 * after it. Returns a wait for them (never rejecting: an error shows in the board), which
 * also loads the ids file when the user's data (hidden or pasted roles) needs it.
 */
export function prefetchFirstView(
  client: QueryClient,
): (stored: {
  hidden: ReadonlyMap<string, unknown>
  pasted: ReadonlyMap<string, unknown>
}) => Promise<void> {
  const loading = [
    client.prefetchQuery(boardIndexQuery()),
    ...boardData.firstChunks.map((chunk) => client.prefetchQuery(cardChunkQuery(chunk))),
  ]
  return async (stored) => {
    if (stored.hidden.size > 0 || stored.pasted.size > 0)
      loading.push(client.prefetchQuery(boardIdsQuery()))
    await Promise.all(loading)
  }
}
