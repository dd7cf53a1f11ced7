import { describe, expect, it } from 'vitest'
import { anyLiteral } from './any-literal.ts'

describe('anyLiteral', () => {
  it('finds any of the strings anywhere in a text, as written', () => {
    const hint = anyLiteral(['remot', 'vor ort', 'c++'])
    expect(hint.test('fully remote team')).toBe(true)
    expect(hint.test('arbeit vor ort')).toBe(true)
    expect(hint.test('we use c++ daily')).toBe(true)
    expect(hint.test('arbeit vor  ort')).toBe(false)
    expect(hint.test('REMOTE')).toBe(false)
    expect(hint.test('c+ and c')).toBe(false)
  })

  it('refuses an empty list, which would match every text', () => {
    expect(() => anyLiteral([])).toThrow()
  })
})
