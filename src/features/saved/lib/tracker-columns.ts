import { BOOKMARK_STATUSES, type BookmarkStatus } from '@/model/tracker-status'
import type { Bookmark } from '@/storage/schema'

export type TrackerColumn<T> = {
  status: BookmarkStatus
  items: { item: T; since: string | null }[]
}

/**
 * Roles grouped by their bookmark's status, one column per status in the tracker's order
 * (empty columns too, so there is always somewhere to move to). Within a column the role
 * whose status was set last comes first; roles whose date was never recorded follow, in
 * the order given.
 */
export function trackerColumns<T extends { id: string }>(
  items: readonly T[],
  bookmarks: ReadonlyMap<string, Bookmark>,
): TrackerColumn<T>[] {
  const columns = new Map<BookmarkStatus, TrackerColumn<T>>(
    BOOKMARK_STATUSES.map((status) => [status, { status, items: [] }]),
  )
  for (const item of items) {
    const bookmark = bookmarks.get(item.id)
    if (!bookmark) continue
    columns
      .get(bookmark.status)!
      .items.push({ item, since: bookmark.statusHistory.at(-1)?.at ?? null })
  }
  for (const column of columns.values())
    column.items.sort((a, b) =>
      a.since === b.since
        ? 0
        : a.since === null
          ? 1
          : b.since === null
            ? -1
            : a.since < b.since
              ? 1
              : -1,
    )
  return [...columns.values()]
}

/** The status before and after this one in the tracker's order (null at either end). */
export function neighbours(status: BookmarkStatus): {
  back: BookmarkStatus | null
  on: BookmarkStatus | null
} {
  const index = BOOKMARK_STATUSES.indexOf(status)
  return {
    back: BOOKMARK_STATUSES[index - 1] ?? null,
    on: BOOKMARK_STATUSES[index + 1] ?? null,
  }
}
