import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makePosting } from '../model/posting-fixture.ts'
import type { Posting, StackItem } from '../model/posting.ts'
import { fullBitset } from './bitset.ts'
import { boardIndexFromColumns, type BoardIndex } from './board-index.ts'
import { columnsFromPostings } from './columns.ts'
import { orderForShipping } from './shipped-board.ts'
import { FAMILY_BONUS, similarRowsFinder, TECH_VISITS, type SimilarTo } from './similar-rows.ts'
import { boardArb } from './testing/arbitraries.ts'

const tech = (...names: string[]): StackItem[] => names.map((name) => ({ name, category: 'other' }))
const roleOf = (posting: Posting, row: number | null): SimilarTo => ({
  stack: posting.stack.map((item) => item.name),
  family: posting.roleFamily,
  row,
})

/** The definition, row by row over the whole board: what the finder must agree with. */
function everyRowScored(index: BoardIndex, rows: Posting[], role: SimilarTo, limit: number) {
  const own = new Set(role.stack.map((name) => name.trim().toLowerCase()))
  const byTitle = index.compare('title')
  const scored = rows.flatMap((other, row) => {
    if (row === role.row) return []
    if (index.visible && !(index.visible[row >>> 5]! & (1 << (row & 31)))) return []
    const shared = new Set(
      other.stack.map((item) => item.name.trim().toLowerCase()).filter((k) => own.has(k)),
    ).size
    const family = role.family !== 'other' && other.roleFamily === role.family
    const score = shared + (family ? FAMILY_BONUS : 0)
    return score > 0 ? [{ row, shared, score }] : []
  })
  scored.sort((a, b) => b.score - a.score || b.shared - a.shared || byTitle(a.row, b.row))
  return scored.slice(0, limit).map((s) => s.row)
}

function without(size: number, rows: number[]) {
  const bits = fullBitset(size)
  for (const row of rows) bits[row >>> 5]! &= ~(1 << (row & 31))
  return bits
}

describe('similarRowsFinder', () => {
  it('ranks by shared technologies (ignoring case) plus the family bonus, then title', () => {
    const rows = orderForShipping([
      makePosting({ id: 'self', title: 'M', roleFamily: 'backend', stack: tech('Go', 'Kafka') }),
      makePosting({ id: 'a', title: 'A', roleFamily: 'design', stack: tech('go') }),
      makePosting({ id: 'b', title: 'B', roleFamily: 'backend', stack: tech('Rust') }),
      makePosting({ id: 'c', title: 'C', roleFamily: 'backend', stack: tech('Go', 'kafka') }),
      makePosting({ id: 'd', title: 'D', roleFamily: 'data', stack: tech('Python') }),
      makePosting({ id: 'e', title: 'E', roleFamily: 'design', stack: tech('Go', 'GO') }),
    ])
    const index = boardIndexFromColumns(columnsFromPostings(rows), { ordered: rows.length })
    const find = similarRowsFinder(index)
    const selfRow = rows.findIndex((p) => p.id === 'self')
    const ids = find(roleOf(rows[selfRow]!, selfRow), 5).map((row) => rows[row]!.id)
    // c: 2 shared + family; b: family only (2); a and e: one shared each, in title order.
    expect(ids).toEqual(['c', 'b', 'a', 'e'])
  })

  it('agrees with scoring every row, for shipped boards, pasted rows and hidden rows', () => {
    fc.assert(
      fc.property(
        boardArb,
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (postings, shipped, hiddenMarks, limit) => {
          // Shipped: rows in title order. Otherwise the given order, as with pasted postings.
          const rows = shipped ? orderForShipping(postings) : postings
          const hidden = hiddenMarks.flatMap((h, row) => (h && row < rows.length ? [row] : []))
          const index = boardIndexFromColumns(columnsFromPostings(rows), {
            ordered: shipped ? rows.length : 0,
            idOf: (row) => rows[row]?.id,
            visible: hidden.length ? without(rows.length, hidden) : null,
          })
          const find = similarRowsFinder(index)
          rows.forEach((posting, row) => {
            const role = roleOf(posting, row)
            expect(find(role, limit)).toEqual(everyRowScored(index, rows, role, limit))
          })
        },
      ),
      { numRuns: 150 },
    )
  }, 30_000)

  describe('on a board larger than the visits', () => {
    // A common technology on more rows than a role visits, in title order "Role 0000" ...
    const common = Array.from({ length: TECH_VISITS + 500 }, (_, k) =>
      makePosting({
        id: `role-${k}`,
        title: `Role ${String(k).padStart(4, '0')}`,
        roleFamily: 'backend',
        stack: tech('Python'),
      }),
    )
    // ... and, last in title order, rows a role should still find.
    const late = [
      makePosting({
        id: 'z-elixir-1',
        title: 'Zeta 1',
        roleFamily: 'backend',
        stack: tech('Python', 'Elixir'),
      }),
      makePosting({
        id: 'z-elixir-2',
        title: 'Zeta 2',
        roleFamily: 'design',
        stack: tech('elixir'),
      }),
      makePosting({ id: 'z-data', title: 'Zeta 3', roleFamily: 'data', stack: tech('Python') }),
    ]
    const rows = orderForShipping([...common, ...late])
    const index = boardIndexFromColumns(columnsFromPostings(rows), { ordered: rows.length })
    const find = similarRowsFinder(index)
    const ids = (role: SimilarTo, limit: number) => find(role, limit).map((row) => rows[row]!.id)

    it('meets the rows of a rare technology first, wherever they are in title order', () => {
      const role = { stack: ['Python', 'Elixir'], family: 'other', row: null }
      // Both technologies first (past the rows Python alone would visit), then one shared
      // technology each, Elixir or Python, in title order.
      expect(ids(role, 4)).toEqual(['z-elixir-1', 'role-0', 'role-1', 'role-2'])
      expect(ids({ ...role, stack: ['ELIXIR'] }, 4)).toEqual(['z-elixir-1', 'z-elixir-2'])
    })

    it('meets the rows of its family beside its technologies', () => {
      const role = { stack: ['Python'], family: 'data', row: null }
      expect(ids(role, 3)).toEqual(['z-data', 'role-0', 'role-1'])
    })

    it('leaves out its own row and ranks the title-first of equal rows', () => {
      const own = rows.findIndex((posting) => posting.id === 'role-0')
      expect(ids(roleOf(rows[own]!, own), 3)).toEqual(['role-1', 'role-2', 'role-3'])
    })
  })
})
