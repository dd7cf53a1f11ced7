import type { BookmarkStatus } from '@/storage/schema'

export const STATUS_LABELS: Record<BookmarkStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
}
