import { createContext, useContext, type ReactNode } from 'react'
import type { PostingCard } from '@/model/board-files'

export type PostingSlots = {
  /** Buttons offered for a posting: bookmark, add to compare ... */
  actions: (posting: PostingCard) => ReactNode
  /** Small status markers shown beside a posting's title: seen, yours, status ... */
  badges: (posting: PostingCard) => ReactNode
}

const PostingSlotsContext = createContext<PostingSlots>({ actions: () => null, badges: () => null })

/**
 * Features may not import each other, yet a board card needs the bookmark and compare
 * buttons of other features. The app layer provides them through these slots.
 */
export const PostingSlotsProvider = PostingSlotsContext.Provider

export function PostingActions({ posting }: { posting: PostingCard }) {
  return <>{useContext(PostingSlotsContext).actions(posting)}</>
}

export function PostingBadges({ posting }: { posting: PostingCard }) {
  return <>{useContext(PostingSlotsContext).badges(posting)}</>
}
