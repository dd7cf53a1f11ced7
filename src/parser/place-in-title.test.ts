import { describe, expect, it } from 'vitest'
import { parsePostings } from './index.ts'
import { placesInTitle, titleWithoutPlace } from './place-in-title.ts'

// Titles written for this test; the places expected are written by hand.
const where = (title: string) => placesInTitle(title).map((l) => l.city ?? l.country)

describe('placesInTitle: the place a title ends in', () => {
  it.each([
    ['SWE in Chile', ['CL']],
    ['Engineering Manager - (Brazil)', ['BR']],
    ['Data Engineer (Lisbon)', ['Lisbon']],
    ['Staff SWE, Platform (London)', ['London']],
    ['Senior DevOps Engineer - Colorado Springs, CO', ['Colorado Springs']],
  ])('%s', (title, places) => {
    expect(where(title)).toEqual(places)
  })

  it.each([
    'Software Engineer in Test',
    'DevOps Engineer (IaaC in AWS)',
    'Backend Engineer (Go)',
    'Senior Backend Engineer (Remote, Europe)',
    'Engineering Manager, Mobile',
  ])('names no place: %s', (title) => {
    expect(where(title)).toEqual([])
  })
})

describe('a post naming several roles, each with its own place', () => {
  it('gives each role the place its title states', () => {
    const result = parsePostings(
      'Fernhill | Lisbon, Portugal & Austin, USA | Engineers (several roles) | Full-time\n\nFernhill builds scheduling software for veterinary clinics.\n\nOpen roles:\nSenior Backend Engineer (Lisbon)\nStaff Data Engineer (Austin)\nProduct Designer (Lisbon)\n',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.postings.map((p) => [p.title, p.locations.map((l) => l.city)])).toEqual([
      ['Senior Backend Engineer (Lisbon)', ['Lisbon']],
      ['Staff Data Engineer (Austin)', ['Austin']],
      ['Product Designer (Lisbon)', ['Lisbon']],
    ])
  })
})

describe('titleWithoutPlace: the role’s name without the place it ends in', () => {
  it.each([
    ['SWE in Chile', 'SWE'],
    ['Machine Learning Engineer en Madrid', 'Machine Learning Engineer'],
    ['Desenvolvedor Backend em Curitiba', 'Desenvolvedor Backend'],
    ['Data Engineer (Python) in Rotterdam', 'Data Engineer (Python)'],
  ])('%s', (title, bare) => {
    expect(titleWithoutPlace(title)).toBe(bare)
  })

  it.each([
    'Software Engineer in Test',
    'Faculty of Practice in Data Science',
    'Lead Backend Developer at Quillmint',
    'Padlet Is Hiring in San Francisco',
  ])('keeps %s whole', (title) => {
    expect(titleWithoutPlace(title)).toBe(title)
  })

  it('gives a post’s title its place as the posting’s, announcement and all', () => {
    const result = parsePostings(
      'Ondara Labs | ¡Estamos contratando! Machine Learning Engineer en Madrid\n\nBuscamos alguien con Python y PyTorch para nuestro equipo.',
    )
    if (!result.ok) throw new Error(result.error)
    const posting = result.postings[0]
    expect([posting?.title, posting?.locations.map((l) => l.city)]).toEqual([
      'Machine Learning Engineer',
      ['Madrid'],
    ])
  })
})
