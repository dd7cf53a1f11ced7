import { CompareTray } from '@/features/compare/components/compare-tray'

/** UI that stays on every page (the compare tray, storage notices), composed from features. */
export function GlobalUi() {
  return (
    <>
      <CompareTray />
    </>
  )
}
