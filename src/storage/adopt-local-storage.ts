import type { IdbBackend } from './idb-backend'
import type { Notice } from './store'
import {
  LEGACY_TRAY_KEY,
  LEGACY_TRAY_SET_ASIDE_KEY,
  LEGACY_V1_KEY,
  PREFIX,
  SCHEMA_KEY,
  SCHEMA_VERSION,
  recordId,
  recordKey,
  type QuarantineEntry,
} from './schema'

/** Every key an earlier version of Roleboard wrote to localStorage. */
export const isOurLocalKey = (key: string) =>
  key.startsWith(PREFIX) ||
  key === LEGACY_V1_KEY ||
  key === LEGACY_TRAY_KEY ||
  key === LEGACY_TRAY_SET_ASIDE_KEY

export type Adopted =
  | { ok: true; moved: number }
  /** `notice`: what to tell the user (none for a newer version's data: the store says it). */
  | { ok: false; notice?: Notice }

const notMoved = (reason: string): Adopted => ({
  ok: false,
  notice: {
    id: 'adopt',
    level: 'warn',
    message: `Your saved data could not be moved to this browser's larger storage (${reason}). It is kept where it was and used from there; moving it is tried again next time.`,
  },
})

/** Data a newer version wrote stays where that version looks for it. */
function writtenByNewerVersion(storage: Storage): boolean {
  try {
    const marker = JSON.parse(storage.getItem(SCHEMA_KEY) ?? 'null') as { version?: unknown } | null
    return typeof marker?.version === 'number' && marker.version > SCHEMA_VERSION
  } catch {
    return false
  }
}

/**
 * Moves what earlier versions kept in localStorage into IndexedDB, losslessly: each key
 * and value is copied as it is (the store's own migrations then read it as they always
 * have); a key that IndexedDB already holds with a different value is kept beside it in
 * quarantine, never overwritten. Only when IndexedDB reads every key back exactly as
 * written are the localStorage keys removed; if anything fails, localStorage keeps it all.
 */
export async function adoptLocalStorage(
  backend: IdbBackend,
  storage: Storage,
  now: string,
): Promise<Adopted> {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key !== null && isOurLocalKey(key)) keys.push(key)
  }
  if (keys.length === 0) return { ok: true, moved: 0 }
  if (writtenByNewerVersion(storage)) return { ok: false }
  const expected = new Map<string, string>()
  for (const key of keys) {
    const raw = storage.getItem(key)
    if (raw === null) continue
    const existing = backend.get(key)
    if (existing === null) {
      backend.set(key, raw)
      expected.set(key, raw)
    } else if (existing !== raw) {
      const entry: QuarantineEntry = {
        key,
        raw,
        reason: 'an earlier version left this copy in localStorage; a different one was kept',
        at: now,
      }
      const asideKey = recordKey('quarantine', recordId('quarantine', entry))
      const text = JSON.stringify(entry)
      if (backend.get(asideKey) === null) backend.set(asideKey, text)
      expected.set(asideKey, backend.get(asideKey)!)
    } else expected.set(key, raw)
  }
  try {
    await backend.flush()
    const order = [...expected.keys()]
    const stored = await backend.readStored(order)
    const different = order.find((key, i) => stored[i] !== expected.get(key))
    if (different !== undefined) return notMoved(`“${different}” did not read back as written`)
  } catch (error) {
    return notMoved(error instanceof Error ? error.message : String(error))
  }
  for (const key of keys) storage.removeItem(key)
  return { ok: true, moved: keys.length }
}
