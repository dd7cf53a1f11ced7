import { useEffect, useRef, useState, type RefObject } from 'react'
import { ApplyLink, menuItemClass, OriginalPostingLink } from '@/components/apply/apply-link'
import { copyText } from '@/components/ui/copy-link-button'
import { useDismiss } from '@/lib/use-dismiss'
import type { PostingCard } from '@/model/board-files'

const ITEMS = 'a[href], button:not([disabled])'

/** Moves focus among the group's entries: by a step (wrapping round), or to an end. */
function move(group: HTMLElement, step: number | 'first' | 'last') {
  const items = [...group.querySelectorAll<HTMLElement>(ITEMS)]
  if (items.length === 0) return
  const at = items.indexOf(document.activeElement as HTMLElement)
  const next =
    step === 'first' ? 0 : step === 'last' ? items.length - 1 : (at + step + items.length) % items.length
  items[next]!.focus()
}

/**
 * The entries of a card's "More actions" (card-menu.tsx), loaded on the first open. Focus
 * moves to the first entry; arrow keys, Home and End move among them, Tab moves on as
 * usual. Escape closes and returns focus to the button; a click or focus outside closes.
 */
export function CardMenuPanel({
  id,
  posting,
  button,
  onClose,
}: {
  id: string
  posting: PostingCard
  button: RefObject<HTMLButtonElement | null>
  onClose: (returnFocus: boolean) => void
}) {
  const panel = useRef<HTMLDivElement>(null)
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>(ITEMS)?.focus()
  }, [])

  useDismiss(true, [panel, button], (how) => onClose(how === 'escape'))

  // Arrow keys, Home and End are handled on the group for all its entries (a listener on
  // the element: the group itself is not a control).
  useEffect(() => {
    const element = panel.current
    if (!element) return
    const keys: Record<string, number | 'first' | 'last'> = {
      ArrowDown: 1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const step = keys[event.key]
      if (step === undefined) return
      event.preventDefault()
      move(element, step)
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [])


  return (
    <div
      ref={panel}
      id={id}
      role="group"
      aria-label={`More actions for ${posting.title}`}
      className="absolute right-0 top-full z-30 mt-1 flex w-64 max-w-[calc(100vw-2rem)] flex-col gap-0.5 rounded-lg border border-line bg-surface p-1 shadow-lg"
    >
      <ApplyLink source={posting.source} size="menu" onApply={() => onClose(false)} />
      <OriginalPostingLink source={posting.source} size="menu" />
      <button
        type="button"
        className={menuItemClass}
        onClick={() => {
          const url = new URL(`/jobs/${encodeURIComponent(posting.id)}`, window.location.href)
          void copyText(url.href).then((ok) => setCopied(ok ? 'copied' : 'failed'))
        }}
      >
        Copy link to this role
      </button>
      <p role="status" className="px-3 text-xs text-muted empty:hidden">
        {copied === 'copied'
          ? 'Link copied'
          : copied === 'failed'
            ? 'Could not copy the link'
            : ''}
      </p>
    </div>
  )
}
