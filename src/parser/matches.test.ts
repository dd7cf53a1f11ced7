import { describe, expect, it } from 'vitest'
import { allMatches, allMatchesAtSentenceStarts, allMatchesInRuns } from './matches.ts'
import { forEachLetterRun, forEachWordRun } from './word-start.ts'

describe('allMatches', () => {
  it('finds every match with its position and groups, as matchAll does', () => {
    const found = allMatches(/(?<word>[a-z]+)(\d)/g, 'ab1 cd2 e')
    expect(found.map((m) => [m.index, m[0], m[2], m.groups?.word])).toEqual([
      [0, 'ab1', '1', 'ab'],
      [4, 'cd2', '2', 'cd'],
    ])
  })

  it('steps over empty matches a whole character at a time, surrogate pairs included', () => {
    expect(allMatches(/x*/gu, 'a😀x').map((m) => [m.index, m[0]])).toEqual([
      [0, ''],
      [1, ''],
      [3, 'x'],
      [4, ''],
    ])
  })

  it('leaves the regex where it was, so a search inside the loop is not disturbed', () => {
    const re = /o/g
    re.lastIndex = 2
    expect(allMatches(re, 'foo boo').map((m) => m.index)).toEqual([2, 5, 6])
    expect(re.lastIndex).toBe(2)
  })

  it('refuses a regex that is not global, as matchAll does', () => {
    expect(() => allMatches(/o/, 'foo')).toThrow(TypeError)
  })
})

describe('word runs', () => {
  const runs = (scan: typeof forEachWordRun, text: string) => {
    const found: string[] = []
    scan(text, (start, end) => void found.push(text.slice(start, end)))
    return found
  }

  it('reads letters and digits of any script as words, signs and spaces between them', () => {
    expect(runs(forEachWordRun, 'Node.js 20, Gdańsk/Łódź — 𝒳y')).toEqual([
      'Node',
      'js',
      '20',
      'Gdańsk',
      'Łódź',
      '𝒳y',
    ])
  })

  it('reads only letters as words for the language count, and stops when asked', () => {
    const found: string[] = []
    forEachLetterRun('the 3 Straße und', (start, end) => {
      found.push('the 3 Straße und'.slice(start, end))
      return found.length < 2
    })
    expect(found).toEqual(['the', 'Straße'])
    expect(runs(forEachLetterRun, 'ab12cd')).toEqual(['ab', 'cd'])
  })
})

describe('allMatchesInRuns', () => {
  it('finds what allMatches finds, at the same places, trying only runs that carry the mark', () => {
    const host = /([a-z0-9-]+\.(?:com|io))(\/\S*)?/gi
    const text = 'See acme.io/jobs and\u00a0www.Beta.com, not betacom.\nmail: x@y.io\t. end.'
    const expected = allMatches(host, text).map((m) => [m.index, m[0], m[2]])
    expect(expected.length).toBe(3)
    expect(allMatchesInRuns(host, text, '.').map((m) => [m.index, m[0], m[2]])).toEqual(expected)
  })

  it('finds nothing in a text without the mark', () => {
    expect(allMatchesInRuns(/\w+\.\w+/g, 'no dots here at all', '.')).toEqual([])
  })
})

describe('allMatchesAtSentenceStarts', () => {
  const company = /(?:^|[.!?]\s+)(\p{Lu}\p{L}+)\s+is\s+hiring\b/gmu

  it('finds what allMatches finds at the start of the text, of lines and of sentences', () => {
    const text =
      'Acme is hiring. Then Beta is hiring!\u00a0Gamma is hiring\rDelta is hiring?\n' +
      'mid Zeta is hiring, and Eta is hiring.\u2028Theta is hiring\u2029Iota is hiring'
    const expected = allMatches(company, text).map((m) => [m.index, m[0], m[1]])
    expect(expected.map((m) => m[2])).toEqual(['Acme', 'Gamma', 'Delta', 'Theta', 'Iota'])
    expect(allMatchesAtSentenceStarts(company, text).map((m) => [m.index, m[0], m[1]])).toEqual(
      expected,
    )
  })

  it('refuses a pattern that does not begin at a sentence start', () => {
    expect(() =>
      allMatchesAtSentenceStarts(/^(\p{Lu}\p{L}+) is hiring/gmu, 'Acme is hiring'),
    ).toThrow(TypeError)
  })
})
