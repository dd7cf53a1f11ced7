// The board's first view rendered at build time (scripts/prerender.ts): the app's own
// routes, layout, board page and result cards, given the data the browser would load
// first, rendered to HTML with react-dom/server. index.html carries it, so the first cards
// paint before any JavaScript runs; the app renders the same tree over it once its script
// and that data are in.
import { boardIndexQuery, cardChunkQuery } from '@/data/board-files-query'
import type { PostingCard } from '@/model/board-files'
import { openBoardIndex } from '@/search/shipped-board'
import { createQueryClient } from './query-client'
import { renderRoute } from './prerender-route'

export type BoardFirstView = {
  /** The board's index file, as the build wrote it. */
  index: string
  /** The card chunks the default view shows first, by chunk number. */
  cards: ReadonlyMap<number, PostingCard[]>
}

/** The markup of `/` with its first cards, for index.html's root element. */
export async function renderBoardFirstView({ index, cards }: BoardFirstView): Promise<string> {
  const client = createQueryClient()
  const opened = openBoardIndex(index)
  client.setQueryData(boardIndexQuery().queryKey, {
    ...opened,
    fragments: new Set(opened.fragments),
  })
  for (const [chunk, chunkCards] of cards)
    client.setQueryData(cardChunkQuery(chunk).queryKey, chunkCards)
  return renderRoute('/', { client })
}
