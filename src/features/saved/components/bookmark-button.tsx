import type { PostingCard } from '@/model/board-files'
import { setBookmarked } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useBookmark } from '@/storage/hooks'
import { actionButtonClass } from './action-button-class'

export function BookmarkButton({ posting }: { posting: PostingCard }) {
  const bookmarked = useBookmark(posting.id) !== undefined
  return (
    <button
      type="button"
      className={actionButtonClass}
      // Shown at once from the store's state; a refused write shows the store's notice.
      onClick={() => void setBookmarked(getAppStore(), posting.id, !bookmarked)}
    >
      <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span>
      {bookmarked ? 'Remove bookmark' : 'Bookmark'}
    </button>
  )
}
