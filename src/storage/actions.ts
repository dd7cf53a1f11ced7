import {
  MAX_SEARCH_NAME_LENGTH,
  MAX_STATUS_HISTORY,
  type Bookmark,
  type BookmarkStatus,
  type PastedPosting,
  type SavedSearch,
} from './schema'
import type { Store, WriteResult } from './store'
import type { Posting } from '@/model/posting'

// Every write resolves once it is stored (store.put, store.drop): a result of ok is a
// change the storage holds. The page shows the change at once, through the store's state.
const done: Promise<WriteResult> = Promise.resolve({ ok: true })
const refuse = (message: string): Promise<{ ok: false; message: string }> =>
  Promise.resolve({ ok: false, message })

export function setBookmarked(
  store: Store,
  postingId: string,
  bookmarked: boolean,
): Promise<WriteResult> {
  if (!bookmarked) return store.drop('bookmark', postingId)
  if (store.fresh('bookmark', postingId)) return done
  return store.put('bookmark', newBookmark(postingId, 'saved', store.now()))
}

/** A bookmark made now, its first status dated now. */
function newBookmark(postingId: string, status: BookmarkStatus, at: string): Bookmark {
  return {
    postingId,
    status,
    statusHistory: [{ status, at }],
    note: '',
    createdAt: at,
    updatedAt: at,
  }
}

/**
 * The history with `status` set at `at`: a new dated entry, unless it is the current
 * status already (choosing it again changes nothing). A history at its size limit drops
 * its oldest entries.
 */
export function historyWith(
  history: Bookmark['statusHistory'],
  status: BookmarkStatus,
  at: string,
): Bookmark['statusHistory'] {
  if (history.at(-1)?.status === status) return history
  return [...history, { status, at }].slice(-MAX_STATUS_HISTORY)
}

/** Marks where a note kept from two tabs at once joins the other tab's words. */
export const CONFLICT_SEPARATOR = '\n\n— Also written in another tab at the same time: —\n'

/**
 * Changes status or note of a bookmark (creating it if needed), merged with what is
 * stored now. A new status is added to the history with today's date. With `baseNote` (the stored note the edit started from) a note that another
 * tab changed in the meantime is never overwritten: both texts are kept, this tab's
 * first, and the result says so (`merged`), so the editor can show a notice.
 */
export async function updateBookmark(
  store: Store,
  postingId: string,
  patch: { status?: BookmarkStatus; note?: string },
  baseNote?: string,
): Promise<WriteResult & { merged?: boolean }> {
  const at = store.now()
  const current: Bookmark =
    store.fresh('bookmark', postingId) ?? newBookmark(postingId, patch.status ?? 'saved', at)
  let note = patch.note
  let merged = false
  if (
    note !== undefined &&
    baseNote !== undefined &&
    current.note !== baseNote &&
    current.note !== note &&
    current.note !== ''
  ) {
    note = `${note}${CONFLICT_SEPARATOR}${current.note}`
    merged = true
  }
  const status = patch.status ?? current.status
  const result = await store.put('bookmark', {
    ...current,
    status,
    statusHistory: historyWith(current.statusHistory, status, at),
    ...(note !== undefined ? { note } : {}),
    updatedAt: at,
  })
  return result.ok && merged ? { ...result, merged } : result
}

/**
 * updateBookmark with the record re-read from the storage itself while other tabs wait
 * (store.update): what editors use, so a note saved in another tab a moment ago is always
 * seen, whatever order the tabs' messages arrive in. Resolves once the change is stored.
 */
export function saveBookmark(
  store: Store,
  postingId: string,
  patch: { status?: BookmarkStatus; note?: string },
  baseNote?: string,
): Promise<WriteResult & { merged?: boolean }> {
  return store.update('bookmark', postingId, () =>
    updateBookmark(store, postingId, patch, baseNote),
  )
}

export function setHidden(store: Store, postingId: string, hidden: boolean): Promise<WriteResult> {
  if (!hidden) return store.drop('hidden', postingId)
  if (store.fresh('hidden', postingId)) return done
  return store.put('hidden', { postingId, at: store.now() })
}

export function markSeen(store: Store, postingId: string): Promise<WriteResult> {
  if (store.getSnapshot().seen.has(postingId) || store.getSnapshot().mode === 'read-only')
    return done
  return store.put('seen', { postingId, at: store.now() })
}

function newId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

export async function saveSearch(
  store: Store,
  name: string,
  query: string,
  matchingIds: string[],
): Promise<{ ok: true; search: SavedSearch } | { ok: false; message: string }> {
  const trimmed = name.trim().slice(0, MAX_SEARCH_NAME_LENGTH)
  if (!trimmed) return { ok: false, message: 'Give the search a name.' }
  const at = store.now()
  const search: SavedSearch = {
    id: newId('s-'),
    name: trimmed,
    query: query.replace(/^\?/, ''),
    createdAt: at,
    lastOpenedAt: at,
    seenIds: [...matchingIds],
  }
  const result = await store.put('search', search)
  return result.ok ? { ok: true, search } : result
}

/** Remembers what matched now, so "new since last opened" starts again from here. */
export function markSearchOpened(
  store: Store,
  id: string,
  matchingIds: string[],
): Promise<WriteResult> {
  const current = store.fresh('search', id)
  if (!current) return refuse('That saved search no longer exists.')
  return store.put('search', { ...current, lastOpenedAt: store.now(), seenIds: [...matchingIds] })
}

export function renameSearch(store: Store, id: string, name: string): Promise<WriteResult> {
  const current = store.fresh('search', id)
  const trimmed = name.trim().slice(0, MAX_SEARCH_NAME_LENGTH)
  if (!current) return refuse('That saved search no longer exists.')
  if (!trimmed) return refuse('Give the search a name.')
  return store.put('search', { ...current, name: trimmed })
}

export function removeSearch(store: Store, id: string): Promise<WriteResult> {
  return store.drop('search', id)
}

/** Prefix of every pasted posting's id; bundled ids are slugs of company and title. */
export const PASTED_ID_PREFIX = 'pasted-'

/** An id for a pasted posting that no bundled or pasted posting has. */
export function pastedIdFor(posting: Posting, takenIds: Iterable<string>): string {
  const taken = new Set(takenIds)
  const base = `${PASTED_ID_PREFIX}${posting.id.replace(/^pasted-/, '')}`.slice(0, 120)
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

export async function addPasted(
  store: Store,
  posting: Posting,
  takenIds: Iterable<string>,
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const id = pastedIdFor(posting, [...takenIds, ...store.getSnapshot().pasted.keys()])
  const record: PastedPosting = { posting: { ...posting, id }, pastedAt: store.now() }
  const result = await store.put('pasted', record)
  if (result.ok) return { ok: true, id }
  return {
    ok: false,
    message: result.message,
  }
}

export function removePasted(store: Store, id: string): Promise<WriteResult> {
  return store.drop('pasted', id)
}
