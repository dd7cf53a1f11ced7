import type { BookmarkStatus } from '@/model/tracker-status'

/**
 * A soft background per status, text always in ink so it reads in both themes; the
 * column or badge also names the status in words, never by colour alone.
 */
export const STATUS_TONE: Record<BookmarkStatus, string> = {
  saved: 'bg-raised',
  applied: 'bg-accent-soft',
  interviewing: 'bg-accent-soft',
  offer: 'bg-ok-soft',
  rejected: 'bg-warn-soft',
}
