import { useId, useState } from 'react'
import { BOOKMARK_STATUSES, STATUS_LABELS, type BookmarkStatus } from '@/model/tracker-status'
import { saveBookmark } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useBookmark } from '@/storage/hooks'
import { STATUS_TONE } from './status-style'

/** Value of the choice a role that is not bookmarked starts from. */
const UNTRACKED = ''

/**
 * The tracker's status of one role, as a native select (keyboard and screen readers know
 * it). Choosing a status bookmarks the role if needed and dates the change. `compact` is
 * the card's pill, shown only for bookmarked roles (the card's Bookmark button starts
 * tracking); the full one offers "Not tracked" first for a role not bookmarked yet.
 */
export function StatusSelect({
  posting,
  compact = false,
  label = 'Status',
}: {
  posting: { id: string; title: string }
  compact?: boolean
  /** Visible label of the full control. */
  label?: string
}) {
  const id = useId()
  const bookmark = useBookmark(posting.id)
  const [error, setError] = useState<string | null>(null)
  if (compact && !bookmark) return null
  const status = bookmark?.status

  const select = (
    <select
      id={id}
      value={status ?? UNTRACKED}
      aria-describedby={error ? `${id}-error` : undefined}
      onChange={(event) => {
        const next = event.target.value as BookmarkStatus
        if (!next) return
        void saveBookmark(getAppStore(), posting.id, { status: next }).then((result) =>
          setError(result.ok ? null : result.message),
        )
      }}
      className={
        compact
          ? `h-6 cursor-pointer rounded-full border border-line ${status ? STATUS_TONE[status] : ''} py-0 pr-6 pl-2 text-xs font-medium text-ink`
          : 'h-9 rounded-md border border-line bg-surface px-2 text-sm text-ink'
      }
    >
      {!status && <option value={UNTRACKED}>Not tracked</option>}
      {BOOKMARK_STATUSES.map((value) => (
        <option key={value} value={value}>
          {STATUS_LABELS[value]}
        </option>
      ))}
    </select>
  )

  return (
    <span className={compact ? 'relative inline-flex items-center' : 'flex flex-col gap-1'}>
      <label htmlFor={id} className={compact ? 'sr-only' : 'text-xs font-medium text-muted'}>
        {compact ? `Status of ${posting.title}` : label}
        {!compact && <span className="sr-only"> of {posting.title}</span>}
      </label>
      {select}
      {error && (
        <span id={`${id}-error`} role="alert" className="text-xs font-medium text-warn">
          {error}
        </span>
      )}
    </span>
  )
}
