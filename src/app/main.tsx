import { QueryClientProvider } from '@tanstack/react-query'
import { startTransition, StrictMode, useLayoutEffect } from 'react'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { PostingSlotsProvider } from '@/components/posting-actions-slot'
import { nextTask } from '@/lib/next-task'
import { openAppStore } from '@/storage/app-store'
import { postingSlots } from './posting-slots'
import { prefetchRoute } from './first-view'
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
void nextTask().then(async () => {
  const router = createBrowserRouter(routes)
  const [{ createRoot }] = await Promise.all([
    renderer,
    stored.then((store) => firstView(store.getSnapshot())),
    routed(router),
  ])
  await nextTask()
  const app = createRoot(document.getElementById('root')!)
  // As a transition, the first render yields to the browser every few milliseconds
  // instead of holding the main thread for the whole tree (the page is painted already).
  startTransition(() =>
    app.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <PostingSlotsProvider value={postingSlots}>
            <RouterProvider router={router} />
          </PostingSlotsProvider>
          <Started />
        </QueryClientProvider>
      </StrictMode>,
    ),
  )
})

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
 * Once the app's first render is in the page, the prerendered view's mark goes: the
 * stale-view guard (static-pages.ts) no longer applies, and `#root:not([data-view])` says
 * the page is the app's now (the end-to-end tests wait for it before they act).
 */
function Started() {
  useLayoutEffect(() => document.getElementById('root')?.removeAttribute('data-view'), [])
  return null
}
