import type { Posting } from '../model/posting.ts'
import { fullBitset, type Bitset } from './bitset.ts'
import { boardIndexFromColumns, facetIndexes } from './board-index.ts'
import {
  appendColumns,
  columnsFromPostings,
  decodeColumns,
  decodeDeltas,
  encodeDeltas,
  type BoardColumns,
  type ColumnsFile,
} from './columns.ts'
import type { FacetIndex } from './facet-index.ts'
import { compareNames } from './facet-order.ts'
import { createRowEngine, type RowEngine } from './indexed-engine.ts'
import type { StackAliases } from './stack-aliases.ts'
import type { Fragment } from './text-fragments.ts'
import { buildTextIndex, sectionText, textIndexFromTerms, type TextIndex } from './text-index.ts'
import type { FacetKey } from './types.ts'

/**
 * The build ships the board's postings in (title, id) order, so the title sort is the row
 * order and the browser never compares titles of shipped rows.
 */
export function orderForShipping(postings: readonly Posting[]): Posting[] {
  return [...postings].sort((a, b) => compareNames(a.title, b.title) || compareNames(a.id, b.id))
}

export type FragmentFile = { terms: string[]; rows: number[][] }

export const encodeFragment = (fragment: Fragment): FragmentFile => ({
  terms: fragment.terms,
  rows: fragment.rows.map(encodeDeltas),
})

export const decodeFragment = (file: FragmentFile): Fragment => ({
  terms: file.terms,
  rows: file.rows.map(decodeDeltas),
})

export type ShippedBoard = {
  engine: RowEngine
  /** Rows from this one on are the pasted postings, in the order given. */
  shippedSize: number
  pasted: readonly Posting[]
  /** The pasted postings' own text: they have no fragments. */
  pastedText: TextIndex
}

/**
 * The board the browser searches: the shipped columns, the user's pasted postings after
 * them (an id the board already has stays the board's), hidden roles left out.
 * `ids` (the shipped rows' ids) is needed only when there are pasted or hidden postings.
 */
export function assembleBoard(
  shipped: BoardColumns,
  ids: readonly string[] | null,
  pastedPostings: readonly Posting[],
  hidden: ReadonlySet<string>,
  /** The shipped columns' facet indexes, when already built (they serve without pasted rows). */
  shippedFacets?: Record<FacetKey, FacetIndex>,
  aliases: StackAliases = {},
  /** The shipped rows in the newest order, when already computed (likewise). */
  shippedNewest?: Uint32Array,
): ShippedBoard {
  const known = new Set(ids ?? [])
  const pasted = pastedPostings.filter((posting) => !known.has(posting.id))
  const columns = appendColumns(shipped, columnsFromPostings(pasted))
  const size = columns.size
  const idOf = (row: number) => (row < shipped.size ? ids?.[row] : pasted[row - shipped.size]?.id)
  let visible: Bitset | null = null
  if (hidden.size > 0) {
    visible = fullBitset(size)
    for (let row = 0; row < size; row++) {
      const id = idOf(row)
      if (id !== undefined && hidden.has(id)) visible[row >>> 5]! &= ~(1 << (row & 31))
    }
  }
  const index = boardIndexFromColumns(columns, {
    ordered: shipped.size,
    idOf,
    visible,
    facets: pasted.length === 0 ? shippedFacets : undefined,
    orders: pasted.length === 0 && shippedNewest ? { newest: shippedNewest } : undefined,
    aliases,
  })
  return {
    engine: createRowEngine(index),
    shippedSize: shipped.size,
    pasted,
    pastedText: buildTextIndex(pasted, sectionText, shipped.size, size),
  }
}

/** A loaded fragment as a text index over a board of `size` rows. */
export const fragmentIndex = (fragment: Fragment, size: number): TextIndex =>
  textIndexFromTerms(fragment.terms, fragment.rows, size)

/**
 * The board's index file: the columns, which text fragments exist, and the query words
 * that are other names of stack values (stack-aliases.ts).
 */
export type BoardIndexFile = {
  version: 1
  columns: ColumnsFile
  fragments: string[]
  aliases?: Record<string, string[]>
}

/**
 * The board's index file, opened: its columns, facet indexes, the rows in the newest order
 * (the board's default order, and relevance's start), fragment keys and aliases.
 */
export type OpenedBoardIndex = {
  columns: BoardColumns
  facets: Record<FacetKey, FacetIndex>
  newest: Uint32Array
  fragments: string[]
  aliases: StackAliases
}

/**
 * Parses and decodes the index file and builds its facet indexes and the default order
 * (done in a worker, so the board's first render on the main thread has less to do).
 */
export function openBoardIndex(text: string): OpenedBoardIndex {
  const file = JSON.parse(text) as BoardIndexFile
  const columns = decodeColumns(file.columns)
  const facets = facetIndexes(columns)
  return {
    columns,
    facets,
    newest: boardIndexFromColumns(columns, { ordered: columns.size, facets }).order('newest'),
    fragments: file.fragments,
    aliases: file.aliases ?? {},
  }
}

/** Every typed array's buffer in an opened index, to transfer rather than copy it. */
export function buffersOf(opened: OpenedBoardIndex): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  const add = (array: ArrayBufferView) => buffers.add(array.buffer as ArrayBuffer)
  add(opened.columns.officeDays)
  add(opened.newest)
  for (const numbers of Object.values(opened.columns.numbers)) add(numbers)
  for (const column of Object.values(opened.columns.columns)) column.rows.forEach(add)
  for (const facet of Object.values(opened.facets)) {
    for (const list of facet.postings) {
      add(list.list)
      if (list.bits) add(list.bits)
    }
    for (const array of [facet.start, facet.ids, facet.totals, facet.byRank, facet.nameRank])
      add(array)
    add(facet.counts)
    add(facet.sortKeys)
  }
  return [...buffers]
}
