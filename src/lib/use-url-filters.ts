import { useCallback, useMemo } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { FilterState } from '@/model/filters'
import { boardParamsToString, parseBoardParams } from '@/url/board-params'

export type SetFilters = (next: FilterState, options?: { replace?: boolean }) => void

/**
 * The URL owns a page's filters (the board's, and the saved page's over bookmarks): parsed
 * once per location, written back canonically. Typing replaces the history entry
 * (`replace`), a facet click pushes a new one; the page keeps its scroll position.
 */
export function useUrlFilters(): {
  filters: FilterState
  notes: string[]
  setFilters: SetFilters
} {
  const { search, pathname } = useLocation()
  const navigate = useNavigate()
  const parsed = useMemo(() => parseBoardParams(search), [search])
  const setFilters = useCallback<SetFilters>(
    (next, options) => {
      const query = boardParamsToString(next)
      const target = query ? `?${query}` : ''
      if (target === search) return
      // flushSync: a controlled checkbox or search box must show its new state at once, and
      // the next event must see the new filters (a transition would leave both a step behind).
      void navigate(
        { pathname, search: target },
        { replace: options?.replace ?? false, flushSync: true, preventScrollReset: true },
      )
    },
    [navigate, pathname, search],
  )
  return { filters: parsed.value, notes: parsed.notes, setFilters }
}
