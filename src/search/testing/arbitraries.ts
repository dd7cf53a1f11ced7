// fast-check generators shared by the search and URL tests (test-only module).
import fc from 'fast-check'
import { POSTED_WINDOWS, SORT_ORDERS, type FilterState } from '../../model/filters.ts'
import {
  emptySections,
  EMPLOYMENT_TYPES,
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
      capturedAt: fc.option(fc.constantFrom('2026-11-03', '2026-11-04')),
      employmentType: fc.option(fc.constantFrom(...EMPLOYMENT_TYPES.slice(0, 3))),
      remoteCountries: fc.option(
        fc.oneof(
          fc.constant('anywhere' as const),
          fc.uniqueArray(fc.constantFrom(...COUNTRIES, 'FR'), { maxLength: 2 }),
        ),
      ),
      visaSponsorship: fc.option(fc.boolean()),
      relocation: fc.option(fc.boolean()),
      salary: fc.option(
        fc.record({
          min: fc.option(fc.constantFrom(40_000, 60_000, 5_000, 50)),
          max: fc.option(fc.constantFrom(60_000, 90_000, 7_000, 80)),
          currency: fc.constantFrom('EUR', 'USD', 'GBP', 'XYZ'),
          period: fc.constantFrom('year' as const, 'month' as const, 'hour' as const),
        }),
      ),
      text: words,
    })
    .map((r) => ({
      id,
      source: r.capturedAt ? { capturedAt: r.capturedAt } : {},
      language: 'en',
      employmentType: r.employmentType,
      remoteCountries: r.remoteCountries,
      visaSponsorship: r.visaSponsorship,
      relocation: r.relocation,
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
      salary: r.salary,
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
    // Aliases (TEST_ALIASES) and words with one typo.
    fc.constantFrom('golang', 'js', 'k8s', 'enginer', 'postgers', 'desinger', 'backedn eng'),
  ),
  stack: subset([...STACKS, 'Rust']),
  stackMode: fc.constantFrom('all' as const, 'any' as const),
  seniority: subset(SENIORITIES.slice(0, 5)),
  country: subset([...COUNTRIES, 'FR']),
  city: subset([...CITIES, 'Paris']),
  workFrom: subset([...COUNTRIES, 'FR', 'IT']),
  mode: subset(WORK_MODES),
  maxOfficeDays: fc.option(fc.integer({ min: 0, max: 5 })),
  minSalary: fc.option(fc.constantFrom(50_000, 60_000, 100_000, 1)),
  currency: fc.constantFrom('EUR', 'USD', 'GBP'),
  unstatedPay: fc.boolean(),
  posted: fc.option(fc.constantFrom(...POSTED_WINDOWS)),
  type: subset(EMPLOYMENT_TYPES.slice(0, 4)),
  visa: subset(['yes' as const]),
  relocation: subset(['yes' as const]),
  company: subset([...COMPANIES, 'Nobody']),
  family: subset(ROLE_FAMILIES.slice(0, 5)),
  sort: fc.option(fc.constantFrom(...SORT_ORDERS)),
})

/** Stack aliases for the engines under test, as the build ships them (stack-aliases.ts). */
export const TEST_ALIASES = { golang: ['Go'], js: ['Node.js'], k8s: ['Kubernetes'] }
