import { describe, expect, it } from 'vitest'
import { parsePostings } from './index.ts'
import { placesInTitle } from './place-in-title.ts'

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

describe('a post’s title line with an announcement and a place', () => {
  it('reads the place after “en”, the announcement left out', () => {
    const result = parsePostings(
      'Ondara Labs | ¡Estamos contratando! Machine Learning Engineer en Madrid\n\nBuscamos alguien con Python y PyTorch para nuestro equipo.',
    )
    if (!result.ok) throw new Error(result.error)
    const posting = result.postings[0]
    // The title as the posting writes it, its place kept ("Engineer Who Can Design - EMEA").
    expect([posting?.title, posting?.locations.map((l) => l.city)]).toEqual([
      'Machine Learning Engineer en Madrid',
      ['Madrid'],
    ])
  })
})
