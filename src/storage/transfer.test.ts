import { describe, expect, it } from 'vitest'
import { makePosting } from '@/model/posting-fixture'
import { addPasted, saveSearch, setBookmarked, setHidden, updateBookmark } from './actions'
import { memoryBackend } from './backend'
import { SCHEMA_VERSION } from './schema'
import { createStore } from './store'
import { EXPORT_FORMAT, buildExport } from './export'
import { importInto, mergeStatusHistory, runImport, validateImport } from './transfer'

let tick = 0
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString()
const open = (backend = memoryBackend()) => createStore({ backend, now: clock })

const pasted = makePosting({
  id: 'mine',
  source: { url: 'https://example.com/job' },
  company: 'Example',
  title: 'Platform Engineer',
  roleFamily: 'devops',
})

async function filled() {
  const backend = memoryBackend({ 'roleboard:bookmark:zz': 'broken' })
  const store = open(backend)
  await setBookmarked(store, 'a', true)
  await updateBookmark(store, 'a', { status: 'applied', note: 'Sent CV' })
  await setHidden(store, 'h', true)
  await saveSearch(store, 'Go', 'stack=Go', ['a'])
  await addPasted(store, pasted, [])
  return store
}

const collections = (store: ReturnType<typeof open>) => {
  const { bookmark, hidden, seen, search, pasted, tray, quarantine } = store.getSnapshot()
  return { bookmark, hidden, seen, search, pasted, tray, quarantine }
}

describe('export and import', () => {
  it('gives back the same state after export, clear and import', async () => {
    const store = await filled()
    const file = buildExport(store.getSnapshot(), clock())
    expect(file.format).toBe(EXPORT_FORMAT)
    expect(file.version).toBe(SCHEMA_VERSION)
    expect(file.setAside).toHaveLength(1)
    const fresh = open()
    const result = await importInto(fresh, JSON.stringify(file), new Set())
    expect(result.ok && result.report).toEqual({ added: 5, updated: 0, unchanged: 0, refused: [] })
    expect(collections(fresh)).toEqual(collections(store))
    // Importing it again changes nothing.
    const again = await importInto(fresh, JSON.stringify(file), new Set())
    expect(again.ok && again.report).toMatchObject({ added: 0, updated: 0, unchanged: 5 })
  })

  it('merges without dropping anything and refuses malformed records with reasons', async () => {
    const store = await filled()
    const file = buildExport(store.getSnapshot(), clock())
    const target = open()
    await setBookmarked(target, 'kept', true)
    await updateBookmark(target, 'a', { note: 'Local note' })
    const edited = {
      ...file,
      bookmarks: [
        ...file.bookmarks,
        { postingId: 'x', status: 'ghosted', note: '', createdAt: 'no', updatedAt: 'no' },
      ],
      pastedPostings: [...file.pastedPostings, { posting: { title: '' }, pastedAt: 'x' }],
    }
    const result = await importInto(target, JSON.stringify(edited), new Set())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.report.refused).toHaveLength(2)
    expect(result.report.refused[0]?.reason).toMatch(/status/)
    const snapshot = target.getSnapshot()
    expect(snapshot.bookmark.get('kept')).toBeDefined()
    // The local bookmark of "a" is newer than the file's, so it stays.
    expect(snapshot.bookmark.get('a')?.note).toBe('Local note')
  })

  it('refuses files that are not ours or are from a newer version', async () => {
    const store = open()
    expect(await importInto(store, 'nope', new Set())).toMatchObject({ ok: false })
    expect(await importInto(store, '{"hello":1}', new Set())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a Roleboard export/) as unknown,
    })
    expect(
      await importInto(store, JSON.stringify({ format: EXPORT_FORMAT, version: 99 }), new Set()),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) as unknown })
  })

  it('refuses a pasted posting whose id is taken by the board', async () => {
    const store = await filled()
    const file = JSON.stringify(buildExport(store.getSnapshot(), clock()))
    const result = await importInto(open(), file, new Set(['pasted-mine']))
    expect(result.ok && result.report.refused[0]?.reason).toMatch(/already on the board/)
  })

  it('exports each status with the day it was set, and imports it back whole', async () => {
    const store = await filled()
    const file = buildExport(store.getSnapshot(), clock())
    const history = file.bookmarks.find((b) => b.postingId === 'a')!.statusHistory
    expect(history.map((step) => step.status)).toEqual(['saved', 'applied'])
    expect(history.every((step) => typeof step.at === 'string')).toBe(true)
    const fresh = open()
    await importInto(fresh, JSON.stringify(file), new Set())
    expect(fresh.getSnapshot().bookmark.get('a')?.statusHistory).toEqual(history)
  })

  it('merges the status histories of two copies of a bookmark: every dated step, the latest status current', async () => {
    const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T09:00:00.000Z`
    const bookmark = (
      statusHistory: { status: string; at: string | null }[],
      updatedAt: string,
    ) => ({
      postingId: 'a',
      status: statusHistory.at(-1)!.status,
      statusHistory,
      note: '',
      createdAt: day(1),
      updatedAt,
    })
    // Here: saved on the 1st, applied on the 3rd. The file (the phone): saved on the 1st,
    // interviewing on the 10th, noted on the 11th; it does not know about "applied".
    const store = open()
    await store.put(
      'bookmark',
      bookmark(
        [
          { status: 'saved', at: day(1) },
          { status: 'applied', at: day(3) },
        ],
        day(3),
      ) as never,
    )
    const file = {
      format: EXPORT_FORMAT,
      version: SCHEMA_VERSION,
      exportedAt: day(12),
      bookmarks: [
        bookmark(
          [
            { status: 'saved', at: day(1) },
            { status: 'interviewing', at: day(10) },
          ],
          day(11),
        ),
      ],
    }
    const result = await importInto(store, JSON.stringify(file), new Set())
    expect(result.ok && result.report).toMatchObject({ added: 0, updated: 1, unchanged: 0 })
    expect(store.getSnapshot().bookmark.get('a')).toMatchObject({
      status: 'interviewing',
      statusHistory: [
        { status: 'saved', at: day(1) },
        { status: 'applied', at: day(3) },
        { status: 'interviewing', at: day(10) },
      ],
      updatedAt: day(11),
    })
    // Importing it again changes nothing.
    const again = await importInto(store, JSON.stringify(file), new Set())
    expect(again.ok && again.report).toMatchObject({ updated: 0, unchanged: 1 })

    // An older copy still adds the steps it knows, but the status set later here stays.
    const older = {
      ...file,
      bookmarks: [
        bookmark(
          [
            { status: 'saved', at: day(1) },
            { status: 'applied', at: day(2) },
          ],
          day(2),
        ),
      ],
    }
    await importInto(store, JSON.stringify(older), new Set())
    expect(store.getSnapshot().bookmark.get('a')).toMatchObject({
      status: 'interviewing',
      statusHistory: [
        { status: 'saved', at: day(1) },
        { status: 'applied', at: day(2) },
        { status: 'interviewing', at: day(10) },
      ],
    })
  })

  it('merges undated steps (set before version 4) before the dated ones; with none dated the copy changed last wins', () => {
    expect(
      mergeStatusHistory(
        [{ status: 'applied', at: null }],
        [
          { status: 'saved', at: '2026-11-01T00:00:00.000Z' },
          { status: 'offer', at: '2026-11-05T00:00:00.000Z' },
        ],
        'applied',
      ),
    ).toEqual({
      status: 'offer',
      statusHistory: [
        { status: 'applied', at: null },
        { status: 'saved', at: '2026-11-01T00:00:00.000Z' },
        { status: 'offer', at: '2026-11-05T00:00:00.000Z' },
      ],
    })
    expect(
      mergeStatusHistory(
        [{ status: 'applied', at: null }],
        [{ status: 'offer', at: null }],
        'offer',
      ),
    ).toEqual({
      status: 'offer',
      statusHistory: [
        { status: 'applied', at: null },
        { status: 'offer', at: null },
      ],
    })
  })

  it('imports a version 3 file through the migration that dates statuses', async () => {
    const at = '2026-09-01T10:00:00.000Z'
    const file = {
      format: EXPORT_FORMAT,
      version: 3,
      exportedAt: at,
      bookmarks: [
        { postingId: 'a', status: 'saved', note: '', createdAt: at, updatedAt: at },
        { postingId: 'b', status: 'offer', note: 'Yes!', createdAt: at, updatedAt: at },
        { postingId: 'c', status: 'ghosted', note: '', createdAt: at, updatedAt: at },
      ],
    }
    const store = open()
    const result = await importInto(store, JSON.stringify(file), new Set())
    expect(result).toMatchObject({
      ok: true,
      report: {
        added: 2,
        refused: [{ what: 'bookmark “c”', reason: expect.stringMatching(/status/) as unknown }],
      },
    })
    expect(store.getSnapshot().bookmark.get('a')?.statusHistory).toEqual([{ status: 'saved', at }])
    expect(store.getSnapshot().bookmark.get('b')).toEqual({
      postingId: 'b',
      status: 'offer',
      statusHistory: [{ status: 'offer', at: null }],
      note: 'Yes!',
      createdAt: at,
      updatedAt: at,
    })
  })

  it('accepts a version 1 file through its migration', async () => {
    const v1 = JSON.stringify({ version: 1, bookmarks: ['a'], notes: { a: 'hi' } })
    const store = open()
    const result = await importInto(store, v1, new Set())
    expect(result.ok && result.report.added).toBe(1)
    expect(store.getSnapshot().bookmark.get('a')?.note).toBe('hi')
  })

  it('imports a version 1 file with an over-long id, refusing just that bookmark, saying why', async () => {
    const longId = 'x'.repeat(300)
    const v1 = JSON.stringify({ version: 1, bookmarks: ['a', longId], notes: { [longId]: 'hi' } })
    const store = open()
    const result = await importInto(store, v1, new Set())
    expect(result).toMatchObject({
      ok: true,
      report: {
        added: 1,
        refused: [
          {
            what: 'version 1 data',
            reason: expect.stringMatching(/300 characters long/) as unknown,
          },
        ],
      },
    })
  })

  it('refuses a file too big for the storage before writing anything, with the figures', async () => {
    const backend = memoryBackend({}, { quota: 4_000 })
    const store = open(backend)
    await setBookmarked(store, 'kept', true)
    const before = new Map(backend.data)
    const at = clock()
    const bookmarks = Array.from({ length: 40 }, (_, i) => ({
      postingId: `role-${i}`,
      status: 'saved',
      note: 'A note of some length to take room',
      createdAt: at,
      updatedAt: at,
    }))
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 3, bookmarks })
    const result = await importInto(store, text, new Set())
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /needs about \d+\.\d MB .* has about \d+\.\d MB left/,
      ) as unknown,
    })
    expect(backend.data).toEqual(before)
  })

  it('takes back every write of a cancelled import', async () => {
    const backend = memoryBackend()
    const store = open(backend)
    await updateBookmark(store, 'a', { note: 'mine' })
    const before = new Map(backend.data)
    const at = '2030-01-01T00:00:00.000Z'
    const bookmarks = Array.from({ length: 1000 }, (_, i) => ({
      postingId: i === 0 ? 'a' : `role-${i}`,
      status: 'applied',
      note: 'from the file',
      createdAt: at,
      updatedAt: at,
    }))
    const validated = validateImport(
      JSON.stringify({ format: EXPORT_FORMAT, version: 3, bookmarks }),
      at,
    )
    if (!validated.ok) throw new Error(validated.reason)
    const controller = new AbortController()
    let written = 0
    const result = await runImport(store, validated, new Set(), {
      signal: controller.signal,
      sliceMs: 0,
      pause: async () => {},
      // Cancelled once some records have been written.
      onProgress: ({ phase, done }) => {
        if (phase === 'writing' && (written = done) >= 200) controller.abort()
      },
    })
    expect(written).toBe(200)
    expect(result).toMatchObject({ ok: false, cancelled: true })
    expect(backend.data).toEqual(before)
    expect(store.getSnapshot().bookmark.get('a')?.note).toBe('mine')
    expect(store.getSnapshot().bookmark.size).toBe(1)
  })
})
