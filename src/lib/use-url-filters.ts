import { useCallback, useMemo } from 'react'
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
 * The URL owns a page's view: parsed once per location, written back canonically. Typing
 * replaces the history entry (`replace`), a click pushes a new one; the page keeps its
 * scroll position. `codec` must be a stable (module-level) object.
 */
export function useUrlView<T>(codec: UrlCodec<T>): {
  value: T
  notes: string[]
  setValue: SetView<T>
} {
  const { search, pathname } = useLocation()
  const navigate = useNavigate()
  const parsed = useMemo(() => codec.parse(search), [codec, search])
  const setValue = useCallback<SetView<T>>(
    (next, options) => {
      const query = codec.write(next)
      const target = query ? `?${query}` : ''
      if (target === search) return
      // flushSync: a controlled checkbox or search box must show its new state at once, and
      // the next event must see the new filters (a transition would leave both a step behind).
      void navigate(
        { pathname, search: target },
        { replace: options?.replace ?? false, flushSync: true, preventScrollReset: true },
      )
    },
    [codec, navigate, pathname, search],
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
