import { Link } from 'react-router'
import type { FilterState } from '@/model/filters'
import { relaxSuggestions, type Relaxation } from '../lib/relax-suggestions'

/** Loaded when a view comes up empty (rarely): it says which filter to relax. */
export function EmptyState({
  filters,
  search,
  onRelax,
  boardIsEmpty,
}: {
  filters: FilterState
  search: (filters: FilterState) => { total: number }
  onRelax: (relaxation: Relaxation) => void
  boardIsEmpty: boolean
}) {
  const suggestions = boardIsEmpty ? [] : relaxSuggestions({ search }, filters)
  if (boardIsEmpty) {
    return (
      <div className="rounded-xl border border-dashed border-line bg-surface p-8 text-center">
        <h2 className="text-lg font-semibold">Nothing on the board</h2>
        <p className="mt-1 text-sm text-muted">
          <Link to="/import" className="font-medium text-accent underline-offset-2 hover:underline">
            Paste a posting
          </Link>
          , or add raw postings to the <code className="font-mono">postings/</code> folder and
          rebuild. Roles you hid are listed on the{' '}
          <Link to="/saved" className="font-medium text-accent underline-offset-2 hover:underline">
            Saved
          </Link>{' '}
          page.
        </p>
      </div>
    )
  }
  const best = suggestions[0]
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface p-6 sm:p-8">
      <h2 className="text-lg font-semibold">No roles match all of these filters</h2>
      {best ? (
        <>
          <p className="mt-1 text-sm text-muted">
            Relax {best.label} to see {best.total} {best.total === 1 ? 'role' : 'roles'}.
          </p>
          <ul className="mt-4 flex flex-wrap gap-2">
            {suggestions.slice(0, 5).map((s) => (
              <li key={s.label}>
                <button
                  type="button"
                  onClick={() => onRelax(s)}
                  className="rounded-full border border-line bg-raised px-3 py-1 text-sm font-medium text-ink hover:border-accent"
                >
                  Remove {s.label} ({s.total})
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1 text-sm text-muted">No single filter brings results back.</p>
      )}
    </div>
  )
}
