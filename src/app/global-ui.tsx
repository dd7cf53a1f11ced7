import { usePostingsFollowStorage } from '@/data/use-postings-follow-storage'
import { CompareTray } from '@/features/compare/components/compare-tray'
import { StorageNotices } from '@/features/saved/components/storage-notices'

/** UI that stays on every page (the compare tray, storage notices), composed from features. */
export function GlobalUi() {
  usePostingsFollowStorage()
  return (
    <>
      <StorageNotices />
      <CompareTray />
    </>
  )
}
