import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, type FilterState } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import { makePosting } from '../model/posting-fixture.ts'
import { createSearchEngine } from './engine.ts'
import { createReferenceEngine } from './reference-engine.ts'

const place = (country: string) => ({ city: null, region: null, country })
const pay = (
  min: number | null,
  max: number | null,
  currency: string,
  period: 'year' | 'month' | 'hour' = 'year',
) => ({ min, max, currency, period })
const stack = (...names: string[]) => names.map((name) => ({ name, category: 'other' as const }))

// Seven roles, written to make each filter and order tell them apart. Today is 2026-11-30.
const board: Posting[] = [
  makePosting({
    id: 'madrid-backend',
    title: 'Backend Engineer',
    company: 'Acme',
    locations: [place('ES')],
    workMode: 'hybrid',
    officeDaysPerWeek: 2,
    salary: pay(50_000, 65_000, 'EUR'),
    employmentType: 'full-time',
    postedAt: '2026-11-29',
    stack: stack('Go'),
  }),
  makePosting({
    id: 'remote-eu',
    title: 'Platform Engineer',
    company: 'Beta',
    locations: [place('DE')],
    workMode: 'remote',
    remoteCountries: ['DE', 'ES', 'FR'],
    salary: pay(null, 90_000, 'GBP'),
    employmentType: 'contract',
    postedAt: '2026-11-25',
    visaSponsorship: true,
  }),
  makePosting({
    id: 'remote-anywhere',
    title: 'Go Developer',
    company: 'Gamma',
    locations: [place('US')],
    workMode: 'remote',
    remoteCountries: 'anywhere',
    salary: pay(60, 70, 'USD', 'hour'),
    postedAt: '2026-11-10',
    relocation: true,
  }),
  makePosting({
    id: 'us-onsite',
    title: 'Data Engineer',
    company: 'Delta',
    locations: [place('US')],
    workMode: 'onsite',
    postedAt: '2026-09-01',
    visaSponsorship: true,
    relocation: true,
  }),
  // Undated: captured later first, then the fuller record; never A–Z.
  makePosting({
    id: 'undated-thin',
    title: '!!! Apply now',
    source: { capturedAt: '2026-11-20' },
  }),
  makePosting({
    id: 'undated-full',
    title: 'Site Reliability Engineer',
    company: 'Epsilon',
    seniority: 'senior',
    locations: [place('PT')],
    workMode: 'onsite',
    stack: stack('Kubernetes'),
    source: { capturedAt: '2026-11-20' },
  }),
  makePosting({
    id: 'undated-recent-capture',
    title: 'QA Engineer',
    source: { capturedAt: '2026-11-28' },
    salary: pay(30_000, null, 'XYZ'),
  }),
]

const today = { today: '2026-11-30' }
const f = (partial: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...partial })

describe.each([
  ['app engine', createSearchEngine],
  ['reference engine', createReferenceEngine],
])('%s: the v2 filters and orders', (_name, create) => {
  const engine = create(board)
  const ids = (partial: Partial<FilterState>) =>
    engine.search(f(partial), today).items.map((p) => p.id)
  const sorted = (partial: Partial<FilterState>) => ids(partial).sort()

  it('Work from: roles in the country plus remote roles open to it, anywhere included', () => {
    expect(sorted({ workFrom: ['ES'] })).toEqual(['madrid-backend', 'remote-anywhere', 'remote-eu'])
    expect(sorted({ workFrom: ['PT'] })).toEqual(['remote-anywhere', 'undated-full'])
    expect(sorted({ workFrom: ['JP'] })).toEqual(['remote-anywhere'])
    const counts = engine.search(f({}), today).facets.workFrom
    // Each country counts the roles open to anywhere too.
    expect(counts).toEqual([
      { value: 'ES', count: 3 },
      { value: 'DE', count: 2 },
      { value: 'FR', count: 2 },
      { value: 'PT', count: 2 },
      { value: 'US', count: 2 },
    ])
  })

  it('minimum pay compares yearly figures in the chosen currency; a switch keeps roles without pay', () => {
    // 65k EUR; 90k GBP ≈ 108.5k EUR; 70 USD an hour = 145.6k USD ≈ 140.1k EUR.
    expect(sorted({ minSalary: 65_000 })).toEqual([
      'madrid-backend',
      'remote-anywhere',
      'remote-eu',
    ])
    expect(sorted({ minSalary: 65_001 })).toEqual(['remote-anywhere', 'remote-eu'])
    expect(sorted({ minSalary: 90_000, currency: 'GBP' })).toEqual(['remote-anywhere', 'remote-eu'])
    expect(sorted({ minSalary: 140_000, currency: 'USD' })).toEqual(['remote-anywhere'])
    // Unconvertible pay (XYZ) counts as not stated.
    expect(sorted({ minSalary: 100_000, unstatedPay: true })).toEqual([
      'remote-anywhere',
      'remote-eu',
      'undated-full',
      'undated-recent-capture',
      'undated-thin',
      'us-onsite',
    ])
    expect(engine.search(f({ minSalary: 100_000 }), today).ranges.payStated).toBe(3)
  })

  it('Posted windows count from today; undated roles are in none', () => {
    expect(ids({ posted: '1d' })).toEqual(['madrid-backend'])
    expect(ids({ posted: '7d' })).toEqual(['madrid-backend', 'remote-eu'])
    expect(ids({ posted: '30d' })).toEqual(['madrid-backend', 'remote-eu', 'remote-anywhere'])
    expect(engine.search(f({ posted: '1d', mode: ['remote'] }), today).ranges.posted).toEqual({
      '1d': 0,
      '7d': 1,
      '30d': 2,
    })
  })

  it('employment type, visa sponsorship and relocation narrow to roles that state them', () => {
    expect(ids({ type: ['contract'] })).toEqual(['remote-eu'])
    expect(sorted({ visa: ['yes'] })).toEqual(['remote-eu', 'us-onsite'])
    expect(sorted({ visa: ['yes'], relocation: ['yes'] })).toEqual(['us-onsite'])
  })

  it('newest puts undated roles last: later captured, then fuller records first', () => {
    expect(ids({})).toEqual([
      'madrid-backend',
      'remote-eu',
      'remote-anywhere',
      'us-onsite',
      'undated-recent-capture',
      'undated-full',
      'undated-thin',
    ])
  })

  it('highest pay first, roles without a comparable figure last', () => {
    expect(ids({ sort: 'salary' }).slice(0, 3)).toEqual([
      'remote-anywhere',
      'remote-eu',
      'madrid-backend',
    ])
  })

  it('relevance (the default with a query) puts title matches before stack and text matches', () => {
    // "go" is Gamma's title and Acme's stack.
    expect(ids({ q: 'go' })).toEqual(['remote-anywhere', 'madrid-backend'])
    expect(ids({ q: 'go', sort: 'newest' })).toEqual(['madrid-backend', 'remote-anywhere'])
  })
})

describe.each([
  ['app engine', createSearchEngine],
  ['reference engine', createReferenceEngine],
])('%s: aliases and typos', (_name, create) => {
  const aliases = { golang: ['Go'], k8s: ['Kubernetes'] }
  const engine = create(board, aliases)
  const search = (q: string) => engine.search(f({ q }), today)

  it('finds a technology by its other names, and marks the name it stands for', () => {
    const golang = search('golang')
    expect(golang.items.map((p) => p.id)).toEqual(['madrid-backend'])
    expect(golang.highlight).toEqual(['go'])
    expect(search('k8s').items.map((p) => p.id)).toEqual(['undated-full'])
  })

  it('forgives one typo in a word of five letters or more that matches nothing as typed', () => {
    const typo = search('kubernets')
    expect(typo.items.map((p) => p.id)).toEqual(['undated-full'])
    expect(typo.highlight).toEqual(['kubernetes'])
    expect(search('enigneer').items.map((p) => p.id)).toEqual([
      'madrid-backend',
      'remote-eu',
      'us-onsite',
      'undated-recent-capture',
      'undated-full',
    ])
    // Short words are not guessed at; a word that matches as typed is not corrected.
    expect(search('gamm').total).toBe(1)
    expect(search('gmama').total).toBe(1)
    expect(search('delt').total).toBe(1)
    expect(search('dleta').total).toBe(1)
    expect(search('dlet').total).toBe(0)
  })
})
