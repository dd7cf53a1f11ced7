import { describe, expect, it } from 'vitest'
import { highlightParts } from './highlight.ts'

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
