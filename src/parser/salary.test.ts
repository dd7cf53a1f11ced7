import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { salaryCandidates, salaryIn } from './salary.ts'

const pay = (line: string) => salaryIn(line, false)?.value ?? null

describe('salary: formats', () => {
  it.each([
    ['Salary: €50.000–€65.000', { min: 50000, max: 65000, currency: 'EUR', period: 'year' }],
    ['Gehalt: 50 000 – 65 000 EUR', { min: 50000, max: 65000, currency: 'EUR', period: 'year' }],
    ['Salaire : 45k-60k € par an', { min: 45000, max: 60000, currency: 'EUR', period: 'year' }],
    [
      'Wynagrodzenie: PLN 15 000 - 20 000 brutto/mies.',
      { min: 15000, max: 20000, currency: 'PLN', period: 'month' },
    ],
    ['Salário: R$ 8.000 por mês', { min: 8000, max: 8000, currency: 'BRL', period: 'month' }],
    [
      'Compensation: £60,000 - £75,000 + equity',
      { min: 60000, max: 75000, currency: 'GBP', period: 'year' },
    ],
    ['Base pay $150K–$190K', { min: 150000, max: 190000, currency: 'USD', period: 'year' }],
    ['$126k-$154k CAD base', { min: 126000, max: 154000, currency: 'CAD', period: 'year' }],
    ['AUD $130k–$150k', { min: 130000, max: 150000, currency: 'AUD', period: 'year' }],
    [
      'The base pay range in Canada is CAD $120,000 - $150,000 per year.',
      { min: 120000, max: 150000, currency: 'CAD', period: 'year' },
    ],
    [
      'Stipendio: da 30.000 a 36.000 euro lordi annui',
      { min: 30000, max: 36000, currency: 'EUR', period: 'year' },
    ],
    [
      'Salaris: €4.000 tot €5.200 per maand',
      { min: 4000, max: 5200, currency: 'EUR', period: 'month' },
    ],
    [
      'Sueldo: USD 2.500 a 3.200 por mes',
      { min: 2500, max: 3200, currency: 'USD', period: 'month' },
    ],
    ['Stawka: 150 - 180 zł/h netto (B2B)', { min: 150, max: 180, currency: 'PLN', period: 'hour' }],
    ['Tagessatz: 700 € pro Tag', { min: 700, max: 700, currency: 'EUR', period: 'day' }],
    [
      'Pay: US $109,047 to US $169,455',
      { min: 109047, max: 169455, currency: 'USD', period: 'year' },
    ],
    ['Salary up to £70,000 per annum', { min: null, max: 70000, currency: 'GBP', period: 'year' }],
  ])('%s', (line, salary) => {
    expect(pay(line)).toEqual(salary)
  })

  it('keeps the raw slice the figure was read from', () => {
    expect(salaryIn('Salary: €50.000–€65.000 gross', false)?.raw).toBe('€50.000–€65.000')
  })
})

describe('salary: Indian figures', () => {
  it.each([
    // Lakh (100,000) per annum: the period is in the word, the rupee implied by it.
    ['CTC: ₹18 – 28 LPA', { min: 1800000, max: 2800000, currency: 'INR', period: 'year' }],
    ['CTC 6-10 LPA', { min: 600000, max: 1000000, currency: 'INR', period: 'year' }],
    ['Comp: ₹40L–₹70L base', { min: 4000000, max: 7000000, currency: 'INR', period: 'year' }],
    [
      'Salary: Rs. 12 - 18 lakhs per annum',
      { min: 1200000, max: 1800000, currency: 'INR', period: 'year' },
    ],
    // Indian digit grouping: 25,00,000 is twenty-five lakh, not twenty-five.
    [
      'Salary: INR 25,00,000 - 35,00,000 per annum',
      { min: 2500000, max: 3500000, currency: 'INR', period: 'year' },
    ],
    [
      'Compensation: ₹1.2 crore per annum',
      { min: 12000000, max: 12000000, currency: 'INR', period: 'year' },
    ],
    ['Salary: Rs 80,000 per month', { min: 80000, max: 80000, currency: 'INR', period: 'month' }],
  ])('%s', (line, salary) => {
    expect(pay(line)).toEqual(salary)
  })

  it('takes a yearly figure in millions of a small-unit currency at face value', () => {
    expect(pay('Salary: ¥8,000,000 - ¥12,000,000')).toEqual({
      min: 8000000,
      max: 12000000,
      currency: 'JPY',
      period: 'year',
    })
  })
})

describe('salary: never a company figure or a priced perk', () => {
  it.each([
    'We have processed $20B+ in payments for our customers.',
    'Last year we raised $50M from great investors.',
    'Our app reached 10M users and $5M ARR.',
    'Revenue grew to €40 million in 2024.',
    'A $1,500 yearly learning budget.',
    'Das Weiterbildungsbudget beträgt 2.000 € im Jahr.',
    'We serve a $7T insurance industry.',
    'Rejoignez une équipe de 40 personnes, levée de fonds de 12 M€.',
    'Revenue of about ₹21,450 crores in 2024.',
    'Health insurance of up to 7 lacs for you and your family, fully paid.',
    'Salary: a 5 L engine is not pay without a currency.',
  ])('%s', (line) => {
    expect(salaryCandidates(line)).toEqual([])
  })
})

describe('salary: a company-figure word counts in its own sentence only', () => {
  it('reads the rate after a sentence about processing data', () => {
    expect(pay('Help us port our Fortran post-processing to Rust. $90-110/hour.')).toEqual({
      min: 90,
      max: 110,
      currency: 'USD',
      period: 'hour',
    })
    expect(pay('We have processed $20B+ in payments.')).toBeNull()
  })
})

describe('salary: a code before a shared symbol', () => {
  it('keeps the code in the figure as written, so a place cannot make it another dollar', () => {
    expect(salaryIn('USD $176,000~$207,000', true)?.raw).toBe('USD $176,000~$207,000')
    const posting = parsePosting(
      'Senior Engineer\nNorthwind Freight\nUSD $176,000~$207,000 · Remote - Canada\n\nWe move freight across the Great Lakes.\n\nRequirements\n- Go\n',
    )
    if (!posting.ok) throw new Error(posting.error)
    expect(posting.posting.salary?.currency).toBe('USD')
  })
})

describe('a one-ended range on a line of its own', () => {
  const post = (line: string) =>
    `Backend Engineer\nAcme Labs\nLondon\n\nAcme Labs builds tools for freight brokers with Go and Postgres.\n\n${line}\n`
  const salary = (line: string) => {
    const result = parsePosting(post(line))
    if (!result.ok) throw new Error(result.error)
    return result.posting.salary
  }

  it('reads "Up to £85,000 + bonus" and "From $120k" as pay', () => {
    expect(salary('Up to £85,000 + bonus')).toEqual({
      min: null,
      max: 85000,
      currency: 'GBP',
      period: 'year',
    })
    expect(salary('From $120k')).toEqual({
      min: 120000,
      max: null,
      currency: 'USD',
      period: 'year',
    })
  })

  it('does not read a budget or a perk as pay', () => {
    expect(salary('Up to $1,000 learning budget')).toBeNull()
    expect(salary('We offer up to $20,000 relocation support for the right person.')).toBeNull()
  })
})

describe('salary: millions', () => {
  it('reads "¥9M - ¥13M" and "JPY 9M-13M" as millions of yen a year', () => {
    const yen = { min: 9_000_000, max: 13_000_000, currency: 'JPY', period: 'year' }
    expect(pay('Salary: ¥9M - ¥13M')).toEqual(yen)
    expect(pay('JPY 9M-13M')).toEqual(yen)
  })

  it('still reads no pay from a company figure in millions ("We raised $20M")', () => {
    expect(pay('We raised $20M in 2024')).toBeNull()
  })
})

describe('salary: each end with its period', () => {
  it('reads "$174,000/yr - $235,000/yr" and "$60/hr – $80/hr" as ranges', () => {
    expect(pay('💰 $174,000/yr - $235,000/yr')).toEqual({
      min: 174_000,
      max: 235_000,
      currency: 'USD',
      period: 'year',
    })
    expect(pay('Pay: $60/hr – $80/hr')).toEqual({
      min: 60,
      max: 80,
      currency: 'USD',
      period: 'hour',
    })
  })
})

describe('a yearly perk beside the pay', () => {
  it('is not the pay: "RAL 28.000 – 32.000 € + welfare aziendale 600 €/anno"', () => {
    const result = parsePosting(
      'Sviluppatore Java\n\nRAL: 28.000 – 32.000 € + buoni pasto + welfare aziendale 600 €/anno\n\nSviluppi gestionali in Java.',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.salary).toEqual({
      min: 28000,
      max: 32000,
      currency: 'EUR',
      period: 'year',
    })
  })
})
