import { describe, expect, it } from 'vitest'
import { parsePosting, parsePostings } from './index.ts'

// A posting kept in a code host's repository and copied with the repository's page. Texts
// written for this test; the records expected are written by hand.
const GITHUB_MENU = [
  'Skip to content',
  'Navigation Menu',
  'Product',
  'Solutions',
  'Open Source',
  'Pricing',
  'Search or jump to...',
  'Sign in',
  'Sign up',
].join('\n')

const FOOTER = [
  'Footer',
  '© 2026 GitHub, Inc.',
  'Footer navigation',
  'Terms',
  'Privacy',
  'Security',
  'Status',
].join('\n')

describe('a careers repository’s file copied with the page', () => {
  const text = `${GITHUB_MENU}
tallowmere-labs / careers Public
Notifications
Fork 9
Star 31
Code
Issues 2
Pull requests 1
Actions
Insights
Files
main
Breadcrumbs
careers/roles
/data-engineer.md
Latest commit
hvaara
Add data role
8c41d0e · 3 days ago
History
44 lines (30 loc) · 1.9 KB
Preview
Code
Blame
Raw

Data Engineer
Location: Odense, Denmark (hybrid, 3 days a week in the office)

Tallowmere Labs builds forecasting tools for Danish wind farms. We are 18 people.

What you'll do
- Build our pipelines in Python and dbt on Snowflake
- Run them with Airflow

Salary: DKK 620,000–720,000 a year

How to apply
Email jobs@tallowmere.dk with your CV.
${FOOTER}
`
  it('names the employer from the text, never a counter of the page', () => {
    const result = parsePosting(text)
    if (!result.ok) throw new Error(result.error)
    const posting = result.posting
    expect(posting.company).toBe('Tallowmere Labs')
    expect(posting.title).toBe('Data Engineer')
    expect(posting.locations.map((l) => `${l.city}, ${l.country}`)).toEqual(['Odense, DK'])
    expect(posting.officeDaysPerWeek).toBe(3)
    expect(posting.stack.map((s) => s.name).sort()).toEqual(
      ['Airflow', 'Python', 'Snowflake', 'dbt'].sort(),
    )
  })
})

describe('a README with a hiring section', () => {
  const readme = (hiring: string) => `${GITHUB_MENU}
pebblewick / pebblewick Public
Notifications
Fork 140
Star 2.3k
Code
Issues 41
Pull requests 7
Actions
main
9 Branches
30 Tags
Go to file
Latest commit
amorlet
query: faster joins on sorted runs (#981)
b27e0aa · 4 days ago
1,204 Commits
README
MIT license

Pebblewick
An embedded analytics database for edge devices.

Quick start
pip install pebblewick
pebblewick serve --data ./data

Documentation
Read the docs at https://docs.pebblewick.dev for the tuning guide.
${hiring}
License
Pebblewick is released under the MIT license.

About
Embedded analytics database for edge devices.
Readme
MIT license
Activity
2.3k stars
18 watching
140 forks
${FOOTER}
`
  it('reads the role under "We’re hiring" as the posting', () => {
    const result = parsePostings(
      readme(`
We're hiring! 🚀
Pebblewick Systems, the company behind Pebblewick, is fully remote across Europe (10 people).

Open positions:

Senior Database Engineer, Query Engine
You will work on our vectorised query engine in C++ and Rust, and on our Python bindings. Experience with database internals is a must. Salary €90k–€115k.

How to apply: email careers@pebblewick.dev with something you built.
`),
    )
    if (!result.ok) throw new Error(result.error)
    const posting = result.postings[0]!
    expect(posting.title).toBe('Senior Database Engineer, Query Engine')
    expect(posting.seniority).toBe('senior')
    expect(posting.workMode).toBe('remote')
    expect(posting.stack.map((s) => s.name).sort()).toEqual(['C++', 'Python', 'Rust'])
  })
  it('refuses the README that names no role', () => {
    const result = parsePostings(readme(''))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/README/)
  })
})
