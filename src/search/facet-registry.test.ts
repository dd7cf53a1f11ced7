import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from '../model/filters.ts'
import { makePosting } from '../model/posting-fixture.ts'
import { BOARD_PARAM_ORDER } from '../url/board-params.ts'
import { EXTRA_COLUMNS } from './columns.ts'
import { ANYWHERE, FACETS, facetDef, matchesSelection } from './facet-registry.ts'

const place = (country: string) => ({ city: null, region: null, country })

describe('the facet registry', () => {
  it('has one entry per facet, each a filter key, a URL parameter and a column', () => {
    const keys = FACETS.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) {
      expect(DEFAULT_FILTERS[key]).toEqual([])
      expect(BOARD_PARAM_ORDER).toContain(key)
      expect(EXTRA_COLUMNS as readonly string[]).not.toContain(key)
    }
  })

  it('says where a hire may live: the role’s countries plus those its remote statement opens', () => {
    const workFrom = facetDef('workFrom')
    const hybrid = makePosting({
      id: 'a',
      workMode: 'hybrid',
      locations: [place('DE')],
      remoteCountries: ['AT'],
    })
    expect(workFrom.values(hybrid)).toEqual(['DE', 'AT'])
    const onsite = makePosting({
      id: 'b',
      workMode: 'onsite',
      locations: [place('DE')],
      remoteCountries: ['AT'],
    })
    expect(workFrom.values(onsite)).toEqual(['DE'])
    const anywhere = makePosting({
      id: 'c',
      workMode: 'remote',
      locations: [place('US')],
      remoteCountries: 'anywhere',
    })
    expect(workFrom.values(anywhere)).toEqual([ANYWHERE])
    expect(matchesSelection(workFrom, [ANYWHERE], ['ES'], DEFAULT_FILTERS)).toBe(true)
    expect(matchesSelection(workFrom, ['DE', 'AT'], ['ES'], DEFAULT_FILTERS)).toBe(false)
    expect(matchesSelection(workFrom, ['DE', 'AT'], ['ES', 'AT'], DEFAULT_FILTERS)).toBe(true)
  })

  it('reads visa, relocation and employment type from the v2 fields; stack "all" is conjunctive', () => {
    const posting = makePosting({
      id: 'a',
      visaSponsorship: true,
      relocation: false,
      employmentType: 'contract',
    })
    expect(facetDef('visa').values(posting)).toEqual(['yes'])
    expect(facetDef('relocation').values(posting)).toEqual([])
    expect(facetDef('type').values(posting)).toEqual(['contract'])
    const stack = facetDef('stack')
    expect(matchesSelection(stack, ['Go'], ['Go', 'Rust'], DEFAULT_FILTERS)).toBe(false)
    expect(
      matchesSelection(stack, ['Go'], ['Go', 'Rust'], { ...DEFAULT_FILTERS, stackMode: 'any' }),
    ).toBe(true)
  })
})
