import { useRef } from 'react'
import { Link } from 'react-router'
import { usePostings } from '@/data/use-postings'
import { compareParamsToString, MAX_COMPARE } from '@/url/compare-params'
import { useCompareSelection } from '../hooks/use-compare-selection'
import { compareStore } from '../lib/compare-store'

/**
 * The roles chosen with "Add to compare", on every page. It sits at the end of the page
 * flow and sticks to the bottom of the screen, so it never covers the last content.
 */
export function CompareTray() {
  const { ids, refusal, problem } = useCompareSelection()
  const { postings } = usePostings(ids)
  const listRef = useRef<HTMLUListElement>(null)
  if (ids.length === 0 && !refusal && !problem) return null

  // Focus goes to the neighbouring chip, not to the top of the page, once this one is gone.
  const removeAt = (index: number) => {
    const id = ids[index]
    if (id === undefined) return
    compareStore.remove(id)
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll('button')
      if (buttons?.length) buttons[Math.min(index, buttons.length - 1)]?.focus()
    })
  }

  const titleOf = (id: string) => postings.find((posting) => posting.id === id)?.title ?? id

  return (
    <section
      aria-label="Compare tray"
      className="border-t border-line bg-surface shadow-[0_-4px_16px_rgb(0_0_0/0.08)]"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2.5 sm:gap-x-4 sm:px-4">
        <p className="text-sm font-medium text-ink">
          {/* Short on a phone so the count and the buttons share one line. */}
          <span aria-hidden="true" className="sm:hidden">
            {ids.length} of {MAX_COMPARE} chosen
          </span>
          <span className="max-sm:sr-only">
            {ids.length} of {MAX_COMPARE} roles chosen for compare
          </span>
        </p>
        {ids.length > 0 && (
          <ul
            ref={listRef}
            aria-label="Chosen roles"
            className="order-last flex w-full gap-2 overflow-x-auto pb-1 sm:order-none sm:w-auto sm:flex-1"
          >
            {ids.map((id, index) => (
              <li
                key={id}
                className="flex shrink-0 items-center gap-1 rounded-full border border-line bg-raised py-0.5 pl-3 pr-1 text-sm"
              >
                <span className="max-w-[14rem] truncate">{titleOf(id)}</span>
                <button
                  type="button"
                  onClick={() => removeAt(index)}
                  aria-label={`Remove “${titleOf(id)}” from compare`}
                  className="grid size-6 place-items-center rounded-full text-muted hover:bg-surface hover:text-ink"
                >
                  <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3 stroke-current">
                    <path d="M2 2l8 8M10 2l-8 8" strokeWidth="1.75" strokeLinecap="round" />
                  </svg>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="ml-auto flex items-center gap-2">
          {ids.length >= 2 ? (
            <Link
              to={{ pathname: '/compare', search: `?${compareParamsToString(ids)}` }}
              className="rounded-md bg-accent px-2.5 py-1.5 text-sm font-semibold text-accent-ink hover:opacity-90 sm:px-3"
            >
              Compare {ids.length} roles
            </Link>
          ) : (
            ids.length === 1 && (
              <p className="text-sm text-muted">Choose one more role to compare.</p>
            )
          )}
          {ids.length > 0 && (
            <button
              type="button"
              onClick={() => compareStore.clear()}
              className="rounded-md border border-line px-2.5 py-1.5 text-sm text-ink hover:bg-raised sm:px-3"
            >
              Clear
            </button>
          )}
        </div>
      </div>
      {(refusal || problem) && (
        <div className="mx-auto flex max-w-7xl items-start gap-3 px-4 pb-2.5">
          <div className="flex-1 space-y-1">
            {refusal && (
              <p role="alert" className="rounded-md bg-warn-soft px-3 py-1.5 text-sm text-warn">
                {refusal}
              </p>
            )}
            {problem && (
              <p role="status" className="rounded-md bg-warn-soft px-3 py-1.5 text-sm text-warn">
                {problem}
              </p>
            )}
          </div>
          <button
            type="button"
            onClick={() => compareStore.dismiss()}
            className="rounded-md border border-line px-3 py-1.5 text-sm text-ink hover:bg-raised"
          >
            Dismiss
          </button>
        </div>
      )}
    </section>
  )
}
