import { useId, useRef, useState, type ReactNode } from 'react'
import { useDismiss } from '@/lib/use-dismiss'

/**
 * The header's secondary controls (the theme): inline from 640 px; on a phone folded behind
 * a "Settings" button, so the header is one row. The same elements at every width (CSS
 * decides), so the prerendered header does not move when the app takes over. Escape closes
 * the panel and returns focus to the button; a click or focus outside closes it.
 */
export function HeaderSettings({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useDismiss(open, [root], (how) => {
    setOpen(false)
    if (how === 'escape') button.current?.focus()
  })

  return (
    <div ref={root} className="ml-auto shrink-0">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="inline-flex size-9 items-center justify-center rounded-md text-muted hover:bg-raised hover:text-ink aria-expanded:bg-raised aria-expanded:text-ink sm:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
          <circle cx="4" cy="10" r="1.6" />
          <circle cx="10" cy="10" r="1.6" />
          <circle cx="16" cy="10" r="1.6" />
        </svg>
        <span className="sr-only">Settings</span>
      </button>
      <div
        id={panelId}
        className={`${open ? 'flex' : 'hidden'} absolute right-4 top-full z-30 mt-1 rounded-lg border border-line bg-surface p-3 shadow-lg sm:static sm:mt-0 sm:flex sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none`}
      >
        {children}
      </div>
    </div>
  )
}
