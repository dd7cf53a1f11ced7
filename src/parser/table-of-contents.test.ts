import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

// Postings written for this test; the expected records by hand.
function record(text: string) {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  const { company, title, locations } = result.posting
  return { company, title, locations: locations.map((l) => l.city) }
}

const SECTIONS = `Location
Ghent

About the job
You will build our routing service in Go.

Benefits
A bike lease and 32 days of leave.
`

describe('a page’s table of contents', () => {
  it('is left out, so "Location" is read where its section stands', () => {
    const page = `Backend Engineer\nKestrel Maps\n\nOn this page\nLocation\nAbout the job\nBenefits\n\n${SECTIONS}`
    expect(record(page)).toEqual({
      company: 'Kestrel Maps',
      title: 'Backend Engineer',
      locations: ['Gent'],
    })
  })

  it('is not a page copied twice, whose lines stand together again', () => {
    const once = `Backend Engineer\nKestrel Maps\nGhent\nFull-time\n\n${SECTIONS}`
    expect(record(`${once}\n${once}`)).toEqual(record(once))
    expect(record(once).company).toBe('Kestrel Maps')
  })
})
