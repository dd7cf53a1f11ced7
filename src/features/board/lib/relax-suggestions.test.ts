import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from '@/model/filters'
import type { Posting } from '@/model/posting'
import { makePosting } from '@/model/posting-fixture'
import { createSearchEngine } from '@/search/engine'
import { activeFilterCount, clearFilters, toggleFacetValue } from './filter-updates'
import { relaxSuggestions } from './relax-suggestions'

const posting = (id: string, extra: Partial<Posting>): Posting =>
  makePosting({ company: 'Acme', title: `Engineer ${id}`, roleFamily: 'backend', ...extra, id })

const go = { name: 'Go', category: 'language' as const }
const python = { name: 'Python', category: 'language' as const }
const engine = createSearchEngine([
  posting('a', { stack: [go], seniority: 'senior' }),
  posting('b', { stack: [python], seniority: 'senior' }),
  posting('c', { stack: [python], seniority: 'junior' }),
])

describe('relax suggestions', () => {
  it('names each single filter whose removal brings results back, most results first', () => {
    const filters = { ...DEFAULT_FILTERS, stack: ['Go'], seniority: ['junior' as const] }
    expect(engine.search(filters).total).toBe(0)
    const suggestions = relaxSuggestions(engine, filters)
    expect(suggestions.map((s) => [s.label, s.total])).toEqual([
      ['Stack “Go”', 1],
      ['Seniority “junior”', 1],
    ])
    expect(engine.search(suggestions[0]!.filters).total).toBe(1)
  })

  it('offers "any" when matching all of several technologies leaves nothing', () => {
    const filters = { ...DEFAULT_FILTERS, stack: ['Go', 'Python'] }
    const labels = relaxSuggestions(engine, filters).map((s) => s.label)
    expect(labels).toContain('matching all of the stack (match any instead)')
  })

  it('says nothing when no single filter helps', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'rust', stack: ['Haskell'] }
    expect(relaxSuggestions(engine, filters)).toEqual([])
  })
})

describe('filter updates', () => {
  it('toggles facet values and clears every filter but the sort', () => {
    const on = toggleFacetValue(DEFAULT_FILTERS, 'stack', 'Go')
    expect(on.stack).toEqual(['Go'])
    expect(toggleFacetValue(on, 'stack', 'Go').stack).toEqual([])
    const busy = { ...on, q: 'x', maxOfficeDays: 2, sort: 'title' as const }
    expect(activeFilterCount(busy)).toBe(3)
    expect(clearFilters(busy)).toEqual({ ...DEFAULT_FILTERS, sort: 'title' })
  })
})
