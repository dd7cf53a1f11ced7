/** The little a store needs from a key-value storage; localStorage or memory. */
export type KeyValueBackend = {
  keys(): string[]
  get(key: string): string | null
  /** May throw, e.g. a QuotaExceededError when storage is full. */
  set(key: string, value: string): void
  remove(key: string): void
}

export function localStorageBackend(storage: Storage): KeyValueBackend {
  return {
    keys() {
      const keys: string[] = []
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)
        if (key !== null) keys.push(key)
      }
      return keys
    },
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  }
}

export function memoryBackend(initial: Record<string, string> = {}): KeyValueBackend & {
  data: Map<string, string>
} {
  const data = new Map(Object.entries(initial))
  return {
    data,
    keys: () => [...data.keys()],
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, String(value)),
    remove: (key) => void data.delete(key),
  }
}

/**
 * localStorage if this browser lets us write to it. Private modes and blocked cookies
 * either throw on access or on the first write; both mean "unavailable".
 */
export function openLocalStorage(): { ok: true; storage: Storage } | { ok: false; reason: string } {
  try {
    const storage = window.localStorage
    const probe = '__roleboard_probe__'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return { ok: true, storage }
  } catch (error) {
    if (isQuotaError(error)) {
      // Full but readable: what is stored is still there, only new writes fail.
      try {
        return { ok: true, storage: window.localStorage }
      } catch {
        /* fall through */
      }
    }
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException) && !(error instanceof Error)) return false
  const name = (error as DOMException).name
  const code = (error as DOMException).code
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  )
}
