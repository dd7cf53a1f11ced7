import { NoteEditor } from '@/components/tracker/note-editor'
import type { PostingCard } from '@/model/board-files'

/** The private note of one bookmark on /saved; its status is the card's own control. */
export function BookmarkEditor({ posting }: { posting: PostingCard }) {
  return (
    <div className="mt-2 rounded-lg border border-line bg-raised/60 p-3">
      <NoteEditor posting={posting} />
    </div>
  )
}
