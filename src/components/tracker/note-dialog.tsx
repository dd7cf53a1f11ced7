import { useEffect, useId, useRef } from 'react'
import { NoteEditor } from './note-editor'

/**
 * The note of a card's role in a modal dialog (the card has no room for a text box). The
 * browser keeps focus inside while it is open, Escape closes it, and focus returns to the
 * "Note" button that opened it. Loaded only when a note is opened.
 */
export function NoteDialog({
  posting,
  onClose,
}: {
  posting: { id: string; title: string }
  onClose: () => void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-4 text-ink shadow-xl backdrop:bg-black/40"
    >
      <h2 id={headingId} className="mb-3 text-base font-semibold">
        Note on {posting.title}
      </h2>
      <NoteEditor posting={posting} rows={6} />
      <div className="mt-2 flex justify-end">
        <button
          type="button"
          onClick={() => ref.current?.close()}
          className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-raised"
        >
          Done
        </button>
      </div>
    </dialog>
  )
}
