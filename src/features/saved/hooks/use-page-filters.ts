import { useCallback, useMemo } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { FilterState } from '@/model/filters'
import { boardParamsToString, parseBoardParams } from '@/url/board-params'

/** The saved page filters its bookmarks like the board, and keeps the filters in its URL. */
export function usePageFilters() {
  const { search, pathname } = useLocation()
  const navigate = useNavigate()
  const parsed = useMemo(() => parseBoardParams(search), [search])
  const setFilters = useCallback(
    (next: FilterState, options?: { replace?: boolean }) => {
      const query = boardParamsToString(next)
      const target = query ? `?${query}` : ''
      if (target === search) return
      void navigate(
        { pathname, search: target },
        { replace: options?.replace ?? false, flushSync: true, preventScrollReset: true },
      )
    },
    [navigate, pathname, search],
  )
  return { filters: parsed.value, notes: parsed.notes, setFilters }
}
