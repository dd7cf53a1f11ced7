// A posting's page and the compare page's shell rendered at build time (scripts/prerender.ts)
// with the app's own routes and components, as board's first view is (prerender-board.tsx).
import type { QueryClient } from '@tanstack/react-query'
import type { PostingCard, PostingFile } from '@/model/board-files'
import { compareParamsToString } from '@/url/compare-params'
import { createQueryClient } from './query-client'
import { renderRoute, routePages, type PageData, type RoutePages } from './prerender-route'

/**
 * `/jobs/<id>` as the app first draws it: with the posting's file and the card chunks
 * holding its similar roles, as the app's start loads them before its first render
 * (first-view.ts). The page's hooks read them from the page's PrerenderedFiles, not from
 * a query cache (src/data/prerendered-files.ts), so every page shares one empty client.
 */
export async function renderPostingPage(
  file: PostingFile,
  cards: ReadonlyMap<number, PostingCard[]>,
): Promise<string> {
  const page = (): PageData => ({
    client: (client ??= createQueryClient()),
    files: { postings: new Map([[file.posting.id, file]]), cards },
  })
  const path = `/jobs/${encodeURIComponent(file.posting.id)}`
  // A build renders thousands of these pages: the layout around them once (routePages).
  return (await (postingPages ??= routePages(path, page)))(path, page)
}

let postingPages: Promise<RoutePages> | undefined
let client: QueryClient | undefined

/**
 * `/compare` while its roles load: the page's heading and the table's frame. What it shows
 * does not depend on the ids (any two of the board's give the loading state).
 */
export async function renderCompareShell(ids: readonly [string, string]): Promise<string> {
  return renderRoute(`/compare?${compareParamsToString([...ids])}`, { client: createQueryClient() })
}
