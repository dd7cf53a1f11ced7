import type { PostingCard } from '@/model/board-files'
import { useBookmark, useIsHidden, useIsPasted, useIsSeen } from '@/storage/hooks'
import { STATUS_LABELS } from '../lib/status-labels'

const badge = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium'

/** Markers beside a posting's title: yours, bookmark status, hidden, seen. */
export function PostingBadges({ posting }: { posting: PostingCard }) {
  const bookmark = useBookmark(posting.id)
  const pasted = useIsPasted(posting.id)
  const hidden = useIsHidden(posting.id)
  const seen = useIsSeen(posting.id)
  return (
    <>
      {pasted && (
        <span className={`${badge} bg-accent-soft text-ink`} title="You pasted this posting">
          Yours
        </span>
      )}
      {bookmark && (
        <span className={`${badge} bg-ok-soft text-ok`}>
          <span className="sr-only">Bookmarked, status: </span>
          {STATUS_LABELS[bookmark.status]}
        </span>
      )}
      {hidden && <span className={`${badge} bg-warn-soft text-warn`}>Hidden</span>}
      {seen && <span className={`${badge} bg-raised text-muted`}>Seen</span>}
    </>
  )
}
