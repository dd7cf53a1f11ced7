import { memo, useId } from 'react'
import { Link } from 'react-router'
import { locationSummary } from '@/components/postings/posting-format'
import { NoteEditor } from '@/components/tracker/note-editor'
import { sinceLabel } from '@/components/tracker/status-date'
import type { PostingCard } from '@/model/board-files'
import { BOOKMARK_STATUSES, STATUS_LABELS, type BookmarkStatus } from '@/model/tracker-status'
import { neighbours } from '../lib/tracker-columns'

/** The type of the data a dragged tracker card carries: its posting id. */
export const TRACKER_DRAG_TYPE = 'application/x-roleboard-posting-id'

export type MoveVia = 'select' | 'back' | 'on' | 'drop'
export type MoveRole = (posting: PostingCard, to: BookmarkStatus, via: MoveVia) => void

const moveButton =
  'inline-flex min-h-8 items-center gap-1 rounded-md border border-line bg-surface px-2 text-xs font-medium text-ink hover:bg-raised'

/**
 * One role in a tracker column: title (opens the role), company and place, since when it
 * has its status, the status itself as a select (the keyboard's "move to any column"),
 * buttons to the column before and after, a drag handle, and the private note.
 */
export const TrackerCard = memo(function TrackerCard({
  posting,
  status,
  since,
  onMove,
}: {
  posting: PostingCard
  status: BookmarkStatus
  since: string | null
  onMove: MoveRole
}) {
  const id = useId()
  const { back, on } = neighbours(status)
  const place = locationSummary(posting)
  return (
    <article
      aria-labelledby={`${id}-title`}
      data-tracker-card={posting.id}
      className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-3 shadow-sm focus-within:border-accent"
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <h4 id={`${id}-title`} className="text-sm leading-snug font-semibold text-ink">
            <Link
              to={`/jobs/${encodeURIComponent(posting.id)}`}
              className="underline-offset-2 hover:underline"
            >
              {posting.title}
            </Link>
          </h4>
          <p className="text-xs text-muted">
            {posting.company ?? 'Company not stated'}
            {place ? ` · ${place}` : ''}
          </p>
        </div>
        {/* Pointer users drag the card by this handle; the controls below do the same by key. */}
        <div
          draggable
          title="Drag to another column"
          aria-hidden="true"
          onDragStart={(event) => {
            event.dataTransfer.setData(TRACKER_DRAG_TYPE, posting.id)
            event.dataTransfer.effectAllowed = 'move'
            const card = event.currentTarget.closest('article')
            if (card) event.dataTransfer.setDragImage(card, 16, 16)
          }}
          data-drag-handle
          className="flex h-8 w-6 shrink-0 cursor-grab items-center justify-center rounded text-muted hover:bg-raised active:cursor-grabbing"
        >
          <svg viewBox="0 0 20 20" className="size-4 fill-current">
            <path d="M7 4h2v2H7V4Zm4 0h2v2h-2V4ZM7 9h2v2H7V9Zm4 0h2v2h-2V9Zm-4 5h2v2H7v-2Zm4 0h2v2h-2v-2Z" />
          </svg>
        </div>
      </div>
      <p className="text-xs text-muted">
        {STATUS_LABELS[status]}{' '}
        {since ? <time dateTime={since}>{sinceLabel(since)}</time> : sinceLabel(null)}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-status`} className="text-xs font-medium text-muted">
          Status<span className="sr-only"> of {posting.title}</span>
        </label>
        <select
          id={`${id}-status`}
          data-move="select"
          value={status}
          onChange={(event) => onMove(posting, event.target.value as BookmarkStatus, 'select')}
          className="h-8 rounded-md border border-line bg-surface px-2 text-sm text-ink"
        >
          {BOOKMARK_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap justify-between gap-1">
        {back ? (
          <button
            type="button"
            data-move="back"
            aria-label={`Move “${posting.title}” back to ${STATUS_LABELS[back]}`}
            onClick={() => onMove(posting, back, 'back')}
            className={moveButton}
          >
            <span aria-hidden="true">‹</span> {STATUS_LABELS[back]}
          </button>
        ) : (
          <span />
        )}
        {on && (
          <button
            type="button"
            data-move="on"
            aria-label={`Move “${posting.title}” on to ${STATUS_LABELS[on]}`}
            onClick={() => onMove(posting, on, 'on')}
            className={moveButton}
          >
            {STATUS_LABELS[on]} <span aria-hidden="true">›</span>
          </button>
        )}
      </div>
      <NoteEditor posting={posting} />
    </article>
  )
})
