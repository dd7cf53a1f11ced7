import type { Posting } from '@/model/posting'

/** The actions every card and posting page offers, composed from the features. */
export function renderPostingActions(posting: Posting) {
  void posting
  return null
}
