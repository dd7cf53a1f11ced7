import { describe, expect, it } from 'vitest'
import { decodeEntities } from './entities.ts'

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('caf&eacute; &ndash; &#8364;5 &#x1F600; R&amp;D')).toBe(
      'café – €5 😀 R&D',
    )
  })

  it('leaves names of object members as written', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(decodeEntities(`a &${name}; b`)).toBe(`a &${name}; b`)
    }
  })

  it('reads 128–159 as Windows-1252, as browsers do', () => {
    expect(decodeEntities('2&#150;3 &#147;quoted&#148;')).toBe('2–3 “quoted”')
  })

  it('keeps tab and line feed, and leaves references to controls and non-characters as written', () => {
    expect(decodeEntities('a&#9;b&#10;c')).toBe('a\tb\nc')
    expect(decodeEntities('&#0; &#27; &#x81; &#xD800; &#x110000;')).toBe(
      '&#0; &#27; &#x81; &#xD800; &#x110000;',
    )
  })
})
