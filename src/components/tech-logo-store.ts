import { useEffect, useSyncExternalStore } from 'react'
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
  const listeners = new Set<() => void>()
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
        for (const listener of listeners) listener()
      },
      // A chunk that failed to load (offline, a new deployment) is tried again on next show.
      () => void requested.delete(key),
    )
  }

  function subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }

  return function useLogo(key: string): { known: boolean; data: T | undefined } {
    const known = Object.hasOwn(loaders, key)
    const read = () => loaded.get(key)
    // The prerender draws no logo (they load after the first paint): nor does the app's
    // hydration of its markup, even if a logo has arrived by then; it follows in the
    // transition after (useHydrated), as the tab's saved data does (storage/hooks.ts).
    const data = useSyncExternalStore(subscribe, read, read)
    const hydrated = useHydrated()
    useEffect(() => {
      if (known) request(key)
    }, [known, key])
    return { known, data: hydrated ? data : undefined }
  }
}
