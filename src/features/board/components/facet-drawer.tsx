import { useEffect, useRef, type ReactNode } from 'react'

/** On phones the facets live in a modal drawer; the native dialog traps focus and Esc closes it. */
export function FacetDrawer({
  open,
  onClose,
  total,
  children,
}: {
  open: boolean
  onClose: () => void
  total: number
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    // The backdrop click is a pointer shortcut; the keyboard closes a modal <dialog> with
    // Escape (native) or the Close button.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      aria-labelledby="facet-drawer-title"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself) closes the drawer.
        if (event.target === event.currentTarget) onClose()
      }}
      className="m-0 ml-auto h-dvh max-h-dvh w-[min(22rem,92vw)] max-w-none bg-canvas p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-line bg-surface px-4 py-3">
          <h2 id="facet-drawer-title" className="text-base font-semibold">
            Filters
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-2 py-1 text-sm font-medium text-accent hover:underline"
          >
            Close
          </button>
        </div>
        <div className="flex-1 overflow-y-auto px-4 py-4">{open ? children : null}</div>
        <div className="border-t border-line bg-surface p-3">
          <button
            type="button"
            onClick={onClose}
            className="h-11 w-full rounded-lg bg-accent text-sm font-semibold text-accent-ink"
          >
            Show {total} {total === 1 ? 'role' : 'roles'}
          </button>
        </div>
      </div>
    </dialog>
  )
}
