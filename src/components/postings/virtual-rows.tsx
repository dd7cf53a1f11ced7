import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { isPlainKey, isTypingTarget } from '@/lib/keyboard'
import { CARD_GAP, estimatedCardHeight, type ResultListProps } from './result-list-layout'

/**
 * A window-scrolled, virtualised column of result cards: only the cards near the viewport
 * are in the DOM, so ten thousand postings scroll and filter as smoothly as ten.
 * Loaded after the first paint (result-list.tsx): the virtualizer is not needed to show
 * the first cards.
 */
export function VirtualRows({
  count,
  getKey,
  renderItem,
  label,
  keyboardShortcuts = true,
}: ResultListProps) {
  const listRef = useRef<HTMLDivElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  const [pendingFocus, setPendingFocus] = useState<number | null>(null)

  // The list starts below the page header and toolbar; the virtualizer needs that offset.
  useLayoutEffect(() => {
    const el = listRef.current
    if (!el) return
    const measure = () => setScrollMargin(el.getBoundingClientRect().top + window.scrollY)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])

  // Read once a render: the virtualizer asks every row's estimate each time the count
  // changes, and reading the density from the DOM 100,000 times costs a facet click tens of ms.
  const cardHeight = estimatedCardHeight()
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => cardHeight,
    overscan: 4,
    gap: CARD_GAP,
    scrollMargin,
    getItemKey: getKey,
  })

  useEffect(() => {
    if (!keyboardShortcuts) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isPlainKey(event) || isTypingTarget(event.target)) return
      if (event.key !== 'j' && event.key !== 'k') return
      if (count === 0) return
      event.preventDefault()
      // From the focused card; else from the card the user chose for the preview pane (focus
      // may be in the pane), else from the top (a card previewed by default is no choice).
      const from = listRef.current?.contains(document.activeElement)
        ? document.activeElement
        : listRef.current?.querySelector('[data-selected="chosen"]')
      const current = Number(from?.closest<HTMLElement>('[data-index]')?.dataset.index ?? -1)
      const next =
        event.key === 'j'
          ? Math.min(count - 1, current + 1)
          : current === -1
            ? 0
            : Math.max(0, current - 1)
      virtualizer.scrollToIndex(next, { align: 'auto' })
      setPendingFocus(next)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [keyboardShortcuts, count, virtualizer])

  // Focus moves once the card is rendered; scrolling to it may take a frame or two.
  useEffect(() => {
    if (pendingFocus === null) return
    let frame = 0
    let tries = 0
    const tryFocus = () => {
      const link = listRef.current?.querySelector<HTMLElement>(
        `[data-index="${pendingFocus}"] [data-result-link]`,
      )
      if (link) {
        link.focus({ preventScroll: true })
        link.closest('[data-index]')?.scrollIntoView({ block: 'nearest' })
        setPendingFocus(null)
      } else if (tries++ < 10) frame = requestAnimationFrame(tryFocus)
    }
    tryFocus()
    return () => cancelAnimationFrame(frame)
  }, [pendingFocus])

  const items = virtualizer.getVirtualItems()
  return (
    <div
      ref={listRef}
      role="region"
      aria-label={label}
      data-virtual=""
      className="relative w-full"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            // A card whose menu is open stays above the rows after it.
            className="absolute left-0 top-0 w-full has-[[aria-expanded=true]]:z-10"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {renderItem(item.index)}
          </div>
        )
      })}
    </div>
  )
}
