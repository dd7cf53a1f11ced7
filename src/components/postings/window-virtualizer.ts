import {
  observeWindowOffset,
  Virtualizer,
  windowScroll,
  type Rect,
  type VirtualizerOptions,
} from '@tanstack/react-virtual'
import { flushSync } from 'react-dom'

// The virtualizer of the result list, loaded after the first paint (result-list.tsx): the
// first cards need none of it, and the board route's first-load JavaScript stays small.

export type WindowVirtualizer = Virtualizer<Window, HTMLDivElement>

/** A window-scrolled virtualizer's options without the window's own parts. */
export type ListOptions = Omit<
  VirtualizerOptions<Window, HTMLDivElement>,
  'getScrollElement' | 'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'
>

/** A window virtualizer, and how a render gives it the list's current options. */
export type ListVirtualizer = {
  instance: WindowVirtualizer
  update: (options: ListOptions) => void
}

// Set while a row is measured from its ref, in React's commit, where a render must not be
// forced synchronously.
let measuringFromRef = false
// Set while the ResizeObserver reports rows' sizes (after layout, before the frame is
// painted): the rows move in a synchronous render there, so no frame paints them at their
// old places (a layout shift) when a card's height changes.
let resizing = false

const windowSize = (): Rect => ({ width: window.innerWidth, height: window.innerHeight })

/**
 * The window's size, as @tanstack/react-virtual's observeWindowRect reports it, but read
 * first after the browser's next layout (in a ResizeObserver's callback) instead of at
 * once: at once is in React's commit, where reading it forces the style and layout of
 * everything the commit changed (at 4x CPU under Lighthouse, the board's longest task).
 * Until then the virtualizer uses `initialRect`, read before the commit.
 */
function observeWindowSize(_: WindowVirtualizer, report: (rect: Rect) => void): () => void {
  const read = () => report(windowSize())
  const first = new ResizeObserver(() => {
    first.disconnect()
    read()
  })
  first.observe(document.documentElement)
  window.addEventListener('resize', read, { passive: true })
  return () => {
    first.disconnect()
    window.removeEventListener('resize', read)
  }
}

/**
 * A virtualizer of the window's scroll. `rerender` renders the list again when its window
 * of rows moves, synchronously while scrolling (as @tanstack/react-virtual's own hook
 * does), so no blank rows show.
 */
export function createWindowVirtualizer(
  options: ListOptions,
  rerender: () => void,
): ListVirtualizer {
  // Read here, before React's commit, where the layout is still the browser's own.
  const initialRect = windowSize()
  const initialOffset = window.scrollY
  // Kept through every render's options: the virtualizer reads it at its first measuring.
  const { initialMeasurementsCache } = options
  let written = false
  const withWindow = (list: ListOptions): VirtualizerOptions<Window, HTMLDivElement> => ({
    getScrollElement: () => window,
    observeElementRect: observeWindowSize,
    observeElementOffset: observeWindowOffset,
    // Its first write, as it attaches in React's commit, puts the window where it is: left
    // out, as writing the scroll position there forces the layout of all the commit changed.
    scrollToFn: (offset, how, virtualizer) => {
      const first = !written
      written = true
      if (!(first && offset === initialOffset && !how.adjustments && !how.behavior))
        windowScroll(offset, how, virtualizer)
    },
    initialOffset,
    initialRect,
    onChange: (_, sync) => {
      if ((sync || resizing) && !measuringFromRef) flushSync(rerender)
      else rerender()
    },
    ...list,
    initialMeasurementsCache,
    measureElement: (element, entry, virtualizer) => {
      if (entry && !resizing) {
        resizing = true
        queueMicrotask(() => (resizing = false))
      }
      return list.measureElement!(element, entry, virtualizer)
    },
  })
  const instance = new Virtualizer(withWindow(options))
  const measure = instance.measureElement
  instance.measureElement = (node) => {
    measuringFromRef = true
    try {
      measure(node)
    } finally {
      measuringFromRef = false
    }
  }
  return { instance, update: (list) => instance.setOptions(withWindow(list)) }
}
