import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

// The role's place stated only in a sentence. Postings written for this test; the places
// expected are written by hand.
function placesOf(sentence: string): string[] {
  const result = parsePosting(
    `Backend Engineer\n\nCinderpath builds software for ferries. We use Go and Postgres.\n\n${sentence}\n\nRequirements\n- Go experience\n`,
  )
  if (!result.ok) throw new Error(result.error)
  return result.posting.locations.map((l) => `${l.city}, ${l.country}`)
}

describe('the role’s place in a sentence', () => {
  it.each([
    ['We are hiring in Austin, TX.', 'Austin, US'],
    ['The position is located in Munich.', 'Munich, DE'],
    ['This is an NYC-based role.', 'New York City, US'],
    ['You’ll join our team in Oslo.', 'Oslo, NO'],
    ['This role is based in Lisbon.', 'Lisbon, PT'],
    ['You will work directly with us in our Boston office (in-person only).', 'Boston, US'],
    ['We offer hybrid work in downtown Chicago, three days a week.', 'Chicago, US'],
    ['Cinderpath is a research and consulting firm based in Pittsburgh, PA.', 'Pittsburgh, US'],
  ])('%s', (sentence, place) => {
    expect(placesOf(sentence)).toEqual([place])
  })

  it('does not take a place from boilerplate about the company’s job ads', () => {
    expect(placesOf('We share pay ranges for all US-based job postings.')).toEqual([])
  })
})

describe('the work mode in a sentence', () => {
  it('reads "(in-person only)" as on site', () => {
    const result = parsePosting(
      'Backend Engineer\n\nCinderpath builds software for ferries. You will work with us in our Boston office (in-person only).\n',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.workMode).toBe('onsite')
  })
})

describe('the place in a hiring headline', () => {
  it('reads "X Is Hiring Engineers in Rotterdam"', () => {
    const result = parsePosting('Harrow Labs Is Hiring Engineers in Rotterdam\n')
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.locations.map((l) => l.city)).toEqual(['Rotterdam'])
  })
})

describe('remote with its region in brackets, in a sentence', () => {
  it('reads "Engineers - REMOTE (US)." as remote from the US', () => {
    const result = parsePosting(
      'Tidewater Games is hiring for Senior Typescript Engineers - REMOTE (US).\n\nWe run fantasy sports products. You will build our betting slip in React and Node.\n',
    )
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.workMode).toBe('remote')
    expect(result.posting.remoteCountries).toEqual(['US'])
  })
})
