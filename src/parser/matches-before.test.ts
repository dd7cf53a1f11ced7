import { describe, expect, it } from 'vitest'
import { allMatches, allMatchesBefore } from './matches.ts'

describe('allMatchesBefore', () => {
  const NAME_AND_FORM = /\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:GmbH|Ltd)\b/g
  const text = 'We are Kranich Cloud GmbH and work with Blue Fox Ltd in Berlin.'

  it('finds the matches that end at the anchors, as allMatches does', () => {
    const anchors = [
      { end: text.indexOf('GmbH') + 4, earliest: 0 },
      { end: text.indexOf('Ltd') + 3, earliest: text.indexOf('and') },
    ]
    expect(allMatchesBefore(NAME_AND_FORM, text, anchors).map((m) => [m[0], m.index])).toEqual([
      ['Kranich Cloud GmbH', 7],
      ['Blue Fox Ltd', 40],
    ])
    expect(allMatches(NAME_AND_FORM, text).map((m) => [m[0], m.index])).toEqual([
      ['Kranich Cloud GmbH', 7],
      ['Blue Fox Ltd', 40],
    ])
  })

  it('does not search before the earliest start an anchor allows', () => {
    const anchors = [{ end: text.indexOf('GmbH') + 4, earliest: text.indexOf('Cloud') }]
    expect(allMatchesBefore(NAME_AND_FORM, text, anchors).map((m) => m[0])).toEqual(['Cloud GmbH'])
  })

  it('finds nothing without anchors, and leaves the regex as it was', () => {
    NAME_AND_FORM.lastIndex = 5
    expect(allMatchesBefore(NAME_AND_FORM, text, [])).toEqual([])
    expect(NAME_AND_FORM.lastIndex).toBe(5)
    NAME_AND_FORM.lastIndex = 0
  })
})
