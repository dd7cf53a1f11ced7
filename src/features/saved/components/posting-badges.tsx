import { useState } from 'react'
import type { PostingCard } from '@/model/board-files'
import { useIsHidden, useIsPasted, useIsSeen } from '@/storage/hooks'

const badge = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium'

/**
 * Markers beside a posting's title: yours, hidden, seen. A bookmark's status is not a
 * marker but a control of its own (src/components/tracker), on the card and the page.
 */
export function PostingBadges({
  posting,
  onItsPage = false,
}: {
  posting: PostingCard
  onItsPage?: boolean
}) {
  const pasted = useIsPasted(posting.id)
  const hidden = useIsHidden(posting.id)
  const seenNow = useIsSeen(posting.id)
  // On the role's own page, seen on a visit before this one: the page marks its role seen
  // as it opens (RecordVisit), and the mark showing up then moved everything below the
  // title (a layout shift on every first visit). Mounted once per role (the page keys it).
  const [seenBefore] = useState(seenNow)
  const seen = onItsPage ? seenBefore : seenNow
  return (
    <>
      {pasted && (
        <span className={`${badge} bg-accent-soft text-ink`} title="You pasted this posting">
          Yours
        </span>
      )}
      {hidden && <span className={`${badge} bg-warn-soft text-warn`}>Hidden</span>}
      {seen && <span className={`${badge} bg-raised text-muted`}>Seen</span>}
    </>
  )
}
