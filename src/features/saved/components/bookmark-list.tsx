import { useMemo, useState } from 'react'
import { FacetPanel } from '@/components/facets/facet-panel'
import { ResultCard } from '@/components/postings/result-card'
import { ResultList } from '@/components/postings/result-list'
import { SearchBox } from '@/components/search/search-box'
import { NotesStatus } from '@/components/ui/notes-status'
import { useMediaQuery } from '@/lib/use-media-query'
import { DEFAULT_FILTERS } from '@/model/filters'
import type { PostingCard } from '@/model/board-files'
import { emptySections, type Posting } from '@/model/posting'
import { createSearchEngine } from '@/search/engine'
import type { Bookmark } from '@/storage/schema'
import { useUrlFilters } from '@/lib/use-url-filters'
import { BookmarkEditor } from './bookmark-editor'

/** Bookmarked roles with the board's facets and search, each with status and note. */
export function BookmarkList({
  postings,
  bookmarks,
}: {
  postings: PostingCard[]
  bookmarks: ReadonlyMap<string, Bookmark>
}) {
  const { filters, notes, setFilters } = useUrlFilters()
  const wide = useMediaQuery('(min-width: 64rem)')
  // Cards carry no posting text (only pasted postings do): bookmarks are searched by what a
  // card shows (title, company, team, stack) and filtered by every facet.
  const engine = useMemo(
    () =>
      createSearchEngine(
        postings.map((card) =>
          'sections' in card ? (card as Posting) : { ...card, sections: emptySections() },
        ),
      ),
    [postings],
  )
  const result = useMemo(() => engine.search(filters), [engine, filters])
  const [draft, setDraft] = useState(filters.q)
  const [syncedQ, setSyncedQ] = useState(filters.q)
  if (syncedQ !== filters.q) {
    setSyncedQ(filters.q)
    if (draft.trim() !== filters.q) setDraft(filters.q)
  }
  const filtered =
    JSON.stringify({ ...filters, sort: DEFAULT_FILTERS.sort }) !==
    JSON.stringify({ ...DEFAULT_FILTERS })

  const panel = (
    <FacetPanel
      facets={result.facets}
      ranges={result.ranges}
      filters={filters}
      onChange={setFilters}
    />
  )

  return (
    <div className="flex flex-col gap-4">
      <NotesStatus notes={notes} label="Link notes" />
      <div className="flex flex-wrap items-center gap-3">
        <SearchBox
          className="w-full sm:w-auto sm:flex-1"
          label="Search bookmarks"
          placeholder="Search your bookmarks…"
          value={draft}
          onChange={(value) => {
            setDraft(value)
            setFilters({ ...filters, q: value }, { replace: true })
          }}
        />
        <p aria-live="polite" className="text-sm text-muted">
          <strong className="text-ink tabular-nums">{result.total}</strong> of {postings.length}{' '}
          bookmarked {postings.length === 1 ? 'role' : 'roles'}
        </p>
        {filtered && (
          <button
            type="button"
            className="text-sm font-medium text-accent underline-offset-2 hover:underline"
            onClick={() => {
              setDraft('')
              setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
        {wide ? (
          <div className="lg:self-start">
            <h3 className="sr-only">Filter bookmarks</h3>
            {panel}
          </div>
        ) : (
          <details className="mb-4 rounded-lg border border-line bg-surface p-3">
            <summary className="cursor-pointer text-sm font-medium">Filters</summary>
            <div className="mt-3">{panel}</div>
          </details>
        )}
        <div className="min-w-0">
          {result.total === 0 ? (
            <p className="rounded-lg border border-line bg-surface p-4 text-muted">
              No bookmarked role matches these filters.
            </p>
          ) : (
            <ResultList
              label="Bookmarks"
              count={result.items.length}
              getKey={(index) => result.items[index]!.id}
              renderItem={(index) => {
                const posting = result.items[index]!
                return (
                  <div>
                    <ResultCard posting={posting} query={filters.q} />
                    {bookmarks.has(posting.id) && <BookmarkEditor posting={posting} />}
                  </div>
                )
              }}
            />
          )}
        </div>
      </div>
    </div>
  )
}
