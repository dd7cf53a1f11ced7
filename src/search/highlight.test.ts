import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { highlightParts } from './highlight.ts'
import { fold, queryTerms, tokenize, tokensHavePrefix } from './text.ts'

describe('highlightParts', () => {
  it('marks every occurrence of each term, ignoring case and accents', () => {
    expect(highlightParts('Kraków and KRAKOW', 'krakow')).toEqual([
      { text: 'Kraków', match: true },
      { text: ' and ', match: false },
      { text: 'KRAKOW', match: true },
    ])
  })

  it('returns the text whole when there is no query', () => {
    expect(highlightParts('Go developer', '  ')).toEqual([{ text: 'Go developer', match: false }])
  })

  it('keeps the text intact: joined parts equal the input', () => {
    const text = 'Senior Backend Engineer <script>alert(1)</script>'
    expect(
      highlightParts(text, 'engineer script')
        .map((p) => p.text)
        .join(''),
    ).toBe(text)
  })
})

describe('highlightParts uses the engines’ token-prefix rule', () => {
  const marks = (text: string, q: string) =>
    highlightParts(text, q)
      .filter((p) => p.match)
      .map((p) => p.text)

  it('marks the matching start of a word, not the middle of one', () => {
    expect(marks('PostgreSQL and Postgres', 'post')).toEqual(['Post', 'Post'])
    expect(marks('PostgreSQL', 'gres')).toEqual([])
  })

  it('marks the longest matching term, and C++ / C# as words', () => {
    expect(marks('Shipping ships', 'ship shipping')).toEqual(['Shipping', 'ship'])
    expect(marks('C++, C# and .NET', 'c++ c# net')).toEqual(['C++', 'C#', 'NET'])
  })

  it('keeps letters outside the BMP and ligatures whole', () => {
    const text = 'ﬁle 𝐀bc'
    expect(
      highlightParts(text, 'fi abc')
        .map((p) => p.text)
        .join(''),
    ).toBe(text)
    expect(marks(text, 'fi abc')).toEqual(['ﬁ', '𝐀bc'])
  })
})

describe('highlightParts properties', () => {
  it('parts always join back to the input, and something is marked exactly when a word matches', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 8 }),
        (text, q) => {
          const parts = highlightParts(text, q)
          expect(parts.map((p) => p.text).join('')).toBe(text)
          const words = tokenize(fold(text))
          const matches = queryTerms(q).some((t) => tokensHavePrefix(words, t))
          expect(parts.some((p) => p.match)).toBe(matches)
        },
      ),
      { numRuns: 500 },
    )
  }, 30_000)

  it('marks whole words an alias or a typo stood for', () => {
    expect(highlightParts('Go and Kubernetes', 'golang kubernets', ['go', 'kubernetes'])).toEqual([
      { text: 'Go', match: true },
      { text: ' and ', match: false },
      { text: 'Kubernetes', match: true },
    ])
    // Only whole words: "Google" is not "Go".
    expect(highlightParts('Google', 'golang', ['go'])).toEqual([{ text: 'Google', match: false }])
  })
})
