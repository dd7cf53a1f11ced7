import { localStorageBackend, memoryBackend, openLocalStorage } from './backend'
import { NOTICE_MESSAGES, createStore, type Store } from './store'

let instance: Store | null = null

/**
 * The store of this browser tab: localStorage when the browser allows it, else memory
 * with a notice. Changes made in other tabs arrive through the `storage` event.
 */
export function getAppStore(): Store {
  if (instance) return instance
  const opened = typeof window === 'undefined' ? null : openLocalStorage()
  if (opened?.ok) {
    const store = createStore({ backend: localStorageBackend(opened.storage) })
    // Another tab's import changes thousands of keys, one event each: they are read in
    // one go a moment later, so this tab re-renders once, not once per key.
    const pending: (string | null)[] = []
    window.addEventListener('storage', (event) => {
      if (event.storageArea !== opened.storage) return
      if (pending.push(event.key) === 1)
        setTimeout(() => store.handleExternalChanges(pending.splice(0)), 30)
    })
    instance = store
  } else {
    instance = createStore({
      backend: memoryBackend(),
      mode: 'memory',
      notices: [{ id: 'unavailable', level: 'warn', message: NOTICE_MESSAGES.unavailable }],
    })
  }
  return instance
}

/** Tests render components against a store of their own. */
export function setAppStoreForTests(store: Store | null) {
  instance = store
}
