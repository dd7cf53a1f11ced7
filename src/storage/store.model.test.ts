import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { memoryBackend } from './backend'
import { LEGACY_V1_KEY, SCHEMA_KEY, SCHEMA_VERSION, recordKey, type Bookmark } from './schema'
import { createStore, type Store } from './store'
import { EXPORT_FORMAT, buildExport, type ExportFile } from './export'
import { importInto } from './transfer'

/**
 * Model-based test of the store: random sequences of puts, removes, imports, exports,
 * migrations (a reload that finds version 1 data), a second tab's writes and a full quota,
 * run against the real store and against a plain Map of what must be kept. After every
 * step, nothing the model holds may be missing from the store; every export holds it all.
 */

type Model = { bookmarks: Map<string, Bookmark> }
type Real = {
  backend: ReturnType<typeof memoryBackend>
  tab: Store
  other: Store
  clock: () => string
}

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

function assertKept(model: Model, real: Real) {
  const stored = real.tab.getSnapshot().bookmark
  for (const [key, value] of model.bookmarks) expect(stored.get(key)).toEqual(value)
  expect(stored.size).toBe(model.bookmarks.size)
}

class Put implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly id: string,
    readonly note: string,
    readonly status: Bookmark['status'],
    readonly fromOtherTab: boolean,
  ) {}
  check = () => true
  run(model: Model, real: Real) {
    const record = bookmark(real.clock, this.id, this.note, this.status)
    const writer = this.fromOtherTab ? real.other : real.tab
    const result = writer.put('bookmark', record)
    if (this.fromOtherTab) real.tab.handleExternalChange(recordKey('bookmark', this.id))
    if (result.ok) model.bookmarks.set(this.id, record)
    else expect(real.backend.quota).not.toBe(Infinity)
    assertKept(model, real)
    return Promise.resolve()
  }
  toString = () =>
    `put(${this.id}, ${this.note.length} chars${this.fromOtherTab ? ', other tab' : ''})`
}

class PutInvalid implements fc.AsyncCommand<Model, Real> {
  check = () => true
  run(model: Model, real: Real) {
    const record = bookmark(real.clock, '__proto__', 'x', 'saved')
    expect(real.tab.put('bookmark', record).ok).toBe(false)
    assertKept(model, real)
    return Promise.resolve()
  }
  toString = () => 'put(__proto__)'
}

class Remove implements fc.AsyncCommand<Model, Real> {
  constructor(readonly id: string) {}
  check = () => true
  run(model: Model, real: Real) {
    if (real.tab.drop('bookmark', this.id).ok) model.bookmarks.delete(this.id)
    assertKept(model, real)
    return Promise.resolve()
  }
  toString = () => `remove(${this.id})`
}

class Import implements fc.AsyncCommand<Model, Real> {
  constructor(readonly entries: { id: string; note: string }[]) {}
  check = () => true
  async run(model: Model, real: Real) {
    const bookmarks = this.entries.map((e) => bookmark(real.clock, e.id, e.note, 'applied'))
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: SCHEMA_VERSION, bookmarks })
    const before = new Map(real.backend.data)
    const result = await importInto(real.tab, file, new Set())
    if (result.ok) {
      // The file's copies are newer: each wins, but an empty note never erases a kept one.
      for (const incoming of bookmarks) {
        const kept = model.bookmarks.get(incoming.postingId)
        model.bookmarks.set(
          incoming.postingId,
          kept
            ? { ...incoming, note: incoming.note || kept.note, createdAt: kept.createdAt }
            : incoming,
        )
      }
    } else expect(real.backend.data).toEqual(before)
    assertKept(model, real)
  }
  toString = () => `import(${this.entries.map((e) => e.id).join(',')})`
}

class Export implements fc.AsyncCommand<Model, Real> {
  check = () => true
  run(model: Model, real: Real) {
    const file = JSON.parse(
      JSON.stringify(buildExport(real.tab.getSnapshot(), real.clock())),
    ) as ExportFile
    for (const value of model.bookmarks.values()) expect(file.bookmarks).toContainEqual(value)
    return Promise.resolve()
  }
  toString = () => 'export'
}

class Migrate implements fc.AsyncCommand<Model, Real> {
  constructor(readonly entries: { id: string; note: string }[]) {}
  check = () => true
  run(model: Model, real: Real) {
    // A reload that finds data of version 1 (as restored from an old profile).
    const notes = Object.fromEntries(this.entries.map((e) => [e.id, e.note]))
    const document = { version: 1, bookmarks: this.entries.map((e) => e.id), notes }
    real.backend.data.set(LEGACY_V1_KEY, JSON.stringify(document))
    real.backend.data.delete(SCHEMA_KEY)
    const at = real.clock()
    real.tab = createStore({ backend: real.backend, now: () => at })
    if (real.backend.get(LEGACY_V1_KEY) === null) {
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
      // Not migrated (storage full): the old document stays whole, and the page says so.
      expect(real.backend.get(LEGACY_V1_KEY)).toBe(JSON.stringify(document))
      expect(real.tab.getSnapshot().notices.map((n) => n.id)).toContain('migration')
      real.backend.data.delete(LEGACY_V1_KEY)
    }
    assertKept(model, real)
    return Promise.resolve()
  }
  toString = () => `migrate(${this.entries.map((e) => e.id).join(',')})`
}

class QuotaFull implements fc.AsyncCommand<Model, Real> {
  constructor(readonly full: boolean) {}
  check = () => true
  async run(model: Model, real: Real) {
    real.backend.quota = this.full
      ? ((await real.backend.budget?.())?.used ?? 0) / 2 + 50
      : Infinity
    if (!this.full) real.backend.quota = Infinity
    assertKept(model, real)
  }
  toString = () => (this.full ? 'quota full' : 'quota freed')
}

const entries = fc.array(fc.record({ id, note }), { minLength: 1, maxLength: 4 })

const commands = [
  fc.tuple(id, note, status, fc.boolean()).map(([i, n, s, o]) => new Put(i, n, s, o)),
  fc.constant(new PutInvalid()),
  id.map((i) => new Remove(i)),
  entries.map((e) => new Import(e)),
  fc.constant(new Export()),
  entries.map((e) => new Migrate(e)),
  fc.boolean().map((full) => new QuotaFull(full)),
]

describe('the store against a model of what it must keep', () => {
  it('never loses what it said it kept, in the store or its export', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        let tick = 0
        const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, 0, tick++)).toISOString()
        const backend = memoryBackend()
        const real: Real = {
          backend,
          clock,
          tab: createStore({ backend, now: clock }),
          other: createStore({ backend, now: clock }),
        }
        await fc.asyncModelRun(() => ({ model: { bookmarks: new Map() }, real }), cmds)
      }),
      { numRuns: 150 },
    )
  }, 60_000)
})
