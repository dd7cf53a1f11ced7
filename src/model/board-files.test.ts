import { describe, expect, it } from 'vitest'
import { postingFileName, prerenderable, toCard } from './board-files'
import { makePosting } from './posting-fixture'

describe('postingFileName', () => {
  it('keeps slug ids and escapes everything else one-to-one', () => {
    expect(postingFileName('acme-sre-2')).toBe('acme-sre-2')
    expect(postingFileName('Acme/SRE')).toBe('_0041cme_002f_0053_0052_0045')
    expect(postingFileName('a_b')).toBe('a_005fb')
    expect(postingFileName('a_005fb')).not.toBe(postingFileName('a_b'))
    expect(postingFileName('../x')).toBe('_002e_002e_002fx')
  })

  it('prerenders only ids that are their own file name', () => {
    expect(prerenderable('acme-sre')).toBe(true)
    expect(prerenderable('pasted:acme')).toBe(false)
  })
})

describe('toCard', () => {
  it('drops only the posting’s own text', () => {
    const posting = makePosting({ id: 'x', title: 'SRE' })
    const { sections: _sections, ...rest } = posting
    expect(toCard(posting)).toEqual(rest)
  })
})
