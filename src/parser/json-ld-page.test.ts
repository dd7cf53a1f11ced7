import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

// A careers page written for this test: its JSON-LD holds a teaser, its visible text the
// whole posting. The fields expected are written by hand.
const jsonLd = (description: string) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Backend Engineer',
    hiringOrganization: { '@type': 'Organization', name: 'Marrowgate Ltd' },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Leeds', addressCountry: 'GB' },
    },
    description,
  })

const page = (description: string, body: string) =>
  `<!doctype html><html><head><title>Backend Engineer – Marrowgate</title>
<script type="application/ld+json">${jsonLd(description)}</script></head>
<body><nav><a href="/">Careers</a></nav><main><h1>Backend Engineer</h1><p>Marrowgate Ltd · Leeds</p>${body}</main></body></html>`

const BODY = `<h2>What you will do</h2><ul><li>Build our billing services in Go and PostgreSQL</li><li>Run them on AWS with Terraform</li></ul>
<h2>How we work</h2><p>We are hybrid: you work from our Leeds office three days a week and from home the rest.</p>
<h2>What we look for</h2><ul><li>Three years of backend work</li><li>Care for tests and clear code reviews</li></ul>`

function record(html: string) {
  const result = parsePosting(html, { file: 'careers.html' })
  if (!result.ok) throw new Error(result.error)
  return result.posting
}

describe('a page whose JSON-LD description is a teaser of its visible text', () => {
  it('reads the visible text, keeping the JSON-LD’s facts', () => {
    const posting = record(page('Join Marrowgate as a Backend Engineer in Leeds.', BODY))
    expect(posting.title).toBe('Backend Engineer')
    expect(posting.company).toBe('Marrowgate')
    expect(posting.locations.map((l) => [l.city, l.country])).toEqual([['Leeds', 'GB']])
    expect(posting.workMode).toBe('hybrid')
    expect(posting.officeDaysPerWeek).toBe(3)
    expect(posting.stack.map((s) => s.name)).toEqual(['Go', 'PostgreSQL', 'AWS', 'Terraform'])
  })

  it('reads the JSON-LD description when it holds the posting', () => {
    const posting = record(page(BODY, '<p>See the description above.</p>'))
    expect(posting.workMode).toBe('hybrid')
    expect(posting.officeDaysPerWeek).toBe(3)
  })
})
