// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reactRootPerTest } from '@/lib/react-root-fixture'
import type { PostingCard } from '@/model/board-files'
import { markSeen } from '@/storage/actions'
import { setAppStoreForTests } from '@/storage/app-store'
import { memoryBackend } from '@/storage/backend'
import { createStore, type Store } from '@/storage/store'
import { PostingBadges } from './posting-badges'

// Only its id is read.
const posting = { id: 'acme-backend-engineer', title: 'Backend Engineer' } as PostingCard
let store: Store
const view = reactRootPerTest()

beforeEach(() => {
  store = createStore({ backend: memoryBackend(), now: () => '2026-11-02T09:00:00.000Z' })
  setAppStoreForTests(store)
})
afterEach(() => {
  setAppStoreForTests(null)
})

const seen = () => view.container.textContent?.includes('Seen')

describe('PostingBadges', () => {
  it('on a card, marks the role seen as soon as it is', async () => {
    view.render(<PostingBadges posting={posting} />)
    expect(seen()).toBe(false)
    await act(() => markSeen(store, posting.id).then(() => undefined))
    expect(seen()).toBe(true)
  })

  it('on the role’s own page, marks it seen only for a visit before this one', async () => {
    view.render(<PostingBadges posting={posting} onItsPage />)
    // The page's own visit marks it seen: nothing appears beside the title.
    await act(() => markSeen(store, posting.id).then(() => undefined))
    expect(seen()).toBe(false)
    // Opened again later: seen before.
    view.render(<></>)
    view.render(<PostingBadges posting={posting} onItsPage />)
    expect(seen()).toBe(true)
  })
})
