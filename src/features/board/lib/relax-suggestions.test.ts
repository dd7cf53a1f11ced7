import { describe, expect, it } from 'vitest'
import { activeFilterCount, clearFilters, DEFAULT_FILTERS } from '@/model/filters'
import type { Posting } from '@/model/posting'
import { makePosting } from '@/model/posting-fixture'
import { createSearchEngine } from '@/search/engine'
import { activeFilters } from '@/components/facets/facet-labels'
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
      ['Stack: Go', 1],
      ['Seniority: Junior', 1],
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

describe('active filters', () => {
  it('lists each active filter once, with the filters without it, and clears all but preferences', () => {
    const busy = {
      ...DEFAULT_FILTERS,
      q: 'x',
      stack: ['Go'],
      workFrom: ['ES'],
      maxOfficeDays: 2,
      minSalary: 60000,
      currency: 'GBP',
      posted: '7d' as const,
      visa: ['yes' as const],
      sort: 'title' as const,
    }
    const active = activeFilters(busy)
    expect(active.map((a) => a.label)).toEqual([
      'Search: “x”',
      'Stack: Go',
      'Work from: Spain',
      'At most 2 office days',
      'Pay from £60,000 a year',
      'Posted: past 7 days',
      'Visa sponsorship',
    ])
    expect(active[2]!.without).toEqual({ ...busy, workFrom: [] })
    expect(active[4]!.without).toEqual({ ...busy, minSalary: null })
    // The count the Filters button shows is the number of chips.
    expect(activeFilterCount(busy)).toBe(active.length)
    expect(clearFilters(busy)).toEqual({ ...DEFAULT_FILTERS, sort: 'title', currency: 'GBP' })
  })
})
