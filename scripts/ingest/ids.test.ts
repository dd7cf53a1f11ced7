import { describe, expect, it } from 'vitest'
import { makePosting } from '../../src/model/posting-fixture.ts'
import type { PostingLocation } from '../../src/model/posting.ts'
import type { IdLedger } from './id-ledger.ts'
import { assignIds, recordIds } from './ids.ts'
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

  describe('with the ledger of earlier builds', () => {
    /** One build: the ids it gives, by file, and the ledger it leaves. */
    function build(items: Found[], ledger: IdLedger = new Map()) {
      const postings = assignIds(items, ledger)
      const ids = Object.fromEntries(postings.map((p, i) => [items[i]!.origin, p.id]))
      return { ids, ledger: recordIds(ledger, items, postings).ledger }
    }

    it('gives a role added later with the same company and title a suffix, never the first', () => {
      const first = build([found('acme-backend-engineer', 'z.txt', [at('Berlin', 'DE')])])
      expect(first.ids).toEqual({ 'z.txt': 'acme-backend-engineer' })
      const second = build(
        [
          found('acme-backend-engineer', 'a.txt', [at('Paris', 'FR')]),
          found('acme-backend-engineer', 'z.txt', [at('Berlin', 'DE')]),
          found('acme-backend-engineer', 'b.txt', [at('Paris', 'FR')]),
        ],
        first.ledger,
      )
      expect(second.ids['z.txt']).toBe('acme-backend-engineer')
      // Two new roles in one place: their file fingerprints tell them apart.
      expect(second.ids['a.txt']).toMatch(/^acme-backend-engineer-[a-z0-9]{7}$/)
      expect(second.ids['b.txt']).toMatch(/^acme-backend-engineer-[a-z0-9]{7}$/)
      expect(second.ids['a.txt']).not.toBe(second.ids['b.txt'])
      const third = build(
        [found('acme-backend-engineer', 'b.txt', [at('Paris', 'FR')])],
        second.ledger,
      )
      expect(third.ids['b.txt']).toBe(second.ids['b.txt'])
    })

    it('never gives an id to another role once its own role is gone', () => {
      const first = build([found('acme-backend-engineer', 'a.txt')])
      const second = build([found('acme-backend-engineer', 'b.txt')], first.ledger)
      expect(second.ids['b.txt']).toMatch(/^acme-backend-engineer-[a-z0-9]{7}$/)
      expect(second.ledger.get('acme-backend-engineer')?.files).toEqual(['a.txt'])
    })

    it('keeps the id of a role moved to .closed/, and of one whose role gained a source', () => {
      const open = found('acme-backend-engineer', 'fetched/1.md', [at('Berlin', 'DE')])
      const other = found('acme-backend-engineer', 'fetched/2.md', [at('Berlin', 'DE')])
      const first = build([open, other])
      const closed: Found = {
        posting: { ...open.posting, source: { file: '.closed/fetched/1.md' } },
        origin: '.closed/fetched/1.md',
      }
      const merged: Found = {
        ...other,
        posting: {
          ...other.posting,
          sources: [other.posting.source, { file: 'fetched/3.md' }],
        },
      }
      const second = build([merged, closed], first.ledger)
      expect(second.ids['.closed/fetched/1.md']).toBe(first.ids['fetched/1.md'])
      expect(second.ids['fetched/2.md']).toBe(first.ids['fetched/2.md'])
      expect(second.ledger.get(first.ids['fetched/2.md']!)?.files).toEqual([
        'fetched/2.md',
        'fetched/3.md',
      ])
    })

    it('gives a new id when the file now names another role (company or title changed)', () => {
      const first = build([found('acme-backend-engineer', 'a.txt')])
      const second = build([found('acme-data-engineer', 'a.txt')], first.ledger)
      expect(second.ids['a.txt']).toBe('acme-data-engineer')
      // The old id stays reserved for the role it named.
      expect([...second.ledger.keys()]).toEqual(['acme-backend-engineer', 'acme-data-engineer'])
    })
  })
})
