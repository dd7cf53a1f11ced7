import { describe, expect, it } from 'vitest'
import { LEGAL_FORM_IN_PROSE, withoutLegalForm } from './legal-form.ts'

describe('withoutLegalForm', () => {
  it('takes the legal form off the end of a name, in the countries postings come from', () => {
    expect(withoutLegalForm('Amselfeld Systeme GmbH')).toBe('Amselfeld Systeme')
    expect(withoutLegalForm('Kranich Cloud GmbH & Co. KG')).toBe('Kranich Cloud')
    expect(withoutLegalForm('Rübenhof UG (haftungsbeschränkt)')).toBe('Rübenhof')
    expect(withoutLegalForm('Lindgrün Energie eG')).toBe('Lindgrün Energie')
    expect(withoutLegalForm('Pivoine Studio SAS')).toBe('Pivoine Studio')
    expect(withoutLegalForm('Cardo Soluciones, S.L.')).toBe('Cardo Soluciones')
    expect(withoutLegalForm('Gabbiano Software S.r.l.')).toBe('Gabbiano Software')
    expect(withoutLegalForm('Koudwerk B.V.')).toBe('Koudwerk')
    expect(withoutLegalForm('Rannaliiv Tarkvara OÜ')).toBe('Rannaliiv Tarkvara')
    expect(withoutLegalForm('Gintaras Data UAB')).toBe('Gintaras Data')
    expect(withoutLegalForm('Vltava Systems s.r.o.')).toBe('Vltava Systems')
    expect(withoutLegalForm('Brasa Digital, Unipessoal Lda.')).toBe('Brasa Digital')
    expect(withoutLegalForm('Léman Code Sàrl')).toBe('Léman Code')
    expect(withoutLegalForm('Żuraw Systemy Sp. z o.o.')).toBe('Żuraw Systemy')
    expect(withoutLegalForm('Lumo Oy')).toBe('Lumo')
    expect(withoutLegalForm('Havblik ApS')).toBe('Havblik')
    expect(withoutLegalForm('Thistle Works Limited')).toBe('Thistle Works')
    expect(withoutLegalForm('Acme, Inc.')).toBe('Acme')
    expect(withoutLegalForm('Acme Inc')).toBe('Acme')
    expect(withoutLegalForm('Merbau Pay Pte. Ltd.')).toBe('Merbau Pay')
    expect(withoutLegalForm('Merbau Pay Pte Ltd')).toBe('Merbau Pay')
    expect(withoutLegalForm('Rimba Data Sdn. Bhd.')).toBe('Rimba Data')
    expect(withoutLegalForm('Sông Hồng Software JSC')).toBe('Sông Hồng Software')
    expect(withoutLegalForm('Lotus Pixel Co., Ltd.')).toBe('Lotus Pixel')
  })

  it('leaves a name without a form, a form inside a name and a form alone as they are', () => {
    expect(withoutLegalForm('Mesa')).toBe('Mesa')
    expect(withoutLegalForm('Visa')).toBe('Visa')
    expect(withoutLegalForm('AG Grid')).toBe('AG Grid')
    expect(withoutLegalForm('GmbH')).toBe('GmbH')
  })
})

describe('LEGAL_FORM_IN_PROSE', () => {
  const inProse = new RegExp(`\\s(?:${LEGAL_FORM_IN_PROSE})(?![\\p{L}\\p{N}])`, 'u')

  it('marks a name by a form written as companies write it', () => {
    expect(inProse.test('Die Amselfeld Systeme GmbH sucht')).toBe(true)
    expect(inProse.test('Lumo Oy is hiring')).toBe(true)
    expect(inProse.test('Merck KGaA in Darmstadt')).toBe(true)
  })

  it('does not take a word or a lower-cased form for one', () => {
    expect(inProse.test('Sabemos que se trabaja mejor')).toBe(false)
    expect(inProse.test('We work AS a team')).toBe(false)
    expect(inProse.test('Our Co. founders')).toBe(false)
  })
})

describe('the legal forms of Mexico and the rest of Latin America', () => {
  it.each([
    ['Aceros del Bajío S.A. de C.V.', 'Aceros del Bajío'],
    ['Nopal Labs S.A.P.I. de C.V.', 'Nopal Labs'],
    ['Tlaloc Sistemas S. de R.L. de C.V.', 'Tlaloc Sistemas'],
    ['Quipu Datos S.A.C.', 'Quipu Datos'],
  ])('%s → %s', (name, bare) => expect(withoutLegalForm(name)).toBe(bare))
})
