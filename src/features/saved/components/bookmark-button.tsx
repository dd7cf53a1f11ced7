import { keepPostingForOffline } from '@/data/board-files-query'
import type { PostingCard } from '@/model/board-files'
import { setBookmarked } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useBookmark } from '@/storage/hooks'
import { ActionLabel } from '@/components/ui/action-label'
import { actionButtonClass } from './action-button-class'

export function BookmarkButton({ posting }: { posting: PostingCard }) {
  const bookmarked = useBookmark(posting.id) !== undefined
  return (
    <button
      type="button"
      className={actionButtonClass}
      onClick={() => {
        // Shown at once from the store's state; a refused write shows the store's notice.
        void setBookmarked(getAppStore(), posting.id, !bookmarked)
        if (!bookmarked) keepPostingForOffline(posting.id)
      }}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className={`size-4 stroke-current stroke-[1.5] ${bookmarked ? 'fill-current text-accent' : 'fill-none'}`}
      >
        <path d="m10 2.8 2.2 4.6 5 .6-3.7 3.5.9 5L10 14.1l-4.4 2.4.9-5L2.8 8l5-.6L10 2.8Z" />
      </svg>
      <ActionLabel>{bookmarked ? 'Remove bookmark' : 'Bookmark'}</ActionLabel>
    </button>
  )
}
