import { useId } from 'react'
import { STATUS_LABELS } from '@/model/tracker-status'
import { useBookmark } from '@/storage/hooks'
import { NoteEditor } from './note-editor'
import { sinceLabel, statusDateLabel } from './status-date'
import { StatusSelect } from './status-select'

/**
 * The tracker on a posting's page: status (with the day it was set and every earlier
 * step) and the private note. Choosing a status or writing a note bookmarks the role.
 */
export function TrackerPanel({ posting }: { posting: { id: string; title: string } }) {
  const headingId = useId()
  const bookmark = useBookmark(posting.id)
  const history = bookmark?.statusHistory ?? []
  const current = history.at(-1)
  return (
    <section
      aria-labelledby={headingId}
      className="grid gap-3 rounded-lg border border-line bg-raised/60 p-3 sm:grid-cols-[14rem_minmax(0,1fr)]"
    >
      <h2 id={headingId} className="text-sm font-semibold text-ink sm:col-span-2">
        Your application
      </h2>
      <div className="flex flex-col gap-1">
        <StatusSelect posting={posting} />
        {current ? (
          <p className="text-xs text-muted">
            {STATUS_LABELS[current.status]}{' '}
            {current.at ? (
              <time dateTime={current.at}>{sinceLabel(current.at)}</time>
            ) : (
              sinceLabel(null)
            )}
          </p>
        ) : (
          <p className="text-xs text-muted">Choose a status to track this role on Saved.</p>
        )}
        {history.length > 1 && (
          <details className="text-xs text-muted">
            <summary className="cursor-pointer">History ({history.length} steps)</summary>
            <ol className="mt-1 flex flex-col gap-0.5">
              {history.map((step, index) => (
                <li key={index}>
                  {STATUS_LABELS[step.status]}:{' '}
                  {step.at ? (
                    <time dateTime={step.at}>{statusDateLabel(step.at)}</time>
                  ) : (
                    'date not recorded'
                  )}
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>
      <NoteEditor posting={posting} />
    </section>
  )
}
