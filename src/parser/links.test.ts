import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'
import { isJobLink, webLinks } from './links.ts'

const body = `
We build logistics software. You will own features end to end.

Requirements
- Experience with TypeScript.
`

function source(text: string) {
  const result = parsePosting(text)
  if (!result.ok) throw new Error(result.error)
  return result.posting.source
}

describe('links', () => {
  it('reads http(s) links only, without trailing punctuation; mailto is not a link', () => {
    expect(webLinks('Write to mailto:jobs@acme.example or see https://acme.example/jobs.')).toEqual(
      ['https://acme.example/jobs'],
    )
  })

  it('knows applicant-tracking and careers links', () => {
    expect(isJobLink('https://boards.greenhouse.io/acme/jobs/1')).toBe(true)
    expect(isJobLink('https://acme.example/careers/backend')).toBe(true)
    expect(isJobLink('https://acme.example/blog/launch')).toBe(false)
  })

  it('takes "Apply: https://..." as the apply link', () => {
    expect(
      source(`Senior Backend Engineer\n${body}\nApply: https://acme.example/apply/42`).applyUrl,
    ).toBe('https://acme.example/apply/42')
  })

  it('takes a linked title as the posting URL', () => {
    expect(source(`# [Senior Backend Engineer](https://board.example/jobs/42)\n${body}`).url).toBe(
      'https://board.example/jobs/42',
    )
  })

  it('takes a job-board link in the text as the apply link when no "apply" line says otherwise', () => {
    expect(
      source(`Senior Backend Engineer\n${body}\nMore at https://jobs.ashbyhq.com/acme/123`)
        .applyUrl,
    ).toBe('https://jobs.ashbyhq.com/acme/123')
  })

  it('gives no apply link for an e-mail address', () => {
    expect(
      source(`Senior Backend Engineer\n${body}\nApply by mail: jobs@acme.example`).applyUrl,
    ).toBeUndefined()
  })
})
