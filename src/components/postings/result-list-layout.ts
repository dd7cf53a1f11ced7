import type { ReactNode } from 'react'

export type ResultListProps = {
  /** How many results there are; only those near the viewport are rendered. */
  count: number
  /** A stable key of result `index` (a posting id or a board row). */
  getKey: (index: number) => string | number
  /** Renders result `index`: a ResultCard, or a placeholder while its card loads. */
  renderItem: (index: number) => ReactNode
  /** Accessible name of the list region, e.g. "Results". */
  label: string
  /** `j`/`k` move focus through the results while focus is not in a text field. */
  keyboardShortcuts?: boolean | undefined
}

/** Space between cards, in px (the plain first rows and the virtual list agree on it). */
export const CARD_GAP = 12
/** A card's height before it is measured, in px: compact cards (src/lib/density.ts) are lower. */
export const estimatedCardHeight = () =>
  typeof document !== 'undefined' && document.documentElement.dataset.density === 'compact'
    ? 96
    : 150

/** Height the list claims for `count` cards before they are measured. */
export const estimatedListHeight = (count: number) =>
  count === 0 ? 0 : count * estimatedCardHeight() + (count - 1) * CARD_GAP
