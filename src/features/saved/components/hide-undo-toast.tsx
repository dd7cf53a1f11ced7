import { useEffect, useRef, useSyncExternalStore } from 'react'
import { setHidden } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { hideUndo } from '../lib/hide-undo'

const SHOW_MS = 10_000

/** "Hidden: … Undo", for a few seconds after a role is hidden. */
export function HideUndoToast() {
  const last = useSyncExternalStore(hideUndo.subscribe, hideUndo.get)
  const undo = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!last) return
    // The hidden card leaves the board a moment later and takes the focused button with
    // it: when focus falls back to the page, give it to Undo.
    let checks = 0
    const watch = setInterval(() => {
      const lost = document.activeElement === document.body || document.activeElement === null
      if (lost) undo.current?.focus()
      if (lost || ++checks > 20) clearInterval(watch)
    }, 100)
    const timer = setTimeout(() => hideUndo.set(null), SHOW_MS)
    return () => {
      clearTimeout(timer)
      clearInterval(watch)
    }
  }, [last])
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 top-16 z-40 flex justify-center px-3"
    >
      {last && (
        <div className="pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg border border-line bg-surface px-4 py-2 text-sm text-ink shadow-lg">
          <p className="min-w-0">
            Hidden from the board: <span className="font-medium">{last.title}</span>
          </p>
          <button
            ref={undo}
            type="button"
            className="shrink-0 rounded-md border border-line px-3 py-1 font-medium hover:bg-raised"
            onClick={() => {
              // Shown at once from the store's state; a refused write shows the store's notice.
              void setHidden(getAppStore(), last.postingId, false)
              hideUndo.set(null)
            }}
          >
            Undo
          </button>
          <button
            type="button"
            aria-label="Dismiss"
            className="shrink-0 rounded-md px-2 py-1 text-muted hover:text-ink"
            onClick={() => hideUndo.set(null)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  )
}
