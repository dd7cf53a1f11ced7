import { describe, expect, it } from 'vitest'
import { makePosting } from '@/model/posting-fixture'
import { emptySections } from '@/model/posting'
import { buildCompareRows, differingRows, type CompareCell, type CompareRow } from './compare-rows'

const now = new Date('2026-11-20T12:00:00Z')

const backend = makePosting({
  id: 'back-market-senior-backend-engineer-payout',
  company: 'Back Market',
  title: 'Senior Backend Engineer - Payout',
  team: 'Payout',
  roleFamily: 'backend',
  seniority: 'senior',
  locations: [{ city: 'Barcelona', region: 'Cataluña', country: 'ES' }],
  workMode: 'hybrid',
  officeDaysPerWeek: 3,
  workPolicy: ['Monday in office'],
  spokenLanguages: ['English'],
  postedAt: '2026-11-17',
  stack: [
    { name: 'Python', category: 'language' },
    { name: 'Go', category: 'language' },
    { name: 'Django', category: 'framework', note: 'being phased out' },
    { name: 'Kafka', category: 'messaging' },
    { name: 'Redis', category: 'database' },
  ],
  sections: {
    ...emptySections(),
    requirements: ['Python'],
    hiringProcess: ['Coding interview - 1hour', 'Values fit interview'],
  },
  warnings: ['salary not stated'],
})

const ml = makePosting({
  id: 'depop-senior-machine-learning-engineer',
  company: 'Depop',
  title: 'Senior Machine Learning Engineer',
  team: 'Ranking',
  roleFamily: 'ml',
  seniority: 'senior',
  locations: [{ city: null, region: null, country: 'GB' }],
  workMode: 'hybrid',
  spokenLanguages: ['English'],
  stack: [
    { name: 'Python', category: 'language' },
    { name: 'PyTorch', category: 'ml' },
    { name: 'Kafka', category: 'messaging' },
    { name: 'Redis', category: 'database' },
  ],
  sections: { ...emptySections(), requirements: ['python '] },
  warnings: ['salary not stated', 'office days not stated'],
})

const third = makePosting({
  id: 'acme-staff-engineer',
  company: 'Acme',
  title: 'Staff Engineer',
  seniority: 'staff',
  stack: [
    { name: 'python', category: 'language' },
    { name: 'Go', category: 'language' },
  ],
})

const row = (rows: CompareRow[], key: string) => {
  const found = rows.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`no row ${key}: ${rows.map((r) => r.key).join(', ')}`)
  return found
}

const texts = (cells: CompareCell[]) =>
  cells.map((cell) => (cell.kind === 'text' ? cell.text : `(${cell.kind})`))

describe('buildCompareRows', () => {
  const rows = buildCompareRows([backend, ml], now)

  it('has one cell per role, in the order given', () => {
    for (const r of rows) expect(r.cells).toHaveLength(2)
    expect(texts(row(rows, 'company').cells)).toEqual(['Back Market', 'Depop'])
    const reversed = buildCompareRows([ml, backend], now)
    expect(texts(row(reversed, 'company').cells)).toEqual(['Depop', 'Back Market'])
  })

  it('lists the fields people compare, in a stable order', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'company',
      'title',
      'team',
      'seniority',
      'location',
      'workMode',
      'officeDays',
      'workPolicy',
      'spokenLanguages',
      'employmentType',
      'salary',
      'remoteFrom',
      'visa',
      'relocation',
      'posted',
      'stack:language',
      'stack:framework',
      'stack:database',
      'stack:messaging',
      'stack:ml',
      'responsibilities',
      'requirements',
      'benefits',
      'hiringProcess',
      'warning:0',
      'warning:1',
    ])
  })

  it('marks fields where the roles agree', () => {
    expect(row(rows, 'seniority').allSame).toBe(true)
    expect(row(rows, 'workMode').allSame).toBe(true)
    expect(row(rows, 'spokenLanguages').allSame).toBe(true)
    expect(row(rows, 'company').allSame).toBe(false)
    expect(row(rows, 'location').allSame).toBe(false)
    expect(row(rows, 'officeDays').allSame).toBe(false)
  })

  it('treats "not stated" everywhere as agreement, and one stated value as a difference', () => {
    expect(row(rows, 'salary').allSame).toBe(true)
    expect(texts(row(rows, 'salary').cells)).toEqual([null, null])
    expect(row(rows, 'posted').allSame).toBe(false)
    expect(texts(row(rows, 'posted').cells)).toEqual(['3 days ago', null])
  })

  it('ignores case and spacing when comparing text and lists', () => {
    expect(row(rows, 'requirements').allSame).toBe(true)
    expect(row(rows, 'responsibilities').allSame).toBe(true)
  })

  it('words values for people', () => {
    expect(texts(row(rows, 'location').cells)).toEqual([
      'Barcelona, Cataluña, Spain',
      'United Kingdom',
    ])
    expect(texts(row(rows, 'officeDays').cells)).toEqual(['3 office days a week', null])
    expect(texts(row(rows, 'seniority').cells)).toEqual(['Senior', 'Senior'])
  })

  it('splits the stack into shared by all and unique to one role', () => {
    const languages = row(rows, 'stack:language')
    expect(languages.label).toBe('Stack: Languages')
    expect(languages.allSame).toBe(false)
    expect(languages.cells[0]).toEqual({
      kind: 'stack',
      items: [
        { name: 'Python', share: 'all' },
        { name: 'Go', share: 'one' },
      ],
    })
    expect(languages.cells[1]).toEqual({ kind: 'stack', items: [{ name: 'Python', share: 'all' }] })
    expect(row(rows, 'stack:messaging').allSame).toBe(true)
    expect(row(rows, 'stack:ml').cells).toEqual([
      { kind: 'stack', items: [] },
      { kind: 'stack', items: [{ name: 'PyTorch', share: 'one' }] },
    ])
  })

  it('keeps the note of a technology', () => {
    expect(row(rows, 'stack:framework').cells[0]).toEqual({
      kind: 'stack',
      items: [{ name: 'Django', note: 'being phased out', share: 'one' }],
    })
  })

  it('marks technologies held by some but not all of three roles', () => {
    const three = buildCompareRows([backend, ml, third], now)
    const languages = row(three, 'stack:language')
    expect(languages.cells[0]).toEqual({
      kind: 'stack',
      items: [
        { name: 'Python', share: 'all' },
        { name: 'Go', share: 'some' },
      ],
    })
    expect(row(three, 'stack:database').cells[2]).toEqual({ kind: 'stack', items: [] })
    expect(row(three, 'stack:database').cells[0]).toEqual({
      kind: 'stack',
      items: [{ name: 'Redis', share: 'some' }],
    })
  })

  it('counts a technology once per role even when listed twice', () => {
    const twice = makePosting({
      id: 'twice',
      stack: [
        { name: 'Python', category: 'language' },
        { name: 'Python', category: 'language' },
      ],
    })
    const once = makePosting({ id: 'once', stack: [{ name: 'Python', category: 'language' }] })
    const languages = row(buildCompareRows([twice, once], now), 'stack:language')
    expect(languages.allSame).toBe(true)
    expect(languages.cells[0]).toEqual({ kind: 'stack', items: [{ name: 'Python', share: 'all' }] })
  })

  it('leaves out stack categories no role uses', () => {
    expect(rows.some((r) => r.key === 'stack:cloud')).toBe(false)
  })

  it('summarises the hiring process with its interview time', () => {
    const hiring = row(rows, 'hiringProcess')
    expect(hiring.allSame).toBe(false)
    const cell = hiring.cells[0]
    expect(cell?.kind).toBe('hiring')
    if (cell?.kind === 'hiring') {
      expect(cell.summary.knownMinutes).toBe(60)
      expect(cell.summary.unknownCount).toBe(1)
    }
  })

  it('has a row for each distinct parser warning, saying which roles have it', () => {
    const shared = row(rows, 'warning:0')
    expect(shared.label).toBe('Parser warning 1')
    expect(shared.allSame).toBe(true)
    expect(shared.cells.map((c) => c.kind === 'warning' && c.present)).toEqual([true, true])
    const own = row(rows, 'warning:1')
    expect(own.allSame).toBe(false)
    expect(own.cells).toEqual([
      { kind: 'warning', text: 'office days not stated', present: false },
      { kind: 'warning', text: 'office days not stated', present: true },
    ])
  })

  it('marks rows no role states, and "Only differences" hides them', () => {
    expect(row(rows, 'salary').unstated).toBe(true)
    expect(row(rows, 'visa').unstated).toBe(true)
    expect(row(rows, 'benefits').unstated).toBe(true)
    expect(row(rows, 'officeDays').unstated).toBe(false)
    expect(row(rows, 'stack:ml').unstated).toBe(false)
    const keys = differingRows(rows).map((r) => r.key)
    expect(keys).not.toContain('salary')
    expect(keys).not.toContain('remoteFrom')
    expect(keys).not.toContain('benefits')
  })

  it('has pay, remote eligibility, visa and relocation rows in words', () => {
    const paid = makePosting({
      id: 'paid',
      employmentType: 'contract',
      salary: { min: 60_000, max: 80_000, currency: 'EUR', period: 'year' },
      remoteCountries: ['ES', 'PT'],
      remoteRegions: ['Iberia'],
      visaSponsorship: true,
      relocation: false,
    })
    const anywhere = makePosting({ id: 'anywhere', remoteCountries: 'anywhere' })
    const emea = makePosting({
      id: 'emea',
      remoteCountries: ['DE', 'FR', 'ES', 'PT', 'IT', 'NL'],
      remoteRegions: ['EMEA'],
    })
    const unresolved = makePosting({ id: 'unresolved', remoteRegions: ['Nordics'] })
    const four = buildCompareRows([paid, anywhere, emea, unresolved], now)
    expect(row(four, 'salary').label).toBe('Pay')
    expect(texts(row(four, 'salary').cells)).toEqual(['€60,000–€80,000 a year', null, null, null])
    expect(texts(row(four, 'employmentType').cells)).toEqual(['Contract', null, null, null])
    expect(texts(row(four, 'remoteFrom').cells)).toEqual([
      'Spain, Portugal',
      'Anywhere',
      'EMEA (6 countries)',
      'Nordics',
    ])
    expect(texts(row(four, 'visa').cells)).toEqual(['Yes', null, null, null])
    expect(texts(row(four, 'relocation').cells)).toEqual(['No', null, null, null])
    expect(row(four, 'remoteFrom').allSame).toBe(false)
  })

  it('counts remote eligibility the same when the countries are, however the regions are worded', () => {
    const a = makePosting({ id: 'a', remoteCountries: ['PT', 'ES'], remoteRegions: ['Iberia'] })
    const b = makePosting({ id: 'b', remoteCountries: ['ES', 'PT'], remoteRegions: [] })
    expect(row(buildCompareRows([a, b], now), 'remoteFrom').allSame).toBe(true)
  })

  it('marks long sections to be folded to their first lines', () => {
    const long = makePosting({
      id: 'long',
      sections: { ...emptySections(), requirements: ['a', 'b', 'c', 'd'], benefits: ['x'] },
    })
    const wordy = makePosting({
      id: 'wordy',
      sections: { ...emptySections(), benefits: ['word '.repeat(40)] },
    })
    const folded = buildCompareRows([long, wordy], now)
    expect(row(folded, 'requirements').long).toBe(true)
    expect(row(folded, 'benefits').long).toBe(true)
    expect(row(folded, 'responsibilities').long).toBe(false)
    expect(row(folded, 'company').long).toBe(false)
    expect(row(rows, 'requirements').long).toBe(false)
  })

  it('finds every field the same when a role is compared with itself', () => {
    const same = buildCompareRows([backend, { ...backend, id: 'copy' }], now)
    expect(differingRows(same)).toEqual([])
  })

  it('"Only differences" keeps exactly the rows where the roles disagree', () => {
    const keys = differingRows(rows).map((r) => r.key)
    expect(keys).toContain('company')
    expect(keys).toContain('stack:language')
    expect(keys).not.toContain('seniority')
    expect(keys).not.toContain('stack:messaging')
    expect(keys).not.toContain('warning:0')
  })
})
