import { lazy, Suspense } from 'react'
import { estimatedListHeight, type ResultListProps } from './result-list-layout'

export type { ResultListProps } from './result-list-layout'

// The virtualizer loads after the first paint: the first cards need none of it, and the
// board route's first-load JavaScript stays within its budget.
const VirtualRows = lazy(async () => ({ default: (await import('./virtual-rows')).VirtualRows }))

/** Cards a first paint shows before the virtual list takes over: a tall screen's worth. */
const FIRST_ROWS = 8

/**
 * A window-scrolled, virtualised column of result cards: only the cards near the viewport
 * are in the DOM, so ten thousand postings scroll and filter as smoothly as ten. Until the
 * virtualizer has loaded, the first cards render in plain flow in a list of the same height.
 */
export function ResultList(props: ResultListProps) {
  return (
    <Suspense fallback={<FirstRows {...props} />}>
      <VirtualRows {...props} />
    </Suspense>
  )
}

function FirstRows({ count, getKey, renderItem, label }: ResultListProps) {
  const shown = Math.min(count, FIRST_ROWS)
  return (
    <div
      role="region"
      aria-label={label}
      // gap-3 is CARD_GAP as a class: the board's prerendered first view keeps no style attribute.
      className="relative flex w-full flex-col gap-3"
      style={{ minHeight: estimatedListHeight(count) }}
    >
      {Array.from({ length: shown }, (_, index) => (
        <div key={getKey(index)} data-index={index} className="w-full">
          {renderItem(index)}
        </div>
      ))}
    </div>
  )
}
