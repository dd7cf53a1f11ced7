import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, type FilterState } from '../model/filters.ts'
import { emptySections, type Posting } from '../model/posting.ts'
import { makePosting } from '../model/posting-fixture.ts'
import { createSearchEngine } from './engine.ts'
import { createReferenceEngine } from './reference-engine.ts'
import type { FacetKey } from './types.ts'

const posting = (id: string, fields: Partial<Posting>): Posting =>
  makePosting({ roleFamily: 'backend', ...fields, id })

const stack = (...names: string[]) => names.map((name) => ({ name, category: 'other' as const }))
const place = (city: string | null, country: string) => ({ city, region: null, country })

const board: Posting[] = [
  posting('a', {
    title: 'Backend Engineer',
    company: 'Acme',
    stack: stack('Go', 'PostgreSQL'),
    workMode: 'hybrid',
    officeDaysPerWeek: 2,
    seniority: 'senior',
    locations: [place('Kraków', 'PL')],
    postedAt: '2026-11-02',
  }),
  posting('b', {
    title: 'Frontend Engineer',
    company: 'Zeta',
    roleFamily: 'frontend',
    stack: stack('React', 'TypeScript'),
    workMode: 'remote',
    seniority: 'mid',
    locations: [place(null, 'ES')],
    postedAt: '2026-11-05',
    sections: { ...emptySections(), requirements: ['You write C++ and C# daily'] },
  }),
  posting('c', {
    title: 'Data Engineer',
    company: 'Acme',
    roleFamily: 'data',
    stack: stack('Go', 'Python', 'PostgreSQL'),
    workMode: 'hybrid',
    officeDaysPerWeek: null,
    seniority: 'senior',
    locations: [place('Madrid', 'ES'), place('Barcelona', 'ES')],
  }),
  posting('d', {
    title: 'Platform Engineer',
    company: null,
    sections: { ...emptySections(), about: ['Our office is in Kraków.'] },
    stack: stack('Python'),
    workMode: 'onsite',
    officeDaysPerWeek: 5,
    locations: [place('Berlin', 'DE')],
    postedAt: '2026-10-01',
  }),
]

const filters = (f: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...f })
const ids = (f: Partial<FilterState>) =>
  createSearchEngine(board)
    .search(filters(f))
    .items.map((p) => p.id)
const facet = (key: FacetKey, f: Partial<FilterState>) =>
  createSearchEngine(board).search(filters(f)).facets[key]

describe.each([
  ['app engine', createSearchEngine],
  ['reference engine', createReferenceEngine],
])('%s semantics', (_name, create) => {
  const search = (f: Partial<FilterState>) => create(board).search(filters(f))

  it('matches every query term as the start of a word, ignoring case and accents', () => {
    expect(search({ q: 'post' }).items.map((p) => p.id)).toEqual(['a', 'c'])
    expect(search({ q: 'gresql' }).total).toBe(0)
    expect(search({ q: 'KRAKOW' }).items.map((p) => p.id)).toEqual(['d'])
    expect(search({ q: 'acme eng' }).items.map((p) => p.id)).toEqual(['a', 'c'])
    expect(search({ q: 'c++' }).items.map((p) => p.id)).toEqual(['b'])
    expect(search({ q: 'c#' }).items.map((p) => p.id)).toEqual(['b'])
  })

  it('ORs values within a facet, ANDs facets', () => {
    expect(search({ seniority: ['senior', 'mid'] }).total).toBe(3)
    expect(search({ seniority: ['senior'], country: ['ES'] }).items.map((p) => p.id)).toEqual(['c'])
  })

  it('stack "all" needs every technology; its counts say what adding one would leave', () => {
    const all = search({ stack: ['Go'], stackMode: 'all' })
    expect(all.items.map((p) => p.id).sort()).toEqual(['a', 'c'])
    expect(all.facets.stack).toEqual([
      { value: 'Go', count: 2 },
      { value: 'PostgreSQL', count: 2 },
      { value: 'Python', count: 1 },
    ])
    const any = search({ stack: ['Go', 'React'], stackMode: 'any' })
    expect(any.total).toBe(3)
    // "any" counts ignore the stack selection: what choosing that value too would add.
    expect(any.facets.stack.find((v) => v.value === 'Python')).toEqual({
      value: 'Python',
      count: 2,
    })
  })

  it('counts a facet over the other active filters', () => {
    const result = search({ country: ['ES'], mode: ['remote'] })
    expect(result.total).toBe(1)
    expect(result.facets.country).toEqual([{ value: 'ES', count: 1 }])
    expect(result.facets.mode).toEqual([
      { value: 'hybrid', count: 1 },
      { value: 'remote', count: 1 },
    ])
  })

  it('maxOfficeDays keeps remote roles and roles with known days within the limit', () => {
    expect(
      search({ maxOfficeDays: 2 })
        .items.map((p) => p.id)
        .sort(),
    ).toEqual(['a', 'b'])
    expect(
      search({ maxOfficeDays: 5 })
        .items.map((p) => p.id)
        .sort(),
    ).toEqual(['a', 'b', 'd'])
  })

  it('keeps selected values in their facet even when nothing has them', () => {
    const result = search({ stack: ['Rust'], company: ['Nobody'] })
    expect(result.total).toBe(0)
    expect(result.facets.stack).toEqual([{ value: 'Rust', count: 0 }])
    expect(result.facets.company).toContainEqual({ value: 'Nobody', count: 0 })
  })

  it('orders facet values by count, then name; a posting counts once per value', () => {
    const result = search({})
    expect(result.facets.country).toEqual([
      { value: 'ES', count: 2 },
      { value: 'DE', count: 1 },
      { value: 'PL', count: 1 },
    ])
    expect(result.facets.city.map((v) => v.value)).toEqual([
      'Barcelona',
      'Berlin',
      'Kraków',
      'Madrid',
    ])
  })

  it('sorts by newest (undated last), title, or company (none last)', () => {
    expect(search({}).items.map((p) => p.id)).toEqual(['b', 'a', 'd', 'c'])
    expect(search({ sort: 'title' }).items.map((p) => p.title)).toEqual([
      'Backend Engineer',
      'Data Engineer',
      'Frontend Engineer',
      'Platform Engineer',
    ])
    expect(search({ sort: 'company' }).items.map((p) => p.id)).toEqual(['a', 'c', 'b', 'd'])
  })
})

describe('createSearchEngine', () => {
  it('is the indexed engine and answers the same as the reference on this board', () => {
    expect(ids({ q: 'eng', sort: 'title' })).toEqual(['a', 'c', 'b', 'd'])
    expect(facet('stack', {})[0]).toEqual({ value: 'Go', count: 2 })
  })
})
