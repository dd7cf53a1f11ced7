import { Link } from 'react-router'
import type { PostingCard } from '@/model/board-files'
import { setHidden } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useHidden } from '@/storage/hooks'

/** Roles taken off the board, each with a way back. */
export function HiddenRoles({ postingsById }: { postingsById: ReadonlyMap<string, PostingCard> }) {
  const hidden = useHidden()
  const ids = [...hidden.keys()].sort()
  return (
    <section aria-labelledby="hidden-heading" className="flex flex-col gap-3">
      <h2 id="hidden-heading" className="text-xl font-semibold">
        Hidden roles ({ids.length})
      </h2>
      {ids.length === 0 ? (
        <p className="text-muted">
          None. “Hide” on a role takes it off the board until you show it again.
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {ids.map((id) => {
            const posting = postingsById.get(id)
            return (
              <li
                key={id}
                className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-surface p-3"
              >
                <span className="min-w-0 flex-1">
                  {posting ? (
                    <Link
                      to={`/jobs/${encodeURIComponent(id)}`}
                      className="font-medium text-accent underline"
                    >
                      {posting.title}
                    </Link>
                  ) : (
                    <span className="text-muted">{id} (no longer on the board)</span>
                  )}
                  {posting?.company && (
                    <span className="text-sm text-muted"> · {posting.company}</span>
                  )}
                </span>
                <button
                  type="button"
                  className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-raised"
                  // Shown at once from the store's state; a refused write shows the store's notice.
                  onClick={() => void setHidden(getAppStore(), id, false)}
                >
                  Show on board<span className="sr-only"> {posting?.title ?? id}</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
