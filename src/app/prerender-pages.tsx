// A posting's page and the compare page's shell rendered at build time (scripts/prerender.ts)
// with the app's own routes and components, as board's first view is (prerender-board.tsx).
import { cardChunkQuery, postingFileQuery } from '@/data/board-files-query'
import type { PostingCard, PostingFile } from '@/model/board-files'
import { compareParamsToString } from '@/url/compare-params'
import { createQueryClient } from './query-client'
import { renderRoute, routePages, type RoutePages } from './prerender-route'

/**
 * `/jobs/<id>` as the app first draws it: the posting's file and the card chunks holding
 * its similar roles are in the cache, as the app's start loads them before its first
 * render (first-view.ts).
 */
export async function renderPostingPage(
  file: PostingFile,
  cards: ReadonlyMap<number, PostingCard[]>,
): Promise<string> {
  const client = () => {
    const client = createQueryClient()
    client.setQueryData(postingFileQuery(file.posting.id).queryKey, file)
    for (const [chunk, chunkCards] of cards)
      client.setQueryData(cardChunkQuery(chunk).queryKey, chunkCards)
    return client
  }
  const path = `/jobs/${encodeURIComponent(file.posting.id)}`
  // A build renders thousands of these pages: the layout around them once (routePages).
  return (await (postingPages ??= routePages(path, client)))(path, client)
}

let postingPages: Promise<RoutePages> | undefined

/**
 * `/compare` while its roles load: the page's heading and the table's frame. What it shows
 * does not depend on the ids (any two of the board's give the loading state).
 */
export async function renderCompareShell(ids: readonly [string, string]): Promise<string> {
  return renderRoute(`/compare?${compareParamsToString([...ids])}`, createQueryClient())
}
