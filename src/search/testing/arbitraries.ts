// fast-check generators shared by the search and URL tests (test-only module).
import fc from 'fast-check'
import { SORT_ORDERS, type FilterState } from '../../model/filters.ts'
import {
  emptySections,
  ROLE_FAMILIES,
  SENIORITIES,
  WORK_MODES,
  type Posting,
} from '../../model/posting.ts'

// Small pools so generated postings share values and facet counts exceed one.
export const STACKS = [
  'Go',
  'go',
  'PostgreSQL',
  'Postgres',
  'C++',
  'C#',
  'React',
  'Node.js',
  'Kraków DB',
]
export const COUNTRIES = ['ES', 'DE', 'GB', 'PL']
export const CITIES = ['Madrid', 'Berlin', 'London', 'Kraków', 'Krakow', 'Valencia']
export const COMPANIES = ['Acme', 'acme', 'Élan', 'Zeta', 'Beta Labs']
export const WORDS = [
  'post',
  'PostgreSQL',
  'kraków',
  'krakow',
  'c++',
  'c#',
  'node.js',
  'ship',
  'shipping',
  'Engineer',
  'ΟΔΟΣ',
  'odos',
  'ﬁle',
]

const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' '))

export const postingArb = (id: string): fc.Arbitrary<Posting> =>
  fc
    .record({
      company: fc.option(fc.constantFrom(...COMPANIES)),
      title: fc.constantFrom(
        'Backend Engineer',
        'Senior Go Developer',
        'Data Engineer',
        'Designer',
      ),
      team: fc.option(fc.constantFrom('Payments', 'Search')),
      roleFamily: fc.constantFrom(...ROLE_FAMILIES.slice(0, 4)),
      seniority: fc.option(fc.constantFrom(...SENIORITIES.slice(0, 4))),
      locations: fc.array(
        fc.record({
          city: fc.option(fc.constantFrom(...CITIES)),
          region: fc.constant(null),
          country: fc.option(fc.constantFrom(...COUNTRIES)),
        }),
        { maxLength: 3 },
      ),
      workMode: fc.option(fc.constantFrom(...WORK_MODES)),
      officeDaysPerWeek: fc.option(fc.integer({ min: 0, max: 5 })),
      stack: fc.uniqueArray(fc.constantFrom(...STACKS), { maxLength: 4 }),
      postedAt: fc.option(fc.constantFrom('2026-11-01', '2026-11-02', '2026-10-30')),
      text: words,
    })
    .map((r) => ({
      id,
      source: {},
      language: 'en',
      employmentType: null,
      remoteCountries: null,
      visaSponsorship: null,
      relocation: null,
      company: r.company,
      title: r.title,
      team: r.team,
      roleFamily: r.roleFamily,
      seniority: r.seniority,
      locations: r.locations,
      workMode: r.workMode,
      officeDaysPerWeek: r.officeDaysPerWeek,
      workPolicy: [],
      remoteRegions: [],
      stack: r.stack.map((name) => ({ name, category: 'other' as const })),
      spokenLanguages: [],
      salary: null,
      postedAt: r.postedAt,
      sections: { ...emptySections(), requirements: [r.text] },
      warnings: [],
    }))

export const boardArb: fc.Arbitrary<Posting[]> = fc
  .integer({ min: 0, max: 40 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => postingArb(`p-${i}`))))

// Mostly empty, so that sets covering most of a board (but not all of it) come up too.
const subset = <T>(items: readonly T[]) =>
  fc.oneof(
    { arbitrary: fc.constant<T[]>([]), weight: 3 },
    { arbitrary: fc.uniqueArray(fc.constantFrom(...items), { maxLength: 3 }), weight: 2 },
  )

/** Filters drawn from the same pools as the boards, plus values no posting has. */
export const filtersArb: fc.Arbitrary<FilterState> = fc.record({
  q: fc.oneof(
    fc.constant(''),
    words,
    fc.constantFrom('po', 'p', 'eng', 'krak', 'c', 'c+', 'odo', 'οδο', 'fi', '  ', '-'),
  ),
  stack: subset([...STACKS, 'Rust']),
  stackMode: fc.constantFrom('all' as const, 'any' as const),
  seniority: subset(SENIORITIES.slice(0, 5)),
  country: subset([...COUNTRIES, 'FR']),
  city: subset([...CITIES, 'Paris']),
  mode: subset(WORK_MODES),
  maxOfficeDays: fc.option(fc.integer({ min: 0, max: 5 })),
  company: subset([...COMPANIES, 'Nobody']),
  family: subset(ROLE_FAMILIES.slice(0, 5)),
  sort: fc.constantFrom(...SORT_ORDERS),
})
