import { describe, expect, it } from 'vitest'
import { searchFreshness } from './search-freshness'

describe('searchFreshness', () => {
  it('counts matches and those not seen when the search was last opened', () => {
    const search = {
      id: 's',
      name: 'Go',
      query: 'stack=Go',
      createdAt: '2026-01-01T00:00:00.000Z',
      lastOpenedAt: '2026-01-02T00:00:00.000Z',
      seenIds: ['a', 'b', 'gone'],
    }
    expect(searchFreshness(search, ['a', 'b', 'c', 'd'])).toEqual({ matches: 4, newSinceOpened: 2 })
    expect(searchFreshness(search, [])).toEqual({ matches: 0, newSinceOpened: 0 })
  })
})
