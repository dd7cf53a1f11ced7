import { useEffect, useId, useRef, useState } from 'react'
import type { PostingCard } from '@/model/board-files'
import { saveBookmark } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { BOOKMARK_STATUSES, MAX_NOTE_LENGTH, type Bookmark } from '@/storage/schema'
import { STATUS_LABELS } from '../lib/status-labels'

const NOTE_DELAY_MS = 600

type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved' }
  | { kind: 'merged' }
  | { kind: 'error'; message: string }

/** Status and private note of one bookmark, edited in place and saved as you go. */
export function BookmarkEditor({
  posting,
  bookmark,
}: {
  posting: PostingCard
  bookmark: Bookmark
}) {
  const id = useId()
  const [note, setNote] = useState(bookmark.note)
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pendingNote = useRef<string | null>(null)
  /** The stored note the pending edit started from: a different one now means another tab wrote. */
  const baseNote = useRef<string | undefined>(undefined)

  // A change made elsewhere (another tab, an import) shows here unless a note is being typed.
  const [syncedNote, setSyncedNote] = useState(bookmark.note)
  if (syncedNote !== bookmark.note) {
    setSyncedNote(bookmark.note)
    if (pendingNote.current === null) setNote(bookmark.note)
  }

  const report = (result: { ok: true; merged?: boolean } | { ok: false; message: string }) =>
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

  // Leaving the page (or scrolling the card away) saves what was typed.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
      const text = pendingNote.current
      if (text !== null)
        void saveBookmark(getAppStore(), posting.id, { note: text }, baseNote.current)
    },
    [posting.id],
  )

  return (
    <div className="mt-2 grid gap-3 rounded-lg border border-line bg-raised/60 p-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-status`} className="text-xs font-medium text-muted">
          Status<span className="sr-only"> of {posting.title}</span>
        </label>
        <select
          id={`${id}-status`}
          value={bookmark.status}
          onChange={(event) =>
            void saveBookmark(getAppStore(), posting.id, {
              status: event.target.value as Bookmark['status'],
            }).then(report)
          }
          className="h-9 rounded-md border border-line bg-surface px-2 text-sm text-ink"
        >
          {BOOKMARK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-note`} className="text-xs font-medium text-muted">
          Private note<span className="sr-only"> on {posting.title}</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={note}
          placeholder="Only you see this: contacts, dates, impressions…"
          onChange={(event) => {
            setNote(event.target.value)
            if (pendingNote.current === null) baseNote.current = bookmark.note
            pendingNote.current = event.target.value
            setState({ kind: 'pending' })
            if (timer.current) clearTimeout(timer.current)
            timer.current = setTimeout(flush, NOTE_DELAY_MS)
          }}
          onBlur={flush}
          className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink"
        />
      </div>
      <p role="status" className="text-xs text-muted sm:col-span-2">
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
