/** The little a store needs from a key-value storage; localStorage or memory. */
export type KeyValueBackend = {
  keys: () => string[]
  get: (key: string) => string | null
  /** May throw, e.g. a QuotaExceededError when storage is full. */
  set: (key: string, value: string) => void
  remove: (key: string) => void
  /**
   * How much of the storage's quota is taken and how much there is, in bytes (for
   * localStorage: 2 per UTF-16 code unit of keys and values); null when it cannot say.
   */
  budget?(): Promise<Budget | null>
  /**
   * Backends that write in the background (IndexedDB): resolves once every write made so
   * far is stored, rejects with the error of one that was refused.
   */
  flush?(): Promise<void>
  /** Re-reads these keys from the storage itself (another tab may have written them). */
  reload?(keys: readonly string[]): Promise<void>
  /** Keys another tab changed; their new values are already readable. */
  onExternalChange?(listener: (keys: string[]) => void): void
  /** A background write was refused: these keys read again as they were before it. */
  onWriteFailed?(listener: (keys: string[], error: unknown) => void): void
}

export type Budget = { used: number; total: number }

/**
 * localStorage's quota per origin, in UTF-16 code units of keys plus values. Measured in
 * Chromium 150 (5,217,000 characters stored in 1,000-character values before
 * QuotaExceededError, i.e. 10 MiB of UTF-16); Firefox and Safari allow about the same
 * 5 Mi characters. The browser offers no API for it, so it is this measured figure.
 */
export const LOCAL_STORAGE_QUOTA_CHARS = 5 * 1024 * 1024

/** Characters a key-value pair takes of the quota (localStorage counts UTF-16 code units). */
export const entrySize = (key: string, value: string) => key.length + value.length

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
    budget() {
      // The quota is per origin, so every key counts, ours or not.
      let used = 0
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)
        if (key !== null) used += entrySize(key, storage.getItem(key) ?? '')
      }
      return Promise.resolve({ used: used * 2, total: LOCAL_STORAGE_QUOTA_CHARS * 2 })
    },
  }
}

/**
 * Storage in a Map: the fallback when the browser offers none, and the backend of tests.
 * With a `quota` (characters, counted as localStorage counts them) a write beyond it throws
 * a QuotaExceededError as a full localStorage does.
 */
export function memoryBackend(
  initial: Record<string, string> = {},
  { quota = Infinity }: { quota?: number } = {},
): KeyValueBackend & { data: Map<string, string>; quota: number } {
  const data = new Map(Object.entries(initial))
  // Counted on demand, so a test that changes `data` directly stays in step.
  const used = () => {
    let sum = 0
    for (const [key, value] of data) sum += entrySize(key, value)
    return sum
  }
  const backend = {
    data,
    quota,
    keys: () => [...data.keys()],
    get: (key: string) => data.get(key) ?? null,
    set(key: string, value: string) {
      const text = String(value)
      if (Number.isFinite(backend.quota)) {
        const before = data.has(key) ? entrySize(key, data.get(key)!) : 0
        if (used() - before + entrySize(key, text) > backend.quota)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      data.set(key, text)
    },
    remove: (key: string) => void data.delete(key),
    budget: () =>
      Promise.resolve(
        Number.isFinite(backend.quota) ? { used: used() * 2, total: backend.quota * 2 } : null,
      ),
  }
  return backend
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
