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
})
