import { getAppStore } from '@/storage/app-store'
import { TRAY_ID, type Tray } from '@/storage/schema'
import type { Store, StoreSnapshot } from '@/storage/store'
import { MAX_COMPARE } from '@/url/compare-params'

/**
 * The roles chosen for compare. They are the `tray` record of the one versioned store
 * (src/storage), so they survive a reload, follow other tabs, travel in the export file,
 * and a value that cannot be read is set aside there with everything else.
 */

export type CompareState = {
  ids: readonly string[]
  /** Why the last "Add to compare" was refused, until the next change. */
  refusal: string | null
  /** Set when a change to the tray could not be saved. */
  problem: string | null
}

export type AddResult = 'added' | 'already' | 'full'

const NO_IDS: readonly string[] = []

export type CompareStore = ReturnType<typeof createCompareStore>

export function createCompareStore(store: () => Store) {
  const listeners = new Set<() => void>()
  let refusal: string | null = null
  let problem: string | null = null
  let cache: {
    tray: StoreSnapshot['tray']
    refusal: string | null
    problem: string | null
  } | null = null
  let snapshot: CompareState = { ids: NO_IDS, refusal: null, problem: null }

  const emit = () => listeners.forEach((listener) => listener())

  function getSnapshot(): CompareState {
    const tray = store().getSnapshot().tray
    if (cache && cache.tray === tray && cache.refusal === refusal && cache.problem === problem)
      return snapshot
    cache = { tray, refusal, problem }
    snapshot = { ids: tray.get(TRAY_ID)?.ids ?? NO_IDS, refusal, problem }
    return snapshot
  }

  function write(ids: string[]) {
    const target = store()
    const saved =
      ids.length === 0
        ? target.drop('tray', TRAY_ID)
        : target.put('tray', { id: TRAY_ID, ids, updatedAt: target.now() } satisfies Tray)
    // The tray shows the change at once (the store's state); whether it was stored follows.
    void saved.then((result) => {
      const next = result.ok
        ? null
        : `The roles chosen for compare were not saved: ${result.message}`
      if (next === problem) return
      problem = next
      emit()
    })
  }

  /** The freshest stored choice: another tab may have changed it a moment ago. */
  const current = () => store().fresh('tray', TRAY_ID)?.ids ?? []

  return {
    getSnapshot,
    // An arrow function: React calls it unbound (useSyncExternalStore).
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      const unsubscribe = store().subscribe(listener)
      return () => {
        listeners.delete(listener)
        unsubscribe()
      }
    },
    add(id: string, title: string): AddResult {
      const ids = current()
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
      write(current().filter((chosen) => chosen !== id))
      emit()
    },
    clear() {
      refusal = null
      write([])
      emit()
    },
    /** Clears the messages. */
    dismiss() {
      refusal = null
      problem = null
      emit()
    },
  }
}

export const compareStore = createCompareStore(getAppStore)
