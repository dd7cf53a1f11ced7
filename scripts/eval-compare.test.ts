import { describe, expect, it } from 'vitest'
import { makePosting } from '../src/model/posting-fixture.ts'
import { fieldValues, type Label } from './eval-compare.ts'

const label = (partial: Partial<Label>): Label => ({
  file: 'x.txt',
  company: null,
  title: 'Engineer',
  seniority: null,
  locations: [],
  workMode: null,
  officeDaysPerWeek: null,
  stack: [],
  ...partial,
})
const place = (city: string | null, country: string | null) => ({ city, region: null, country })
const same = ([a, b]: [string, string]) => a === b

describe('eval comparison', () => {
  it('takes a city by any of its names in its country as the same city', () => {
    const record = makePosting({
      id: 'a',
      locations: [place('Munich', 'DE'), place('Vienna', 'AT')],
    })
    const written = label({ locations: [place('München', 'DE'), place('Wien', 'AT')] })
    expect(same(fieldValues('cities', record, written))).toBe(true)
  })

  it('still tells different cities apart, and a name outside the gazetteer is compared as written', () => {
    const record = makePosting({ id: 'a', locations: [place('Munich', 'DE')] })
    expect(same(fieldValues('cities', record, label({ locations: [place('Berlin', 'DE')] })))).toBe(
      false,
    )
    const village = makePosting({ id: 'b', locations: [place('Klein Nirgendwo', 'DE')] })
    expect(
      same(fieldValues('cities', village, label({ locations: [place('Klein-Nirgendwo', 'DE')] }))),
    ).toBe(true)
    expect(
      same(fieldValues('cities', village, label({ locations: [place('Gross Nirgendwo', 'DE')] }))),
    ).toBe(false)
  })

  it('compares a company without its legal form, and a title without its gender tag', () => {
    const record = makePosting({ id: 'a', company: 'Rheinblick', title: 'Entwickler' })
    expect(same(fieldValues('company', record, label({ company: 'Rheinblick AG' })))).toBe(true)
    expect(same(fieldValues('company', record, label({ company: 'Rheinland AG' })))).toBe(false)
    expect(same(fieldValues('title', record, label({ title: 'Entwickler (m/w/d)' })))).toBe(true)
  })

  it('knows the legal forms the parser knows, in any of the countries it reads', () => {
    const company = (name: string, written: string) =>
      same(
        fieldValues(
          'company',
          makePosting({ id: 'a', company: name }),
          label({ company: written }),
        ),
      )
    expect(company('Lumo', 'Lumo Oy')).toBe(true)
    expect(company('Fjällräv', 'Fjällräv AB')).toBe(true)
    expect(company('Havblik', 'Havblik ApS')).toBe(true)
    expect(company('Kranich Cloud', 'Kranich Cloud UG (haftungsbeschränkt)')).toBe(true)
    expect(company('Merck', 'Merck KGaA')).toBe(true)
    expect(company('Thistle Works', 'Thistle Works Limited')).toBe(true)
    expect(company('Wierzba', 'Wierzba Sp. z o.o.')).toBe(true)
    expect(company('Acme', 'Acme, Inc.')).toBe(true)
    // Both sides lose the form, so a record that keeps it still matches.
    expect(company('Gabbiano Software S.r.l.', 'Gabbiano Software')).toBe(true)
    // A form inside a name is part of the name.
    expect(company('Ltd Brands', 'Brands')).toBe(false)
  })
})
