import { QueryClientProvider } from '@tanstack/react-query'
import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { PostingSlotsProvider } from '@/components/posting-actions-slot'
import { nextTask } from '@/lib/next-task'
import { Adopting } from '@/lib/use-hydrated'
import { openAppStore } from '@/storage/app-store'
import { postingSlots } from './posting-slots'
import { prefetchRoute } from './first-view'
import { enablePrerenderedControls } from './prerendered-controls'
import { STALE_VIEW_ATTRIBUTE } from './app-start'
import { createQueryClient } from './query-client'
import { routes } from './router'
import './styles.css'

const queryClient = createQueryClient()
// The page's first data (the board's first screen, a posting with its similar roles, the
// roles compared) loads with the script, not after React's first render.
const firstView = prefetchRoute(queryClient, window.location)
// openAppStore never rejects (it falls back to memory), nor does the prefetch.
const stored = openAppStore()
// React DOM's renderer (half of the app's first-load script) is a chunk of its own,
// preloaded with this one (scripts/app-start-plugin.ts) but evaluated in a task of its own
// after this module's: the main thread is free between them.
const renderer = import('react-dom/client')

// The start runs in steps, each a task of its own (nextTask): this module's evaluation,
// the router, then the first render, so that none is a long task on a slow phone (what
// Lighthouse's total blocking time counts: every task over 50 ms at 4x CPU).
//
// The saved data is read before the first render, so no view draws without it. The first
// render also waits for the data of the page's first screen: the HTML already shows that
// screen (the board's first view and posting pages are prerendered at build time), and
// React draws the same over it rather than a loading state in between (no layout shift,
// no second largest paint).
// A lazy route's module loads before the first render too, so the first render is the
// route itself and never an empty page between the prerendered one and the app's.
const container = document.getElementById('root')!

void nextTask().then(async () => {
  const router = createBrowserRouter(routes)
  const [{ createRoot, hydrateRoot }] = await Promise.all([
    renderer,
    stored.then((store) => firstView(store.getSnapshot())),
    routed(router),
  ])
  await nextTask()
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <PostingSlotsProvider value={postingSlots}>
          <Started>
            <RouterProvider router={router} />
          </Started>
        </PostingSlotsProvider>
      </QueryClientProvider>
    </StrictMode>
  )
  // As a transition, the first render yields to the browser every few milliseconds
  // instead of holding the main thread for the whole tree (the page is painted already).
  if (adoptsPrerender(container)) {
    // The app's first render is the page the HTML already shows: React adopts its elements
    // (hydration) instead of clearing them and drawing the same anew, which cost the
    // page's start a long task (the clearing, then the new elements' style and layout).
    // Should the markup differ from what the app renders, React draws the page anew, as
    // createRoot would, and says why.
    startTransition(() => {
      hydrateRoot(container, <Adopting>{app}</Adopting>, {
        onRecoverableError: (error) =>
          console.warn('Roleboard: the prerendered page was drawn anew:', errorMessage(error)),
      })
    })
    return
  }
  const root = createRoot(container)
  startTransition(() => root.render(app))
})

/**
 * Whether the page's HTML is the view the app renders first: a posting's own page, or the
 * board's default view at its own address (static hosts answer every other address with
 * index.html, which then shows a stale view: static-pages.ts) with no fragment and no
 * history state of the app's own (a closed preview pane, a chosen role: the build's view
 * has neither), or the compare page, whose HTML is its loading state, as the app's first
 * render of it is (compare-page.tsx).
 */
function adoptsPrerender(root: HTMLElement): boolean {
  const view = root.dataset.view
  if (view === 'posting') return /^\/jobs\/[^/]+$/.test(window.location.pathname)
  if (view === 'compare') return window.location.pathname === '/compare'
  const state = (window.history.state as { usr?: unknown } | null)?.usr
  return (
    view === 'board' &&
    !document.documentElement.hasAttribute(STALE_VIEW_ATTRIBUTE) &&
    window.location.hash === '' &&
    state == null
  )
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Resolves once the router has matched the address and loaded its lazy route. */
function routed(router: ReturnType<typeof createBrowserRouter>): Promise<void> {
  return new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve()
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  })
}

/**
 * Once the app's first render is in the page (its layout effects run after those of
 * everything inside it), the controls the prerender disabled work,
 * and the prerendered view's mark goes: the
 * stale-view guard (static-pages.ts) no longer applies, and `#root:not([data-view])` says
 * the page is the app's now (the end-to-end tests wait for it before they act).
 */
function Started({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    enablePrerenderedControls(container)
    container.removeAttribute('data-view')
  }, [])
  return children
}
