import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

const fixtures = path.join(import.meta.dirname, '__fixtures__')
const read = (dir: string, name: string) => readFileSync(path.join(fixtures, dir, name), 'utf8')

describe('non-postings are refused with a reason', () => {
  it.each([
    ['cv.txt', 'a CV'],
    ['cover-letter.txt', 'a cover letter'],
    ['blog-post.md', 'a blog post'],
    ['news-article.txt', 'a news article'],
    ['readme.md', 'a README'],
    ['about-page.txt', "a company's about page"],
  ])('%s reads like %s', (name, kind) => {
    const result = parsePosting(read('non-postings', name))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(`it reads like ${kind}`)
  })

  it('has a fixture for every kind', () => {
    expect(readdirSync(path.join(fixtures, 'non-postings'))).toHaveLength(6)
  })
})

describe('postings in every supported language are accepted', () => {
  // Each language's posting written for this test: language, company, employment, visa,
  // relocation and the apply link, by hand.
  it.each([
    [
      'en',
      'Harbor Analytics',
      'full-time',
      true,
      true,
      'https://harbor-analytics.example/careers/senior-data-engineer',
    ],
    [
      'de',
      'Klarwerk',
      'full-time',
      null,
      true,
      'https://karriere.klarwerk.example/stellen/backend-java',
    ],
    [
      'fr',
      'Maison Lumière',
      'full-time',
      false,
      null,
      'https://emplois.maisonlumiere.example/postes/fullstack',
    ],
    ['es', 'Tramo Digital', 'full-time', true, null, undefined],
    ['pt', 'Caju Tecnologia', 'full-time', false, null, undefined],
    [
      'it',
      'Ponte Software',
      'full-time',
      null,
      true,
      'https://lavora.pontesoftware.example/posizioni/backend-go',
    ],
    ['nl', 'Dijkstra Digitaal', 'full-time', null, true, undefined],
    ['pl', 'Wisła Soft', 'contract', null, true, undefined],
  ] as const)('%s', (lang, company, type, visa, relocation, applyUrl) => {
    const result = parsePosting(read('record-languages', `${lang}.txt`))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const p = result.posting
    expect([
      p.language,
      p.company,
      p.employmentType,
      p.visaSponsorship,
      p.relocation,
      p.source.applyUrl,
    ]).toEqual([lang, company, type, visa, relocation, applyUrl])
  })
})

describe('notes', () => {
  it('keeps what was left out as page noise out of the warnings', () => {
    const result = parsePosting(
      `Senior Backend Engineer\nAcme · Berlin, Germany · Full-time\n\nResponsibilities\n- Build services.\n\nRequirements\n- Go.\n\nSimilar Jobs\nFrontend Engineer at Other Co\nData Engineer at Third Co\n`,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.posting.warnings.join(' ')).not.toContain('left out')
    expect(result.notes.join(' ')).toContain('left out page noise')
  })
})
