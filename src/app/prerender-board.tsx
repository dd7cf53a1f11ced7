// The board's first view rendered at build time (scripts/board-prerender.ts): the app's own
// routes, layout, board page and result cards, given the data the browser would load
// first, rendered to HTML with react-dom/server. index.html carries it, so the first cards
// paint before any JavaScript runs; the app renders the same tree over it once its script
// and that data are in.
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { PostingSlotsProvider } from '@/components/posting-actions-slot'
import { boardIndexQuery, cardChunkQuery } from '@/data/board-files-query'
import type { PostingCard } from '@/model/board-files'
import { openBoardIndex } from '@/search/shipped-board'
import { postingSlots } from './posting-slots'
import { createQueryClient } from './query-client'
import { routes } from './router'

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
  const handler = createStaticHandler(routes)
  const context = await handler.query(new Request('http://localhost/'))
  if (context instanceof Response) throw new Error(`the board route answered ${context.status}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={client}>
        <PostingSlotsProvider value={postingSlots}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </PostingSlotsProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
  // The Content-Security-Policy forbids style attributes in HTML (React sets styles
  // through the DOM once it renders, which the policy allows): the markup keeps none.
  // Its controls are disabled until the app, which makes them work, replaces them (links
  // work without it); a click or a keystroke is then never lost on a dead control.
  return html
    .replace(/ style="[^"]*"/g, '')
    .replace(/<(?:button|select|input)\b/g, (tag) => `${tag} disabled=""`)
}
