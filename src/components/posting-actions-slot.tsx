import { createContext, useContext, type ReactNode } from 'react'
import type { PostingCard } from '@/model/board-files'

export type PostingSlots = {
  /** Buttons offered for a posting: bookmark, add to compare ... */
  actions: (posting: PostingCard) => ReactNode
  /**
   * Small status markers shown beside a posting's title: seen, yours, status ... On the
   * posting's own page (`onItsPage`), seen means seen on an earlier visit.
   */
  badges: (posting: PostingCard, onItsPage: boolean) => ReactNode
  /** Shown once the user opened Apply: an offer to track the application. */
  afterApply: (posting: PostingCard) => ReactNode
}

const PostingSlotsContext = createContext<PostingSlots>({
  actions: () => null,
  badges: () => null,
  afterApply: () => null,
})

/**
 * Features may not import each other, yet a board card needs the bookmark and compare
 * buttons of other features. The app layer provides them through these slots.
 */
export const PostingSlotsProvider = PostingSlotsContext.Provider

export function PostingActions({ posting }: { posting: PostingCard }) {
  return <>{useContext(PostingSlotsContext).actions(posting)}</>
}

export function PostingBadges({
  posting,
  onItsPage = false,
}: {
  posting: PostingCard
  onItsPage?: boolean
}) {
  return <>{useContext(PostingSlotsContext).badges(posting, onItsPage)}</>
}

export function AfterApply({ posting }: { posting: PostingCard }) {
  return <>{useContext(PostingSlotsContext).afterApply(posting)}</>
}
