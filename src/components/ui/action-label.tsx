import type { ReactNode } from 'react'

/**
 * The words of an action button (Bookmark, Add to compare, Hide ...). Shown beside the
 * icon on a posting page; inside a `data-icon-actions` container (a result card) only the
 * icon shows, and these words stay the button's accessible name and become its tooltip
 * (styles.css), so tests and screen readers meet the same names everywhere.
 */
export function ActionLabel({ children }: { children: ReactNode }) {
  return <span data-action-label="">{children}</span>
}

/** Classes that turn an action button into a square icon button inside a card. */
export const iconActionClass =
  'icon-actions:relative icon-actions:size-9 icon-actions:min-h-0 icon-actions:justify-center icon-actions:p-0'
