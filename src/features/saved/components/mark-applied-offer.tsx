import type { PostingCard } from '@/model/board-files'
import { updateBookmark } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useBookmark } from '@/storage/hooks'

/** After Apply was opened: offers to track the role as applied (bookmarking it if needed). */
export function MarkAppliedOffer({ posting }: { posting: PostingCard }) {
  const bookmark = useBookmark(posting.id)
  if (bookmark?.status === 'applied')
    return (
      <p role="status" className="text-sm text-muted">
        Tracked as applied on your Saved page.
      </p>
    )
  return (
    <div role="status" className="flex flex-wrap items-center gap-2 text-sm text-ink">
      <span>Did you apply?</span>
      <button
        type="button"
        // Shown at once from the store's state; a refused write shows the store's notice.
        onClick={() => void updateBookmark(getAppStore(), posting.id, { status: 'applied' })}
        className="rounded-md border border-line bg-surface px-2.5 py-1 font-medium hover:border-accent"
      >
        Mark as applied
      </button>
    </div>
  )
}
