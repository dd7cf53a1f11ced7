import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { memoryBackend } from './backend'
import { openIdbBackend, type IdbBackend } from './idb-backend'
import { LEGACY_V1_KEY, SCHEMA_KEY, SCHEMA_VERSION, recordKey, type Bookmark } from './schema'
import { createStore, type Store } from './store'
import { EXPORT_FORMAT, buildExport, type ExportFile } from './export'
import { importInto } from './transfer'

/**
 * Model-based test of the store: random sequences of puts, removes, imports, exports,
 * migrations (a reload that finds version 1 data), a second tab's writes and a full quota,
 * run against the real store and against a plain Map of what must be kept, over both
 * backends (memory, as localStorage behaves, and IndexedDB through fake-indexeddb). After
 * every step nothing the model holds may be missing from the tab, from a page loaded
 * afresh over what is stored, or from an export: a write that reported success is stored.
 */

type Model = { bookmarks: Map<string, Bookmark> }

/** A tab: a store over its own connection to the one storage. */
type Tab = { store: Store; hear(keys: string[]): Promise<void> }

/** One storage, shared by the tabs, and what a test needs to reach past the store. */
type World = {
  openTab(now: () => string): Promise<Tab>
  /** Writes (null: removes) a key as an old profile would hold it, before a page loads. */
  setRaw(key: string, value: string | null): Promise<void>
  getRaw(key: string): Promise<string | null>
  /** Everything stored, key → text. */
  dump(): Promise<Map<string, string>>
  /** The storage refuses every write (a full disk) until freed. */
  setFull(full: boolean): Promise<void>
  isFull(): boolean
  close(): void
}

function memoryWorld(): World {
  const backend = memoryBackend()
  return {
    openTab(now) {
      const store = createStore({ backend, now })
      return Promise.resolve({
        store,
        hear: (keys) => Promise.resolve(store.handleExternalChanges(keys)),
      })
    },
    setRaw(key, value) {
      if (value === null) backend.data.delete(key)
      else backend.data.set(key, value)
      return Promise.resolve()
    },
    getRaw: (key) => Promise.resolve(backend.data.get(key) ?? null),
    dump: () => Promise.resolve(new Map(backend.data)),
    async setFull(full) {
      backend.quota = full ? ((await backend.budget?.())?.used ?? 0) / 2 + 50 : Infinity
    },
    isFull: () => Number.isFinite(backend.quota),
    close() {},
  }
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to put back on the prototype
const realPut = IDBObjectStore.prototype.put
afterEach(() => {
  IDBObjectStore.prototype.put = realPut
})

function idbWorld(): World {
  const factory = new IDBFactory()
  const connections: IdbBackend[] = []
  let full = false
  // A full disk: IndexedDB refuses the write, as Chromium does with a QuotaExceededError.
  IDBObjectStore.prototype.put = function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    return realPut.call(this, value, key)
  }
  // No BroadcastChannel: a tab hears of another's write when the test says so, in order.
  const connect = async () => {
    const backend = await openIdbBackend({ indexedDB: factory, estimate: null, channel: null })
    connections.push(backend)
    return backend
  }
  // Data put in place as it already was (an old profile) is not subject to the full disk.
  const raw = async <T>(action: (backend: IdbBackend) => T): Promise<T> => {
    const wasFull = full
    full = false
    const backend = await connect()
    try {
      const result = action(backend)
      await backend.flush()
      return result
    } finally {
      backend.close()
      full = wasFull
    }
  }
  return {
    async openTab(now) {
      const backend = await connect()
      const store = createStore({ backend, now })
      // What opening wrote (a migration) is stored, or refused and said, before the page is used.
      await store.flush().catch(() => {})
      return {
        store,
        async hear(keys) {
          await backend.reload(keys)
          store.handleExternalChanges(keys)
        },
      }
    },
    setRaw: (key, value) =>
      raw((backend) => (value === null ? backend.remove(key) : backend.set(key, value))),
    getRaw: (key) => raw((backend) => backend.get(key)),
    dump: () => raw((backend) => new Map(backend.keys().map((key) => [key, backend.get(key)!]))),
    setFull(next) {
      full = next
      return Promise.resolve()
    },
    isFull: () => full,
    close() {
      for (const backend of connections.splice(0)) backend.close()
    },
  }
}

type Real = { world: World; tab: Tab; other: Tab; clock: () => string }

const IDS = ['a', 'b', 'constructor', 'to-string', 'has-own-property', 'acme-backend-engineer']
const id = fc.constantFrom(...IDS)
const note = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.constant('x'.repeat(12_000)),
)
const status = fc.constantFrom('saved', 'applied', 'offer' as const)

function bookmark(clock: () => string, postingId: string, text: string, state: Bookmark['status']) {
  const at = clock()
  return {
    postingId,
    status: state,
    statusHistory: [{ status: state, at }],
    note: text,
    createdAt: at,
    updatedAt: at,
  } as Bookmark
}

/** The tab shows it, a page loaded afresh over what is stored finds it, and nothing more. */
async function assertKept(model: Model, real: Real) {
  const shown = real.tab.store.getSnapshot().bookmark
  for (const [key, value] of model.bookmarks) expect(shown.get(key)).toEqual(value)
  expect(shown.size).toBe(model.bookmarks.size)
  const reloaded = (await real.world.openTab(real.clock)).store.getSnapshot().bookmark
  for (const [key, value] of model.bookmarks) expect(reloaded.get(key)).toEqual(value)
  expect(reloaded.size).toBe(model.bookmarks.size)
}

class Put implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly id: string,
    readonly note: string,
    readonly status: Bookmark['status'],
    readonly fromOtherTab: boolean,
  ) {}
  check = () => true
  async run(model: Model, real: Real) {
    const record = bookmark(real.clock, this.id, this.note, this.status)
    const writer = this.fromOtherTab ? real.other : real.tab
    const result = await writer.store.put('bookmark', record)
    if (this.fromOtherTab) await real.tab.hear([recordKey('bookmark', this.id)])
    if (result.ok) model.bookmarks.set(this.id, record)
    else expect(real.world.isFull()).toBe(true)
    await assertKept(model, real)
  }
  toString = () =>
    `put(${this.id}, ${this.note.length} chars${this.fromOtherTab ? ', other tab' : ''})`
}

class PutInvalid implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(model: Model, real: Real) {
    const record = bookmark(real.clock, '__proto__', 'x', 'saved')
    expect((await real.tab.store.put('bookmark', record)).ok).toBe(false)
    await assertKept(model, real)
  }
  toString = () => 'put(__proto__)'
}

class Remove implements fc.AsyncCommand<Model, Real> {
  constructor(readonly id: string) {}
  check = () => true
  async run(model: Model, real: Real) {
    if ((await real.tab.store.drop('bookmark', this.id)).ok) model.bookmarks.delete(this.id)
    await assertKept(model, real)
  }
  toString = () => `remove(${this.id})`
}

/**
 * The model's rule for two copies of a bookmark's status history (written here, not taken
 * from the import): every step of both, a step both copies hold (same status, same date)
 * once; undated steps (set before version 4) first, then the dated ones oldest first; a
 * step that repeats the status before it adds nothing (the status has held since the
 * first), as setting the current status again adds nothing in the app.
 */
function unionOfSteps(
  kept: Bookmark['statusHistory'],
  incoming: Bookmark['statusHistory'],
): Bookmark['statusHistory'] {
  const steps = new Map<string, Bookmark['statusHistory'][number]>()
  for (const step of [...kept, ...incoming]) steps.set(`${step.status}@${step.at}`, step)
  const order = [...steps.values()].sort((x, y) =>
    x.at === y.at ? 0 : x.at === null ? -1 : y.at === null ? 1 : x.at < y.at ? -1 : 1,
  )
  return order.filter((step, k) => k === 0 || order[k - 1]!.status !== step.status)
}

/** An entry of an imported file: its current status, and perhaps an earlier step. */
type ImportEntry = {
  id: string
  note: string
  status: Bookmark['status']
  /** An earlier step (saved, or the current status again) at the given ms of the clock. */
  earlier: { status: Bookmark['status']; ms: number } | null
}

class Import implements fc.AsyncCommand<Model, Real> {
  constructor(readonly entries: ImportEntry[]) {}
  check = () => true
  async run(model: Model, real: Real) {
    const bookmarks = this.entries.map((e) => {
      const copy = bookmark(real.clock, e.id, e.note, e.status)
      // Dates the clock gave out before: the same step may already be kept (same status,
      // same date), or be older than what is kept.
      if (e.earlier) {
        const at = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, e.earlier.ms)).toISOString()
        copy.statusHistory = [{ status: e.earlier.status, at }, ...copy.statusHistory]
      }
      return copy
    })
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: SCHEMA_VERSION, bookmarks })
    const before = await real.world.dump()
    const result = await importInto(real.tab.store, file, new Set())
    if (result.ok) {
      // The file's copies are newer: each wins, but an empty note never erases a kept one,
      // and the status history is the union of both copies' steps.
      for (const incoming of bookmarks) {
        const kept = model.bookmarks.get(incoming.postingId)
        if (!kept) {
          model.bookmarks.set(incoming.postingId, incoming)
          continue
        }
        const statusHistory = unionOfSteps(kept.statusHistory, incoming.statusHistory)
        model.bookmarks.set(incoming.postingId, {
          ...incoming,
          status: statusHistory.at(-1)!.status,
          statusHistory,
          note: incoming.note || kept.note,
          createdAt: kept.createdAt,
        })
      }
    } else expect(await real.world.dump()).toEqual(before)
    await assertKept(model, real)
  }
  toString = () =>
    `import(${this.entries
      .map(
        (e) =>
          `${e.id} ${e.status}${e.earlier ? ` after ${e.earlier.status}@${e.earlier.ms}` : ''}`,
      )
      .join(',')})`
}

class Export implements fc.AsyncCommand<Model, Real> {
  check = () => true
  run(model: Model, real: Real) {
    const file = JSON.parse(
      JSON.stringify(buildExport(real.tab.store.getSnapshot(), real.clock())),
    ) as ExportFile
    for (const value of model.bookmarks.values()) expect(file.bookmarks).toContainEqual(value)
    return Promise.resolve()
  }
  toString = () => 'export'
}

class Migrate implements fc.AsyncCommand<Model, Real> {
  constructor(readonly entries: { id: string; note: string }[]) {}
  check = () => true
  async run(model: Model, real: Real) {
    // A reload that finds data of version 1 (as restored from an old profile).
    const notes = Object.fromEntries(this.entries.map((e) => [e.id, e.note]))
    const document = { version: 1, bookmarks: this.entries.map((e) => e.id), notes }
    await real.world.setRaw(LEGACY_V1_KEY, JSON.stringify(document))
    await real.world.setRaw(SCHEMA_KEY, null)
    const at = real.clock()
    real.tab = await real.world.openTab(() => at)
    if ((await real.world.getRaw(LEGACY_V1_KEY)) === null) {
      // Migrated: ids not kept yet arrive; a kept id keeps its record (the old copy is set aside).
      for (const [postingId, text] of Object.entries(notes))
        if (!model.bookmarks.has(postingId))
          model.bookmarks.set(postingId, {
            postingId,
            status: 'saved',
            statusHistory: [{ status: 'saved', at: null }],
            note: text,
            createdAt: at,
            updatedAt: at,
          })
    } else {
      // Not migrated (storage full): the old document stays whole, and the page says so
      // (IndexedDB refuses the migration's one transaction after the store wrote it).
      expect(real.world.isFull()).toBe(true)
      expect(await real.world.getRaw(LEGACY_V1_KEY)).toBe(JSON.stringify(document))
      const notices = real.tab.store.getSnapshot().notices.map((n) => n.id)
      expect(notices.some((n) => n === 'migration' || n === 'write-failed')).toBe(true)
      await real.world.setRaw(LEGACY_V1_KEY, null)
    }
    await assertKept(model, real)
  }
  toString = () => `migrate(${this.entries.map((e) => e.id).join(',')})`
}

class QuotaFull implements fc.AsyncCommand<Model, Real> {
  constructor(readonly full: boolean) {}
  check = () => true
  async run(model: Model, real: Real) {
    await real.world.setFull(this.full)
    await assertKept(model, real)
  }
  toString = () => (this.full ? 'quota full' : 'quota freed')
}

const entries = fc.array(fc.record({ id, note }), { minLength: 1, maxLength: 4 })
const importEntries = fc.array(
  fc.record({
    id,
    note,
    status,
    earlier: fc.option(fc.record({ status, ms: fc.nat({ max: 8 }) }), { nil: null }),
  }),
  { minLength: 1, maxLength: 4 },
)

const commands = [
  fc.tuple(id, note, status, fc.boolean()).map(([i, n, s, o]) => new Put(i, n, s, o)),
  fc.constant(new PutInvalid()),
  id.map((i) => new Remove(i)),
  importEntries.map((e) => new Import(e)),
  fc.constant(new Export()),
  entries.map((e) => new Migrate(e)),
  fc.boolean().map((full) => new QuotaFull(full)),
]

describe.each([
  { name: 'memory (as localStorage)', makeWorld: memoryWorld, numRuns: 150 },
  { name: 'IndexedDB', makeWorld: idbWorld, numRuns: 100 },
])('the store over $name against a model of what it must keep', ({ makeWorld, numRuns }) => {
  it('never loses what it said it kept, in the store, after a reload or in its export', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        let tick = 0
        const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, 0, tick++)).toISOString()
        const world = makeWorld()
        try {
          const real: Real = {
            world,
            clock,
            tab: await world.openTab(clock),
            other: await world.openTab(clock),
          }
          await fc.asyncModelRun(() => ({ model: { bookmarks: new Map() }, real }), cmds)
        } finally {
          world.close()
        }
      }),
      { numRuns },
    )
  }, 120_000)
})
