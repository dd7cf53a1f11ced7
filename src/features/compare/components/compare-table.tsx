import { Link } from 'react-router'
import type { Posting } from '@/model/posting'
import type { CompareRow } from '../lib/compare-rows'
import { CompareCellView } from './compare-cell'

type Props = {
  postings: Posting[]
  rows: CompareRow[]
  onMove: (id: string, by: -1 | 1) => void
  onRemove: (id: string) => void
}

const actionClass =
  'rounded-md border border-line px-2 py-1 text-xs text-ink hover:bg-raised aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-transparent'

/**
 * A real table: field names are row headers, pinned on the left while the roles scroll
 * sideways on a phone. The scroller is positioned so that visually hidden text inside it
 * (absolutely positioned) is clipped with it instead of widening the page.
 */
export function CompareTable({ postings, rows, onMove, onRemove }: Props) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          {postings.length} roles side by side, one row per field
        </caption>
        <thead>
          <tr className="border-b border-line align-top">
            <th
              scope="col"
              className="sticky left-0 z-10 w-24 min-w-24 bg-surface px-3 py-3 text-xs font-medium uppercase tracking-wide text-muted sm:w-40 sm:min-w-40"
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
                  style={{ width: `${100 / postings.length}%` }}
                  className="min-w-52 border-l border-line px-3 py-3 font-normal"
                >
                  <Link
                    to={`/jobs/${encodeURIComponent(posting.id)}`}
                    className="text-base font-semibold text-accent underline-offset-2 hover:underline"
                  >
                    {posting.title}
                  </Link>
                  <div className="text-muted">{posting.company ?? 'Company not stated'}</div>
                  <div className="mt-2 flex flex-wrap gap-1">
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
          {rows.map((row) => (
            <tr
              key={row.key}
              data-row={row.key}
              className={`border-b border-line align-top last:border-b-0 ${row.group === 'warnings' ? 'bg-warn-soft/40' : ''}`}
            >
              <th
                scope="row"
                className="sticky left-0 z-10 w-24 min-w-24 bg-surface px-3 py-2.5 font-semibold text-ink shadow-[1px_0_0_var(--color-line)] sm:w-40 sm:min-w-40"
              >
                {row.label}
                {row.allSame && postings.length > 1 && (
                  <span className="mt-0.5 block text-xs font-normal text-muted">Same for all</span>
                )}
              </th>
              {row.cells.map((cell, index) => (
                <td
                  key={postings[index]?.id ?? index}
                  className="border-l border-line px-3 py-2.5 text-ink"
                >
                  <CompareCellView cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
