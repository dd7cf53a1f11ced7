import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  type RefObject,
} from 'react'
import { isPlainKey, isTypingTarget } from '@/lib/keyboard'
import { useAfterPaint } from '@/lib/use-after-paint'
import { useHydrated } from '@/lib/use-hydrated'
import {
  CARD_GAP,
  estimatedCardHeight,
  estimatedListHeight,
  type ResultListProps,
} from './result-list-layout'
import type { ListOptions, ListVirtualizer } from './window-virtualizer'

export type { ResultListProps } from './result-list-layout'

/** Cards a first paint shows before the virtual list takes over: a tall screen's worth. */
const FIRST_ROWS = 8

/** Rows kept rendered beyond each edge of the viewport, for scrolling without blank rows. */
const OVERSCAN = 4

/** What the browser laid out for the plain rows: the list's top in the page, each row's height. */
type PlainLayout = { top: number | null; sizes: Map<unknown, number> }

const height = (entry: ResizeObserverEntry) =>
  entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height

/**
 * A window-scrolled, virtualised column of result cards: only the cards near the viewport
 * are in the DOM, so ten thousand postings scroll and filter as smoothly as ten.
 *
 * The first render (and the prerendered board) shows the first cards in plain flow, in a
 * list as tall as all of them. The virtualizer loads after that paint and takes over the
 * same elements: each row keeps its element and its card (nothing is drawn anew, a card's
 * open menu stays open) and starts where it already is, from the list's top and the rows'
 * heights a ResizeObserver reported after the browser's own layout. So the take-over reads
 * no layout itself and renders once: measuring every row in its commit (a forced layout and
 * a second render in the same task) was the board's longest task at startup at 4x CPU.
 */
export function ResultList({
  count,
  getKey,
  renderItem,
  label,
  keyboardShortcuts = true,
}: ResultListProps) {
  const listRef = useRef<HTMLDivElement>(null)
  const plain = useRef<PlainLayout>({ top: null, sizes: new Map() })
  const getKeyNow = useRef(getKey)
  useLayoutEffect(() => {
    getKeyNow.current = getKey
  })
  const [scrollMargin, setScrollMargin] = useState(0)
  const [pendingFocus, setPendingFocus] = useState<number | null>(null)
  const rerender = useReducer((n: number) => n + 1, 0)[1]
  // The prerendered board has no style attribute (the CSP forbids it in HTML): the plain
  // list claims its height once the app has adopted that markup.
  const hydrated = useHydrated()

  // Read once a render: the virtualizer asks every row's estimate each time the count
  // changes, and reading the density from the DOM 100,000 times costs a facet click tens of ms.
  const cardHeight = estimatedCardHeight()
  // New results (a facet click, a sort) render only the rows in view at first: the rows
  // beyond the viewport (as many again, at 1280x900) follow once that frame has painted,
  // so the click's synchronous render mounts half the cards. A change of count or of first
  // row stands for new results (the same count and first row are very likely the same
  // rows; at worst they render with their overscan at once, as before).
  const results = `${count} ${count > 0 ? getKey(0) : ''}`
  const overscan = useAfterPaint(results) === results ? OVERSCAN : 0
  const options: ListOptions = {
    count,
    estimateSize: () => cardHeight,
    // A row's size is what the ResizeObserver reports (after layout); a row just attached
    // keeps the size it has (measured as a plain row, or estimated) until then, so
    // attaching one reads no layout.
    measureElement: (element, entry, instance) => {
      if (entry) return height(entry)
      const index = instance.indexFromElement(element)
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? cardHeight
    },
    overscan,
    gap: CARD_GAP,
    scrollMargin,
    getItemKey: getKey,
  }
  const virtual = useVirtualizerOnceLoaded(options, plain, rerender)
  const instance = virtual?.instance ?? null
  virtual?.update(options)

  // Plain rows: their heights and the list's top, as the browser laid them out (read in the
  // observer's callback, after layout, so reading forces none).
  useEffect(() => {
    const list = listRef.current
    if (instance || !list) return
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const row = entry.target as HTMLElement
        if (row !== list)
          plain.current.sizes.set(getKeyNow.current(Number(row.dataset.index)), height(entry))
      }
      plain.current.top = list.getBoundingClientRect().top + window.scrollY
      setScrollMargin(plain.current.top)
    })
    observer.observe(list)
    for (const row of list.children) observer.observe(row)
    return () => observer.disconnect()
  })

  // Once virtual: the list's top follows the page above it (notes, filter chips, the
  // window's width), read when the page's layout changes.
  useEffect(() => {
    const list = listRef.current
    if (!instance || !list) return
    const observer = new ResizeObserver(() =>
      setScrollMargin(list.getBoundingClientRect().top + window.scrollY),
    )
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [instance])

  useLayoutEffect(() => instance?._didMount(), [instance])
  useLayoutEffect(() => instance?._willUpdate())

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
      // Before the virtualizer has loaded, only the plain rows are there to move to.
      const last = (instance ? count : Math.min(count, FIRST_ROWS)) - 1
      const next =
        event.key === 'j'
          ? Math.min(last, current + 1)
          : current === -1
            ? 0
            : Math.max(0, current - 1)
      instance?.scrollToIndex(next, { align: 'auto' })
      setPendingFocus(next)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [keyboardShortcuts, count, instance])

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

  if (!instance)
    return (
      <div
        ref={listRef}
        role="region"
        aria-label={label}
        // gap-3 is CARD_GAP as a class: the board's prerendered first view keeps no style attribute.
        className="relative flex w-full flex-col gap-3"
        style={hydrated ? { minHeight: estimatedListHeight(count) } : undefined}
      >
        {Array.from({ length: Math.min(count, FIRST_ROWS) }, (_, index) => (
          <div key={getKey(index)} data-index={index} className="w-full">
            {renderItem(index)}
          </div>
        ))}
      </div>
    )

  return (
    <div
      ref={listRef}
      role="region"
      aria-label={label}
      data-virtual=""
      className="relative w-full"
      style={{ height: instance.getTotalSize() }}
    >
      {instance.getVirtualItems().map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={instance.measureElement}
          // A card whose menu is open stays above the rows after it.
          className="absolute left-0 top-0 w-full has-[[aria-expanded=true]]:z-10"
          style={{ transform: `translateY(${item.start - instance.options.scrollMargin}px)` }}
        >
          {renderItem(item.index)}
        </div>
      ))}
    </div>
  )
}

/**
 * The window virtualizer, once its module has loaded after the first paint and the plain
 * rows have been laid out (`plain.top` set): made with the plain rows' heights, so that it
 * places them where they are. Null until then.
 */
function useVirtualizerOnceLoaded(
  options: ListOptions,
  plain: RefObject<PlainLayout>,
  rerender: () => void,
): ListVirtualizer | null {
  const [virtual, setVirtual] = useState<ListVirtualizer | null>(null)
  const latest = useRef(options)
  useLayoutEffect(() => {
    latest.current = options
  })
  useEffect(() => {
    let live = true
    let frame = 0
    void import('./window-virtualizer').then(({ createWindowVirtualizer }) => {
      const take = () => {
        if (!live) return
        const { top, sizes } = plain.current
        if (top === null) {
          frame = requestAnimationFrame(take)
          return
        }
        const { getItemKey = (index: number) => index, gap = 0 } = latest.current
        let start = top
        const initialMeasurementsCache = []
        for (let index = 0; index < latest.current.count; index++) {
          const key = getItemKey(index)
          const size = sizes.get(key)
          if (size === undefined) break
          initialMeasurementsCache.push({ index, key, start, size, end: start + size, lane: 0 })
          start += size + gap
        }
        const virtual = createWindowVirtualizer(
          { ...latest.current, scrollMargin: top, initialMeasurementsCache },
          rerender,
        )
        // Low priority: the rows take their new places in renders that yield to the browser.
        startTransition(() => setVirtual(virtual))
      }
      take()
    })
    return () => {
      live = false
      cancelAnimationFrame(frame)
    }
  }, [plain, rerender])
  return virtual
}
