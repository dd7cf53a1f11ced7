import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react'
import { ActionLabel } from '@/components/ui/action-label'
import type { PostingCard } from '@/model/board-files'

// The menu's entries load on the first open: few cards are ever opened this way, and the
// board's first-load JavaScript stays within its budget.
const CardMenuPanel = lazy(async () => ({
  default: (await import('./card-menu-panel')).CardMenuPanel,
}))

/**
 * "More actions" on a result card: a disclosure button and the list of less-used actions
 * it opens (Apply, Original posting, Copy link to this role). Escape, a click outside or
 * moving focus out closes it; closing from inside returns focus to the button.
 */
export function CardMenu({ posting }: { posting: PostingCard }) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) button.current?.focus()
  }, [])
  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        className="relative inline-flex size-9 items-center justify-center rounded-md border border-line bg-surface text-ink hover:bg-raised aria-expanded:bg-raised"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M4 8.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z" />
        </svg>
        <ActionLabel>More actions</ActionLabel>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CardMenuPanel id={panelId} posting={posting} button={button} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  )
}
