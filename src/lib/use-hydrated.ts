import {
  createContext,
  createElement,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react'

// True where the app draws the page itself; false in the build's prerender and while the
// app adopts that prerendered markup. A context flipped in a transition rather than
// useSyncExternalStore with a server snapshot: React re-renders a store whose server and
// client snapshots differ right after hydration at its highest priority, in one task of
// every component that reads one (the layout, the list, every card, their saved data):
// at 10,000 postings the longest tasks of the board's start. A transition's render yields
// to the browser every few milliseconds instead.
const Hydrated = createContext(true)

/** Around the build's prerender: every page there is drawn as the prerender draws it. */
export function Prerendering({ children }: { children: ReactNode }) {
  return createElement(Hydrated.Provider, { value: false }, children)
}

/**
 * Around the app while it adopts a prerendered page (hydrateRoot): the prerender's values
 * for its first render, so that it meets exactly the build's markup, then the tab's own in
 * a transition once that render is in the page.
 */
export function Adopting({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => {
    startTransition(() => setHydrated(true))
  }, [])
  return createElement(Hydrated.Provider, { value: hydrated }, children)
}

/**
 * False in the build's prerender and while the app adopts that prerendered markup
 * (hydration), true otherwise. What the prerender cannot put in its HTML (a style
 * attribute, which the Content-Security-Policy forbids there) is rendered only once this is
 * true: hydration then meets exactly the markup the build wrote, and React adds the rest in
 * the render that follows it. A page the app draws itself has it true from its first render.
 */
export function useHydrated(): boolean {
  return useContext(Hydrated)
}

/**
 * The attribute carrying the day (UTC, YYYY-MM-DD) a page was prerendered on, written by the
 * layout while the page is the prerender's (RenderedOn): the app's hydration reads it, so
 * that ages ("3 d") are counted from the same day as in the HTML, then from today.
 */
export const RENDERED_ON = 'data-rendered-on'

let buildDay: Date | undefined
let pageDay: Date | undefined
let today: Date | undefined

/** The day the build renders every page on: once per build, so every page agrees. */
function prerenderDay(): Date {
  if (typeof document === 'undefined') return (buildDay ??= new Date())
  if (pageDay) return pageDay
  const stated = document.querySelector(`[${RENDERED_ON}]`)?.getAttribute(RENDERED_ON)
  const parsed = stated ? new Date(`${stated}T12:00:00Z`) : null
  return (pageDay = parsed && !Number.isNaN(parsed.getTime()) ? parsed : clientDay())
}

function clientDay(): Date {
  return (today ??= new Date())
}

/**
 * Now, for what counts days (a posting's age): the app's start in the browser; the build's
 * day in its prerender and while the app adopts that markup.
 */
export function useNow(): Date {
  return useHydrated() ? clientDay() : prerenderDay()
}

/** What the layout writes as RENDERED_ON: the prerender's day, until the app has adopted it. */
export function useRenderedOn(): string | undefined {
  return useHydrated() ? undefined : prerenderDay().toISOString().slice(0, 10)
}
