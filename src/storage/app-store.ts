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
    window.addEventListener('storage', (event) => {
      if (event.storageArea === opened.storage) store.handleExternalChange(event.key)
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
