import { describe, expect, it } from 'vitest'
import { parsePosting, parsePostings } from './index.ts'

const POSTING = `Senior Backend Engineer
Acme Robotics · Berlin, Germany · Hybrid

About the role
You will build the APIs our warehouse robots use, and the team is hiring.

Requirements
- 5+ years of experience with Go and PostgreSQL
- Experience running services on Kubernetes

Benefits
- 30 days of holiday
`

function posting(raw: string) {
  const result = parsePosting(raw)
  if (!result.ok) throw new Error(result.error)
  return result.posting
}

describe('hostile input', () => {
  it('strips terminal escapes, bidi overrides and controls from the text it reads', () => {
    const raw = POSTING.replace(
      'Senior Backend Engineer',
      '\u001b[1;31mSenior Backend\u202e Engineer\u001b[0m',
    ).replace('Acme Robotics', 'Acme\u0000 Robotics\u2066')
    const p = posting(raw)
    expect(p.title).toBe('Senior Backend Engineer')
    expect(p.company).toBe('Acme Robotics')
  })

  it('strips them from front matter and JSON-LD values too', () => {
    expect(
      posting(`---\ncompany: Evil\u202eCorp\u001b]0;owned\u0007\n---\n${POSTING}`).company,
    ).toBe('EvilCorp')
    const job = {
      '@type': 'JobPosting',
      title: 'Data\u001b[2J Engineer\u202e',
      hiringOrganization: { name: 'Pebble\u0007 Health' },
      description: '<p>Build pipelines in Python. Requirements: SQL experience.</p>',
    }
    const p = posting(JSON.stringify(job))
    expect([p.title, p.company]).toEqual(['Data Engineer', 'Pebble Health'])
  })

  it('refuses JSON nested 100,000 levels deep with a reason, without overflowing the stack', () => {
    const depth = 100_000
    const deepTitle = `{"@type": "JobPosting", "title": ${'{"name": '.repeat(depth)}"Engineer"${'}'.repeat(depth)}}`
    for (const raw of [deepTitle, '['.repeat(depth) + ']'.repeat(depth)]) {
      expect(parsePosting(raw)).toEqual({
        ok: false,
        error:
          'not a job posting: the JSON is nested more than 64 levels deep (a schema.org JobPosting needs a few): not read',
      })
    }
  })

  it('reads the first 200 items of a huge JSON-LD list and says so', () => {
    const job = {
      '@type': 'JobPosting',
      title: 'Data Engineer',
      hiringOrganization: 'Pebble Health',
      description: 'Build pipelines in Python. Requirements: SQL experience.',
      skills: Array.from({ length: 5000 }, () => 'Python'),
    }
    const result = parsePosting(JSON.stringify(job))
    expect(result.ok && result.notes).toContain(
      'the JobPosting lists 5000 skills: only the first 200 were read',
    )
  })

  it('reads the start of a 5 MB input and says how much was read', () => {
    const p = posting(POSTING + 'x'.repeat(5 * 1024 * 1024))
    expect(p.title).toBe('Senior Backend Engineer')
    expect(p.warnings).toEqual(
      expect.arrayContaining([
        'the input is 5120 KB: only the first 2 MB were read',
        "the posting's text is 1953 KB: only the first 150 KB were read",
      ]),
    )
  })
})

describe('a JobPosting whose title names nothing', () => {
  it('is refused with its reason, not turned into an invalid record', () => {
    for (const title of ['|', ' - ', '(m/w/d)']) {
      const result = parsePostings(JSON.stringify({ '@type': 'JobPosting', title }))
      expect(result.ok ? 'accepted' : result.error).toMatch(/^not a job posting: /)
    }
  })
})
