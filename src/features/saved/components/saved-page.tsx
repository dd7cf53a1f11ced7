import { useMemo } from 'react'
import { useCardsById } from '@/data/use-cards-by-id'
import { setBookmarked } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useBookmarks, useHidden } from '@/storage/hooks'
import { TrackerBoard } from './tracker-board'
import { DataTransfer } from './data-transfer'
import { HiddenRoles } from './hidden-roles'
import { SavedSearches } from './saved-searches'
import { ShareBookmarks } from './share-bookmarks'

/** A long list of ids helps nobody and would take seconds to draw after a large import. */
const MAX_ORPHANS_LISTED = 50

const SECTIONS = [
  ['bookmarks-heading', 'Bookmarks'],
  ['searches-heading', 'Saved searches'],
  ['hidden-heading', 'Hidden roles'],
  ['share-heading', 'Share'],
  ['transfer-heading', 'Export and import'],
] as const

export function SavedPage() {
  const bookmarks = useBookmarks()
  const hidden = useHidden()
  // The cards of the roles this page names, in one go from the board's card chunks.
  const wanted = useMemo(
    () => [...new Set([...bookmarks.keys(), ...hidden.keys()])].sort(),
    [bookmarks, hidden],
  )
  const every = useCardsById(wanted)
  const postingsById = useMemo(
    () => new Map(every.cards.map((card) => [card.id, card])),
    [every.cards],
  )
  const bookmarked = useMemo(
    () => every.cards.filter((card) => bookmarks.has(card.id)),
    [every.cards, bookmarks],
  )
  const missing = useMemo(() => new Set(every.missing), [every.missing])
  const orphans = every.pending
    ? []
    : [...bookmarks.values()].filter((bookmark) => missing.has(bookmark.postingId))

  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-10 px-4 pt-6 pb-16 sm:px-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Saved</h1>
        <p className="text-sm text-muted">
          Your bookmarks, saved searches and hidden roles. They are kept in this browser only.
        </p>
        <nav aria-label="On this page" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`} className="text-accent underline-offset-2 hover:underline">
              {label}
            </a>
          ))}
        </nav>
      </header>

      <section aria-labelledby="bookmarks-heading" className="flex flex-col gap-3">
        <h2 id="bookmarks-heading" tabIndex={-1} className="text-xl font-semibold">
          Bookmarks ({bookmarks.size})
        </h2>
        {every.error ? (
          <p role="alert" className="text-warn">
            The postings could not be loaded: {every.error.message}
          </p>
        ) : every.pending ? (
          <p className="text-muted">Loading…</p>
        ) : bookmarked.length === 0 && orphans.length === 0 ? (
          <p className="text-muted">
            Nothing bookmarked yet. “Bookmark” on any role keeps it here, with a status and a note.
          </p>
        ) : (
          <TrackerBoard postings={bookmarked} bookmarks={bookmarks} />
        )}
        {orphans.length > 0 && (
          <div className="rounded-lg border border-line bg-warn-soft p-3 text-sm">
            <p className="font-medium text-warn">
              {orphans.length === 1
                ? 'One bookmark points to a role that is no longer on the board.'
                : `${orphans.length} bookmarks point to roles that are no longer on the board.`}{' '}
              Their notes are kept until you remove them.
            </p>
            <ul className="mt-2 flex flex-col gap-1">
              {orphans.slice(0, MAX_ORPHANS_LISTED).map((bookmark) => (
                <li key={bookmark.postingId} className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-xs">{bookmark.postingId}</span>
                  {bookmark.note && <span className="text-muted">“{bookmark.note}”</span>}
                  <button
                    type="button"
                    className="rounded-md border border-line bg-surface px-2 py-0.5 text-xs font-medium"
                    // Shown at once from the store's state; a refused write shows the store's notice.
                    onClick={() => void setBookmarked(getAppStore(), bookmark.postingId, false)}
                  >
                    Remove bookmark<span className="sr-only"> {bookmark.postingId}</span>
                  </button>
                </li>
              ))}
              {orphans.length > MAX_ORPHANS_LISTED && (
                <li className="text-muted">
                  …and {orphans.length - MAX_ORPHANS_LISTED} more, all kept and in every export.
                </li>
              )}
            </ul>
          </div>
        )}
      </section>

      <SavedSearches />
      <HiddenRoles postingsById={postingsById} />
      <ShareBookmarks postings={bookmarked} />
      <DataTransfer postingsById={postingsById} />
    </div>
  )
}
