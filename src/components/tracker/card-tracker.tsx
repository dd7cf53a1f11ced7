import { lazy, Suspense } from 'react'
import { useBookmark } from '@/storage/hooks'
import { closeNote, openNote, useOpenNote } from './open-note'
import { StatusSelect } from './status-select'

// The note's dialog and editor load when a note is first opened: not in the board's first load.
const NoteDialog = lazy(async () => ({ default: (await import('./note-dialog')).NoteDialog }))

/**
 * A bookmarked role's status and note on its card: the status as a small select, the note
 * behind a "Note" button. Nothing for a role that is not bookmarked (the card's Bookmark
 * button starts tracking it).
 */
export function CardTracker({ posting }: { posting: { id: string; title: string } }) {
  const bookmark = useBookmark(posting.id)
  const open = useOpenNote() === posting.id
  if (!bookmark) return null
  const hasNote = bookmark.note.trim() !== ''
  return (
    <span className="relative inline-flex items-center gap-1">
      <StatusSelect posting={posting} compact />
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label={`${hasNote ? 'Edit the note' : 'Add a note'} on ${posting.title}`}
        title={hasNote ? bookmark.note.slice(0, 200) : 'Add a private note'}
        data-note-for={posting.id}
        onClick={() => openNote(posting.id)}
        className="inline-flex size-6 items-center justify-center rounded-full border border-line bg-surface text-muted hover:text-ink"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-current">
          {hasNote ? (
            <path d="M4 3h9l3 3v11H4V3Zm2 4v1.5h8V7H6Zm0 3v1.5h8V10H6Zm0 3v1.5h5V13H6Z" />
          ) : (
            <path d="M4 3h9l3 3v11H4V3Zm1.5 1.5v11h9V6.6L12.4 4.5H5.5ZM9.25 7h1.5v2.25H13v1.5h-2.25V13h-1.5v-2.25H7v-1.5h2.25V7Z" />
          )}
        </svg>
      </button>
      {open && (
        <Suspense fallback={null}>
          <NoteDialog
            posting={posting}
            onClose={() => {
              closeNote()
              // The browser returns focus to the opening button, unless the card was drawn
              // again meanwhile: then to the new button of the same role.
              requestAnimationFrame(() => {
                if (document.activeElement && document.activeElement !== document.body) return
                document
                  .querySelector<HTMLElement>(`[data-note-for="${CSS.escape(posting.id)}"]`)
                  ?.focus()
              })
            }}
          />
        </Suspense>
      )}
    </span>
  )
}
