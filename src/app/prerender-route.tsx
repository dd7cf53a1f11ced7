// One route of the app rendered to HTML at build time (scripts/prerender.ts), with the
// data the browser would load first already in its query cache: the board's first view,
// each posting's page and the compare page's shell are the app's own components, so the
// app's first render in the browser draws the same layout over them (nothing moves).
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { PostingSlotsProvider } from '@/components/posting-actions-slot'
import { postingSlots } from './posting-slots'
import { routes } from './router'

/** A title, a style attribute, and the start tag of a control. */
const CLEANED = /<title>[^<]*<\/title>| style="[^"]*"|<(?:button|select|input|textarea)\b/g

let staticHandler: ReturnType<typeof createStaticHandler> | undefined

/** The markup of the route at `path` (path and query), for a page's root element. */
export async function renderRoute(path: string, client: QueryClient): Promise<string> {
  // One handler for every page of a build: making it ranks the whole route table again.
  const handler = (staticHandler ??= createStaticHandler(routes))
  const context = await handler.query(new Request(new URL(path, 'http://localhost')))
  if (context instanceof Response) throw new Error(`${path} answered ${context.status}`)
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
  // The page's head has its own title and meta tags: the ones a route renders (React puts
  // them first in the markup) stay out of the body.
  // The Content-Security-Policy forbids style attributes in HTML (React sets styles
  // through the DOM once it renders, which the policy allows): the markup keeps none.
  // Its controls are disabled until the app, which makes them work, replaces them (links
  // work without it); a click or a keystroke is then never lost on a dead control.
  // One pass over the markup for the three (React escapes `<` and `"` in text and in
  // attribute values, so no match can be made or hidden by removing another).
  return html.replace(CLEANED, (found) =>
    found.startsWith('<') && !found.startsWith('<title>') ? `${found} disabled=""` : '',
  )
}
