import { describe, expect, it } from 'vitest'
import { makePosting } from './posting-fixture.ts'
import { isPostingId, postingIdProblem } from './posting-id.ts'
import { validatePosting } from './posting.ts'

describe('the posting id rule', () => {
  it('accepts slugs and pasted ids (a word such as `constructor` is an id like any other)', () => {
    for (const id of ['acme-backend-engineer', 'pasted-acme-2', '42', 'constructor'])
      expect(isPostingId(id)).toBe(true)
  })

  it('refuses what would break a path, a storage key or an ids= list', () => {
    for (const id of [
      '',
      '-lead',
      'Acme',
      'a,b',
      'a/b',
      'a b',
      'a%2Cb',
      '__proto__',
      'x'.repeat(201),
    ])
      expect(isPostingId(id)).toBe(false)
  })

  it('is the rule the Posting schema checks', () => {
    expect(validatePosting(makePosting({ id: 'acme-dev' })).ok).toBe(true)
    const bad = validatePosting(makePosting({ id: 'acme,dev' }))
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.issues[0]!.path).toBe('id')
  })
})

describe('postingIdProblem', () => {
  it('says what is wrong with a value that is not an id', () => {
    expect(postingIdProblem('acme-sre')).toBeNull()
    expect(postingIdProblem(42)).toBe('the id is not text')
    expect(postingIdProblem('')).toBe('the id is empty')
    expect(postingIdProblem('a'.repeat(201))).toBe('the id is 201 characters long (at most 200)')
    expect(postingIdProblem('__proto__')).toBe(
      'the id breaks the rule: an id is lower-case letters, digits and hyphens (at most 200 characters)',
    )
  })
})
