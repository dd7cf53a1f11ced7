import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PAY_FILTER_CURRENCIES } from '../model/exchange-rates.ts'
import { DEFAULT_FILTERS, POSTED_WINDOWS, SORT_ORDERS, type FilterState } from '../model/filters.ts'
import { EMPLOYMENT_TYPES, ROLE_FAMILIES, SENIORITIES, WORK_MODES } from '../model/posting.ts'
import { boardParamsToString, parseBoardParams } from './board-params.ts'
import { MAX_NOTES } from './notes.ts'

const text = fc.string({ unit: 'grapheme', maxLength: 12 })
const trimmedText = text.map((s) => s.trim()).filter((s) => s !== '')
const sortedUnique = <T extends string>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { maxLength: 4 }).map((values) => [...values].sort())

/** Filters already in canonical form: what the board holds after reading any address. */
const canonicalFilters: fc.Arbitrary<FilterState> = fc.record({
  q: text.map((s) => s.trim()),
  stack: sortedUnique(trimmedText),
  stackMode: fc.constantFrom('all' as const, 'any' as const),
  seniority: sortedUnique(fc.constantFrom(...SENIORITIES)),
  country: sortedUnique(fc.stringMatching(/^[A-Z]{2}$/)),
  city: sortedUnique(trimmedText),
  workFrom: sortedUnique(fc.stringMatching(/^[A-Z]{2}$/)),
  mode: sortedUnique(fc.constantFrom(...WORK_MODES)),
  maxOfficeDays: fc.option(fc.integer({ min: 0, max: 5 })),
  minSalary: fc.option(fc.integer({ min: 1, max: 100_000_000 })),
  currency: fc.constantFrom(...PAY_FILTER_CURRENCIES),
  unstatedPay: fc.boolean(),
  posted: fc.option(fc.constantFrom(...POSTED_WINDOWS)),
  type: sortedUnique(fc.constantFrom(...EMPLOYMENT_TYPES)),
  visa: fc.constantFrom([], ['yes' as const]),
  relocation: fc.constantFrom([], ['yes' as const]),
  company: sortedUnique(trimmedText),
  family: sortedUnique(fc.constantFrom(...ROLE_FAMILIES)),
  sort: fc.option(fc.constantFrom(...SORT_ORDERS)),
})

/** Query strings built from the board's own keys with good and bad values, and noise. */
const queryString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom('q', 'stack', 'stackMode', 'seniority', 'country', 'city', 'mode'),
          fc.constantFrom('maxOfficeDays', 'company', 'family', 'sort', 'Sort', 'x', ''),
          fc.string({ maxLength: 4 }),
        ),
        fc.oneof(
          fc.constantFrom('all', 'ANY', 'senior', 'Remote', 'es', 'ESP', '3', '9', '-1', '2.5'),
          fc.constantFrom('title', 'newest', '%', '%E0%A4%A', '%zz', '+', ' ', '', 'a&b=c'),
          fc.string({ unit: 'grapheme', maxLength: 8 }),
        ),
      ),
      { maxLength: 8 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
)

describe('board URL codec', () => {
  it('reads back exactly the filters it wrote, without notes', () => {
    fc.assert(
      fc.property(canonicalFilters, (filters) => {
        expect(parseBoardParams(boardParamsToString(filters))).toEqual({
          value: filters,
          notes: [],
        })
      }),
      { numRuns: 1000 },
    )
  }, 30_000)

  it('never throws on any input, and writing what it read is a canonical fixed point', () => {
    fc.assert(
      fc.property(queryString, (input) => {
        const once = boardParamsToString(parseBoardParams(input).value)
        const again = parseBoardParams(once)
        expect(again.notes).toEqual([])
        expect(boardParamsToString(again.value)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  }, 30_000)

  it('keeps canonical URLs as they are, in the documented order', () => {
    const url =
      'q=platform+engineer&stack=Go&stack=PostgreSQL&stackMode=any&seniority=senior&country=ES&city=Madrid&mode=hybrid&mode=remote&maxOfficeDays=2&company=Acme&family=backend&sort=title'
    const parsed = parseBoardParams(url)
    expect(parsed.notes).toEqual([])
    expect(boardParamsToString(parsed.value)).toBe(url)
  })

  it('writes nothing for the defaults', () => {
    expect(boardParamsToString(DEFAULT_FILTERS)).toBe('')
    expect(parseBoardParams('')).toEqual({ value: DEFAULT_FILTERS, notes: [] })
  })

  it('canonicalises order, case of fixed vocabularies, repeats and spaces', () => {
    const parsed = parseBoardParams(
      'sort=Title&stack=Rust&mode=REMOTE&stack=+Go+&stack=Rust&country=es&q=+a+b+',
    )
    expect(parsed.notes).toEqual([])
    expect(boardParamsToString(parsed.value)).toBe(
      'q=a+b&stack=Go&stack=Rust&country=ES&mode=remote&sort=title',
    )
  })

  it('explains in sentences what it ignored', () => {
    const { value, notes } = parseBoardParams(
      'utm_source=x&seniority=boss&country=Spain&maxOfficeDays=9&stackMode=some&sort=cheapest&stack=&sort=title',
    )
    expect(value).toEqual(DEFAULT_FILTERS)
    expect(notes).toEqual([
      'Ignored the unknown parameter “utm_source”.',
      'Ignored an empty “stack” value.',
      'Ignored seniority “boss”: use intern, junior, mid, senior, staff, principal, lead, manager, director or executive.',
      'Ignored country “Spain”: use a two-letter country code such as ES.',
      'Ignored stackMode “some”: use “all” (every technology) or “any” (at least one).',
      'Ignored maxOfficeDays “9”: use a whole number from 0 to 5.',
      'Used the first “sort” value and ignored the other.',
      'Ignored sort “cheapest”: use relevance, newest, salary, title or company.',
    ])
  })

  it('reads the pay, date, type, visa, relocation and work-from filters', () => {
    const url =
      'q=go&country=DE&workFrom=ES&workFrom=PT&minSalary=60000&currency=GBP&unstatedPay=include&posted=7d&type=contract&type=full-time&visa=yes&relocation=yes&sort=salary'
    const parsed = parseBoardParams(url)
    expect(parsed.notes).toEqual([])
    expect(parsed.value).toEqual({
      ...DEFAULT_FILTERS,
      q: 'go',
      country: ['DE'],
      workFrom: ['ES', 'PT'],
      minSalary: 60000,
      currency: 'GBP',
      unstatedPay: true,
      posted: '7d',
      type: ['contract', 'full-time'],
      visa: ['yes'],
      relocation: ['yes'],
      sort: 'salary',
    })
    expect(boardParamsToString(parsed.value)).toBe(url)
    // Case and order are canonicalised like the other parameters.
    expect(
      boardParamsToString(
        parseBoardParams('visa=YES&workFrom=pt&posted=7D&currency=gbp&workFrom=es').value,
      ),
    ).toBe('workFrom=ES&workFrom=PT&currency=GBP&posted=7d&visa=yes')
  })

  it('explains bad pay, date and work-from values', () => {
    const { value, notes } = parseBoardParams(
      'minSalary=60k&currency=DOGE&posted=2w&visa=no&workFrom=Spain&unstatedPay=1',
    )
    expect(value).toEqual(DEFAULT_FILTERS)
    expect(notes).toEqual([
      'Ignored workFrom “Spain”: use a two-letter country code such as ES.',
      'Ignored visa “no”: use yes.',
      'Ignored minSalary “60k”: use a yearly amount in whole units, such as 60000.',
      expect.stringMatching(/^Ignored currency “DOGE”: use one of AUD, .*USD, ZAR\.$/),
      'Ignored unstatedPay “1”: use include.',
      'Ignored posted “2w”: use 1d, 7d or 30d.',
    ])
  })

  it('keeps notes short for huge or hostile addresses', () => {
    const huge = Array.from(
      { length: 5000 },
      (_, i) => `k${i}=${'v'.repeat(50)}&seniority=${'x'.repeat(i % 200)}`,
    ).join('&')
    const { notes } = parseBoardParams(huge + '&q=%E0%A4%A&q=%')
    expect(notes.length).toBe(MAX_NOTES + 1)
    expect(notes[0]).toBe('Ignored 5000 unknown parameters: “k0”, “k1”, “k2” and 4997 more.')
    expect(notes.at(-1)).toMatch(/^\d+ more problems in the address were ignored too\.$/)
    for (const note of notes) expect(note.length).toBeLessThan(200)
  })

  it('ignores a value with a broken %-escape with a note, instead of decoding it to “�”', () => {
    expect(parseBoardParams('?q=caf%E9&stack=Go&city=%zz&%E0=1')).toEqual({
      value: { ...DEFAULT_FILTERS, stack: ['Go'] },
      notes: [
        'Ignored q “caf%E9”: it has a broken %-escape.',
        'Ignored city “%zz”: it has a broken %-escape.',
        'Ignored the parameter “%E0”: its name has a broken %-escape.',
      ],
    })
    expect(parseBoardParams('?q=caf%C3%A9+bar').value.q).toBe('café bar')
  })
})
