import type { PostingSlots } from '@/components/posting-actions-slot'
import { AddToCompareButton } from '@/features/compare/components/add-to-compare-button'
import { BookmarkButton } from '@/features/saved/components/bookmark-button'
import { HideButton } from '@/features/saved/components/hide-button'
import { JsonLdButton } from '@/features/saved/components/json-ld-button'
import { MarkAppliedOffer } from '@/features/saved/components/mark-applied-offer'
import { PostingBadges } from '@/features/saved/components/posting-badges'

/** What every card and posting page offers, composed from the features. */
export const postingSlots: PostingSlots = {
  actions: (posting) => (
    <>
      <BookmarkButton posting={posting} />
      <AddToCompareButton posting={posting} />
      <HideButton posting={posting} />
      <JsonLdButton posting={posting} />
    </>
  ),
  badges: (posting, onItsPage) => <PostingBadges posting={posting} onItsPage={onItsPage} />,
  afterApply: (posting) => <MarkAppliedOffer posting={posting} />,
}
