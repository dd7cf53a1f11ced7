import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

const duties = `
Responsibilities
- Build and run our services.

Requirements
- Experience with Go.
`

function employment(head: string, extra = ''): string | null {
  const result = parsePosting(`${head}\n${duties}\n${extra}`)
  if (!result.ok) throw new Error(result.error)
  return result.posting.employmentType
}

describe('employmentType', () => {
  it.each([
    ['Full-time', 'full-time'],
    ['Part-time', 'part-time'],
    ['Contract', 'contract'],
    ['Vollzeit', 'full-time'],
    ['Teilzeit', 'part-time'],
    ['CDI', 'full-time'],
    ['CDD', 'temporary'],
    ['Jornada completa', 'full-time'],
    ['Tempo integral', 'full-time'],
    ['Tempo pieno', 'full-time'],
    ['Deeltijd', 'part-time'],
    ['B2B', 'contract'],
  ])('reads the header label "%s"', (label, type) => {
    expect(employment(`Backend Engineer\nAcme · Berlin, Germany · ${label}`)).toBe(type)
  })

  it('reads a "Job type:" line', () => {
    expect(employment('Backend Engineer\nJob type: Part-time')).toBe('part-time')
  })

  it('takes an intern title as an internship', () => {
    expect(employment('Software Engineering Intern\nAcme · Berlin, Germany · Full-time')).toBe(
      'internship',
    )
  })

  it('does not read "contract" in prose about smart contracts', () => {
    expect(employment('Backend Engineer', 'You will audit smart contract code.')).toBeNull()
  })

  it('reads a contract phrase in a sentence', () => {
    expect(employment('Backend Engineer', 'This is a six-month role on a contract basis.')).toBe(
      'contract',
    )
  })

  it('reads a word of another language as that language only', () => {
    // "Temporal" is Spanish for a fixed term and "stage" French for an internship: in an
    // English posting they are a name and a funding round.
    expect(employment('Temporal Labs | Backend Engineer | Berlin, Germany | Full-time')).toBe(
      'full-time',
    )
    expect(
      employment('Acme | Backend Engineer | Berlin, Germany | Seed-stage + equity | Full-time'),
    ).toBe('full-time')
    expect(employment('Acme | Founding Engineer | Early Stage | Berlin, Germany')).toBeNull()
    // A paragraph right under the header lists customers, not labels.
    expect(
      employment(
        'Acme | Backend Engineer | Berlin, Germany | Full-time\n' +
          'Acme helps more than 2,000 engineering teams ship faster, among them Block, Temporal, ' +
          'Rippling and CircleCI, and we are growing the platform team that runs it all.',
      ),
    ).toBe('full-time')
  })

  it('reads a label in its own language', () => {
    const french = parsePosting(
      [
        'Développeur Backend (H/F)',
        'Acme · Paris, France · Stage',
        '',
        'Vos missions',
        '- Développer et maintenir nos services en Go.',
        '',
        'Profil recherché',
        '- Vous êtes étudiant en école d’ingénieur et vous aimez le code.',
      ].join('\n'),
    )
    if (!french.ok) throw new Error(french.error)
    expect(french.posting.language).toBe('fr')
    expect(french.posting.employmentType).toBe('internship')
  })

  it("reads a country's labour-law term in a posting of any language", () => {
    expect(employment('Backend Engineer\nAcme · São Paulo, Brazil · CLT contract')).toBe(
      'full-time',
    )
  })
})

describe('employmentType as boards in Portugal and the Netherlands write it', () => {
  it.each([
    ['Tempo inteiro, Contrato sem termo', 'full-time'],
    ['Contrato a termo certo', 'temporary'],
    ['Fulltime, Vast', 'full-time'],
  ])('"%s" is %s', (facts, type) => {
    expect(employment(`Backend Engineer\nAcme · Porto\n${facts}`)).toBe(type)
  })
})
