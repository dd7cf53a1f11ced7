import {
  lazy,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { useLocation } from 'react-router'
import { takeReturn } from '@/lib/return-to-board'
import { SearchBox } from '@/components/search/search-box'
import { CopyLinkButton } from '@/components/ui/copy-link-button'
import { NotesStatus } from '@/components/ui/notes-status'
import { useMediaQuery } from '@/lib/use-media-query'
import { useUrlFilters, type SetFilters } from '@/lib/use-url-filters'
import {
  activeFilterCount,
  clearFilters,
  effectiveSort,
  SORT_ORDERS,
  type FilterState,
  type SortOrder,
} from '@/model/filters'
import { useBoard, useBoardText } from '@/data/use-board'
import type { RowResult } from '@/search/indexed-engine'
import { BoardResults } from './board-results'
import { CompactSwitch } from './compact-switch'
import { FacetDrawer } from './facet-drawer'

// The facet panel loads beside the board's data rather than before its first paint (the
// first-load budget): the import starts as this module runs, so it is usually there first.
const loadFacetPanel = import('@/components/facets/facet-panel')
const FacetPanel = lazy(async () => ({ default: (await loadFacetPanel).FacetPanel }))
const ActiveFilterChips = lazy(async () => ({
  default: (await import('@/components/facets/active-filter-chips')).ActiveFilterChips,
}))
const EmptyState = lazy(async () => ({ default: (await import('./empty-state')).EmptyState }))

const SORT_LABELS: Record<SortOrder, string> = {
  relevance: 'Relevance',
  newest: 'Newest',
  salary: 'Highest pay',
  title: 'Title',
  company: 'Company',
}

/** The chosen order; the default for the query (relevance with one, else newest) is null. */
function withSort(filters: FilterState, sort: SortOrder): FilterState {
  return { ...filters, sort: effectiveSort({ q: filters.q, sort: null }) === sort ? null : sort }
}

/**
 * The board. `extras` are controls other features offer for the current view (such as
 * saving it as a search); the app composes them into the toolbar beside "Copy link".
 * `preview` renders a posting for the preview pane beside the list on a wide screen (the
 * posting feature's, composed by the app; lazily loaded there).
 */
export function BoardPage({
  extras,
  preview,
}: { extras?: ReactNode; preview?: ((id: string) => ReactNode) | undefined } = {}) {
  const { filters, notes, setFilters } = useUrlFilters()
  const { board, error } = useBoard()
  const { text, pending: searchingText } = useBoardText(board, filters.q)
  // Derived in render: searching the loaded index is synchronous and fast, so a facet click
  // paints its results in the same frame.
  const data = useMemo(() => board?.engine.search(filters, text), [board, filters, text])
  // The facet counts follow a click in a render of their own, after the results have painted:
  // redrawing the panel's counts is most of a click's work besides the new cards.
  const counted = useDeferredValue(data)
  // The words to highlight change with the query or the stack filter, not with each click:
  // the same array while they are the same keeps the memoised cards that stay from redrawing.
  const highlightKey = data?.highlight.join('\u0000') ?? ''
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `highlightKey` stands for the words
  const words = useMemo(() => data?.highlight ?? [], [highlightKey])
  const wide = useMediaQuery('(min-width: 64rem)')
  useRestoreReturn(data !== undefined)
  const [drawerOpen, setDrawerOpen] = useState(false)

  // The box keeps what is typed (spaces included); the URL keeps the trimmed query. When the
  // URL changes under it (back, forward, clear all), the box follows.
  const [draft, setDraft] = useState(filters.q)
  const [syncedQ, setSyncedQ] = useState(filters.q)
  if (syncedQ !== filters.q) {
    setSyncedQ(filters.q)
    if (draft.trim() !== filters.q) setDraft(filters.q)
  }

  const total = data?.total ?? 0
  const active = activeFilterCount(filters)
  const sort = effectiveSort(filters)

  const panel = data ? (
    <Suspense fallback={<p className="text-sm text-muted">Loading filters…</p>}>
      <CountedFacetPanel counts={counted ?? data} filters={filters} onChange={setFilters} />
    </Suspense>
  ) : null

  return (
    <div className="mx-auto max-w-7xl px-4 pb-16 pt-3 sm:px-6 sm:pt-6">
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h1 className="text-xl font-bold tracking-tight text-ink sm:text-3xl">Job board</h1>
          {/* On a phone the roles come first: the tagline is for wider screens. */}
          <p className="mt-1 hidden text-sm text-muted sm:block">
            Filter roles by stack, seniority, place and office days. Every view is a link.
          </p>
        </div>
      </div>

      <div className="has-[li]:mt-4">
        <NotesStatus notes={notes} label="Link notes" />
      </div>

      <div
        data-board-toolbar
        className="z-20 -mx-4 mt-2 lg:sticky lg:top-0 border-b border-line/70 bg-canvas px-4 pb-2 pt-1 sm:-mx-6 sm:mt-4 sm:px-6 sm:py-3"
      >
        <div className="flex flex-wrap items-center gap-2">
          <SearchBox
            className="w-full sm:w-auto sm:flex-1"
            value={draft}
            onChange={(value) => {
              setDraft(value)
              setFilters({ ...filters, q: value }, { replace: true })
            }}
          />
          <label className="flex flex-1 items-center gap-2 text-sm text-muted sm:flex-none">
            <span className="hidden sm:inline">Sort by</span>
            <span className="sr-only sm:hidden">Sort by</span>
            <select
              autoComplete="off"
              value={sort}
              onChange={(e) => setFilters(withSort(filters, e.target.value as SortOrder))}
              className="h-11 w-full rounded-lg border border-line bg-surface px-2 text-sm text-ink shadow-sm sm:w-auto"
            >
              {SORT_ORDERS.filter(
                (order) => order !== 'relevance' || filters.q || sort === order,
              ).map((order) => (
                <option key={order} value={order}>
                  {SORT_LABELS[order]}
                </option>
              ))}
            </select>
          </label>
          {!wide ? (
            <button
              type="button"
              aria-haspopup="dialog"
              onClick={() => setDrawerOpen(true)}
              className="inline-flex h-11 items-center gap-1.5 rounded-lg border border-line bg-surface px-3 text-sm font-medium text-ink shadow-sm"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="size-4 fill-current text-muted"
              >
                <path d="M3 5h14v1.5H3V5Zm3 4.25h8v1.5H6v-1.5Zm2 4.25h4V15H8v-1.5Z" />
              </svg>
              Filters{active > 0 ? ` (${active})` : ''}
            </button>
          ) : null}
        </div>
        {/* On a phone one row: the count, then the view's controls, short or as named icons. */}
        <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-2 sm:gap-x-3">
          <p id="result-count" aria-live="polite" className="text-sm text-muted">
            {data ? (
              <>
                <strong className="font-semibold tabular-nums text-ink">{total}</strong>{' '}
                {total === 1 ? 'role' : 'roles'}
                {active > 0 ? (
                  ' match'
                ) : (
                  <span className="sr-only sm:not-sr-only"> on the board</span>
                )}
                {searchingText ? ' so far (searching the postings’ text…)' : ''}
              </>
            ) : (
              'Loading postings…'
            )}
          </p>
          {active > 0 ? (
            <button
              type="button"
              onClick={() => setFilters(clearFilters(filters))}
              className="rounded-md px-1 text-sm font-medium text-accent underline-offset-2 hover:underline"
            >
              Clear all
            </button>
          ) : null}
          <span className="flex-1" />
          <CompactSwitch />
          {extras}
          <CopyLinkButton iconOnlyOnPhone />
        </div>
        <div className="mt-2 empty:hidden">
          {active > 0 ? (
            <Suspense fallback={null}>
              <ActiveFilterChips filters={filters} onChange={setFilters} />
            </Suspense>
          ) : null}
        </div>
      </div>

      <div className="mt-3 sm:mt-6 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
        {wide ? (
          <aside
            aria-label="Filters"
            className="lg:sticky lg:top-36 lg:max-h-[calc(100dvh-10rem)] lg:self-start lg:overflow-y-auto lg:pr-2"
          >
            {panel}
          </aside>
        ) : (
          <FacetDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} total={total}>
            {panel}
          </FacetDrawer>
        )}

        {/* Column 2 even while the panel is not there yet (the prerendered first view). */}
        <div className="min-w-0 lg:col-start-2">
          {error ? (
            <p role="alert" className="rounded-lg bg-warn-soft p-4 text-warn">
              The postings could not be loaded: {error.message}
            </p>
          ) : !data || !board ? (
            <p className="text-muted">Loading postings…</p>
          ) : total === 0 && !searchingText ? (
            <Suspense fallback={<p className="text-muted">No roles match.</p>}>
              <EmptyState
                boardIsEmpty={active === 0}
                filters={filters}
                search={(relaxed) => board.engine.search(relaxed, text)}
                onRelax={(relaxation) => setFilters(relaxation.filters)}
              />
            </Suspense>
          ) : (
            <BoardResults
              board={board}
              rows={data.rows}
              query={filters.q}
              words={words}
              preview={preview}
              wide={wide}
            />
          )}
        </div>
      </div>
    </div>
  )
}

/**
 * The facet panel over a search's counts, read as it renders: the engine counts them on
 * first read, so a board whose panel is not drawn (a phone's closed drawer) never does.
 */
function CountedFacetPanel({
  counts,
  filters,
  onChange,
}: {
  counts: Pick<RowResult, 'facets' | 'ranges'>
  filters: FilterState
  onChange: SetFilters
}) {
  return (
    <FacetPanel
      facets={counts.facets}
      ranges={counts.ranges}
      filters={filters}
      onChange={onChange}
    />
  )
}

/**
 * Back means back: coming back to the view a role was opened from (browser Back, or "Back
 * to the board"), the board scrolls to where it was and focuses the opened card's link.
 */
function useRestoreReturn(ready: boolean) {
  const { pathname, search } = useLocation()
  useEffect(() => {
    if (!ready) return
    const point = takeReturn(pathname + search)
    if (!point) return
    window.scrollTo(0, point.scrollY)
    const href = `/jobs/${encodeURIComponent(point.id)}`
    let frame = 0
    let tries = 0
    // The list renders the rows near the restored scroll position within a frame or two, and
    // the page may still be growing (the first cards paint in plain flow before the virtual
    // list takes over), which clamps the first scroll: scroll again until it holds.
    let focused = false
    const focus = () => {
      if (Math.abs(window.scrollY - point.scrollY) > 1) window.scrollTo(0, point.scrollY)
      const link = focused
        ? null
        : [...document.querySelectorAll<HTMLAnchorElement>('[data-result-link]')].find(
            (a) => a.getAttribute('href') === href,
          )
      if (link) {
        link.focus({ preventScroll: true })
        focused = true
      }
      const settled = focused && Math.abs(window.scrollY - point.scrollY) <= 1
      if (!settled && tries++ < 30) frame = requestAnimationFrame(focus)
    }
    frame = requestAnimationFrame(focus)
    return () => cancelAnimationFrame(frame)
  }, [ready, pathname, search])
}
