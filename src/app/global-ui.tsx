import { CompareTray } from '@/features/compare/components/compare-tray'
import { HideUndoToast } from '@/features/saved/components/hide-undo-toast'
import { StorageNotices } from '@/features/saved/components/storage-notices'
import { UpdatePrompt } from './update-prompt'

/** UI that stays on every page (the compare tray, storage notices), composed from features. */
export function GlobalUi() {
  return (
    <>
      <HideUndoToast />
      {/* One bottom region so storage notices stack above the tray instead of covering it. */}
      <div className="sticky bottom-0 z-40">
        <UpdatePrompt />
        <StorageNotices />
        <CompareTray />
      </div>
    </>
  )
}
