import type { FilterState } from '@/model/filters'
import { activeFilters } from './facet-labels'

/**
 * The active filters as removable chips above the results: each chip is a button named
 * "Remove filter …" that drops that one filter (a history step, like a facet click).
 */
export function ActiveFilterChips({
  filters,
  onChange,
}: {
  filters: FilterState
  onChange: (next: FilterState) => void
}) {
  const active = activeFilters(filters)
  if (active.length === 0) return null
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-1.5">
      {active.map((filter) => (
        <li key={filter.id}>
          <button
            type="button"
            onClick={() => onChange(filter.without)}
            aria-label={`Remove filter ${filter.label}`}
            className="inline-flex max-w-[20rem] items-center gap-1 rounded-full border border-line bg-accent-soft py-0.5 pl-2.5 pr-1.5 text-xs font-medium text-ink hover:border-accent"
          >
            <span className="truncate">{filter.label}</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 shrink-0 fill-current">
              <path d="M5.7 4.3 10 8.6l4.3-4.3 1.4 1.4L11.4 10l4.3 4.3-1.4 1.4-4.3-4.3-4.3 4.3-1.4-1.4L8.6 10 4.3 5.7l1.4-1.4Z" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  )
}
