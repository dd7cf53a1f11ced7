import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

const head = `Backend Engineer
Acme · Berlin, Germany · Full-time

Responsibilities
- Build and run our services.

Requirements
- Experience with Go.
`

function policy(text: string) {
  const result = parsePosting(`${head}\n${text}`)
  if (!result.ok) throw new Error(result.error)
  return {
    visa: result.posting.visaSponsorship,
    relocation: result.posting.relocation,
    warnings: result.posting.warnings,
  }
}

describe('visaSponsorship', () => {
  it.each([
    ['We sponsor visas for this role.', true],
    ['Visa sponsorship is available.', true],
    ['No visa sponsorship.', false],
    ["We're not able to sponsor visas at this time.", false],
    ['Candidates must be able to work without sponsorship.', false],
    ['Wir bieten Visa-Sponsoring und Visumsunterstützung.', true],
    ['Pas de parrainage de visa pour ce poste.', false],
    ['Ofrecemos patrocinio de visa.', true],
    ['Não oferecemos patrocínio de visto.', false],
    ['Offriamo la sponsorizzazione del visto.', true],
    ['Helaas geen visumsponsoring.', false],
    ['Zapewniamy sponsorowanie wizy.', true],
  ])('"%s" -> %s', (text, value) => {
    expect(policy(text).visa).toBe(value)
  })

  it('is null when not stated', () => {
    expect(policy('We value kindness.').visa).toBeNull()
  })

  it('is left open with a warning when the text says both', () => {
    const read = policy('We sponsor visas for engineers. No visa sponsorship for interns.')
    expect(read.visa).toBeNull()
    expect(read.warnings.some((w) => w.startsWith('visa sponsorship: the text says both'))).toBe(
      true,
    )
  })
})

describe('relocation', () => {
  it.each([
    ['Relocation assistance is provided.', true],
    ['No relocation.', false],
    ['We cannot offer relocation.', false],
    ['Umzugshilfe inklusive.', true],
    ['Aide à la relocalisation incluse.', true],
    ['Paquete de reubicación incluido.', true],
    ['Pacote de realocação incluso.', true],
    ['Supporto al trasferimento.', true],
    ['Wij bieden een verhuisvergoeding.', true],
    ['Oferujemy pakiet relokacyjny.', true],
  ])('"%s" -> %s', (text, value) => {
    expect(policy(text).relocation).toBe(value)
  })
})

describe('a board’s yes-or-no field after its label', () => {
  it.each([
    ['Visa sponsorship\nNot Available', { visa: false, relocation: null }],
    ['Visa sponsorship: Available', { visa: true, relocation: null }],
    ['VISA: No', { visa: false, relocation: null }],
    ['Relocation\nNot Allowed', { visa: null, relocation: false }],
    ['Relocation: Allowed', { visa: null, relocation: true }],
    ['Relocation\nNein', { visa: null, relocation: false }],
  ])('reads "%s"', (text, expected) => {
    const { visa, relocation } = policy(`Job details\n${text}\n`)
    expect({ visa, relocation }).toEqual(expected)
  })

  it('still reads the label alone in the header as a yes ("Relocation")', () => {
    const result = parsePosting(
      'Backend Engineer\nAcme · Berlin, Germany\nRelocation\n\nWe build things in Go.\n',
    )
    expect(result.ok && result.posting.relocation).toBe(true)
  })
})
