/**
 * Where a job seeker stands with a bookmarked role: the tracker's columns, in the order an
 * application moves through them. The one list of statuses: the store's schema, the
 * `/saved?status=` parameter and every status control read it.
 */
export const BOOKMARK_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected'] as const
export type BookmarkStatus = (typeof BOOKMARK_STATUSES)[number]

export const STATUS_LABELS: Record<BookmarkStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
}

export const isBookmarkStatus = (value: unknown): value is BookmarkStatus =>
  typeof value === 'string' && (BOOKMARK_STATUSES as readonly string[]).includes(value)

/**
 * One step of a bookmark's history: the status and when it was set (ISO timestamp), or
 * `null` when it was set before dates were recorded (data from schema version 3 or older).
 */
export type StatusChange = { status: BookmarkStatus; at: string | null }

/** When the current (last) status was set, or null when that date was never recorded. */
export function currentStatusSince(history: readonly StatusChange[]): string | null {
  return history.at(-1)?.at ?? null
}
