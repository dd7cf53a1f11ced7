import { useRef } from 'react'
import { useRegisterSW } from 'virtual:pwa-register/react'

const button =
  'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-raised'

/**
 * Registers the offline service worker (scripts/offline.ts) once the page has loaded (this
 * component is in the lazy global UI, and registering waits for the window's load event, so
 * precaching never competes with the first view), and when a new deployment has installed
 * beside this one, says so. The new version takes over only when the user asks ("Reload to
 * update"), so nothing changes under them mid-task; "Later" keeps this version until every
 * tab of the app is closed.
 *
 * When another tab's "Reload to update" lets the new version take over, this tab is not
 * reloaded under its user: the prompt stays, and its button reloads this tab at once.
 */
export function UpdatePrompt() {
  // Whether this tab asked for the update, and whether the new version took over already.
  const asked = useRef(false)
  const takenOver = useRef(false)
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: false,
    onNeedReload() {
      if (asked.current) window.location.reload()
      else takenOver.current = true
    },
  })
  if (!needRefresh) return null
  const update = () => {
    if (takenOver.current) return window.location.reload()
    asked.current = true
    void updateServiceWorker(true)
  }
  return (
    <div
      role="status"
      className="mx-auto mb-3 flex max-w-3xl flex-wrap items-center gap-3 rounded-lg border border-line bg-surface p-3 text-sm text-ink shadow-lg"
    >
      <p className="min-w-0 flex-1">A new version of Roleboard is ready.</p>
      <div className="flex gap-2">
        <button type="button" className={button} onClick={update}>
          Reload to update
        </button>
        <button type="button" className={button} onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    </div>
  )
}
