import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareParamsToString, parseCompareParams } from './compare-params.ts'

const id = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/)

describe('compare URL codec', () => {
  it('reads back the ids it wrote (2 to 4, unique, order kept)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 2, maxLength: 4 }), (ids) => {
        expect(parseCompareParams(compareParamsToString(ids))).toEqual({ value: ids, notes: [] })
      }),
    )
  }, 30_000)

  it('never throws, and writing what it read is a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        const once = compareParamsToString(parseCompareParams(input).value)
        expect(compareParamsToString(parseCompareParams(once).value)).toBe(once)
      }),
      { numRuns: 1000 },
    )
  }, 30_000)

  it('drops blanks and repeats, keeps four, and says so', () => {
    expect(parseCompareParams('ids=a,,b,a&ids=c,d,e,f&ref=x')).toEqual({
      value: ['a', 'b', 'c', 'd'],
      notes: [
        'Ignored the unknown parameter “ref”.',
        'Only 4 roles can be compared; left out “e”, “f”.',
      ],
    })
    expect(parseCompareParams('ids=a').notes).toEqual([
      'Comparing needs at least 2 roles; this link names only one.',
    ])
    expect(compareParamsToString(['b', 'a', 'b'])).toBe('ids=b,a')
  })

  it('ignores, with a note, ids that break the id rule and values with broken %-escapes', () => {
    expect(parseCompareParams('ids=a,__proto__,b')).toEqual({
      value: ['a', 'b'],
      notes: [
        'Ignored the role “__proto__”: the id breaks the rule: an id is lower-case letters, digits and hyphens (at most 200 characters).',
      ],
    })
    expect(parseCompareParams('ids=a,b%E0')).toEqual({
      value: [],
      notes: ['Ignored ids “a,b%E0”: it has a broken %-escape.'],
    })
  })
})
