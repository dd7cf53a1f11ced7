import { describe, expect, it } from 'vitest'
import { forgetDocumentMemos, memoPerDocument } from './document-memo.ts'

describe('memoPerDocument', () => {
  it('answers a repeated question from memory until the next document', () => {
    let calls = 0
    const length = memoPerDocument(
      (text: string) => {
        calls++
        return text.length
      },
      (text) => text,
    )
    expect([length('Berlin'), length('Berlin'), length('Lisbon')]).toEqual([6, 6, 6])
    expect(calls).toBe(2)
    forgetDocumentMemos()
    length('Berlin')
    expect(calls).toBe(3)
  })

  it('does not keep what has no key', () => {
    let calls = 0
    const twice = memoPerDocument(
      (n: number) => {
        calls++
        return n * 2
      },
      () => null,
    )
    expect(twice(2) + twice(2)).toBe(8)
    expect(calls).toBe(2)
  })

  it('gives every caller its own copy of an object answer', () => {
    const place = memoPerDocument(
      (city: string) => ({ city, country: 'DE' }),
      (city) => city,
      (value) => ({ ...value }),
    )
    const first = place('Köln')
    first.country = 'changed by a caller'
    expect(place('Köln')).toEqual({ city: 'Köln', country: 'DE' })
  })
})
