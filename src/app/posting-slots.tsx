import type { PostingSlots } from '@/components/posting-actions-slot'
import { AddToCompareButton } from '@/features/compare/components/add-to-compare-button'

/** What every card and posting page offers, composed from the features. */
export const postingSlots: PostingSlots = {
  actions: (posting) => (
    <>
      <AddToCompareButton posting={posting} />
    </>
  ),
  badges: () => null,
}
