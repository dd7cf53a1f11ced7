import { useSyncExternalStore } from 'react'
import { compareStore, type CompareState } from '../lib/compare-store'

const EMPTY: CompareState = { ids: [], refusal: null, problem: null }

/** The roles chosen for compare, shared by every button and the tray, in every tab. */
export function useCompareSelection(): CompareState {
  return useSyncExternalStore(compareStore.subscribe, compareStore.getSnapshot, () => EMPTY)
}
