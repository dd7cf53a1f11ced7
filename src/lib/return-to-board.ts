import { useHydrated } from './use-hydrated'

/**
 * "Back means back": when a result is opened, the view it was opened from (path and query),
 * the scroll position and the opened role are kept for this tab, so returning (the
 * browser's Back or "Back to the board") restores the view, the scroll and the focus.
 */
const KEY = 'roleboard.return.v1'

export type ReturnPoint = { path: string; id: string; scrollY: number }

function read(): ReturnPoint | null {
  try {
    // No storage when pages are rendered at build time: answered without a thrown error.
    // Inside the try: a browser that refuses storage throws on the very name.
    if (typeof sessionStorage === 'undefined') return null
    const raw = sessionStorage.getItem(KEY)
    if (!raw) return null
    const value = JSON.parse(raw) as Partial<ReturnPoint>
    return typeof value.path === 'string' &&
      typeof value.id === 'string' &&
      typeof value.scrollY === 'number'
      ? (value as ReturnPoint)
      : null
  } catch {
    return null
  }
}

/** Called as a result is opened. */
export function rememberOpened(id: string): void {
  try {
    const point: ReturnPoint = {
      path: window.location.pathname + window.location.search,
      id,
      scrollY: window.scrollY,
    }
    sessionStorage.setItem(KEY, JSON.stringify(point))
  } catch {
    // Storage refused (private mode, quota): back still works, without restoring focus.
  }
}

/** Where "Back to the board" goes: the view the role was opened from, else the board. */
export function returnPath(): string {
  const point = read()
  return point && point.path.startsWith('/') && !point.path.startsWith('//') ? point.path : '/'
}

/**
 * returnPath for a link: the board in the build's prerender (it has no tab) and while the
 * app adopts that markup, whose link must match it; this tab's own in the render after.
 */
export function useReturnPath(): string {
  return useHydrated() ? returnPath() : '/'
}

/** The return point for the view at `path`, once: a later visit starts fresh. */
export function takeReturn(path: string): ReturnPoint | null {
  const point = read()
  if (!point || point.path !== path) return null
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // Nothing to clean up then.
  }
  return point
}
