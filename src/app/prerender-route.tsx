// One route of the app rendered to HTML at build time (scripts/prerender.ts), with the
// data the browser would load first already in its query cache: the board's first view,
// each posting's page and the compare page's shell are the app's own components, so the
// app's first render in the browser draws the same layout over them (nothing moves).
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { StrictMode, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import {
  createStaticHandler,
  createStaticRouter,
  matchPath,
  matchRoutes,
  Outlet,
  StaticRouterProvider,
  type RouteObject,
  type StaticHandlerContext,
} from 'react-router'
import { PostingSlotsProvider } from '@/components/posting-actions-slot'
import { Prerendering } from '@/lib/use-hydrated'
import {
  NO_PRERENDERED_FILES,
  PrerenderedFilesContext,
  type PrerenderedFiles,
} from '@/data/prerendered-files'
import { postingSlots } from './posting-slots'
import { disableControls } from './prerendered-controls'
import {
  AtTreePath,
  pathBetween,
  readTreePosition,
  TreePositionProbe,
} from './prerender-tree-position'
import { routes } from './router'

/** A title, and a style attribute. */
const CLEANED = /<title>[^<]*<\/title>| style="[^"]*"/g

/**
 * The page's head has its own title and meta tags: the ones a route renders (React puts
 * them first in the markup) stay out of the body.
 * The Content-Security-Policy forbids style attributes in HTML (React sets styles
 * through the DOM once it renders, which the policy allows): the markup keeps none. The
 * app's components render none in a prerender (useHydrated): this removes any that one
 * adds, so that the page works under the policy; the app's hydration then keeps that
 * element without its style until it renders it again.
 * Its controls are disabled until the app, which makes them work, adopts them (links
 * work without it); a click or a keystroke is then never lost on a dead control
 * (prerendered-controls.ts).
 */
function cleaned(html: string): string {
  return disableControls(html.replace(CLEANED, ''))
}

type StaticHandler = ReturnType<typeof createStaticHandler>

/**
 * What a page is rendered with: the query cache the browser would have filled before its
 * first render, and the data files the posting hooks read in a prerender.
 */
export type PageData = { client: QueryClient; files?: PrerenderedFiles }

/** What `handler` answers for `path`: the routes it matches, their data. */
async function routeContext(handler: StaticHandler, path: string): Promise<StaticHandlerContext> {
  const context = await handler.query(new Request(new URL(path, 'http://localhost')))
  if (context instanceof Response) throw new Error(`${path} answered ${context.status}`)
  return context
}

/** The markup of `path` as `handler` routes it, before cleaning. */
async function renderWith(handler: StaticHandler, path: string, page: PageData) {
  return renderContext(handler, await routeContext(handler, path), page)
}

/** The markup of a route context of `handler`, before cleaning. */
function renderContext(
  handler: StaticHandler,
  context: StaticHandlerContext,
  { client, files }: PageData,
) {
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToString(
    <StrictMode>
      <Prerendering>
        <QueryClientProvider client={client}>
          <PrerenderedFilesContext value={files ?? NO_PRERENDERED_FILES}>
            <PostingSlotsProvider value={postingSlots}>
              <StaticRouterProvider router={router} context={context} hydrate={false} />
            </PostingSlotsProvider>
          </PrerenderedFilesContext>
        </QueryClientProvider>
      </Prerendering>
    </StrictMode>,
  )
  return { html, routeIds: context.matches.map((match) => match.route.id).join(' ') }
}

let staticHandler: StaticHandler | undefined

/** The markup of the route at `path` (path and query), for a page's root element. */
export async function renderRoute(path: string, page: PageData): Promise<string> {
  // One handler for every page of a build: making it ranks the whole route table again.
  const handler = (staticHandler ??= createStaticHandler(routes))
  return cleaned((await renderWith(handler, path, page)).html)
}

/** The app's routes with `target`'s element replaced. */
function withElement(table: RouteObject[], target: RouteObject, element: ReactNode): RouteObject[] {
  return table.map((route): RouteObject => {
    if (route === target) return { ...route, element }
    return route.children
      ? { ...route, children: withElement(route.children, target, element) }
      : route
  })
}

/** A renderer of many pages of one route: the markup of each, as renderRoute gives it. */
export type RoutePages = (path: string, page: () => PageData) => Promise<string>

/** Pages checked against whole renders: the first ones, then one in this many. */
const CHECKED_FIRST = 3
const CHECKED_EVERY = 256

/**
 * Renders many pages of the route that `samplePath` takes (every posting's page), each as
 * renderRoute would, faster: the layout around the route's own part (header, navigation,
 * footer; the same on every page of the route) is rendered once, and each page renders only
 * what the layout's outlet shows, placed where React's tree numbering (its useId values)
 * is the whole page's. The first pages and then one in CHECKED_EVERY are also rendered
 * whole, and any difference stops the build; where the layout cannot be cut out (a lazy
 * layout, a position React numbers otherwise), every page is rendered whole.
 */
export async function routePages(samplePath: string, page: () => PageData): Promise<RoutePages> {
  const whole: RoutePages = (path, page) => renderRoute(path, page())
  const matches = matchRoutes(routes, samplePath)
  const layout = matches?.[0]?.route
  const inner = matches?.[1]?.route
  if (!layout || !inner || layout.lazy || inner.lazy || !layout.element || !inner.element)
    return whole
  // Where the layout's element and what its outlet shows sit in the tree; the second
  // render is the layout's markup with a mark where each page's own part goes.
  const probe = async (target: RouteObject) => {
    const handler = createStaticHandler(withElement(routes, target, <TreePositionProbe />))
    const { html } = await renderWith(handler, samplePath, page())
    return { html, found: readTreePosition(html) }
  }
  const top = await probe(layout)
  const shell = await probe(inner)
  const path = top.found && shell.found && pathBetween(top.found.position, shell.found.position)
  if (!path || !shell.found) return whole
  const before = cleaned(shell.html.slice(0, shell.found.at))
  const after = cleaned(shell.html.slice(shell.found.at + shell.found.markup.length))
  const ownPart = createStaticHandler(
    withElement(
      routes,
      layout,
      <AtTreePath path={path}>
        <Outlet />
      </AtTreePath>,
    ),
  )
  const sample = await routeContext(ownPart, samplePath)
  const { routeIds } = renderContext(ownPart, sample, page())
  const contextOf = pageContexts(sample)
  let rendered = 0
  return async (path, page) => {
    const context = contextOf?.(path)
    const own = context
      ? renderContext(ownPart, context, page())
      : await renderWith(ownPart, path, page())
    // Another route (a path no posting has): the whole page.
    if (own.routeIds !== routeIds) return renderRoute(path, page())
    const markup = before + cleaned(own.html) + after
    if (rendered++ < CHECKED_FIRST || rendered % CHECKED_EVERY === 0) {
      const expected = await renderRoute(path, page())
      if (markup !== expected)
        throw new Error(
          `${path}: its page rendered with the layout cut out differs from the whole page (src/app/prerender-route.tsx)`,
        )
    }
    return markup
  }
}

/** Paths of `table`'s routes that have one, from the root ('' when none is on the way). */
function routePaths(table: RouteObject[], parent = ''): string[] {
  return table.flatMap((route) => {
    const own =
      route.path === undefined
        ? parent
        : route.path.startsWith('/')
          ? route.path
          : `${parent.replace(/\/$/, '')}/${route.path}`
    return [
      ...(route.path === undefined ? [] : [own]),
      ...(route.children ? routePaths(route.children, own) : []),
    ]
  })
}

/**
 * The route contexts of other pages of `sample`'s route without asking the handler for
 * each (its request, matching and data loading cost more than a small page's render): a
 * page's context is the sample's with its own location, and its params in the route's
 * matches. Null when that would not be what the handler answers: a route that loads data
 * or failed, a path above the route's own, or another route that could match the same
 * paths (a dynamic one, other than the catch-all `/*`). Each page's function answers null
 * where its path could be another route's (one of the static paths) or needs decoding,
 * and the page then goes through the handler.
 */
function pageContexts(
  sample: StaticHandlerContext,
): ((path: string) => StaticHandlerContext | null) | null {
  const leaf = sample.matches.at(-1)
  const pattern = leaf?.route.path
  if (
    !leaf ||
    !pattern?.startsWith('/') ||
    sample.statusCode !== 200 ||
    sample.errors !== null ||
    sample.actionData !== null ||
    !Object.values(sample.loaderData).every((data) => data === undefined) ||
    sample.matches.some((match) => match.route.loader || match.route.lazy) ||
    sample.matches.some((match) => match !== leaf && match.route.path !== undefined)
  )
    return null
  const others = routePaths(routes).filter((other) => other !== pattern && other !== '/*')
  if (others.some((other) => /[:*?]/.test(other))) return null
  const normal = (path: string) => path.toLowerCase().replace(/(.)\/+$/, '$1')
  const staticPaths = new Set(others.map(normal))
  return (path) => {
    const { pathname, search, hash } = new URL(path, 'http://localhost')
    if (pathname.includes('%') || staticPaths.has(normal(pathname))) return null
    const found = matchPath({ path: pattern, caseSensitive: leaf.route.caseSensitive }, pathname)
    if (!found) return null
    const params = { ...found.params }
    return {
      ...sample,
      location: { ...sample.location, pathname, search, hash },
      matches: sample.matches.map((match) =>
        match === leaf
          ? { ...match, params, pathname: found.pathname, pathnameBase: found.pathnameBase }
          : { ...match, params },
      ),
    }
  }
}
