import { useCallback, useState, type RefObject, type UIEvent } from 'react'
import { useMediaQuery } from '@/lib/use-media-query'

/** How many role columns a phone shows at once (see ROLE_COLUMN in compare-table). */
const SHOWN = 2

export type PhoneColumns = {
  onScroll: (event: UIEvent<HTMLDivElement>) => void
  /** Index of the first role in view. */
  first: number
  show: (first: number) => void
  phone: boolean
}

const columnWidth = (scroller: HTMLElement) => {
  const cell = scroller.querySelector('thead th:nth-child(2)')
  return cell instanceof HTMLElement ? cell.offsetWidth : 0
}

/** Which two roles a phone shows, following the user's swipes and the pager's buttons. */
export function usePhoneColumns(
  scrollerRef: RefObject<HTMLDivElement | null>,
  count: number,
): PhoneColumns {
  const phone = useMediaQuery('(max-width: 639.98px)')
  const [first, setFirst] = useState(0)

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    const width = columnWidth(event.currentTarget)
    if (width > 0) setFirst(Math.round(event.currentTarget.scrollLeft / width))
  }, [])
  const show = (index: number) => {
    const next = Math.max(0, Math.min(index, count - SHOWN))
    setFirst(next)
    const scroller = scrollerRef.current
    scroller?.scrollTo({ left: next * columnWidth(scroller), behavior: 'smooth' })
  }
  return { onScroll, first: Math.min(first, Math.max(0, count - SHOWN)), show, phone }
}

/** On a phone with more than two roles: which are in view, and buttons to the others. */
export function PhoneColumnPager({ columns, count }: { columns: PhoneColumns; count: number }) {
  if (!columns.phone || count <= SHOWN) return null
  const { first, show } = columns
  const last = first + SHOWN
  const button =
    'rounded-md border border-line bg-surface px-3 py-1.5 text-sm text-ink aria-disabled:opacity-40'
  return (
    <div className="flex items-center justify-between gap-2">
      <button
        type="button"
        aria-disabled={first === 0 || undefined}
        onClick={() => show(first - 1)}
        className={button}
      >
        <span aria-hidden="true">← </span>Previous role
      </button>
      <p aria-live="polite" className="text-sm text-muted">
        Roles {first + 1}–{last} of {count}
      </p>
      <button
        type="button"
        aria-disabled={last >= count || undefined}
        onClick={() => show(first + 1)}
        className={button}
      >
        Next role<span aria-hidden="true"> →</span>
      </button>
    </div>
  )
}
