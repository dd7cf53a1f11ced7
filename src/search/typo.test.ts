import { describe, expect, it } from 'vitest'
import { startsWithTypo, withinOneEdit } from './typo.ts'

describe('one typo', () => {
  it('is one letter wrong, missing, extra, or two neighbours swapped', () => {
    expect(withinOneEdit('python', 'pythom')).toBe(true)
    expect(withinOneEdit('python', 'pyton')).toBe(true)
    expect(withinOneEdit('python', 'pythonn')).toBe(true)
    expect(withinOneEdit('python', 'pyhton')).toBe(true)
    expect(withinOneEdit('python', 'pyhtno')).toBe(false)
    expect(withinOneEdit('python', 'pytho')).toBe(true)
    expect(withinOneEdit('python', 'pyth')).toBe(false)
    expect(withinOneEdit('abc', 'xyz')).toBe(false)
  })

  it('matches the start of a longer word, for query words of five letters or more', () => {
    expect(startsWithTypo('kubernetes', 'kubernets')).toBe(true) // missing e
    expect(startsWithTypo('kubernetes', 'kuberentes')).toBe(true) // swap
    expect(startsWithTypo('postgresql', 'postgers')).toBe(true)
    expect(startsWithTypo('terraform', 'terrafrom')).toBe(true)
    expect(startsWithTypo('python', 'pyhton')).toBe(true)
    expect(startsWithTypo('typescript', 'typscr')).toBe(true)
    expect(startsWithTypo('react', 'raect')).toBe(true)
    // Four letters is too short to guess at.
    expect(startsWithTypo('rust', 'rsut')).toBe(false)
    expect(startsWithTypo('kotlin', 'java')).toBe(false)
    expect(startsWithTypo('go', 'golang')).toBe(false)
  })
})
