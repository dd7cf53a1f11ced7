import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

// "hybrid" said of where one works, or of the product. Postings written for these tests;
// the expected work modes by hand.
function modeOf(header: string, sentence: string): string | null {
  const result = parsePosting(
    `${header}\n\nMarlow Freight builds routing software for ferries and barges. ${sentence}\n\nRequirements\n- Go and PostgreSQL\n- Experience running services in production\n`,
  )
  if (!result.ok) throw new Error(result.error)
  return result.posting.workMode
}

describe('"hybrid" about where one works', () => {
  it.each([
    ['This role is hybrid, with three days in our Leeds office.'],
    ['We offer a hybrid schedule from our Leeds office.'],
    ['The team works hybrid and meets on Tuesdays.'],
    ['Remote/hybrid UK.'],
    ['Hybrid (2 days a week) in Leeds.'],
    ['Hybrid London, near the station.'],
  ])('reads "%s" as hybrid', (sentence) => {
    expect(modeOf('Backend Engineer | Marlow Freight | Leeds, UK', sentence)).toBe('hybrid')
  })
})

describe('"hybrid" about the product', () => {
  it.each([
    ['You will run a hybrid GCP + AWS platform.'],
    ['We are building hybrid search over shipping manifests.'],
    ['Our hybrid ML/rule-based system plans each route.'],
    ['You will own our hybrid pricing models.'],
    ['The rare hybrid who can talk to a harbour master and write Go.'],
  ])('does not let "%s" outweigh the header', (sentence) => {
    expect(modeOf('Backend Engineer | Marlow Freight | Remote (UK) | Full-time', sentence)).toBe(
      'remote',
    )
    expect(modeOf('Backend Engineer | Marlow Freight | Leeds, UK | Onsite', sentence)).toBe(
      'onsite',
    )
  })
})
