import { useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent } from 'react'
import { FacetPanel } from '@/components/facets/facet-panel'
import { SearchBox } from '@/components/search/search-box'
import { NotesStatus } from '@/components/ui/notes-status'
import { useUrlView, type UrlCodec } from '@/lib/use-url-filters'
import type { PostingCard } from '@/model/board-files'
import { DEFAULT_FILTERS, type FilterState } from '@/model/filters'
import { STATUS_LABELS, type BookmarkStatus } from '@/model/tracker-status'
import { createSearchEngine } from '@/search/engine'
import { saveBookmark } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import type { Bookmark } from '@/storage/schema'
import { STATUS_TONE } from '@/components/tracker/status-style'
import { parseSavedParams, savedParamsToString, type SavedView } from '@/url/saved-params'
import { bookmarkSearchRecord } from '../lib/bookmark-search'
import { trackerColumns, type TrackerColumn } from '../lib/tracker-columns'
import { TRACKER_DRAG_TYPE, TrackerCard, type MoveRole, type MoveVia } from './tracker-card'

const SAVED_CODEC: UrlCodec<SavedView> = { parse: parseSavedParams, write: savedParamsToString }

/** Cards a column draws before "Show all": a long column stays quick to draw and to scroll. */
const COLUMN_LIMIT = 50

/**
 * The bookmarks as a tracker: one column per status (saved, applied, interviewing, offer,
 * rejected), each role with the date its status was set. Roles move by their status
 * select or the buttons to the next column (keyboard and pointer), or by dragging; each
 * move is announced and focus stays with the moved role. The board's facets and search
 * narrow the roles and `status` chooses the columns, all in the URL (`/saved?status=…`).
 */
export function TrackerBoard({
  postings,
  bookmarks,
}: {
  postings: PostingCard[]
  bookmarks: ReadonlyMap<string, Bookmark>
}) {
  const { value: view, notes, setValue } = useUrlView(SAVED_CODEC)
  const { filters, status: shownStatuses } = view
  const setFilters = useCallback(
    (next: FilterState, options?: { replace?: boolean }) =>
      setValue({ filters: next, status: shownStatuses }, options),
    [setValue, shownStatuses],
  )
  // Cards carry no posting text (only pasted postings do): bookmarks are searched by what a
  // card shows (title, company, team, stack, places) and the user's note, and filtered by
  // every facet.
  const engine = useMemo(
    () =>
      createSearchEngine(
        postings.map((card) => bookmarkSearchRecord(card, bookmarks.get(card.id))),
      ),
    [postings, bookmarks],
  )
  const result = useMemo(() => engine.search(filters), [engine, filters])
  const columns = useMemo(
    () => trackerColumns(result.items as PostingCard[], bookmarks),
    [result.items, bookmarks],
  )
  const shown = shownStatuses.length
    ? columns.filter((column) => shownStatuses.includes(column.status))
    : columns
  const inView = shown.reduce((sum, column) => sum + column.items.length, 0)

  const [draft, setDraft] = useState(filters.q)
  const [syncedQ, setSyncedQ] = useState(filters.q)
  if (syncedQ !== filters.q) {
    setSyncedQ(filters.q)
    if (draft.trim() !== filters.q) setDraft(filters.q)
  }
  const filtered =
    shownStatuses.length > 0 ||
    JSON.stringify({ ...filters, sort: DEFAULT_FILTERS.sort }) !==
      JSON.stringify({ ...DEFAULT_FILTERS })

  const [announcement, setAnnouncement] = useState('')
  /** Where focus goes once a move is drawn: the moved card's control that made it. */
  const pendingFocus = useRef<{
    id: string
    to: BookmarkStatus
    via: MoveVia
    stored: boolean
  } | null>(null)
  const boardRef = useRef<HTMLDivElement>(null)
  /** The card control focused last (its data-move, or "note"): a card drawn again gets it back. */
  const lastFocused = useRef<{ id: string; control: string } | null>(null)
  const onBoardFocus = useCallback((event: FocusEvent) => {
    const target = event.target as HTMLElement
    const id = target.closest<HTMLElement>('[data-tracker-card]')?.dataset.trackerCard
    const control = target.dataset.move ?? ('note' in target.dataset ? 'note' : undefined)
    lastFocused.current = id && control ? { id, control } : null
  }, [])

  const onMove = useCallback<MoveRole>(
    (posting, to, via) => {
      pendingFocus.current = { id: posting.id, to, via, stored: false }
      void saveBookmark(getAppStore(), posting.id, { status: to }).then((saved) => {
        if (!saved.ok) {
          pendingFocus.current = null
          setAnnouncement(`“${posting.title}” was not moved: ${saved.message}`)
          return
        }
        if (pendingFocus.current?.id === posting.id) pendingFocus.current.stored = true
        const hidden = shownStatuses.length > 0 && !shownStatuses.includes(to)
        setAnnouncement(
          `Moved “${posting.title}” to ${STATUS_LABELS[to]}.${hidden ? ' That column is not shown: the status filter leaves it out.' : ''}`,
        )
      })
    },
    [shownStatuses],
  )

  // The moved card is drawn again in its new column: focus goes back to the control used
  // (or its status select when that control is gone, at the first or last column), or to
  // the board when the status filter hides that column. When the move took a while to
  // store and focus went on within the card meanwhile (into its note), it returns there
  // instead; when it went elsewhere and is still there, it stays. Checked after every render.
  useEffect(() => {
    const pending = pendingFocus.current
    const board = boardRef.current
    if (!pending || !board) return
    const card = board.querySelector<HTMLElement>(
      `[data-status-column="${pending.to}"] [data-tracker-card="${CSS.escape(pending.id)}"]`,
    )
    if (!card && !pending.stored) return
    pendingFocus.current = null
    const focused = document.activeElement
    if (focused && focused !== document.body && focused.isConnected) return
    const last = lastFocused.current?.id === pending.id ? lastFocused.current.control : null
    const target =
      (last === 'note' ? card?.querySelector<HTMLElement>('[data-note]') : null) ??
      card?.querySelector<HTMLElement>(`[data-move="${last ?? pending.via}"]`) ??
      card?.querySelector<HTMLElement>('[data-move="select"]') ??
      board
    target.focus()
    // A note goes on where it was being typed: at its end.
    if (target instanceof HTMLTextAreaElement)
      target.setSelectionRange(target.value.length, target.value.length)
  })

  const postingsById = useMemo(
    () => new Map(postings.map((posting) => [posting.id, posting])),
    [postings],
  )
  const onDrop = useCallback(
    (id: string, to: BookmarkStatus) => {
      const posting = postingsById.get(id)
      if (posting && bookmarks.get(id)?.status !== to) onMove(posting, to, 'drop')
    },
    [postingsById, bookmarks, onMove],
  )

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
          <strong className="text-ink tabular-nums">{inView}</strong> of {postings.length}{' '}
          bookmarked {postings.length === 1 ? 'role' : 'roles'}
        </p>
        {filtered && (
          <button
            type="button"
            className="text-sm font-medium text-accent underline-offset-2 hover:underline"
            onClick={() => {
              setDraft('')
              setValue({ filters: { ...DEFAULT_FILTERS, sort: filters.sort }, status: [] })
            }}
          >
            Clear filters
          </button>
        )}
      </div>

      <fieldset className="flex flex-wrap items-center gap-x-1 gap-y-1">
        <legend className="float-left mr-2 text-xs font-semibold tracking-wider text-muted uppercase">
          Status
        </legend>
        {columns.map((column) => {
          const checked = shownStatuses.includes(column.status)
          return (
            <label
              key={column.status}
              className="flex cursor-pointer items-center gap-1.5 rounded-md px-1.5 py-1 text-sm text-ink hover:bg-raised has-[:focus-visible]:bg-raised"
            >
              <input
                type="checkbox"
                checked={checked}
                onChange={() =>
                  setValue({
                    filters,
                    status: checked
                      ? shownStatuses.filter((s) => s !== column.status)
                      : [...shownStatuses, column.status],
                  })
                }
                className="size-4 accent-accent"
              />
              <span className={checked ? 'font-medium' : ''}>
                {STATUS_LABELS[column.status]}{' '}
                <span className="text-muted tabular-nums">({column.items.length})</span>
              </span>
            </label>
          )
        })}
      </fieldset>

      <details className="rounded-lg border border-line bg-surface p-3">
        <summary className="cursor-pointer text-sm font-medium">Filters</summary>
        <div className="mt-3 max-w-md">{panel}</div>
      </details>

      <p role="status" aria-live="polite" className="min-h-5 text-sm text-ink">
        {announcement}
      </p>

      <div
        ref={boardRef}
        onFocus={onBoardFocus}
        role="region"
        aria-label="Bookmarks"
        tabIndex={-1}
        className="flex flex-col gap-2"
      >
        {result.total === 0 ? (
          <p className="rounded-lg border border-line bg-surface p-4 text-muted">
            No bookmarked role matches these filters.
          </p>
        ) : (
          // On a phone a column with roles takes the width and empty ones pair up as their
          // headings alone (still drop targets; the keyboard moves by each card's controls).
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-5">
            {shown.map((column) => (
              <Column key={column.status} column={column} onMove={onMove} onDrop={onDrop} />
            ))}
          </div>
        )}
      </div>
    </div>
  )
}

function Column({
  column,
  onMove,
  onDrop,
}: {
  column: TrackerColumn<PostingCard>
  onMove: MoveRole
  /** A card dropped here, by its posting id (from any column; its own is no move). */
  onDrop: (id: string, to: BookmarkStatus) => void
}) {
  const headingId = useId()
  const [expanded, setExpanded] = useState(false)
  const [dropping, setDropping] = useState(false)
  const label = STATUS_LABELS[column.status]
  const items = expanded ? column.items : column.items.slice(0, COLUMN_LIMIT)
  return (
    <section
      aria-labelledby={headingId}
      data-status-column={column.status}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(TRACKER_DRAG_TYPE)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'move'
        setDropping(true)
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false)
      }}
      onDrop={(event) => {
        setDropping(false)
        const id = event.dataTransfer.getData(TRACKER_DRAG_TYPE)
        if (!id) return
        event.preventDefault()
        onDrop(id, column.status)
      }}
      className={`flex min-w-0 flex-col gap-2 rounded-xl border p-2 ${
        column.items.length > 0 ? 'col-span-2 sm:col-span-1' : ''
      } ${dropping ? 'border-accent bg-accent-soft' : 'border-line bg-raised/40'}`}
    >
      <h3
        id={headingId}
        className={`flex items-center justify-between rounded-md px-2 py-1 text-sm font-semibold text-ink ${STATUS_TONE[column.status]}`}
      >
        {label}{' '}
        <span className="tabular-nums">
          {column.items.length}
          <span className="sr-only"> {column.items.length === 1 ? 'role' : 'roles'}</span>
        </span>
      </h3>
      {column.items.length === 0 ? (
        <p className="hidden px-2 py-3 text-xs text-muted sm:block">
          No roles {DESCRIPTIONS[column.status]}.
        </p>
      ) : (
        <ol className="flex flex-col gap-2">
          {items.map(({ item, since }) => (
            <li key={item.id}>
              <TrackerCard posting={item} status={column.status} since={since} onMove={onMove} />
            </li>
          ))}
        </ol>
      )}
      {column.items.length > COLUMN_LIMIT && (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          className="rounded-md px-2 py-1 text-sm font-medium text-accent underline-offset-2 hover:underline"
        >
          {expanded
            ? `Show the first ${COLUMN_LIMIT}`
            : `Show all ${column.items.length} in ${label}`}
        </button>
      )}
    </section>
  )
}

const DESCRIPTIONS: Record<BookmarkStatus, string> = {
  saved: 'saved for later',
  applied: 'applied to',
  interviewing: 'in interviews',
  offer: 'with an offer',
  rejected: 'rejected',
}
