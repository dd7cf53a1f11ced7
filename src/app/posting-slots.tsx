import type { PostingSlots } from '@/components/posting-actions-slot'

/** What every card and posting page offers, composed from the features. */
export const postingSlots: PostingSlots = {
  actions: () => null,
  badges: () => null,
}
