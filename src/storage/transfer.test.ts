import { describe, expect, it } from 'vitest'
import { makePosting } from '@/model/posting-fixture'
import { addPasted, saveSearch, setBookmarked, setHidden, updateBookmark } from './actions'
import { memoryBackend } from './backend'
import { SCHEMA_VERSION } from './schema'
import { createStore } from './store'
import { EXPORT_FORMAT, buildExport, importInto } from './transfer'

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

function filled() {
  const backend = memoryBackend({ 'roleboard:bookmark:zz': 'broken' })
  const store = open(backend)
  setBookmarked(store, 'a', true)
  updateBookmark(store, 'a', { status: 'applied', note: 'Sent CV' })
  setHidden(store, 'h', true)
  saveSearch(store, 'Go', 'stack=Go', ['a'])
  addPasted(store, pasted, [])
  return store
}

const collections = (store: ReturnType<typeof open>) => {
  const { bookmark, hidden, seen, search, pasted, quarantine } = store.getSnapshot()
  return { bookmark, hidden, seen, search, pasted, quarantine }
}

describe('export and import', () => {
  it('gives back the same state after export, clear and import', () => {
    const store = filled()
    const file = buildExport(store.getSnapshot(), clock())
    expect(file.format).toBe(EXPORT_FORMAT)
    expect(file.version).toBe(SCHEMA_VERSION)
    expect(file.setAside).toHaveLength(1)
    const fresh = open()
    const result = importInto(fresh, JSON.stringify(file), new Set())
    expect(result.ok && result.report).toEqual({ added: 5, updated: 0, unchanged: 0, refused: [] })
    expect(collections(fresh)).toEqual(collections(store))
    // Importing it again changes nothing.
    const again = importInto(fresh, JSON.stringify(file), new Set())
    expect(again.ok && again.report).toMatchObject({ added: 0, updated: 0, unchanged: 5 })
  })

  it('merges without dropping anything and refuses malformed records with reasons', () => {
    const store = filled()
    const file = buildExport(store.getSnapshot(), clock())
    const target = open()
    setBookmarked(target, 'kept', true)
    updateBookmark(target, 'a', { note: 'Local note' })
    const edited = {
      ...file,
      bookmarks: [
        ...file.bookmarks,
        { postingId: 'x', status: 'ghosted', note: '', createdAt: 'no', updatedAt: 'no' },
      ],
      pastedPostings: [...file.pastedPostings, { posting: { title: '' }, pastedAt: 'x' }],
    }
    const result = importInto(target, JSON.stringify(edited), new Set())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.report.refused).toHaveLength(2)
    expect(result.report.refused[0]?.reason).toMatch(/status/)
    const snapshot = target.getSnapshot()
    expect(snapshot.bookmark.kept).toBeDefined()
    // The local bookmark of "a" is newer than the file's, so it stays.
    expect(snapshot.bookmark.a?.note).toBe('Local note')
  })

  it('refuses files that are not ours or are from a newer version', () => {
    const store = open()
    expect(importInto(store, 'nope', new Set())).toMatchObject({ ok: false })
    expect(importInto(store, '{"hello":1}', new Set())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a Roleboard export/),
    })
    expect(
      importInto(store, JSON.stringify({ format: EXPORT_FORMAT, version: 99 }), new Set()),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) })
  })

  it('refuses a pasted posting whose id is taken by the board', () => {
    const store = filled()
    const file = JSON.stringify(buildExport(store.getSnapshot(), clock()))
    const result = importInto(open(), file, new Set(['pasted-mine']))
    expect(result.ok && result.report.refused[0]?.reason).toMatch(/already on the board/)
  })

  it('accepts a version 1 file through its migration', () => {
    const v1 = JSON.stringify({ version: 1, bookmarks: ['a'], notes: { a: 'hi' } })
    const store = open()
    const result = importInto(store, v1, new Set())
    expect(result.ok && result.report.added).toBe(1)
    expect(store.getSnapshot().bookmark.a?.note).toBe('hi')
  })
})
