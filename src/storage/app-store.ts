import { localStorageBackend, memoryBackend, openLocalStorage } from './backend'
import { NOTICE_MESSAGES, createStore, type Notice, type Store, type StoreSnapshot } from './store'

let instance: Store | null = null

/**
 * Opens the store of this browser tab before the app renders: IndexedDB (what earlier
 * versions kept in localStorage moved into it first), else localStorage, else memory with
 * a notice. The IndexedDB code is its own small chunk, loaded here, outside the board's
 * first-load JavaScript.
 */
export async function openAppStore(): Promise<Store> {
  if (instance || typeof window === 'undefined') return getAppStore()
  const notices: Notice[] = []
  try {
    const [{ openIdbBackend }, { adoptLocalStorage }] = await Promise.all([
      import('./idb-backend'),
      import('./adopt-local-storage'),
    ])
    const backend = await openIdbBackend()
    const local = openLocalStorage()
    const adopted = local.ok
      ? await adoptLocalStorage(backend, local.storage, new Date().toISOString())
      : { ok: true as const, moved: 0 }
    if (adopted.ok) instance ??= createStore({ backend })
    else {
      // The data stays in localStorage, used as before; moving it is tried again next time.
      backend.close()
      // Data of a newer version: the store opens read-only over it and says so itself.
      if (adopted.notice) notices.push(adopted.notice)
    }
  } catch {
    // No IndexedDB here (some private modes): localStorage or memory, below.
  }
  return getAppStore(notices)
}

/**
 * The store of this browser tab (opened by openAppStore before the app renders). Without
 * IndexedDB: localStorage when the browser allows it, else memory with a notice; changes
 * made in other tabs then arrive through the `storage` event.
 */
export function getAppStore(notices: Notice[] = []): Store {
  if (instance) return instance
  const opened = typeof window === 'undefined' ? null : openLocalStorage()
  if (opened?.ok) {
    const store = createStore({ backend: localStorageBackend(opened.storage), notices })
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
      notices: [
        ...notices,
        { id: 'unavailable', level: 'warn', message: NOTICE_MESSAGES.unavailable },
      ],
    })
  }
  return instance
}

let prerendered: StoreSnapshot | undefined

/**
 * The saved data a prerendered page was drawn with: none (the build has no browser
 * storage). The app reads it too while it adopts that page's markup (hydration), so that its
 * first render matches the HTML; the tab's own data follows in the render after (hooks.ts).
 */
export function prerenderSnapshot(): StoreSnapshot {
  return (prerendered ??= createStore({ backend: memoryBackend(), mode: 'memory' }).getSnapshot())
}

/** Tests render components against a store of their own. */
export function setAppStoreForTests(store: Store | null) {
  instance = store
}
