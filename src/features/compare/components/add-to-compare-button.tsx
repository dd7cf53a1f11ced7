import { ActionLabel, iconActionClass } from '@/components/ui/action-label'
import type { PostingCard } from '@/model/board-files'
import { useCompareSelection } from '../hooks/use-compare-selection'
import { compareStore } from '../lib/compare-store'

/**
 * "Add to compare" / "Remove from compare". A fifth role is refused; the tray says why
 * (in an alert), so the button keeps its name and stays where the user's focus is.
 */
export function AddToCompareButton({ posting }: { posting: PostingCard }) {
  const { ids } = useCompareSelection()
  const chosen = ids.includes(posting.id)
  return (
    <button
      type="button"
      onClick={() =>
        chosen ? compareStore.remove(posting.id) : compareStore.add(posting.id, posting.title)
      }
      className={`inline-flex min-h-9 items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm font-medium ${iconActionClass} ${
        chosen
          ? 'border-accent bg-accent-soft text-ink'
          : 'border-line bg-surface text-ink hover:bg-raised'
      }`}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 fill-none stroke-current">
        {chosen ? (
          <path d="M3 8.5l3 3 7-7" strokeWidth="2" strokeLinecap="round" />
        ) : (
          <path d="M2 3h4v10H2zM10 3h4v10h-4z" strokeWidth="1.5" />
        )}
      </svg>
      <ActionLabel>{chosen ? 'Remove from compare' : 'Add to compare'}</ActionLabel>
    </button>
  )
}
