import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { withoutAcronym } from './text-facts.ts'

// Written for this test; the expected names are written by hand.
describe('an employer named with its initials beside its name', () => {
  it.each([
    ['GWSO - Global Water Security Organization', 'Global Water Security Organization'],
    ['Global Water Security Organization (GWSO)', 'Global Water Security Organization'],
    ['World Food Programme – WFP', 'World Food Programme'],
    ['The Bridge Group (BG)', 'The Bridge Group'],
  ])('"%s" is "%s"', (name, full) => expect(withoutAcronym(name)).toBe(full))

  it.each(['IBM - Research', 'ACME - Data Platform Team', 'Kettle Labs (KLX)'])(
    '"%s" keeps what follows: not the initials of the rest',
    (name) => expect(withoutAcronym(name)).toBe(name),
  )

  it('gives the name written out under an international organisation’s posting title', () => {
    const result = parsePosting(
      `Data Scientist\nNWHO - Nordic Wetland Health Organisation\n\nBonn\n\nOrg. Setting and Reporting\nThe Nordic Wetland Health Organisation monitors wetlands. You will model water levels in Python.\n`,
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Nordic Wetland Health Organisation')
  })
})
