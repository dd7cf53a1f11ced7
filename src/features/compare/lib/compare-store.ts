import { MAX_COMPARE } from '@/url/compare-params'

/**
 * The roles chosen for compare, kept in localStorage so the tray survives a reload and
 * follows other tabs (the `storage` event). A value this code cannot read is set aside
 * under its own key and reported, never silently wiped.
 */

export const COMPARE_STORAGE_KEY = 'roleboard.compare.v1'
export const SET_ASIDE_KEY = `${COMPARE_STORAGE_KEY}.unreadable`

export type CompareState = {
  ids: string[]
  /** Why the last "Add to compare" was refused, until the next change. */
  refusal: string | null
  /** Set when the stored selection could not be read. */
  problem: string | null
}

export type AddResult = 'added' | 'already' | 'full'

type Stored = { version: 1; ids: string[] }

function parseStored(raw: string | null): { ids: string[]; readable: boolean } {
  if (raw === null) return { ids: [], readable: true }
  try {
    const data = JSON.parse(raw) as Partial<Stored> | null
    if (
      data &&
      data.version === 1 &&
      Array.isArray(data.ids) &&
      data.ids.every((id) => typeof id === 'string' && id.length > 0)
    ) {
      return { ids: [...new Set(data.ids)].slice(0, MAX_COMPARE), readable: true }
    }
  } catch {
    // fall through: unreadable
  }
  return { ids: [], readable: false }
}

export type CompareStore = ReturnType<typeof createCompareStore>

export function createCompareStore(storage: () => Storage | null) {
  const listeners = new Set<() => void>()
  let refusal: string | null = null
  let problem: string | null = null
  let cache: { raw: string | null; refusal: string | null; problem: string | null } | null = null
  let snapshot: CompareState = { ids: [], refusal: null, problem: null }

  // Without storage (private mode, blocked) the choice lasts as long as the page.
  let memory: string | null = null

  const readRaw = (): string | null => {
    try {
      const store = storage()
      return store ? store.getItem(COMPARE_STORAGE_KEY) : memory
    } catch {
      return memory
    }
  }

  const emit = () => listeners.forEach((listener) => listener())

  function getSnapshot(): CompareState {
    const raw = readRaw()
    if (cache && cache.raw === raw && cache.refusal === refusal && cache.problem === problem)
      return snapshot
    const { ids, readable } = parseStored(raw)
    if (!readable) problem = 'The roles chosen for compare could not be read; they were set aside.'
    cache = { raw, refusal, problem }
    snapshot = { ids, refusal, problem }
    return snapshot
  }

  function write(ids: string[]) {
    memory = ids.length === 0 ? null : JSON.stringify({ version: 1, ids } satisfies Stored)
    const store = storage()
    if (!store) return
    try {
      const raw = store.getItem(COMPARE_STORAGE_KEY)
      if (!parseStored(raw).readable && raw !== null) store.setItem(SET_ASIDE_KEY, raw)
      if (ids.length === 0) store.removeItem(COMPARE_STORAGE_KEY)
      else store.setItem(COMPARE_STORAGE_KEY, JSON.stringify({ version: 1, ids } satisfies Stored))
    } catch {
      problem =
        'The roles chosen for compare will be forgotten on reload: this browser refuses to store them.'
    }
  }

  return {
    getSnapshot,
    subscribe(listener: () => void) {
      listeners.add(listener)
      const onStorage = (event: StorageEvent) => {
        if (event.key === null || event.key === COMPARE_STORAGE_KEY) listener()
      }
      window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(listener)
        window.removeEventListener('storage', onStorage)
      }
    },
    add(id: string, title: string): AddResult {
      const { ids } = getSnapshot()
      if (ids.includes(id)) return 'already'
      if (ids.length >= MAX_COMPARE) {
        refusal = `You can compare up to ${MAX_COMPARE} roles. Remove one from the tray to add “${title}”.`
        emit()
        return 'full'
      }
      refusal = null
      write([...ids, id])
      emit()
      return 'added'
    },
    remove(id: string) {
      refusal = null
      write(getSnapshot().ids.filter((chosen) => chosen !== id))
      emit()
    },
    clear() {
      refusal = null
      write([])
      emit()
    },
    /** Clears the messages; an unreadable stored value is set aside at this point. */
    dismiss() {
      if (!parseStored(readRaw()).readable) write([])
      refusal = null
      problem = null
      emit()
    },
  }
}

const browserStorage = () => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

export const compareStore = createCompareStore(browserStorage)
