// @vitest-environment jsdom
import { act } from 'react'
import { reactRootPerTest } from '@/lib/react-root-fixture'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setBookmarked } from '@/storage/actions'
import { setAppStoreForTests } from '@/storage/app-store'
import { memoryBackend } from '@/storage/backend'
import { createStore, type Store } from '@/storage/store'
import { CardTracker } from './card-tracker'
import { TrackerPanel } from './tracker-panel'

const posting = { id: 'acme-backend-engineer', title: 'Backend Engineer' }
let times: string[]
let store: Store
const view = reactRootPerTest()

beforeEach(() => {
  times = ['2026-11-02T09:00:00.000Z', '2026-11-05T16:30:00.000Z']
  store = createStore({ backend: memoryBackend(), now: () => times[0]! })
  setAppStoreForTests(store)
})
afterEach(() => {
  setAppStoreForTests(null)
})

const select = () => view.container.querySelector('select')!
async function choose(value: string) {
  // A promise to act: React applies what the store's write settles before it returns.
  await act(() => {
    select().value = value
    select().dispatchEvent(new Event('change', { bubbles: true }))
    return Promise.resolve()
  })
}

describe('CardTracker', () => {
  it('shows nothing for a role that is not bookmarked', () => {
    view.render(<CardTracker posting={posting} />)
    expect(view.container.innerHTML).toBe('')
  })

  it('names its status select after the role and dates a new status', async () => {
    await setBookmarked(store, posting.id, true)
    view.render(<CardTracker posting={posting} />)
    const label = view.container.querySelector(`label[for="${select().id}"]`)
    expect(label?.textContent).toBe('Status of Backend Engineer')
    expect(select().value).toBe('saved')
    expect(view.container.querySelector('button')?.getAttribute('aria-label')).toBe(
      'Add a note on Backend Engineer',
    )
    times.shift()
    await choose('interviewing')
    expect(store.getSnapshot().bookmark.get(posting.id)?.statusHistory).toEqual([
      { status: 'saved', at: '2026-11-02T09:00:00.000Z' },
      { status: 'interviewing', at: '2026-11-05T16:30:00.000Z' },
    ])
    expect(select().value).toBe('interviewing')
  })
})

describe('TrackerPanel', () => {
  it('starts "Not tracked"; choosing a status bookmarks the role and says since when', async () => {
    view.render(<TrackerPanel posting={posting} />)
    expect(select().value).toBe('')
    expect(view.container.textContent).toContain('Choose a status')
    await choose('applied')
    expect(store.getSnapshot().bookmark.get(posting.id)?.status).toBe('applied')
    expect(view.container.textContent).toContain('Applied since 2 Nov 2026')
    // "Not tracked" is no longer offered: removing a bookmark is its own button.
    expect([...select().options].map((o) => o.value)).toEqual([
      'saved',
      'applied',
      'interviewing',
      'offer',
      'rejected',
    ])
  })
})
