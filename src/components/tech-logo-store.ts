import { startTransition, useEffect, useReducer } from 'react'
import { useHydrated } from '@/lib/use-hydrated'

type Loaders<T> = Record<string, () => Promise<{ default: T }>>

/**
 * Logos whose loading starts in one task: each import() costs the main thread about a
 * millisecond on a fast machine (more under a profiler), and a page asks for dozens of
 * logos in its first commit.
 */
const LOADS_PER_TASK = 8

/**
 * A hook giving a logo by its canonical name once loaded (undefined before), and whether
 * there is one. A plain store rather than one query per logo: a page shows up to dozens of
 * logos, and a query each (its observer, its timers) made their first mount one long task
 * of the page's start (Lighthouse's blocking time). Each logo shows as its chunk arrives:
 * a small render of the few places it is drawn, not one render of them all.
 */
export function logoHook<T>(loaders: Loaders<T>, nextTask: () => Promise<void>) {
  const loaded = new Map<string, T>()
  const requested = new Set<string>()
  const listeners = new Map<string, Set<() => void>>()
  const queued: string[] = []

  function request(key: string) {
    if (requested.has(key)) return
    requested.add(key)
    queued.push(key)
    if (queued.length === 1) void drain()
  }

  async function drain() {
    while (queued.length > 0) {
      await nextTask()
      for (const key of queued.splice(0, LOADS_PER_TASK)) load(key)
    }
  }

  function load(key: string) {
    loaders[key]!().then(
      (module) => {
        loaded.set(key, module.default)
        for (const listener of listeners.get(key) ?? []) listener()
      },
      // A chunk that failed to load (offline, a new deployment) is tried again on next show.
      () => void requested.delete(key),
    )
  }

  function subscribe(key: string, listener: () => void) {
    const own = listeners.get(key) ?? new Set()
    listeners.set(key, own.add(listener))
    return () => void own.delete(listener)
  }

  return function useLogo(key: string): { known: boolean; data: T | undefined } {
    const known = Object.hasOwn(loaders, key)
    const [, arrived] = useReducer((count: number) => count + 1, 0)
    // A logo once loaded never changes, so reading the map in render cannot tear. Its
    // arrival re-renders where it is drawn in a transition, not as an external store's
    // update would (useSyncExternalStore): those render at once, in the promise's
    // microtask, each logo's arrival a task of its own that also interrupts and restarts
    // whatever the page was rendering in the background (compare's table, the board's
    // list); in a transition, logos that arrive together draw in one render that yields.
    const data = loaded.get(key)
    // The prerender draws no logo (they load after the first paint): nor does the app's
    // hydration of its markup, even if a logo has arrived by then; it follows in the
    // transition after (useHydrated), as the tab's saved data does (storage/hooks.ts).
    const hydrated = useHydrated()
    const drawn = data !== undefined
    useEffect(() => {
      if (!known || drawn) return
      const stop = subscribe(key, () => startTransition(arrived))
      // Arrived between this render and its effect: nothing would tell it.
      if (loaded.has(key)) startTransition(arrived)
      else request(key)
      return stop
    }, [known, key, drawn])
    return { known, data: hydrated ? data : undefined }
  }
}
