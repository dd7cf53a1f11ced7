import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Posting } from '../model/posting.ts'
import { columnsFromPostings, encodeColumns } from './columns.ts'
import { createReferenceEngine } from './reference-engine.ts'
import {
  assembleBoard,
  decodeFragment,
  openBoardIndex,
  type BoardIndexFile,
  type FragmentFile,
  encodeFragment,
  fragmentIndex,
  orderForShipping,
} from './shipped-board.ts'
import { boardArb, filtersArb, TEST_ALIASES } from './testing/arbitraries.ts'
import { fragmentKeysFor, splitTextIndex } from './text-fragments.ts'
import { buildTextIndex } from './text-index.ts'

const today = { today: '2026-11-03' }

/**
 * What the build writes and the browser reads back: through JSON as over the network, the
 * index opened as the worker opens it and cloned as postMessage clones it.
 */
function ship(postings: Posting[], leafEntries: number) {
  const rows = orderForShipping(postings)
  const file: BoardIndexFile = {
    version: 1,
    columns: encodeColumns(columnsFromPostings(rows)),
    fragments: [],
  }
  const { columns, facets, newest } = structuredClone(openBoardIndex(JSON.stringify(file)))
  const fragments = new Map(
    [...splitTextIndex(buildTextIndex(rows), leafEntries)].map(([key, fragment]) => [
      key,
      decodeFragment(JSON.parse(JSON.stringify(encodeFragment(fragment))) as FragmentFile),
    ]),
  )
  return { rows, columns, facets, newest, fragments, ids: rows.map((p) => p.id) }
}

describe('the shipped board (columns, text fragments, pasted and hidden roles)', () => {
  it('finds exactly what the reference engine finds over the same postings', () => {
    fc.assert(
      fc.property(
        boardArb,
        fc.nat(),
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.array(filtersArb, { minLength: 1, maxLength: 4 }),
        // From fragments split at every character to one leaf per first two characters.
        fc.constantFrom(0, 2, 10_000),
        (board, cut, hideFlags, allFilters, leafEntries) => {
          const split = board.length ? cut % (board.length + 1) : 0
          const shipped = ship(board.slice(0, split), leafEntries)
          const pasted = board.slice(split)
          const hidden = new Set(board.filter((_, i) => hideFlags[i]).map((p) => p.id))
          const assembled = assembleBoard(
            shipped.columns,
            shipped.ids,
            pasted,
            hidden,
            shipped.facets,
            TEST_ALIASES,
            shipped.newest,
          )
          const rowPostings = [...shipped.rows, ...assembled.pasted]
          const reference = createReferenceEngine(
            rowPostings.filter((p) => !hidden.has(p.id)),
            TEST_ALIASES,
          )
          for (const filters of allFilters) {
            const text = fragmentKeysFor(filters.q, new Set(shipped.fragments.keys())).map((key) =>
              fragmentIndex(shipped.fragments.get(key)!, assembled.engine.index.size),
            )
            const got = assembled.engine.search(filters, [...text, assembled.pastedText], today)
            const want = reference.search(filters, today)
            expect({
              ids: Array.from(got.rows, (row) => rowPostings[row]!.id),
              total: got.total,
              facets: got.facets,
              ranges: got.ranges,
            }).toEqual({
              ids: want.items.map((p) => p.id),
              total: want.total,
              facets: want.facets,
              ranges: want.ranges,
            })
          }
        },
      ),
      { numRuns: 150 },
    )
  }, 30_000)
})
