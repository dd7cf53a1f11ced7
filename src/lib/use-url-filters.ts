import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { FilterState } from '@/model/filters'
import type { ParsedParams } from '@/url/board-params'
import { boardParamsToString, parseBoardParams } from '@/url/board-params'

export type SetFilters = (next: FilterState, options?: { replace?: boolean }) => void
export type SetView<T> = (next: T, options?: { replace?: boolean }) => void

/** A page's state in the query string: how it is read and written (src/url). */
export type UrlCodec<T> = {
  parse: (search: string) => ParsedParams<T>
  write: (value: T) => string
}

const BOARD_CODEC: UrlCodec<FilterState> = { parse: parseBoardParams, write: boardParamsToString }

/**
 * A query string the page shows before the router's location has it: `search` on
 * `pathname`, while the router's location is still one of `before` (the one it was written
 * over, then any written on the way: two clicks before the router has caught up).
 */
type Ahead = { pathname: string; before: readonly string[]; search: string }

let ahead: Ahead | null = null
const listeners = new Set<() => void>()
const subscribeAhead = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
const setAhead = (next: Ahead | null) => {
  ahead = next
  for (const listener of listeners) listener()
}

/** The query string a page shows: what was just written while the router catches up. */
export function shownSearch(pending: Ahead | null, pathname: string, search: string): string {
  return pending && pending.pathname === pathname && pending.before.includes(search)
    ? pending.search
    : search
}

/**
 * The URL owns a page's view: parsed once per location, written back canonically. Typing
 * replaces the history entry (`replace`), a click pushes a new one; the page keeps its
 * scroll position. `codec` must be a stable (module-level) object.
 *
 * A change shows at once and the address follows in the same task (`history.pushState`),
 * but the router's own render of the new location (every part of the app that reads it)
 * comes after, as a transition that yields to the browser: a facet click's synchronous
 * render is the page's view alone. Until the router's location has the new query, the
 * view shows it (a store beside the router, read synchronously as a controlled checkbox or
 * search box needs, and by the next event).
 */
export function useUrlView<T>(codec: UrlCodec<T>): {
  value: T
  notes: string[]
  setValue: SetView<T>
} {
  const { search, pathname } = useLocation()
  const navigate = useNavigate()
  // The query shown, a string: the router catching up with it renders nothing again.
  const aheadOfRouter = () => shownSearch(ahead, pathname, search)
  const shown = useSyncExternalStore(subscribeAhead, aheadOfRouter, aheadOfRouter)
  const parsed = useMemo(() => codec.parse(shown), [codec, shown])
  // Once the router's location has the query, or has gone elsewhere (Back, a link), the
  // view follows the router again.
  useEffect(() => {
    const pending = ahead
    if (!pending) return
    const caughtUp = pathname === pending.pathname && search === pending.search
    const elsewhere = pathname !== pending.pathname || !pending.before.includes(search)
    if (caughtUp || elsewhere) setAhead(null)
  }, [pathname, search, shown])
  const setValue = useCallback<SetView<T>>(
    (next, options) => {
      const query = codec.write(next)
      const target = query ? `?${query}` : ''
      if (target === shown) return
      const pending = ahead
      const before = shown === search ? [search] : [...(pending?.before ?? [search]), shown]
      setAhead({ pathname, before, search: target })
      void navigate(
        { pathname, search: target },
        { replace: options?.replace ?? false, preventScrollReset: true },
      )
    },
    [codec, navigate, pathname, search, shown],
  )
  return { value: parsed.value, notes: parsed.notes, setValue }
}

/** The board's filters in the URL (the board, insights): useUrlView with the board's codec. */
export function useUrlFilters(): {
  filters: FilterState
  notes: string[]
  setFilters: SetFilters
} {
  const { value, notes, setValue } = useUrlView(BOARD_CODEC)
  return { filters: value, notes, setFilters: setValue }
}
