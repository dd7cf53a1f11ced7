import type { PostingCard } from '@/model/board-files'
import { setHidden } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useIsHidden } from '@/storage/hooks'
import { hideUndo } from '../lib/hide-undo'
import { actionButtonClass } from './action-button-class'

/** "Hide" takes a role off the board; "Show on board" puts it back. */
export function HideButton({ posting }: { posting: PostingCard }) {
  const hidden = useIsHidden(posting.id)
  return (
    <button
      type="button"
      className={actionButtonClass}
      onClick={() => {
        // The card leaves the board at once; Undo is offered once the change is stored (a
        // refused write shows the store's notice instead).
        void setHidden(getAppStore(), posting.id, !hidden).then((result) => {
          if (result.ok && !hidden)
            hideUndo.set({ postingId: posting.id, title: posting.title, at: Date.now() })
        })
      }}
    >
      {hidden ? 'Show on board' : 'Hide'}
    </button>
  )
}
