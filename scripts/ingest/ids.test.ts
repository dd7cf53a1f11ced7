import { describe, expect, it } from 'vitest'
import { makePosting } from '../../src/model/posting-fixture.ts'
import type { PostingLocation } from '../../src/model/posting.ts'
import { assignIds } from './ids.ts'
import type { Found } from './merge.ts'

const at = (city: string, country: string): PostingLocation => ({ city, region: null, country })

function found(id: string, file: string, locations: PostingLocation[] = []): Found {
  return {
    posting: makePosting({ id, company: 'Acme', source: { file }, locations }),
    origin: file,
  }
}

describe('assignIds', () => {
  it('keeps an id no other posting asks for', () => {
    const ids = assignIds([
      found('acme-backend-engineer', 'a.txt'),
      found('acme-designer', 'b.txt'),
    ])
    expect(ids.map((p) => p.id)).toEqual(['acme-backend-engineer', 'acme-designer'])
  })

  it('tells roles sharing an id apart by their places, never colliding with "… 2"', () => {
    const postings = assignIds([
      found('acme-backend-engineer', 'a.txt', [at('Berlin', 'DE')]),
      found('acme-backend-engineer', 'b.txt', [at('Paris', 'FR')]),
      found('acme-backend-engineer-2', 'c.txt', [at('Berlin', 'DE')]),
    ])
    expect(postings.map((p) => p.id)).toEqual([
      'acme-backend-engineer-berlin',
      'acme-backend-engineer-paris',
      'acme-backend-engineer-2',
    ])
  })

  it('falls back to a fingerprint of the file when places do not tell roles apart', () => {
    const ids = assignIds([
      found('acme-backend-engineer', 'a.txt'),
      found('acme-backend-engineer', 'b.txt'),
      found('acme-backend-engineer-2', 'c.txt'),
    ]).map((p) => p.id)
    expect(new Set(ids).size).toBe(3)
    expect(ids[0]).toMatch(/^acme-backend-engineer-[a-z0-9]{7}$/)
    expect(ids[1]).toMatch(/^acme-backend-engineer-[a-z0-9]{7}$/)
    expect(ids[2]).toBe('acme-backend-engineer-2')
  })

  it('does not take an id another posting has as its own (a title naming the city)', () => {
    const ids = assignIds([
      found('acme-backend-engineer', 'a.txt', [at('Berlin', 'DE')]),
      found('acme-backend-engineer', 'b.txt', [at('Paris', 'FR')]),
      found('acme-backend-engineer-berlin', 'c.txt', [at('Berlin', 'DE')]),
    ]).map((p) => p.id)
    expect(ids[2]).toBe('acme-backend-engineer-berlin')
    expect(ids[0]).toMatch(/^acme-backend-engineer-[a-z0-9]{7}$/)
    expect(ids[1]).toBe('acme-backend-engineer-paris')
  })

  it('gives the same ids whatever the order of files, and when unrelated files come and go', () => {
    const a = found('acme-backend-engineer', 'a.txt')
    const b = found('acme-backend-engineer', 'b.txt')
    const c = found('acme-backend-engineer', 'c.txt', [at('Berlin', 'DE')])
    const idOf = (postings: ReturnType<typeof assignIds>, file: string) =>
      postings.find((p) => p.source.file === file)!.id
    const first = assignIds([a, b, c])
    const reversed = assignIds([c, b, a])
    const more = assignIds([found('zeta-designer', '0.txt'), c, a, found('acme-cto', 'z.txt'), b])
    for (const file of ['a.txt', 'b.txt', 'c.txt']) {
      expect(idOf(reversed, file)).toBe(idOf(first, file))
      expect(idOf(more, file)).toBe(idOf(first, file))
    }
  })

  it('never gives two postings one id, over many colliding names', () => {
    const many: Found[] = []
    for (let i = 0; i < 300; i++) {
      const base = ['acme-dev', 'acme-dev-2', 'acme-dev-berlin', 'acme-dev-3'][i % 4]!
      const place =
        i % 3 === 0 ? [at('Berlin', 'DE')] : i % 3 === 1 ? [at(String(i % 5), 'DE')] : []
      many.push(found(base, `f${i}.txt`, place))
    }
    const ids = assignIds(many).map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('replaces an id that breaks the id rule with one that follows it', () => {
    const [posting] = assignIds([
      {
        posting: makePosting({ id: 'Bad,Id', company: 'Acme', title: 'Data Engineer' }),
        origin: 'x.txt',
      },
    ])
    expect(posting!.id).toBe('acme-data-engineer')
  })
})
