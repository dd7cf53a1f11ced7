import { useState } from 'react'

/**
 * A polite status listing notes (e.g. URL parameters that were ignored), which the
 * person can dismiss. A new set of notes shows again.
 */
export function NotesStatus({ notes, label = 'Notes' }: { notes: string[]; label?: string }) {
  const key = notes.join('\n')
  const [dismissed, setDismissed] = useState<string | null>(null)
  const visible = notes.length > 0 && dismissed !== key
  return (
    <div role="status" aria-live="polite" aria-label={label}>
      {visible ? (
        <div className="flex items-start gap-3 rounded-lg border border-warn/30 bg-warn-soft px-4 py-3 text-sm text-warn">
          <ul className="flex-1 space-y-0.5">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => setDismissed(key)}
            className="shrink-0 rounded-md px-2 py-0.5 font-medium underline-offset-2 hover:underline"
          >
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  )
}
