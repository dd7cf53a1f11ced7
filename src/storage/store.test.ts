import { describe, expect, it } from 'vitest'
import { emptySections, type Posting } from '@/model/posting'
import {
  addPasted,
  markSearchOpened,
  markSeen,
  pastedIdFor,
  saveSearch,
  setBookmarked,
  setHidden,
  updateBookmark,
} from './actions'
import { memoryBackend } from './backend'
import { LEGACY_V1_KEY, SCHEMA_KEY, SCHEMA_VERSION } from './schema'
import { NOTICE_MESSAGES, createStore } from './store'

let tick = 0
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString()
const open = (backend = memoryBackend()) => createStore({ backend, now: clock })

const posting = (over: Partial<Posting> = {}): Posting => ({
  id: 'acme-backend-engineer',
  language: 'en',
  employmentType: null,
  remoteCountries: null,
  visaSponsorship: null,
  relocation: null,
  source: {},
  company: 'Acme',
  title: 'Backend Engineer',
  team: null,
  roleFamily: 'backend',
  seniority: 'senior',
  locations: [],
  workMode: 'remote',
  officeDaysPerWeek: null,
  workPolicy: [],
  remoteRegions: [],
  stack: [{ name: 'Go', category: 'language' }],
  spokenLanguages: [],
  salary: null,
  postedAt: null,
  sections: emptySections(),
  warnings: [],
  ...over,
})

function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

describe('a new store', () => {
  it('writes the schema version and starts empty', () => {
    const backend = memoryBackend()
    const store = open(backend)
    expect(JSON.parse(backend.get(SCHEMA_KEY)!)).toEqual({ version: SCHEMA_VERSION })
    expect(store.getSnapshot().bookmark).toEqual({})
    expect(store.getSnapshot().mode).toBe('persistent')
  })

  it('keeps bookmarks, statuses, notes, hidden and seen marks across a reload', () => {
    const backend = memoryBackend()
    const store = open(backend)
    setBookmarked(store, 'a', true)
    updateBookmark(store, 'a', { status: 'interviewing' })
    updateBookmark(store, 'a', { note: 'Ask about on-call' })
    setHidden(store, 'b', true)
    markSeen(store, 'c')
    const reloaded = open(backend).getSnapshot()
    expect(reloaded.bookmark.a).toMatchObject({ status: 'interviewing', note: 'Ask about on-call' })
    expect(Object.keys(reloaded.hidden)).toEqual(['b'])
    expect(Object.keys(reloaded.seen)).toEqual(['c'])
    expect(reloaded.quarantine).toEqual({})
  })

  it('keeps each collection identical until it changes', () => {
    const store = open()
    const before = store.getSnapshot()
    setHidden(store, 'x', true)
    const after = store.getSnapshot()
    expect(after.hidden).not.toBe(before.hidden)
    expect(after.bookmark).toBe(before.bookmark)
  })

  it('notifies subscribers and removes a bookmark', () => {
    const store = open()
    let calls = 0
    store.subscribe(() => calls++)
    setBookmarked(store, 'a', true)
    setBookmarked(store, 'a', false)
    expect(calls).toBe(2)
    expect(store.getSnapshot().bookmark).toEqual({})
  })
})

describe('migrations', () => {
  const v1 = {
    version: 1,
    bookmarks: ['acme-backend-engineer', 'globex-sre'],
    notes: { 'globex-sre': 'Referral from Ana', 'initech-qa': 'Only a note' },
    hidden: ['umbrella-pm'],
    searches: [{ name: 'Remote Go', query: '?stack=Go&mode=remote' }],
  }

  it('moves version 1 data to one record per key and keeps every note', () => {
    const backend = memoryBackend({ [LEGACY_V1_KEY]: JSON.stringify(v1), other: 'untouched' })
    const snapshot = open(backend).getSnapshot()
    expect(Object.keys(snapshot.bookmark).sort()).toEqual([
      'acme-backend-engineer',
      'globex-sre',
      'initech-qa',
    ])
    expect(snapshot.bookmark['globex-sre']).toMatchObject({
      status: 'saved',
      note: 'Referral from Ana',
    })
    expect(snapshot.bookmark['initech-qa']?.note).toBe('Only a note')
    expect(Object.keys(snapshot.hidden)).toEqual(['umbrella-pm'])
    expect(Object.values(snapshot.search)).toEqual([
      expect.objectContaining({ name: 'Remote Go', query: 'stack=Go&mode=remote', seenIds: [] }),
    ])
    expect(backend.get(LEGACY_V1_KEY)).toBeNull()
    expect(JSON.parse(backend.get(SCHEMA_KEY)!)).toEqual({ version: 2 })
    expect(backend.get('other')).toBe('untouched')
    expect(snapshot.quarantine).toEqual({})
  })

  it('sets a broken version 1 document aside instead of dropping it', () => {
    const backend = memoryBackend({ [LEGACY_V1_KEY]: '{"version":1,"bookmarks":"oops"}' })
    const snapshot = open(backend).getSnapshot()
    const entries = Object.values(snapshot.quarantine)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      key: LEGACY_V1_KEY,
      raw: '{"version":1,"bookmarks":"oops"}',
    })
    expect(entries[0]?.reason).toMatch(/bookmarks/)
  })

  it('leaves version 1 data in place when the upgrade cannot be written', () => {
    const backend = memoryBackend({ [LEGACY_V1_KEY]: JSON.stringify(v1) })
    const set = backend.set
    backend.set = () => {
      throw quotaError()
    }
    const store = open(backend)
    expect(backend.get(LEGACY_V1_KEY)).toBe(JSON.stringify(v1))
    expect(store.getSnapshot().notices.map((n) => n.id)).toContain('migration')
    backend.set = set
    expect(Object.keys(open(backend).getSnapshot().bookmark)).toHaveLength(3)
  })
})

describe('data it cannot read', () => {
  it('sets corrupted and foreign records aside, keeps them verbatim, and keeps the rest', () => {
    const good = {
      postingId: 'a',
      status: 'applied',
      note: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    const backend = memoryBackend({
      [SCHEMA_KEY]: '{"version":2}',
      'roleboard:bookmark:a': JSON.stringify(good),
      'roleboard:bookmark:b': '{not json',
      'roleboard:bookmark:c': JSON.stringify({ ...good, postingId: 'c', status: 'dreaming' }),
      'roleboard:bookmark:d': JSON.stringify({ ...good, postingId: 'other' }),
      'roleboard:widget:1': 'from someone else',
      'someone-else': 'not ours',
    })
    const store = open(backend)
    const snapshot = store.getSnapshot()
    expect(Object.keys(snapshot.bookmark)).toEqual(['a'])
    const entries = Object.values(snapshot.quarantine)
    expect(entries.map((e) => e.key).sort()).toEqual([
      'roleboard:bookmark:b',
      'roleboard:bookmark:c',
      'roleboard:bookmark:d',
      'roleboard:widget:1',
    ])
    expect(entries.find((e) => e.key === 'roleboard:bookmark:b')?.raw).toBe('{not json')
    expect(entries.find((e) => e.key === 'roleboard:bookmark:c')?.reason).toMatch(/status/)
    expect(backend.get('roleboard:bookmark:b')).toBeNull()
    expect(backend.get('someone-else')).toBe('not ours')
    // Kept across reloads, and the same value is not set aside twice.
    expect(Object.values(open(backend).getSnapshot().quarantine)).toHaveLength(4)
    // Discarding (offered after an export) removes it for good.
    store.discardQuarantine()
    expect(store.getSnapshot().quarantine).toEqual({})
    expect(backend.keys().filter((k) => k.includes('quarantine'))).toEqual([])
  })

  it('sets an unreadable schema version aside and starts', () => {
    const backend = memoryBackend({ [SCHEMA_KEY]: 'garbage' })
    const snapshot = open(backend).getSnapshot()
    expect(Object.values(snapshot.quarantine)[0]).toMatchObject({ key: SCHEMA_KEY, raw: 'garbage' })
    expect(JSON.parse(backend.get(SCHEMA_KEY)!)).toEqual({ version: SCHEMA_VERSION })
  })

  it('reads data from a newer version without changing anything', () => {
    const newer = {
      [SCHEMA_KEY]: '{"version":3}',
      'roleboard:bookmark:a': JSON.stringify({
        postingId: 'a',
        status: 'saved',
        note: 'n',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      }),
      'roleboard:bookmark:b': '{"postingId":"b","stage":"new-shape"}',
    }
    const backend = memoryBackend(newer)
    const store = open(backend)
    const snapshot = store.getSnapshot()
    expect(snapshot.mode).toBe('read-only')
    expect(snapshot.notices[0]?.message).toBe(NOTICE_MESSAGES.newer)
    expect(Object.keys(snapshot.bookmark)).toEqual(['a'])
    expect(Object.values(snapshot.quarantine).map((e) => e.key)).toEqual(['roleboard:bookmark:b'])
    expect(setBookmarked(store, 'c', true).ok).toBe(false)
    expect(Object.fromEntries(backend.data)).toEqual(newer)
  })
})

describe('storage full', () => {
  it('refuses the change with a clear message and loses nothing stored', () => {
    const backend = memoryBackend()
    const store = open(backend)
    setBookmarked(store, 'a', true)
    updateBookmark(store, 'a', { note: 'keep me' })
    backend.set = () => {
      throw quotaError()
    }
    const result = updateBookmark(store, 'a', { note: 'new text' })
    expect(result).toEqual({ ok: false, message: NOTICE_MESSAGES.full })
    expect(store.getSnapshot().notices.map((n) => n.id)).toContain('write-failed')
    expect(store.getSnapshot().bookmark.a?.note).toBe('keep me')
    expect(JSON.parse(backend.get('roleboard:bookmark:a')!).note).toBe('keep me')
  })
})

describe('two tabs', () => {
  it('loses neither tab’s changes', () => {
    const backend = memoryBackend()
    const tabA = open(backend)
    const tabB = open(backend)
    setBookmarked(tabA, 'a', true)
    setBookmarked(tabB, 'b', true)
    // Tab B edits a's note without having seen a's storage event yet.
    updateBookmark(tabB, 'a', { note: 'from B' })
    updateBookmark(tabA, 'a', { status: 'offer' })
    tabA.handleExternalChange('roleboard:bookmark:b')
    tabB.handleExternalChange('roleboard:bookmark:a')
    for (const tab of [tabA, tabB]) {
      expect(Object.keys(tab.getSnapshot().bookmark).sort()).toEqual(['a', 'b'])
      expect(tab.getSnapshot().bookmark.a).toMatchObject({ status: 'offer', note: 'from B' })
    }
  })

  it('picks up a storage clear made elsewhere', () => {
    const backend = memoryBackend()
    const store = open(backend)
    setHidden(store, 'a', true)
    backend.data.clear()
    store.handleExternalChange(null)
    expect(store.getSnapshot().hidden).toEqual({})
  })
})

describe('saved searches and pasted postings', () => {
  it('remembers what matched when a search was last opened', () => {
    const store = open()
    const saved = saveSearch(store, '  Remote Go ', 'stack=Go', ['a', 'b'])
    expect(saved.ok).toBe(true)
    if (!saved.ok) return
    expect(saved.search.name).toBe('Remote Go')
    markSearchOpened(store, saved.search.id, ['a', 'b', 'c'])
    expect(store.getSnapshot().search[saved.search.id]?.seenIds).toEqual(['a', 'b', 'c'])
    expect(saveSearch(store, '   ', '', []).ok).toBe(false)
  })

  it('gives pasted postings ids no other posting has', () => {
    expect(pastedIdFor(posting(), [])).toBe('pasted-acme-backend-engineer')
    expect(pastedIdFor(posting(), ['pasted-acme-backend-engineer'])).toBe(
      'pasted-acme-backend-engineer-2',
    )
    const store = open()
    const first = addPasted(store, posting(), ['acme-backend-engineer'])
    const second = addPasted(store, posting(), ['acme-backend-engineer'])
    expect(first).toEqual({ ok: true, id: 'pasted-acme-backend-engineer' })
    expect(second).toEqual({ ok: true, id: 'pasted-acme-backend-engineer-2' })
    expect(Object.keys(store.getSnapshot().pasted)).toHaveLength(2)
  })
})
