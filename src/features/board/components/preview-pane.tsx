import { Suspense, useEffect, useRef, type ReactNode } from 'react'

/**
 * The preview pane beside the results on a wide screen, open while a role is chosen: it
 * stays in view (below the sticky toolbar) while the list scrolls, and scrolls on its own.
 * "Close preview" (or Escape inside it) gives the list its full width back.
 */
export function PreviewPane({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const pane = useRef<HTMLElement>(null)
  // Escape anywhere inside the pane closes it (a listener on the element: the region is
  // not a control itself); a menu or field that used the key first has prevented it.
  useEffect(() => {
    const element = pane.current
    if (!element) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose()
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [onClose])

  return (
    <section
      ref={pane}
      aria-label="Preview"
      className="sticky top-36 max-h-[calc(100dvh-10rem)] overflow-y-auto rounded-xl border border-line bg-surface p-5 shadow-sm"
    >
      <button
        type="button"
        onClick={onClose}
        className="float-right -mr-2 -mt-2 ml-2 inline-flex size-9 items-center justify-center rounded-md text-muted hover:bg-raised hover:text-ink"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 stroke-current">
          <path d="M5 5l10 10M15 5 5 15" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
        <span className="sr-only">Close preview</span>
      </button>
      <Suspense
        fallback={
          <p role="status" className="text-muted">
            Loading the role…
          </p>
        }
      >
        {children}
      </Suspense>
    </section>
  )
}
