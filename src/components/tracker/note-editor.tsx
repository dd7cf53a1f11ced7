import { useEffect, useId, useRef, useState } from 'react'
import { saveBookmark } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useBookmark } from '@/storage/hooks'
import { MAX_NOTE_LENGTH } from '@/storage/schema'

const NOTE_DELAY_MS = 600

type SaveResult = Awaited<ReturnType<typeof saveBookmark>>

/** Words an editor saved as it went away, by posting id, until the storage has them. */
const leaving = new Map<string, { text: string; saved: Promise<SaveResult> }>()

type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved' }
  | { kind: 'merged' }
  | { kind: 'error'; message: string }

/**
 * The private note on a role, saved as you type (0.6 s after the last key, or on leaving
 * the field). Writing a note on a role that is not bookmarked bookmarks it. A note changed
 * in another tab while this one was typing is kept beside this tab's words (saveBookmark).
 * An editor drawn again while its last words are being stored (a tracker card moving to
 * another column) starts from those words and reports their save.
 */
export function NoteEditor({
  posting,
  rows = 2,
}: {
  posting: { id: string; title: string }
  rows?: number
}) {
  const id = useId()
  const stored = useBookmark(posting.id)?.note ?? ''
  const [carried] = useState(() => leaving.get(posting.id))
  const [note, setNote] = useState(carried?.text ?? stored)
  const [state, setState] = useState<SaveState>(carried ? { kind: 'pending' } : { kind: 'idle' })
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pendingNote = useRef<string | null>(null)
  /** The stored note the pending edit started from: a different one now means another tab wrote. */
  const baseNote = useRef<string | undefined>(undefined)

  // A change made elsewhere (another tab, an import) shows here unless a note is being typed.
  const [syncedNote, setSyncedNote] = useState(stored)
  if (syncedNote !== stored) {
    setSyncedNote(stored)
    if (pendingNote.current === null) setNote(stored)
  }

  const report = (result: SaveResult) =>
    setState(
      result.ok
        ? { kind: result.merged ? 'merged' : 'saved' }
        : { kind: 'error', message: result.message },
    )

  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const text = pendingNote.current
    pendingNote.current = null
    if (text === null) return
    void saveBookmark(getAppStore(), posting.id, { note: text }, baseNote.current).then(report)
  }

  useEffect(() => {
    void carried?.saved.then(report)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once: the save under way when drawn
  }, [])

  // Leaving the page (or scrolling the card away) saves what was typed.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
      const text = pendingNote.current
      if (text === null) return
      const id = posting.id
      const saved = saveBookmark(getAppStore(), id, { note: text }, baseNote.current)
      leaving.set(id, { text, saved })
      void saved.finally(() => {
        if (leaving.get(id)?.saved === saved) leaving.delete(id)
      })
    },
    [posting.id],
  )

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        Private note<span className="sr-only"> on {posting.title}</span>
      </label>
      <textarea
        id={id}
        data-note
        rows={rows}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        placeholder="Only you see this: contacts, dates, impressions…"
        onChange={(event) => {
          setNote(event.target.value)
          // Words still being stored are what this edit starts from, not another tab's.
          if (pendingNote.current === null)
            baseNote.current = leaving.get(posting.id)?.text ?? stored
          pendingNote.current = event.target.value
          setState({ kind: 'pending' })
          if (timer.current) clearTimeout(timer.current)
          timer.current = setTimeout(flush, NOTE_DELAY_MS)
        }}
        onBlur={flush}
        className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink"
      />
      <p role="status" className="min-h-4 text-xs text-muted">
        {state.kind === 'pending' && 'Saving…'}
        {state.kind === 'saved' && (
          <span className="font-medium text-ok">
            <span aria-hidden="true">✓ </span>Saved
          </span>
        )}
        {state.kind === 'merged' && (
          <span className="font-medium text-warn">
            Saved. This note was also changed in another tab while you typed: both versions are kept
            in the note, yours first. Tidy it up as you like.
          </span>
        )}
        {state.kind === 'error' && <span className="font-medium text-warn">{state.message}</span>}
      </p>
    </div>
  )
}
