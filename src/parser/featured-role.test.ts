import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

// A newsletter issue written for this test; the expected fields are written by hand.
const ISSUE = `The Grid Letter
Subscribe
Sign in

#48: Why we stopped estimating
Plus: a role in Lisbon
Odile Marchetti
Mar 06, 2025

Hi friends,

This week I want to talk about estimates, and why our team stopped making them last spring.

Thanks for reading The Grid Letter! Subscribe for free to receive new posts.

💼 Job of the week

Senior Frontend Engineer - Tessellate
Lisbon, Portugal · €70k-€85k

Tessellate builds planning software for architects. You would build their editor in TypeScript and React.
`

describe('a newsletter issue that features one role under "Job of the week"', () => {
  it('reads the role under the heading, not the issue’s author or its headline', () => {
    const result = parsePosting(ISSUE)
    if (!result.ok) throw new Error(result.error)
    const { company, title, seniority, locations } = result.posting
    expect({ company, title, seniority, city: locations[0]?.city }).toEqual({
      company: 'Tessellate',
      title: 'Senior Frontend Engineer',
      seniority: 'senior',
      city: 'Lisbon',
    })
  })

  it('reads the heading in the other languages', () => {
    const result = parsePosting(ISSUE.replace('Job of the week', 'Stelle der Woche'))
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Tessellate')
  })
})

describe('a board’s "Featured job" under the posting', () => {
  it('is a sidebar: the posting above it stays the posting', () => {
    const text = `Senior Data Engineer
Quillfeather Labs
Lisbon, Portugal

Requirements
- Python and Apache Airflow in production

Featured job

Staff Platform Engineer - Tessellate
Porto, Portugal
`
    const result = parsePosting(text)
    if (!result.ok) throw new Error(result.error)
    expect(result.posting.company).toBe('Quillfeather Labs')
    expect(result.posting.title).toBe('Senior Data Engineer')
  })
})
