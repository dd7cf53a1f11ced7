import { describe, expect, it } from 'vitest'
import { makePosting } from '../../src/model/posting-fixture.ts'
import type { Posting } from '../../src/model/posting.ts'
import { mergeSameRoles, type Found } from './merge.ts'

const berlin = { city: 'Berlin', region: null, country: 'DE' }
const paris = { city: 'Paris', region: null, country: 'FR' }

function found(file: string, overrides: Partial<Posting> = {}): Found {
  return {
    posting: makePosting({
      id: 'acme-backend-engineer',
      company: 'Acme',
      title: 'Backend Engineer',
      locations: [berlin],
      source: { file, url: `https://jobs.example.com/${file}` },
      ...overrides,
    }),
    origin: file,
  }
}

describe('mergeSameRoles', () => {
  it('merges the same company, title and places into the first, keeping every source', () => {
    const { postings, merged } = mergeSameRoles([
      found('a.txt'),
      found('b.txt', {
        title: 'backend  engineer',
        company: 'ACME',
        sections: { summary: ['B'] } as Posting['sections'],
      }),
      found('c.txt', { title: 'Frontend Engineer' }),
    ])
    expect(merged).toBe(1)
    expect(postings.map((p) => p.origin)).toEqual(['a.txt', 'c.txt'])
    expect(postings[0]!.posting.sources).toEqual([
      { file: 'a.txt', url: 'https://jobs.example.com/a.txt' },
      { file: 'b.txt', url: 'https://jobs.example.com/b.txt' },
    ])
    expect(postings[0]!.posting.source).toEqual({
      file: 'a.txt',
      url: 'https://jobs.example.com/a.txt',
    })
    expect(postings[1]!.posting.sources).toBeUndefined()
  })

  it('merges places given in another order, not other places', () => {
    const { postings, merged } = mergeSameRoles([
      found('a.txt', { locations: [berlin, paris] }),
      found('b.txt', { locations: [paris, berlin] }),
      found('c.txt', { locations: [paris] }),
    ])
    expect(merged).toBe(1)
    expect(postings.map((p) => p.origin)).toEqual(['a.txt', 'c.txt'])
  })

  it('never merges roles whose company is unknown', () => {
    const { postings, merged } = mergeSameRoles([
      found('a.txt', { company: null }),
      found('b.txt', { company: null }),
    ])
    expect(merged).toBe(0)
    expect(postings).toHaveLength(2)
  })
})
