import { describe, expect, it } from 'vitest'
import { emptySections, type Posting } from '@/model/posting'
import {
  CONFLICT_SEPARATOR,
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
import { LEGACY_V1_KEY, SCHEMA_KEY, SCHEMA_VERSION, type Bookmark } from './schema'
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
    expect(store.getSnapshot().bookmark.size).toBe(0)
    expect(store.getSnapshot().mode).toBe('persistent')
  })

  it('keeps bookmarks, statuses, notes, hidden and seen marks across a reload', async () => {
    const backend = memoryBackend()
    const store = open(backend)
    await setBookmarked(store, 'a', true)
    await updateBookmark(store, 'a', { status: 'interviewing' })
    await updateBookmark(store, 'a', { note: 'Ask about on-call' })
    await setHidden(store, 'b', true)
    await markSeen(store, 'c')
    const reloaded = open(backend).getSnapshot()
    expect(reloaded.bookmark.get('a')).toMatchObject({
      status: 'interviewing',
      note: 'Ask about on-call',
    })
    expect([...reloaded.hidden.keys()]).toEqual(['b'])
    expect([...reloaded.seen.keys()]).toEqual(['c'])
    expect(reloaded.quarantine.size).toBe(0)
  })

  it('keeps each collection identical until it changes', async () => {
    const store = open()
    const before = store.getSnapshot()
    await setHidden(store, 'x', true)
    const after = store.getSnapshot()
    expect(after.hidden).not.toBe(before.hidden)
    expect(after.bookmark).toBe(before.bookmark)
  })

  it('notifies subscribers and removes a bookmark', async () => {
    const store = open()
    let calls = 0
    store.subscribe(() => calls++)
    await setBookmarked(store, 'a', true)
    await setBookmarked(store, 'a', false)
    expect(calls).toBe(2)
    expect(store.getSnapshot().bookmark.size).toBe(0)
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
    expect([...snapshot.bookmark.keys()].sort()).toEqual([
      'acme-backend-engineer',
      'globex-sre',
      'initech-qa',
    ])
    expect(snapshot.bookmark.get('globex-sre')).toMatchObject({
      status: 'saved',
      note: 'Referral from Ana',
    })
    expect(snapshot.bookmark.get('initech-qa')?.note).toBe('Only a note')
    expect([...snapshot.hidden.keys()]).toEqual(['umbrella-pm'])
    expect([...snapshot.search.values()]).toEqual([
      expect.objectContaining({ name: 'Remote Go', query: 'stack=Go&mode=remote', seenIds: [] }),
    ])
    expect(backend.get(LEGACY_V1_KEY)).toBeNull()
    expect(JSON.parse(backend.get(SCHEMA_KEY)!)).toEqual({ version: SCHEMA_VERSION })
    expect(backend.get('other')).toBe('untouched')
    expect(snapshot.quarantine.size).toBe(0)
  })

  it('sets a version 1 document that is not JSON aside whole', () => {
    const backend = memoryBackend({ [LEGACY_V1_KEY]: '{"version":1,"bookm' })
    const entries = [...open(backend).getSnapshot().quarantine.values()]
    expect(entries).toMatchObject([
      {
        key: LEGACY_V1_KEY,
        raw: '{"version":1,"bookm',
        reason: expect.stringMatching(/version 1/) as unknown,
      },
    ])
    expect(backend.get(LEGACY_V1_KEY)).toBeNull()
  })

  it('carries every part it can and sets aside each part it cannot, with the reason', () => {
    const longId = 'a'.repeat(250)
    const longNote = 'n'.repeat(25_000)
    const longName = 'Remote roles in Spain, Portugal and France '.repeat(5)
    const document = {
      version: 1,
      bookmarks: ['acme-backend-engineer', longId, 42],
      notes: { 'acme-backend-engineer': longNote, [longId]: 'note on the long one' },
      hidden: ['__proto__', 'constructor'],
      searches: [
        { name: longName, query: 'q=go' },
        { name: 'Broken', query: 7 },
      ],
      theme: 'dark',
    }
    const backend = memoryBackend({ [LEGACY_V1_KEY]: JSON.stringify(document) })
    const snapshot = open(backend).getSnapshot()
    // Nothing is cut: the long note and the long name arrive whole.
    expect(snapshot.bookmark.get('acme-backend-engineer')?.note).toBe(longNote)
    expect([...snapshot.search.values()][0]?.name).toBe(longName.trim())
    expect([...snapshot.hidden.keys()]).toEqual(['constructor'])
    const aside = [...snapshot.quarantine.values()].map(({ key, raw, reason }) => ({
      key,
      part: JSON.parse(raw) as unknown,
      reason,
    }))
    expect(aside).toEqual(
      expect.arrayContaining([
        {
          key: LEGACY_V1_KEY,
          part: { bookmarks: [longId], notes: { [longId]: 'note on the long one' } },
          reason: expect.stringMatching(/250 characters long \(at most 200\)/) as unknown,
        },
        {
          key: LEGACY_V1_KEY,
          part: { bookmarks: [42] },
          reason: expect.stringMatching(/not text/) as unknown,
        },
        {
          key: LEGACY_V1_KEY,
          part: { hidden: ['__proto__'] },
          reason: expect.stringMatching(/lower-case/) as unknown,
        },
        {
          key: LEGACY_V1_KEY,
          part: { searches: [{ name: 'Broken', query: 7 }] },
          reason: expect.stringMatching(/query/) as unknown,
        },
        {
          key: LEGACY_V1_KEY,
          part: { theme: 'dark' },
          reason: expect.stringMatching(/theme/) as unknown,
        },
      ]),
    )
    expect(aside).toHaveLength(5)
    // Only once everything read back is the old document removed.
    expect(backend.get(LEGACY_V1_KEY)).toBeNull()
  })

  it('keeps the old data when what it wrote does not read back the same', () => {
    const backend = memoryBackend({ [LEGACY_V1_KEY]: JSON.stringify(v1) })
    const get = backend.get
    // A storage that silently changes what it is given.
    backend.get = (key) =>
      key.startsWith('roleboard:bookmark:')
        ? (get(key)?.replace('saved', 'applied') ?? null)
        : get(key)
    const store = open(backend)
    expect(store.getSnapshot().notices.map((n) => n.id)).toContain('migration')
    backend.get = get
    expect(backend.get(LEGACY_V1_KEY)).toBe(JSON.stringify(v1))
    expect(backend.keys().filter((key) => key.startsWith('roleboard:bookmark:'))).toEqual([])
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
    expect([...open(backend).getSnapshot().bookmark.keys()]).toHaveLength(3)
  })
})

describe('migration to version 4: dated statuses', () => {
  const created = '2026-10-01T08:00:00.000Z'
  const updated = '2026-10-20T17:30:00.000Z'
  const v3 = (postingId: string, status: string, note = '') => ({
    postingId,
    status,
    note,
    createdAt: created,
    updatedAt: updated,
  })
  const v3Data = () => ({
    [SCHEMA_KEY]: '{"version":3}',
    'roleboard:bookmark:acme-backend-engineer': JSON.stringify(
      v3('acme-backend-engineer', 'saved'),
    ),
    'roleboard:bookmark:globex-sre': JSON.stringify(
      v3('globex-sre', 'interviewing', 'Second round on Tuesday'),
    ),
    'roleboard:hidden:umbrella-pm': JSON.stringify({ postingId: 'umbrella-pm', at: created }),
  })

  it('dates "saved" with the day the bookmark was made and leaves other dates unrecorded', () => {
    const backend = memoryBackend(v3Data())
    const snapshot = open(backend).getSnapshot()
    expect(JSON.parse(backend.get('roleboard:bookmark:acme-backend-engineer')!)).toEqual({
      postingId: 'acme-backend-engineer',
      status: 'saved',
      note: '',
      createdAt: created,
      updatedAt: updated,
      statusHistory: [{ status: 'saved', at: created }],
    })
    expect(JSON.parse(backend.get('roleboard:bookmark:globex-sre')!)).toEqual({
      postingId: 'globex-sre',
      status: 'interviewing',
      note: 'Second round on Tuesday',
      createdAt: created,
      updatedAt: updated,
      statusHistory: [{ status: 'interviewing', at: null }],
    })
    expect(snapshot.bookmark.get('globex-sre')?.statusHistory).toEqual([
      { status: 'interviewing', at: null },
    ])
    expect(backend.get('roleboard:hidden:umbrella-pm')).toBe(
      v3Data()['roleboard:hidden:umbrella-pm'],
    )
    expect(JSON.parse(backend.get(SCHEMA_KEY)!)).toEqual({ version: 4 })
    expect(snapshot.quarantine.size).toBe(0)
    expect(snapshot.notices).toEqual([])
  })

  it('the next status change is dated and added after the migrated one', async () => {
    const backend = memoryBackend(v3Data())
    const store = open(backend)
    await updateBookmark(store, 'globex-sre', { status: 'offer' })
    const history = open(backend).getSnapshot().bookmark.get('globex-sre')?.statusHistory
    expect(history).toEqual([
      { status: 'interviewing', at: null },
      { status: 'offer', at: expect.stringMatching(/^2026-01-01T/) as unknown },
    ])
  })

  it('keeps version 3 records as they are when the upgrade cannot be stored, and still shows them', () => {
    const data = v3Data()
    const backend = memoryBackend(data)
    const set = backend.set
    backend.set = () => {
      throw quotaError()
    }
    const store = open(backend)
    expect(store.getSnapshot().notices.map((n) => n.id)).toContain('migration')
    expect(Object.fromEntries(backend.data)).toEqual(data)
    // Read through the migration meanwhile: nothing set aside, every bookmark shown.
    expect(store.getSnapshot().bookmark.get('acme-backend-engineer')?.statusHistory).toEqual([
      { status: 'saved', at: created },
    ])
    expect(store.getSnapshot().quarantine.size).toBe(0)
    backend.set = set
    open(backend)
    expect(JSON.parse(backend.get(SCHEMA_KEY)!)).toEqual({ version: 4 })
    expect(
      (JSON.parse(backend.get('roleboard:bookmark:globex-sre')!) as Bookmark).statusHistory,
    ).toEqual([{ status: 'interviewing', at: null }])
  })

  it('undoes every rewrite when one does not read back as written', () => {
    const data = v3Data()
    const backend = memoryBackend(data)
    const get = backend.get
    backend.get = (key) =>
      key === 'roleboard:bookmark:globex-sre' && backend.data.get(key)?.includes('statusHistory')
        ? (get(key)?.replace('interviewing', 'offer') ?? null)
        : get(key)
    const store = open(backend)
    expect(store.getSnapshot().notices.map((n) => n.id)).toContain('migration')
    backend.get = get
    expect(Object.fromEntries(backend.data)).toEqual(data)
  })

  it('sets aside a version 3 record it cannot read, with the reason, and migrates the rest', () => {
    const backend = memoryBackend({
      ...v3Data(),
      'roleboard:bookmark:initech-qa': JSON.stringify(v3('initech-qa', 'dreaming')),
    })
    const snapshot = open(backend).getSnapshot()
    expect([...snapshot.bookmark.keys()].sort()).toEqual(['acme-backend-engineer', 'globex-sre'])
    expect([...snapshot.quarantine.values()]).toEqual([
      expect.objectContaining({
        key: 'roleboard:bookmark:initech-qa',
        raw: JSON.stringify(v3('initech-qa', 'dreaming')),
        reason: expect.stringMatching(/status/) as unknown,
      }),
    ])
  })

  it('reads a version 3 bookmark another tab (still the older version) writes later', () => {
    const backend = memoryBackend()
    const store = open(backend)
    backend.set('roleboard:bookmark:hooli-qa', JSON.stringify(v3('hooli-qa', 'applied')))
    store.handleExternalChange('roleboard:bookmark:hooli-qa')
    expect(store.getSnapshot().bookmark.get('hooli-qa')).toMatchObject({
      status: 'applied',
      statusHistory: [{ status: 'applied', at: null }],
    })
  })

  it('gives version 1 bookmarks, which had no dates at all, an unrecorded date', () => {
    const backend = memoryBackend({
      [LEGACY_V1_KEY]: JSON.stringify({ version: 1, bookmarks: ['acme-backend-engineer'] }),
    })
    expect(
      open(backend).getSnapshot().bookmark.get('acme-backend-engineer')?.statusHistory,
    ).toEqual([{ status: 'saved', at: null }])
  })
})

describe('status history', () => {
  it('dates every status set and nothing else', async () => {
    const store = open()
    await setBookmarked(store, 'a', true)
    const created = store.getSnapshot().bookmark.get('a')!.createdAt
    await updateBookmark(store, 'a', { status: 'applied' })
    await updateBookmark(store, 'a', { note: 'Sent the CV' })
    await updateBookmark(store, 'a', { status: 'applied' })
    await updateBookmark(store, 'a', { status: 'interviewing' })
    const history = store.getSnapshot().bookmark.get('a')!.statusHistory
    expect(history.map((step) => step.status)).toEqual(['saved', 'applied', 'interviewing'])
    expect(history[0]!.at).toBe(created)
    expect(history[1]!.at! < history[2]!.at!).toBe(true)
  })

  it('a role marked applied before it was bookmarked starts its history at "applied"', async () => {
    const store = open()
    await updateBookmark(store, 'a', { status: 'applied' })
    const bookmark = store.getSnapshot().bookmark.get('a')!
    expect(bookmark.statusHistory).toEqual([{ status: 'applied', at: bookmark.createdAt }])
  })

  it('refuses a record whose history does not end with its status', async () => {
    const store = open()
    const at = '2026-01-01T00:00:00.000Z'
    const result = await store.put('bookmark', {
      postingId: 'a',
      status: 'offer',
      statusHistory: [{ status: 'applied', at }],
      note: '',
      createdAt: at,
      updatedAt: at,
    })
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/last status/) as unknown })
  })
})

describe('writes', () => {
  it('never reports success for a record it would set aside', async () => {
    const backend = memoryBackend()
    const store = open(backend)
    const at = '2026-01-01T00:00:00.000Z'
    const bad = { postingId: 'a', status: 'dreaming', note: '', createdAt: at, updatedAt: at }
    const result = await store.put('bookmark', bad as never)
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/status/) as unknown })
    expect(backend.keys().filter((key) => key.includes('bookmark'))).toEqual([])
    expect(
      (await store.put('bookmark', { ...bad, status: 'saved', postingId: 'a,b' } as never)).ok,
    ).toBe(false)
  })

  it('treats ids that name Object.prototype members as plain data', async () => {
    const store = open()
    expect(store.getSnapshot().hidden.has('constructor')).toBe(false)
    expect(store.getSnapshot().bookmark.get('constructor')).toBeUndefined()
    await setBookmarked(store, 'constructor', true)
    expect(store.getSnapshot().bookmark.get('constructor')?.status).toBe('saved')
    expect(store.getSnapshot().seen.has('constructor')).toBe(false)
    expect((await setHidden(store, '__proto__', true)).ok).toBe(false)
    expect(store.getSnapshot().hidden.size).toBe(0)
  })
})

describe('data it cannot read', () => {
  it('sets corrupted and foreign records aside, keeps them verbatim, and keeps the rest', async () => {
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
    expect([...snapshot.bookmark.keys()]).toEqual(['a'])
    const entries = [...snapshot.quarantine.values()]
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
    expect([...open(backend).getSnapshot().quarantine.values()]).toHaveLength(4)
    // Discarding (offered after an export) removes it for good.
    await store.discardQuarantine()
    expect(store.getSnapshot().quarantine.size).toBe(0)
    expect(backend.keys().filter((k) => k.includes('quarantine'))).toEqual([])
  })

  it('sets an unreadable schema version aside and starts', () => {
    const backend = memoryBackend({ [SCHEMA_KEY]: 'garbage' })
    const snapshot = open(backend).getSnapshot()
    expect([...snapshot.quarantine.values()][0]).toMatchObject({ key: SCHEMA_KEY, raw: 'garbage' })
    expect(JSON.parse(backend.get(SCHEMA_KEY)!)).toEqual({ version: SCHEMA_VERSION })
  })

  it('reads data from a newer version without changing anything', async () => {
    const newer = {
      [SCHEMA_KEY]: '{"version":99}',
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
    expect([...snapshot.bookmark.keys()]).toEqual(['a'])
    expect([...snapshot.quarantine.values()].map((e) => e.key)).toEqual(['roleboard:bookmark:b'])
    expect((await setBookmarked(store, 'c', true)).ok).toBe(false)
    expect(Object.fromEntries(backend.data)).toEqual(newer)
  })
})

describe('storage full', () => {
  it('refuses the change with a clear message and loses nothing stored', async () => {
    const backend = memoryBackend()
    const store = open(backend)
    await setBookmarked(store, 'a', true)
    await updateBookmark(store, 'a', { note: 'keep me' })
    backend.set = () => {
      throw quotaError()
    }
    const result = await updateBookmark(store, 'a', { note: 'new text' })
    expect(result).toEqual({ ok: false, message: NOTICE_MESSAGES.full })
    expect(store.getSnapshot().notices.map((n) => n.id)).toContain('write-failed')
    expect(store.getSnapshot().bookmark.get('a')?.note).toBe('keep me')
    expect((JSON.parse(backend.get('roleboard:bookmark:a')!) as Bookmark).note).toBe('keep me')
  })
})

describe('two tabs', () => {
  it('loses neither tab’s changes', async () => {
    const backend = memoryBackend()
    const tabA = open(backend)
    const tabB = open(backend)
    await setBookmarked(tabA, 'a', true)
    await setBookmarked(tabB, 'b', true)
    // Tab B edits a's note without having seen a's storage event yet.
    await updateBookmark(tabB, 'a', { note: 'from B' })
    await updateBookmark(tabA, 'a', { status: 'offer' })
    tabA.handleExternalChange('roleboard:bookmark:b')
    tabB.handleExternalChange('roleboard:bookmark:a')
    for (const tab of [tabA, tabB]) {
      expect([...tab.getSnapshot().bookmark.keys()].sort()).toEqual(['a', 'b'])
      expect(tab.getSnapshot().bookmark.get('a')).toMatchObject({ status: 'offer', note: 'from B' })
    }
  })

  it('picks up a storage clear made elsewhere', async () => {
    const backend = memoryBackend()
    const store = open(backend)
    await setHidden(store, 'a', true)
    backend.data.clear()
    store.handleExternalChange(null)
    expect(store.getSnapshot().hidden.size).toBe(0)
  })
})

describe('saved searches and pasted postings', () => {
  it('remembers what matched when a search was last opened', async () => {
    const store = open()
    const saved = await saveSearch(store, '  Remote Go ', 'stack=Go', ['a', 'b'])
    expect(saved.ok).toBe(true)
    if (!saved.ok) return
    expect(saved.search.name).toBe('Remote Go')
    await markSearchOpened(store, saved.search.id, ['a', 'b', 'c'])
    expect(store.getSnapshot().search.get(saved.search.id)?.seenIds).toEqual(['a', 'b', 'c'])
    expect((await saveSearch(store, '   ', '', [])).ok).toBe(false)
  })

  it('gives pasted postings ids no other posting has', async () => {
    expect(pastedIdFor(posting(), [])).toBe('pasted-acme-backend-engineer')
    expect(pastedIdFor(posting(), ['pasted-acme-backend-engineer'])).toBe(
      'pasted-acme-backend-engineer-2',
    )
    const store = open()
    const first = await addPasted(store, posting(), ['acme-backend-engineer'])
    const second = await addPasted(store, posting(), ['acme-backend-engineer'])
    expect(first).toEqual({ ok: true, id: 'pasted-acme-backend-engineer' })
    expect(second).toEqual({ ok: true, id: 'pasted-acme-backend-engineer-2' })
    expect(store.getSnapshot().pasted.size).toBe(2)
  })
})

describe('one note edited in two tabs', () => {
  it('keeps both tabs’ words when the stored note changed under a pending edit', async () => {
    const backend = memoryBackend()
    const tabA = open(backend)
    const tabB = open(backend)
    await updateBookmark(tabA, 'a', { note: 'Call Ana' })
    tabB.handleExternalChange('roleboard:bookmark:a')
    // Both start from "Call Ana"; A saves first, B has not seen A's write when it saves.
    expect(await updateBookmark(tabA, 'a', { note: 'Call Ana on Monday' }, 'Call Ana')).toEqual({
      ok: true,
    })
    const result = await updateBookmark(
      tabB,
      'a',
      { note: 'Call Ana, ask about visas' },
      'Call Ana',
    )
    expect(result).toEqual({ ok: true, merged: true })
    const note = open(backend).getSnapshot().bookmark.get('a')?.note
    expect(note).toBe(`Call Ana, ask about visas${CONFLICT_SEPARATOR}Call Ana on Monday`)
  })

  it('simply saves when nothing changed underneath', async () => {
    const store = open()
    await updateBookmark(store, 'a', { note: 'x' })
    expect(await updateBookmark(store, 'a', { note: 'xy' }, 'x')).toEqual({ ok: true })
    expect(store.getSnapshot().bookmark.get('a')?.note).toBe('xy')
  })
})
