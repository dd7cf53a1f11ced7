import { useDeferredValue, useId, useMemo, useRef, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { CopyLinkButton } from '@/components/ui/copy-link-button'
import { usePostings } from '@/data/use-postings'
import type { Posting } from '@/model/posting'
import { compareParamsToString, parseCompareParams } from '@/url/compare-params'
import { useCompareSelection } from '../hooks/use-compare-selection'
import { buildCompareRows, differingRows } from '../lib/compare-rows'
import { StackShareChip } from './compare-cell'
import { CompareTable } from './compare-table'

function Notes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null
  return (
    <section
      aria-label="Notes about this link"
      className="rounded-lg border border-warn/40 bg-warn-soft px-4 py-3 text-sm text-warn"
    >
      <ul className="space-y-1">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  )
}

function Legend() {
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
      <span>Stack:</span>
      <StackShareChip name="in all roles" share="all" />
      <StackShareChip name="in some roles" share="some" />
      <StackShareChip name="only this role" share="one" />
    </p>
  )
}

function TooFew({ known }: { known: Posting[] }) {
  const { ids: tray } = useCompareSelection()
  return (
    <div className="space-y-3 rounded-lg border border-line bg-surface p-5">
      <p>
        {known.length === 1
          ? `Only one role to compare: “${known[0]?.title}”. `
          : 'No roles to compare yet. '}
        Choose at least two: use “Add to compare” on the board or on a role’s page, then open the
        compare tray at the bottom of the screen.
      </p>
      <div className="flex flex-wrap gap-3">
        {tray.length >= 2 && (
          <Link
            to={{ pathname: '/compare', search: `?${compareParamsToString(tray)}` }}
            className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink"
          >
            Compare the {tray.length} roles in your tray
          </Link>
        )}
        <Link to="/" className="rounded-md border border-line px-3 py-1.5 text-sm text-ink">
          Back to the board
        </Link>
      </div>
    </div>
  )
}

/**
 * While the roles load: the table's frame at its size (the field column and two role
 * columns in a box as tall as the table's), so the page does not jump when they come. The
 * build renders this as the compare page's HTML (static-pages.ts), painted before any script.
 */
function LoadingTable() {
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-muted">
        Loading the roles…
      </p>
      <div
        aria-hidden="true"
        className="flex h-dvh max-h-[75dvh] rounded-lg border border-line bg-surface"
      >
        <div className="w-24 shrink-0 sm:w-40" />
        <div className="flex-1 border-l border-line p-3">
          <div className="h-5 w-24 max-w-full rounded bg-raised" />
        </div>
        <div className="flex-1 border-l border-line p-3">
          <div className="h-5 w-24 max-w-full rounded bg-raised" />
        </div>
      </div>
    </div>
  )
}

const LOADING: ReturnType<typeof usePostings> = {
  postings: [],
  missing: [],
  pending: true,
  error: null,
}

export function ComparePage() {
  // The raw query string, so a broken %-escape is reported rather than decoded silently.
  const { search } = useLocation()
  const navigate = useNavigate()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const toggleId = useId()
  const [onlyDifferences, setOnlyDifferences] = useState(false)
  const [now] = useState(() => new Date())
  const parsed = useMemo(() => parseCompareParams(search), [search])
  // Each column loads its own posting file; nothing else of the board.
  const found = usePostings(parsed.value)
  const foundKey = [
    found.pending,
    found.error?.message,
    found.postings.map((posting) => posting.id).join(),
    found.missing.join(),
  ].join('|')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for what was found
  const latest = useMemo(() => found, [foundKey])
  // The page's first render is its loading state, whatever is loaded: the state its HTML
  // shows (the build prerenders it), which React then adopts rather than draws anew. The
  // table follows in a render of its own that yields to the browser as it goes, instead of
  // one long task the moment the roles arrive (most of the page's blocking time).
  const shown = useDeferredValue(latest, LOADING)
  const isPending = shown.pending
  const error = shown.error
  const isError = error !== null
  const postings = shown.postings
  const unknown = shown.missing
  const notes = [
    ...parsed.notes,
    ...unknown.map((id) => `No role with the id “${id}” is on this board; it was left out.`),
  ]
  const rows = useMemo(() => buildCompareRows(postings, now), [postings, now])

  // Editing the columns writes only the roles shown: unknown ids were reported and dropped.
  const setIds = (ids: string[]) => {
    const search = compareParamsToString(ids)
    // A search-only change in a data router: nothing to wait for.
    void navigate({ search: search ? `?${search}` : '' })
  }
  const shownIds = postings.map((posting) => posting.id)
  const move = (id: string, by: -1 | 1) => {
    const from = shownIds.indexOf(id)
    const to = from + by
    if (from < 0 || to < 0 || to >= shownIds.length) return
    const next = [...shownIds]
    next.splice(from, 1)
    next.splice(to, 0, id)
    setIds(next)
  }
  const remove = (id: string) => {
    setIds(shownIds.filter((shown) => shown !== id))
    headingRef.current?.focus()
  }

  const shownRows = onlyDifferences ? differingRows(rows) : rows
  const hidden = rows.length - shownRows.length

  return (
    <div className="mx-auto max-w-7xl space-y-4 px-3 py-6 sm:px-4">
      <title>Compare roles · Roleboard</title>
      <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold tracking-tight">
        {postings.length >= 2 ? `Compare ${postings.length} roles` : 'Compare roles'}
      </h1>
      {/* Drawn the same while the roles load and after, and prerendered with the page's
          shell: the page's largest text paints with the HTML, not after the scripts. */}
      <p className="max-w-prose text-sm text-muted">
        One column per role, one row per field: company, place, work mode, pay, stack, and what each
        role asks for and offers.
      </p>
      {isPending ? (
        <LoadingTable />
      ) : isError ? (
        <p role="alert" className="text-warn">
          The roles could not be loaded: {error?.message}
        </p>
      ) : (
        <>
          <Notes notes={notes} />
          {postings.length < 2 ? (
            <TooFew known={postings} />
          ) : (
            <>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div className="flex items-center gap-2">
                  <input
                    id={toggleId}
                    type="checkbox"
                    checked={onlyDifferences}
                    onChange={(event) => setOnlyDifferences(event.target.checked)}
                    className="size-4 accent-accent"
                  />
                  <label htmlFor={toggleId} className="text-sm font-medium">
                    Only differences
                  </label>
                  {onlyDifferences && hidden > 0 && (
                    <span className="text-sm text-muted">
                      ({hidden} {hidden === 1 ? 'row' : 'rows'} where all roles agree hidden)
                    </span>
                  )}
                </div>
                <div className="flex flex-wrap items-center gap-3">
                  <Legend />
                  <CopyLinkButton />
                </div>
              </div>
              {shownRows.length === 0 ? (
                <p className="rounded-lg border border-line bg-surface p-5">
                  These roles agree on every field.
                </p>
              ) : (
                <CompareTable
                  postings={postings}
                  rows={shownRows}
                  onMove={move}
                  onRemove={remove}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  )
}
