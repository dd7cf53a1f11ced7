import { useRegisterSW } from 'virtual:pwa-register/react'

const button =
  'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-raised'

/**
 * Registers the offline service worker (scripts/offline.ts) once the page has painted, and
 * when a new deployment has installed beside this one, says so. The new version takes
 * over only when the user asks ("Reload to update"), so nothing changes under them
 * mid-task; "Later" keeps this version until the next visit.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW()
  if (!needRefresh) return null
  return (
    <div
      role="status"
      className="mx-auto mb-3 flex max-w-3xl flex-wrap items-center gap-3 rounded-lg border border-line bg-surface p-3 text-sm text-ink shadow-lg"
    >
      <p className="min-w-0 flex-1">A new version of Roleboard is ready.</p>
      <div className="flex gap-2">
        <button type="button" className={button} onClick={() => void updateServiceWorker(true)}>
          Reload to update
        </button>
        <button type="button" className={button} onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    </div>
  )
}
