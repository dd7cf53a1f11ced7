// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { COMPARE_STORAGE_KEY, SET_ASIDE_KEY, createCompareStore } from './compare-store'

beforeEach(() => localStorage.clear())

const makeStore = () => createCompareStore(() => localStorage)

describe('compare store', () => {
  it('adds, keeps order, and ignores a role already chosen', () => {
    const store = makeStore()
    expect(store.add('a', 'A')).toBe('added')
    expect(store.add('b', 'B')).toBe('added')
    expect(store.add('a', 'A')).toBe('already')
    expect(store.getSnapshot().ids).toEqual(['a', 'b'])
    expect(JSON.parse(localStorage.getItem(COMPARE_STORAGE_KEY)!)).toEqual({
      version: 1,
      ids: ['a', 'b'],
    })
  })

  it('refuses a fifth role with a message naming it, and clears the message on change', () => {
    const store = makeStore()
    for (const id of ['a', 'b', 'c', 'd']) store.add(id, id.toUpperCase())
    expect(store.add('e', 'Role E')).toBe('full')
    expect(store.getSnapshot().ids).toEqual(['a', 'b', 'c', 'd'])
    expect(store.getSnapshot().refusal).toBe(
      'You can compare up to 4 roles. Remove one from the tray to add “Role E”.',
    )
    store.remove('a')
    expect(store.getSnapshot().refusal).toBeNull()
    expect(store.add('e', 'Role E')).toBe('added')
  })

  it('returns the same snapshot while nothing changes', () => {
    const store = makeStore()
    store.add('a', 'A')
    expect(store.getSnapshot()).toBe(store.getSnapshot())
  })

  it('notifies subscribers, including for changes made in another tab', () => {
    const store = makeStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.add('a', 'A')
    expect(listener).toHaveBeenCalledTimes(1)
    localStorage.setItem(COMPARE_STORAGE_KEY, JSON.stringify({ version: 1, ids: ['x', 'y'] }))
    window.dispatchEvent(new StorageEvent('storage', { key: COMPARE_STORAGE_KEY }))
    expect(listener).toHaveBeenCalledTimes(2)
    expect(store.getSnapshot().ids).toEqual(['x', 'y'])
    unsubscribe()
    store.clear()
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('removes and clears', () => {
    const store = makeStore()
    store.add('a', 'A')
    store.add('b', 'B')
    store.remove('a')
    expect(store.getSnapshot().ids).toEqual(['b'])
    store.clear()
    expect(store.getSnapshot().ids).toEqual([])
    expect(localStorage.getItem(COMPARE_STORAGE_KEY)).toBeNull()
  })

  it.each([
    ['not json', '{oops'],
    ['another version', JSON.stringify({ version: 9, ids: ['a'] })],
    ['wrong shape', JSON.stringify({ version: 1, ids: [1, 2] })],
    ['null', 'null'],
  ])('reports an unreadable value (%s) and sets it aside instead of wiping it', (_, raw) => {
    localStorage.setItem(COMPARE_STORAGE_KEY, raw)
    const store = makeStore()
    expect(store.getSnapshot().ids).toEqual([])
    expect(store.getSnapshot().problem).toMatch(/could not be read/)
    store.add('a', 'A')
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe(raw)
    expect(store.getSnapshot().ids).toEqual(['a'])
    store.dismiss()
    expect(store.getSnapshot().problem).toBeNull()
  })

  it('sets an unreadable value aside when its note is dismissed', () => {
    localStorage.setItem(COMPARE_STORAGE_KEY, '{oops')
    const store = makeStore()
    expect(store.getSnapshot().problem).not.toBeNull()
    store.dismiss()
    expect(store.getSnapshot().problem).toBeNull()
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe('{oops')
  })

  it('keeps at most four ids and drops duplicates from a stored value', () => {
    localStorage.setItem(
      COMPARE_STORAGE_KEY,
      JSON.stringify({ version: 1, ids: ['a', 'a', 'b', 'c', 'd', 'e'] }),
    )
    expect(makeStore().getSnapshot().ids).toEqual(['a', 'b', 'c', 'd'])
  })

  it('keeps the choice in memory without storage', () => {
    const store = createCompareStore(() => null)
    expect(store.add('a', 'A')).toBe('added')
    expect(store.getSnapshot().ids).toEqual(['a'])
  })
})
