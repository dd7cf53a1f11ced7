import { useSyncExternalStore } from 'react'
import { useHydrated } from '@/lib/use-hydrated'
import { getAppStore, prerenderSnapshot } from './app-store'
import type { StoreSnapshot } from './store'

/**
 * Reads part of the stored data and re-renders when it changes, in this tab or another.
 * The selector must return a part of the snapshot (or a primitive), not a new object.
 */
export function useStored<T>(select: (snapshot: StoreSnapshot) => T): T {
  const store = getAppStore()
  const read = () => select(store.getSnapshot())
  // The build's prerender and the app's hydration of its markup read no saved data (the
  // build has none): the tab's own data renders in the transition that follows
  // (useHydrated). The store's own snapshot serves as its server snapshot too, so React
  // finds nothing changed after hydration to re-render at once.
  const live = useSyncExternalStore(store.subscribe, read, read)
  return useHydrated() ? live : select(prerenderSnapshot())
}

export const useBookmarks = () => useStored((s) => s.bookmark)
export const useBookmark = (postingId: string) => useStored((s) => s.bookmark.get(postingId))
export const useHidden = () => useStored((s) => s.hidden)
export const useIsHidden = (postingId: string) => useStored((s) => s.hidden.has(postingId))
export const useIsSeen = (postingId: string) => useStored((s) => s.seen.has(postingId))
export const useIsPasted = (postingId: string) => useStored((s) => s.pasted.has(postingId))
export const usePasted = () => useStored((s) => s.pasted)
export const useSavedSearches = () => useStored((s) => s.search)
export const useTray = () => useStored((s) => s.tray)
export const useQuarantine = () => useStored((s) => s.quarantine)
export const useStorageNotices = () => useStored((s) => s.notices)
export const useStorageMode = () => useStored((s) => s.mode)
