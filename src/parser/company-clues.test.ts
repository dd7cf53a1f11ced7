import { describe, expect, it } from 'vitest'
import { employerAfterRole, namesSpelledByLinks, openingSubject } from './company-clues.ts'
import { readDocument } from './document.ts'
import { parsePosting } from './index.ts'

function doc(text: string) {
  const read = readDocument(text)
  if (!read.ok) throw new Error(read.error)
  return read.doc
}
const values = (found: { value: string }[]) => found.map((c) => c.value)

describe('names spelled by the post’s links', () => {
  it('finds the name its own site spells', () => {
    const text = 'Larkspur (larkspur.io) - we make booking software for ferry lines.\n'
    expect(values(namesSpelledByLinks(doc(text)))).toEqual(['Larkspur'])
  })
  it('reads an applicant-tracking link’s slug and a brand’s affixed domain', () => {
    expect(
      values(
        namesSpelledByLinks(
          doc('We grow fast and Quillmint pays well.\nApply: https://jobs.ashbyhq.com/quillmint\n'),
        ),
      ),
    ).toEqual(['Quillmint'])
    expect(
      values(namesSpelledByLinks(doc('Brambly helps bakers plan.\nhttps://getbrambly.com/jobs\n'))),
    ).toEqual(['Brambly'])
  })
  it('ignores code hosting and social links, and a domain written out in lower case', () => {
    expect(
      namesSpelledByLinks(doc('Our Torchwood tools are open: https://github.com/torchwood\n')),
    ).toEqual([])
    expect(namesSpelledByLinks(doc('Write to jobs@fennel.dev or see fennel.dev.\n'))).toEqual([])
  })
})

describe('the subject of the opening sentence', () => {
  it('takes a proper name followed by what a company does', () => {
    expect(
      values(openingSubject(doc('Hello! Ostrander Robotics builds arms for orchards.\n'))),
    ).toEqual(['Ostrander Robotics'])
    expect(values(openingSubject(doc('Bell of Tarn is a studio making quiet games.\n')))).toEqual([
      'Bell of Tarn',
    ])
  })
  it('takes a name followed by "is <Place>’s …"', () => {
    expect(
      values(openingSubject(doc('Tamarind Pay is India’s payments platform for shops.\n'))),
    ).toEqual(['Tamarind Pay'])
  })
  it('takes the name a post gives its writer: "We’re X.", "This is X, …"', () => {
    expect(values(openingSubject(doc("Hi! We're Orquidea Labs. We build invoicing.\n")))).toEqual([
      'Orquidea Labs',
    ])
    expect(
      values(openingSubject(doc('This is Copperline, a small team building sensors.\n'))),
    ).toEqual(['Copperline'])
  })
  it('does not take a common word or a pronoun that opens a sentence', () => {
    expect(openingSubject(doc('Security is at the heart of what we do.\n'))).toEqual([])
    expect(openingSubject(doc('We are building a better ledger.\n'))).toEqual([])
    expect(openingSubject(doc('We are Hiring! Join our team.\n'))).toEqual([])
    expect(openingSubject(doc('We are Remote, with people in ten countries.\n'))).toEqual([])
  })
})

describe('the employer after a role', () => {
  it('takes the name a role is "at"', () => {
    expect(
      values(employerAfterRole(doc('We need a Backend Engineer at Pellucid Health to lead.\n'))),
    ).toEqual(['Pellucid Health'])
  })
  it('does not take what follows "at" after another word', () => {
    expect(employerAfterRole(doc('We work at Scale and speed.\n'))).toEqual([])
  })
})

describe('company from a summary line whose name is also a town', () => {
  it('reads the first part as the company when another part is the place', () => {
    const result = parsePosting(
      'Sedona | Senior Backend Engineer | Austin, TX | Full-time\n\nWe build tools for dentists. Apply by e-mail.\n\nRequirements\n- Five years of experience with Go.\n',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Sedona')
    expect(result.posting.locations.map((l) => l.city)).toEqual(['Austin'])
  })
  it('keeps the summary line’s full name over a shorter one in the prose', () => {
    const result = parsePosting(
      'Quillfeather Insurance (https://www.usequillfeather.com) | Backend Engineer | Remote (US)\n\nQuillfeather is a small-business insurer. Quillfeather is hiring.\n\nRequirements\n- Experience with Go.\n',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Quillfeather Insurance')
  })
})

describe('a company named as a technology is', () => {
  const company = (sentence: string) => {
    const result = parsePosting(
      `Staff Platform Engineer\n\n**What We Are Building**\n${sentence}\n\nRequirements\n- Go and Kubernetes\n`,
    )
    if (!result.ok) throw new Error(result.error)
    return result.posting.company
  }

  it('is the company when the sentence says what the company is', () => {
    expect(
      company('Honeycomb is the observability platform for teams who run software that matters.'),
    ).toBe('Honeycomb')
  })

  it('is not a company when the sentence is about the technology', () => {
    expect(company('React is a must for this role, and so is TypeScript.')).toBeNull()
  })
})
