import { IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { CONFLICT_SEPARATOR, saveBookmark } from './actions'
import { adoptLocalStorage } from './adopt-local-storage'
import { OFF_THREAD_MIN_OPS, openIdbBackend, type IdbBackend } from './idb-backend'
import { openRecordsDb, writeOps, type WriteOp } from './idb-records'
import type { OffThreadWriter } from './idb-writer'
import { createStore } from './store'

/** A localStorage of our own (the tests run in Node). */
function fakeLocalStorage(initial: Record<string, string>): Storage {
  const data = new Map(Object.entries(initial))
  return {
    get length() {
      return data.size
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
  }
}

const opened: IdbBackend[] = []
async function open(factory: IDBFactory, channel: BroadcastChannel | null = null) {
  const backend = await openIdbBackend({ indexedDB: factory, estimate: null, channel })
  opened.push(backend)
  return backend
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to put back on the prototype
const realPut = IDBObjectStore.prototype.put
afterEach(() => {
  IDBObjectStore.prototype.put = realPut
  for (const backend of opened.splice(0)) backend.close()
})

const AT = '2026-11-02T09:30:00.000Z'
const bookmarkText = (postingId: string, note: string) =>
  JSON.stringify({ postingId, status: 'saved', note, createdAt: AT, updatedAt: AT })

describe('the IndexedDB backend', () => {
  it('keeps what was written for the next page that opens the database', async () => {
    const factory = new IDBFactory()
    const first = await open(factory)
    first.set('roleboard:bookmark:a', bookmarkText('a', 'one'))
    first.set('roleboard:bookmark:b', bookmarkText('b', 'two'))
    first.remove('roleboard:bookmark:b')
    expect(first.get('roleboard:bookmark:a')).toBe(bookmarkText('a', 'one'))
    await first.flush()
    const second = await open(factory)
    expect(second.keys()).toEqual(['roleboard:bookmark:a'])
    expect(second.get('roleboard:bookmark:a')).toBe(bookmarkText('a', 'one'))
  })

  it('tells another tab which keys changed, with their new values', async () => {
    const factory = new IDBFactory()
    const name = `roleboard-test-${Math.random()}`
    const a = await open(factory, new BroadcastChannel(name))
    const b = await open(factory, new BroadcastChannel(name))
    const heard = new Promise<string[]>((resolve) => b.onExternalChange(resolve))
    a.set('roleboard:hidden:x', '{"postingId":"x","at":"2026-11-02T09:30:00.000Z"}')
    await a.flush()
    expect(await heard).toEqual(['roleboard:hidden:x'])
    expect(b.get('roleboard:hidden:x')).toBe('{"postingId":"x","at":"2026-11-02T09:30:00.000Z"}')
  })

  it('puts a refused write back, says which keys, and stores none of its batch', async () => {
    const factory = new IDBFactory()
    const backend = await open(factory)
    backend.set('roleboard:bookmark:a', bookmarkText('a', 'kept'))
    await backend.flush()
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (key === 'roleboard:bookmark:full')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return realPut.call(this, value, key)
    }
    const failures: string[][] = []
    backend.onWriteFailed((keys) => failures.push(keys))
    backend.set('roleboard:bookmark:a', bookmarkText('a', 'changed'))
    backend.set('roleboard:bookmark:full', bookmarkText('full', 'no room'))
    await expect(backend.flush()).rejects.toMatchObject({ name: 'QuotaExceededError' })
    expect(failures).toEqual([['roleboard:bookmark:a', 'roleboard:bookmark:full']])
    expect(backend.get('roleboard:bookmark:a')).toBe(bookmarkText('a', 'kept'))
    expect(backend.get('roleboard:bookmark:full')).toBeNull()
    expect(await backend.readStored(['roleboard:bookmark:a', 'roleboard:bookmark:full'])).toEqual([
      bookmarkText('a', 'kept'),
      null,
    ])
  })

  it('a store over it reports a refused write and shows what is stored', async () => {
    const backend = await open(new IDBFactory())
    const store = createStore({ backend, now: () => AT })
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    const result = await saveBookmark(store, 'acme-backend', { note: 'Call back on Monday' })
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/full/) as unknown })
    expect(store.getSnapshot().bookmark.has('acme-backend')).toBe(false)
    expect(store.getSnapshot().notices.map((notice) => notice.id)).toContain('write-failed')
  })

  it('store.put and store.drop report success only once their transaction has completed', async () => {
    const backend = await open(new IDBFactory())
    const store = createStore({ backend, now: () => AT })
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with apply(this), put back below
    const realTransaction = IDBDatabase.prototype.transaction
    const pending = new Set<IDBTransaction>()
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
      const tx = realTransaction.apply(this, args)
      if (tx.mode === 'readwrite') {
        pending.add(tx)
        tx.addEventListener('complete', () => pending.delete(tx))
      }
      return tx
    } as typeof realTransaction
    try {
      const put = store.put('hidden', { postingId: 'role', at: AT })
      // The page shows it at once; the promise waits for IndexedDB.
      expect(store.getSnapshot().hidden.has('role')).toBe(true)
      expect(await put).toEqual({ ok: true })
      expect(pending.size).toBe(0)
      expect(await backend.readStored(['roleboard:hidden:role'])).toEqual([
        JSON.stringify({ postingId: 'role', at: AT }),
      ])
      const drop = store.drop('hidden', 'role')
      expect(store.getSnapshot().hidden.has('role')).toBe(false)
      expect(await drop).toEqual({ ok: true })
      expect(pending.size).toBe(0)
      expect(await backend.readStored(['roleboard:hidden:role'])).toEqual([null])
    } finally {
      IDBDatabase.prototype.transaction = realTransaction
    }
  })

  it('store.put reports a write IndexedDB aborts after accepting it as the failure it is', async () => {
    const backend = await open(new IDBFactory())
    const store = createStore({ backend, now: () => AT })
    // Accepted as a request, then the transaction is aborted (as a full disk does at commit).
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      const request = realPut.call(this, value, key)
      this.transaction.abort()
      return request
    }
    const result = await store.put('hidden', { postingId: 'role', at: AT })
    expect(result.ok).toBe(false)
    expect(store.getSnapshot().hidden.has('role')).toBe(false)
    expect(store.getSnapshot().notices.map((notice) => notice.id)).toContain('write-failed')
    expect(await backend.readStored(['roleboard:hidden:role'])).toEqual([null])
  })

  it('two tabs saving one note: the later save finds the earlier one stored and keeps both', async () => {
    const factory = new IDBFactory()
    // No messages between the tabs: the save must read what is stored, not what it heard.
    const tabA = createStore({ backend: await open(factory), now: () => AT })
    expect((await saveBookmark(tabA, 'role', { note: '' })).ok).toBe(true)
    const tabB = createStore({ backend: await open(factory), now: () => AT })
    // Both start from the empty note; B saves first, and A has not heard of it.
    expect(await saveBookmark(tabB, 'role', { note: 'Words from B' }, '')).toEqual({ ok: true })
    expect(tabA.getSnapshot().bookmark.get('role')?.note).toBe('')
    const saved = await saveBookmark(tabA, 'role', { note: 'Words from A' }, '')
    expect(saved).toEqual({ ok: true, merged: true })
    expect(tabA.getSnapshot().bookmark.get('role')?.note).toBe(
      `Words from A${CONFLICT_SEPARATOR}Words from B`,
    )
  })
})

describe('large batches stored off the page thread', () => {
  /** Stands in for the writer worker: its own connection to the same database. */
  function secondConnection(factory: IDBFactory, name: string) {
    const batches: WriteOp[][] = []
    let refuse: DOMException | null = null
    const writer: OffThreadWriter = {
      write(ops) {
        batches.push(ops)
        if (refuse) return Promise.reject(refuse)
        return openRecordsDb(factory, name).then(async (db) => {
          await writeOps(db, ops)
          db.close()
        })
      },
      close() {},
    }
    return { writer, batches, refuseWith: (error: DOMException) => (refuse = error) }
  }
  const keyOf = (i: number) => `roleboard:bookmark:role-${i}`
  /** A fresh database opened with the writer `make` gives for it. */
  async function openWith<W extends { writer: OffThreadWriter }>(
    make: (factory: IDBFactory, name: string) => W,
  ) {
    const factory = new IDBFactory()
    const name = `roleboard-test-${Math.random()}`
    const made = make(factory, name)
    const backend = await openIdbBackend({
      indexedDB: factory,
      name,
      estimate: null,
      channel: null,
      writer: made.writer,
    })
    opened.push(backend)
    return { ...made, backend, factory, name }
  }

  it('stores a large batch through the writer and a small one here, all readable later', async () => {
    const { backend, factory, name, ...second } = await openWith(secondConnection)
    for (let i = 0; i < OFF_THREAD_MIN_OPS; i++)
      backend.set(keyOf(i), bookmarkText(`role-${i}`, ''))
    await backend.flush()
    expect(second.batches.map((batch) => batch.length)).toEqual([OFF_THREAD_MIN_OPS])
    backend.set('roleboard:bookmark:one', bookmarkText('one', 'a click'))
    await backend.flush()
    expect(second.batches).toHaveLength(1)
    const later = await openIdbBackend({ indexedDB: factory, name, estimate: null, channel: null })
    opened.push(later)
    expect(later.keys()).toHaveLength(OFF_THREAD_MIN_OPS + 1)
    expect(later.get(keyOf(7))).toBe(bookmarkText('role-7', ''))
    expect(later.get('roleboard:bookmark:one')).toBe(bookmarkText('one', 'a click'))
  })

  it('puts back every key of a batch the writer reports refused, and says so', async () => {
    const { backend, ...second } = await openWith(secondConnection)
    backend.set(keyOf(0), bookmarkText('role-0', 'kept'))
    await backend.flush()
    second.refuseWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    const failures: string[][] = []
    backend.onWriteFailed((keys) => failures.push(keys))
    for (let i = 0; i < OFF_THREAD_MIN_OPS; i++)
      backend.set(keyOf(i), bookmarkText(`role-${i}`, 'new'))
    await expect(backend.flush()).rejects.toMatchObject({ name: 'QuotaExceededError' })
    expect(failures).toHaveLength(1)
    expect(failures[0]).toHaveLength(OFF_THREAD_MIN_OPS)
    expect(backend.get(keyOf(0))).toBe(bookmarkText('role-0', 'kept'))
    expect(backend.get(keyOf(1))).toBeNull()
    expect(backend.keys()).toEqual([keyOf(0)])
  })

  it('writes a large batch itself when the writer cannot take it', async () => {
    let asked = 0
    const { backend } = await openWith(() => ({
      writer: { write: () => (asked++, null), close() {} },
    }))
    for (let i = 0; i < OFF_THREAD_MIN_OPS; i++)
      backend.set(keyOf(i), bookmarkText(`role-${i}`, ''))
    await backend.flush()
    expect(asked).toBe(1)
    expect(await backend.readStored([keyOf(0), keyOf(OFF_THREAD_MIN_OPS - 1)])).toEqual([
      bookmarkText('role-0', ''),
      bookmarkText(`role-${OFF_THREAD_MIN_OPS - 1}`, ''),
    ])
  })
})

describe('moving localStorage data into IndexedDB', () => {
  it('copies every key as it is, reads it back, then removes it from localStorage', async () => {
    const backend = await open(new IDBFactory())
    const v1 = JSON.stringify({ version: 1, bookmarks: ['a'], notes: { a: 'x'.repeat(20_000) } })
    const local = fakeLocalStorage({
      roleboard: v1,
      'roleboard:bookmark:b': bookmarkText('b', 'kept'),
      'roleboard.compare.v1': '{not json',
      'another-app': 'not ours',
    })
    expect(await adoptLocalStorage(backend, local, AT)).toEqual({ ok: true, moved: 3 })
    expect(
      await backend.readStored(['roleboard', 'roleboard:bookmark:b', 'roleboard.compare.v1']),
    ).toEqual([v1, bookmarkText('b', 'kept'), '{not json'])
    expect(local.length).toBe(1)
    expect(local.getItem('another-app')).toBe('not ours')
    // The store then migrates the version 1 document as it always has, whole.
    const store = createStore({ backend, now: () => AT })
    expect(store.getSnapshot().bookmark.get('a')?.note).toBe('x'.repeat(20_000))
    expect(store.getSnapshot().bookmark.get('b')?.note).toBe('kept')
  })

  it('keeps a different copy beside the one IndexedDB has, never over it', async () => {
    const backend = await open(new IDBFactory())
    backend.set('roleboard:bookmark:b', bookmarkText('b', 'newer, in IndexedDB'))
    const local = fakeLocalStorage({ 'roleboard:bookmark:b': bookmarkText('b', 'older copy') })
    expect(await adoptLocalStorage(backend, local, AT)).toMatchObject({ ok: true })
    expect(backend.get('roleboard:bookmark:b')).toBe(bookmarkText('b', 'newer, in IndexedDB'))
    const aside = backend.keys().filter((key) => key.startsWith('roleboard:quarantine:'))
    expect(aside).toHaveLength(1)
    expect(JSON.parse(backend.get(aside[0]!)!)).toMatchObject({
      key: 'roleboard:bookmark:b',
      raw: bookmarkText('b', 'older copy'),
    })
  })

  it('leaves everything in localStorage when IndexedDB refuses the copy', async () => {
    const backend = await open(new IDBFactory())
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    const local = fakeLocalStorage({ 'roleboard:bookmark:b': bookmarkText('b', 'kept') })
    const adopted = await adoptLocalStorage(backend, local, AT)
    expect(adopted).toMatchObject({ ok: false, notice: { id: 'adopt' } })
    expect(local.getItem('roleboard:bookmark:b')).toBe(bookmarkText('b', 'kept'))
    expect(await backend.readStored(['roleboard:bookmark:b'])).toEqual([null])
  })

  it('leaves data of a newer version where it is', async () => {
    const backend = await open(new IDBFactory())
    const local = fakeLocalStorage({
      'roleboard:schema': '{"version":99}',
      'roleboard:bookmark:z': '{"future":true}',
    })
    expect(await adoptLocalStorage(backend, local, AT)).toEqual({ ok: false })
    expect(local.length).toBe(2)
    expect(backend.keys()).toEqual([])
  })
})
