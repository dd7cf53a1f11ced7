import { createContext, useContext, type ReactNode } from 'react'
import type { Posting } from '@/model/posting'

type RenderActions = (posting: Posting) => ReactNode

const PostingActionsContext = createContext<RenderActions>(() => null)

/**
 * Features may not import each other, yet a board card needs the bookmark and compare
 * buttons of other features. The app layer provides them through this slot.
 */
export const PostingActionsProvider = PostingActionsContext.Provider

/** Renders the actions the app layer offers for a posting (bookmark, compare ...). */
export function PostingActions({ posting }: { posting: Posting }) {
  return <>{useContext(PostingActionsContext)(posting)}</>
}
