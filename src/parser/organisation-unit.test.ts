import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { cleanCompany } from './text-facts.ts'

// Postings written for this test; the employers expected by hand.
function company(text: string): string | null {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result.posting.company
}

const BODY =
  '\n\nLocation: Coventry\nSalary: £38,249\n\nAbout the role\nYou will write Python and Fortran for climate models.\n'

describe('the employer, with the unit that hires after a dash', () => {
  it('is the organisation, not its school, institute or department', () => {
    expect(
      company(
        `Research Software Engineer\nKingsmere University - Institute for Climate and Environmental Modelling${BODY}`,
      ),
    ).toBe('Kingsmere University')
    expect(
      company(`Research Software Engineer\nKingsmere University – School of Computing${BODY}`),
    ).toBe('Kingsmere University')
  })

  it('is so in the other languages', () => {
    expect(cleanCompany('Universität Hafenberg – Institut für Informatik')).toBe(
      'Universität Hafenberg',
    )
    expect(cleanCompany('Groupe Ardoise – Direction des systèmes d’information')).toBe(
      'Groupe Ardoise',
    )
    expect(cleanCompany('Politechnika Nadodrzańska – Wydział Informatyki')).toBe(
      'Politechnika Nadodrzańska',
    )
  })

  it('keeps a name whose dash leads to no unit', () => {
    expect(cleanCompany('Ferrolume – Componentes Metálicos')).toBe(
      'Ferrolume – Componentes Metálicos',
    )
  })
})
