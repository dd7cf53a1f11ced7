import { describe, expect, it, vi } from 'vitest'
import { memoryBackend } from '@/storage/backend'
import { LEGACY_TRAY_KEY, recordKey } from '@/storage/schema'
import { createStore } from '@/storage/store'
import { createCompareStore } from './compare-store'

const setup = (initial: Record<string, string> = {}) => {
  const backend = memoryBackend(initial)
  const store = createStore({ backend })
  return { backend, store, compare: createCompareStore(() => store) }
}

describe('compare store', () => {
  it('adds, keeps order, and ignores a role already chosen; the tray is a store record', () => {
    const { backend, compare } = setup()
    expect(compare.add('a', 'A')).toBe('added')
    expect(compare.add('b', 'B')).toBe('added')
    expect(compare.add('a', 'A')).toBe('already')
    expect(compare.getSnapshot().ids).toEqual(['a', 'b'])
    expect(JSON.parse(backend.get(recordKey('tray', 'compare'))!)).toMatchObject({
      id: 'compare',
      ids: ['a', 'b'],
    })
  })

  it('refuses a fifth role with a message naming it, and clears the message on change', () => {
    const { compare } = setup()
    for (const id of ['a', 'b', 'c', 'd']) compare.add(id, id.toUpperCase())
    expect(compare.add('e', 'Role E')).toBe('full')
    expect(compare.getSnapshot().ids).toEqual(['a', 'b', 'c', 'd'])
    expect(compare.getSnapshot().refusal).toBe(
      'You can compare up to 4 roles. Remove one from the tray to add “Role E”.',
    )
    compare.remove('a')
    expect(compare.getSnapshot().refusal).toBeNull()
    expect(compare.add('e', 'Role E')).toBe('added')
  })

  it('returns the same snapshot while nothing changes', () => {
    const { compare } = setup()
    compare.add('a', 'A')
    expect(compare.getSnapshot()).toBe(compare.getSnapshot())
  })

  it('notifies subscribers, including for changes made in another tab', () => {
    const { backend, store, compare } = setup()
    const listener = vi.fn()
    const unsubscribe = compare.subscribe(listener)
    compare.add('a', 'A')
    expect(listener).toHaveBeenCalled()
    const calls = listener.mock.calls.length
    const key = recordKey('tray', 'compare')
    backend.set(
      key,
      JSON.stringify({ id: 'compare', ids: ['x', 'y'], updatedAt: '2026-01-01T00:00:00.000Z' }),
    )
    store.handleExternalChange(key)
    expect(listener.mock.calls.length).toBeGreaterThan(calls)
    expect(compare.getSnapshot().ids).toEqual(['x', 'y'])
    unsubscribe()
    const after = listener.mock.calls.length
    compare.clear()
    expect(listener.mock.calls.length).toBe(after)
  })

  it('adds to what another tab chose a moment ago, not to a stale copy', () => {
    const { backend, compare } = setup()
    compare.add('a', 'A')
    backend.set(
      recordKey('tray', 'compare'),
      JSON.stringify({ id: 'compare', ids: ['a', 'b'], updatedAt: '2026-01-01T00:00:00.000Z' }),
    )
    compare.add('c', 'C')
    expect(compare.getSnapshot().ids).toEqual(['a', 'b', 'c'])
  })

  it('removes and clears', () => {
    const { backend, compare } = setup()
    compare.add('a', 'A')
    compare.add('b', 'B')
    compare.remove('a')
    expect(compare.getSnapshot().ids).toEqual(['b'])
    compare.clear()
    expect(compare.getSnapshot().ids).toEqual([])
    expect(backend.get(recordKey('tray', 'compare'))).toBeNull()
  })

  it('carries the tray of an earlier version over, and sets aside one it cannot read', () => {
    const { backend, compare } = setup({
      [LEGACY_TRAY_KEY]: JSON.stringify({ version: 1, ids: ['a', 'b'] }),
    })
    expect(compare.getSnapshot().ids).toEqual(['a', 'b'])
    expect(backend.get(LEGACY_TRAY_KEY)).toBeNull()

    const broken = setup({ [LEGACY_TRAY_KEY]: '{"version":1,"ids":["a",' })
    expect(broken.compare.getSnapshot().ids).toEqual([])
    expect([...broken.store.getSnapshot().quarantine.values()]).toMatchObject([
      {
        key: LEGACY_TRAY_KEY,
        raw: '{"version":1,"ids":["a",',
        reason: 'compare tray: not valid JSON',
      },
    ])
  })
})
