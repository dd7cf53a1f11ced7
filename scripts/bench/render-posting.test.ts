import { describe, expect, it } from 'vitest'
import { parsePostings } from '../../src/parser/index.ts'
import { generatePostings } from './generate-postings.ts'
import { renderPostingText } from './render-posting.ts'

describe('renderPostingText', () => {
  it('writes generated postings as raw files the parser reads back as those roles', () => {
    const postings = generatePostings(60, 3)
    let parsed = 0
    for (const posting of postings) {
      const result = parsePostings(renderPostingText(posting), { file: 'x.txt' })
      if (!result.ok) continue
      parsed++
      const [back] = result.postings
      expect(back!.company).toBe(posting.company)
      expect(back!.title).toBe(posting.title)
    }
    // The build bench measures parsing, so nearly every generated file must be a posting.
    expect(parsed).toBeGreaterThanOrEqual(57)
  }, 30_000)
})
