import { keepPostingForOffline } from '@/data/board-files-query'
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
      onClick={() => {
        setBookmarked(getAppStore(), posting.id, !bookmarked)
        if (!bookmarked) keepPostingForOffline(posting.id)
      }}
    >
      <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span>
      {bookmarked ? 'Remove bookmark' : 'Bookmark'}
    </button>
  )
}
