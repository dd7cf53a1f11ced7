import type { Posting } from '@/model/posting'
import { setHidden } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'
import { useIsHidden } from '@/storage/hooks'
import { actionButtonClass } from './action-button-class'

/** "Hide" takes a role off the board; "Show on board" puts it back. */
export function HideButton({ posting }: { posting: Posting }) {
  const hidden = useIsHidden(posting.id)
  return (
    <button
      type="button"
      className={actionButtonClass}
      onClick={() => setHidden(getAppStore(), posting.id, !hidden)}
    >
      {hidden ? 'Show on board' : 'Hide'}
    </button>
  )
}
