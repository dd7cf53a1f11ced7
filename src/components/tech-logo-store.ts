import { useEffect, useSyncExternalStore } from 'react'

type Loaders<T> = Record<string, () => Promise<{ default: T }>>

/**
 * A hook giving a logo by its canonical name once loaded (undefined before), and whether
 * there is one. A plain store rather than one query per logo: a page shows up to dozens of
 * logos, and a query each (its observer, its timers) made their first mount one long task
 * of the page's start (Lighthouse's blocking time). Each logo shows as its chunk arrives:
 * a small render of the few places it is drawn, not one render of them all.
 */
export function logoHook<T>(loaders: Loaders<T>) {
  const loaded = new Map<string, T>()
  const requested = new Set<string>()
  const listeners = new Set<() => void>()

  function request(key: string) {
    if (requested.has(key)) return
    requested.add(key)
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
    const data = useSyncExternalStore(subscribe, read, read)
    useEffect(() => {
      if (known) request(key)
    }, [known, key])
    return { known, data }
  }
}
