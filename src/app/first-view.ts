import type { QueryClient } from '@tanstack/react-query'
import { cardChunkQuery, postingFileQuery, prefetchFirstView } from '@/data/board-files-query'
import { nextTask } from '@/lib/next-task'
import { countryName } from '@/lib/posting-format'
import { chunkOfRow, SIMILAR_SHOWN } from '@/model/board-files'
import { parseCompareParams } from '@/url/compare-params'

/**
 * The browser loads ICU's locale data with the first Intl object a page makes (20 ms of CPU
 * or more on a fast machine). A posting's page and the compare table name countries, sums
 * and dates in their first render: the data loads first, in a task of its own while the
 * scripts and data still arrive, rather than inside that render. Usually the boot script's
 * warm-up worker (intl-warmup.ts) has loaded it already and this task is short; it covers
 * a browser where the worker could not start or has not finished.
 */
const loadLocaleData = () => nextTask().then(() => void countryName('US'))

type Stored = { hidden: ReadonlyMap<string, unknown>; pasted: ReadonlyMap<string, unknown> }

/**
 * Starts loading what the page at `location` shows first, at startup, and returns a wait
 * for it (never rejecting: an error shows in the page). The app's first render waits for
 * it (main.tsx), so it draws the page the HTML already shows (the board's first view, a
 * posting's page, both prerendered) or the compare table straight over its shell, never a
 * loading state in between that the page would then jump out of.
 */
export function prefetchRoute(
  client: QueryClient,
  { pathname, search }: { pathname: string; search: string },
): (stored: Stored) => Promise<unknown> {
  if (pathname === '/') return prefetchFirstView(client)
  const posting = /^\/jobs\/([^/]+)$/.exec(pathname)
  if (posting) {
    let id: string
    try {
      id = decodeURIComponent(posting[1]!)
    } catch {
      return () => Promise.resolve()
    }
    const file = client.fetchQuery(postingFileQuery(id)).catch(() => null)
    const intl = loadLocaleData()
    // Its similar roles' cards too (the page lists them): with hidden roles, every
    // candidate may be needed to stand in for them (similar-roles-list.tsx).
    return async (stored) => {
      const similar = (await file)?.similar ?? []
      const rows = stored.hidden.size === 0 ? similar.slice(0, SIMILAR_SHOWN) : similar
      await Promise.all([
        intl,
        ...[...new Set(rows.map(chunkOfRow))].map((chunk) =>
          client.prefetchQuery(cardChunkQuery(chunk)),
        ),
      ])
    }
  }
  if (pathname === '/compare') {
    const ids = parseCompareParams(search).value
    const files = Promise.all([
      loadLocaleData(),
      ...ids.map((id) => client.prefetchQuery(postingFileQuery(id))),
    ])
    return () => files
  }
  return () => Promise.resolve()
}
