import { useRef, useState } from 'react'
import { Link } from 'react-router'
import { ApplyLink } from '@/components/apply/apply-link'
import type { Posting } from '@/model/posting'
import type { CompareRow } from '../lib/compare-rows'
import { useRowsInSteps } from '../hooks/use-rows-in-steps'
import { CompareCellView } from './compare-cell'
import { PhoneColumnPager, usePhoneColumns } from './phone-columns'

type Props = {
  postings: Posting[]
  rows: CompareRow[]
  onMove: (id: string, by: -1 | 1) => void
  onRemove: (id: string) => void
}

const actionClass =
  'rounded-md border border-line px-2 py-1 text-xs text-ink hover:bg-raised aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-transparent'

/*
 * Widths. On a phone two roles share the screen beside the field column (6rem), and the
 * others are a swipe away (the scroller snaps to a column); from `sm` each role has at
 * least 13rem.
 */
const ROLE_COLUMN =
  'w-[calc((100vw-7.5rem-2px)/2)] min-w-[calc((100vw-7.5rem-2px)/2)] snap-start [overflow-wrap:anywhere] sm:w-(--share) sm:min-w-52'

/**
 * A real table: field names are row headers pinned on the left, role headers pinned on top.
 * Below `lg` the table scrolls inside its own box (both ways), so both stick there; on a wide
 * screen every column fits, the box clips instead of scrolling and the headers stick to the
 * top of the window as the page scrolls. The scroller is positioned so that visually hidden
 * text inside it (absolutely positioned) is clipped with it instead of widening the page.
 */
export function CompareTable({ postings, rows, onMove, onRemove }: Props) {
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set())
  const scrollerRef = useRef<HTMLDivElement>(null)
  const columns = usePhoneColumns(scrollerRef, postings.length)
  const drawn = useRowsInSteps(rows.length)
  const toggle = (key: string) =>
    setUnfolded((current) => {
      const next = new Set(current)
      if (!next.delete(key)) next.add(key)
      return next
    })

  return (
    <div className="space-y-2">
      <PhoneColumnPager columns={columns} count={postings.length} />
      <div
        ref={scrollerRef}
        onScroll={columns.onScroll}
        data-compare-scroller=""
        className="relative max-h-[75dvh] snap-x overflow-auto overscroll-x-contain scroll-pl-24 rounded-lg border border-line bg-surface sm:scroll-pl-40 lg:max-h-none lg:overflow-x-clip lg:overflow-y-visible"
      >
        <table className="w-full border-separate border-spacing-0 text-left text-sm">
          <caption className="sr-only">
            {postings.length} roles side by side, one row per field
          </caption>
          <thead>
            <tr className="align-top">
              <th
                scope="col"
                className="sticky left-0 top-0 z-30 w-24 min-w-24 border-b border-line bg-surface px-3 py-3 text-xs font-medium uppercase tracking-wide text-muted sm:w-40 sm:min-w-40"
              >
                Field
              </th>
              {postings.map((posting, index) => {
                const first = index === 0
                const last = index === postings.length - 1
                return (
                  <th
                    key={posting.id}
                    scope="col"
                    // Equal shares, so no role looks more important for having longer text.
                    style={{ '--share': `${100 / postings.length}%` } as React.CSSProperties}
                    className={`sticky top-0 z-20 border-b border-l border-line bg-surface px-2 py-3 font-normal sm:px-3 shadow-[0_1px_0_var(--color-line)] ${ROLE_COLUMN}`}
                  >
                    <Link
                      to={`/jobs/${encodeURIComponent(posting.id)}`}
                      className="line-clamp-3 text-base font-semibold text-accent underline-offset-2 hover:underline"
                    >
                      {posting.title}
                    </Link>
                    <div className="line-clamp-2 text-muted">
                      {posting.company ?? 'Company not stated'}
                    </div>
                    <div className="mt-2 flex flex-wrap items-center gap-1">
                      <ApplyLink source={posting.source} size="compact" />
                      <button
                        type="button"
                        aria-label={`Move “${posting.title}” left`}
                        aria-disabled={first || undefined}
                        onClick={() => !first && onMove(posting.id, -1)}
                        className={actionClass}
                      >
                        <span aria-hidden="true">←</span>
                      </button>
                      <button
                        type="button"
                        aria-label={`Move “${posting.title}” right`}
                        aria-disabled={last || undefined}
                        onClick={() => !last && onMove(posting.id, 1)}
                        className={actionClass}
                      >
                        <span aria-hidden="true">→</span>
                      </button>
                      <button
                        type="button"
                        aria-label={`Remove “${posting.title}” from the comparison`}
                        onClick={() => onRemove(posting.id)}
                        className={actionClass}
                      >
                        Remove
                      </button>
                    </div>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, drawn).map((row) => {
              const folded = row.long && !unfolded.has(row.key)
              return (
                <tr
                  key={row.key}
                  data-row={row.key}
                  className={`align-top ${row.group === 'warnings' ? 'bg-warn-soft/40' : ''}`}
                >
                  <th
                    scope="row"
                    className="sticky left-0 z-10 w-24 min-w-24 border-b border-line bg-surface px-3 py-2.5 font-semibold text-ink hyphens-auto max-sm:text-xs shadow-[1px_0_0_var(--color-line)] [overflow-wrap:anywhere] sm:w-40 sm:min-w-40"
                  >
                    {row.label}
                    {postings.length > 1 && (row.unstated || row.allSame) && (
                      <span className="mt-0.5 block text-xs font-normal text-muted">
                        {row.unstated ? 'Not stated for any' : 'Same for all'}
                      </span>
                    )}
                    {row.long && (
                      <button
                        type="button"
                        aria-expanded={!folded}
                        onClick={() => toggle(row.key)}
                        className="mt-1.5 block rounded text-xs font-medium text-accent underline underline-offset-2"
                      >
                        {folded ? 'Show all' : 'Show less'}
                        <span className="sr-only"> of {row.label}</span>
                      </button>
                    )}
                  </th>
                  {row.cells.map((cell, index) => (
                    <td
                      key={postings[index]?.id ?? index}
                      className={`border-b border-l border-line px-2 py-2.5 text-ink sm:px-3 ${ROLE_COLUMN}`}
                    >
                      <CompareCellView cell={cell} folded={folded} />
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
