import type { PostingCard } from '@/model/board-files'
import { setHidden } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useIsHidden } from '@/storage/hooks'
import { hideUndo } from '../lib/hide-undo'
import { ActionLabel } from '@/components/ui/action-label'
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
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-none stroke-current">
        {hidden ? (
          <path
            d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10Zm8 2.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z"
            strokeWidth="1.5"
          />
        ) : (
          <path
            d="M3 3l14 14M8.2 4.7A8 8 0 0 1 10 4.5c5 0 8 5.5 8 5.5a14 14 0 0 1-2.3 2.9M12.5 14.9a7.6 7.6 0 0 1-2.5.6c-5 0-8-5.5-8-5.5a14 14 0 0 1 3.1-3.6M8.3 8.3a2.5 2.5 0 0 0 3.4 3.4"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        )}
      </svg>
      <ActionLabel>{hidden ? 'Show on board' : 'Hide'}</ActionLabel>
    </button>
  )
}
