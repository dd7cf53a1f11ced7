import type { SortOrder } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import type { Bitset } from './bitset.ts'
import { columnsFromPostings, valueOfRow, type BoardColumns } from './columns.ts'
import { facetIndexFromColumn, type FacetIndex } from './facet-index.ts'
import { compareNames } from './facet-order.ts'
import { buildTextIndex, textIndexFromColumns, type TextIndex } from './text-index.ts'
import { FACET_KEYS, type FacetKey } from './types.ts'

/**
 * Everything the engine searches, built from columns alone: facet indexes, the words of
 * title, company, team and stack, office days and each sort order's row ranks. The text of
 * the postings' sections comes separately (prefix fragments, or pasted postings' own).
 */
export type BoardIndex = {
  size: number
  facets: Record<FacetKey, FacetIndex>
  /** Title, company, team and stack words: always loaded, so searching them is instant. */
  fields: TextIndex
  officeDays: Float64Array
  /** Rows shown on the board (hidden roles left out); null: every row. */
  visible: Bitset | null
  /** Row comparator for each sort order: the reference engine's order. */
  compare(sort: SortOrder): (a: number, b: number) => number
  /** Every row in that order. */
  order(sort: SortOrder): Uint32Array
  /** Row of each title (for similar roles and lists that show titles without a card). */
  titleOf(row: number): string
  columns: BoardColumns
}

export type BoardIndexOptions = {
  /** Rows 0 .. ordered-1 are already in (title, id) order: the build ships them so. */
  ordered?: number
  /** The id of a row, where known (needed to order rows with equal titles exactly). */
  idOf?: (row: number) => string | undefined
  visible?: Bitset | null
}

export function boardIndexFromColumns(
  board: BoardColumns,
  options: BoardIndexOptions = {},
): BoardIndex {
  const { size, columns } = board
  const facets = {} as Record<FacetKey, FacetIndex>
  for (const key of FACET_KEYS) facets[key] = facetIndexFromColumn(columns[key], size)
  const fields = textIndexFromColumns(
    [columns.title, columns.company, columns.team, columns.stack],
    size,
  )
  const titleIds = valueOfRow(columns.title, size)
  const titleOf = (row: number) => columns.title.values[titleIds[row]!] ?? ''
  const titleRank = titleRanks(size, titleOf, options.ordered ?? 0, options.idOf)

  // One number per row whose ascending order is the sort order: (major key, title rank).
  // Titles ranks are unique, so keys never tie, and a native numeric sort orders them.
  const keys = new Map<SortOrder, Float64Array>()
  function sortKeys(sort: SortOrder): Float64Array {
    let found = keys.get(sort)
    if (found) return found
    let major: Float64Array | null = null
    if (sort === 'company') {
      const company = valueOfRow(columns.company, size)
      const rank = facets.company.nameRank
      const none = rank.length
      major = Float64Array.from(company, (id) => (id < 0 ? none : rank[id]!))
    } else if (sort === 'newest') {
      // Newest first; undated roles last. ISO dates order as strings.
      const posted = columns.posted.values
      const order = Uint32Array.from(posted.keys()).sort((a, b) =>
        posted[a]! < posted[b]! ? 1 : posted[a]! > posted[b]! ? -1 : 0,
      )
      const rankOf = new Uint32Array(posted.length)
      order.forEach((id, rank) => (rankOf[id] = rank))
      major = Float64Array.from(valueOfRow(columns.posted, size), (id) =>
        id < 0 ? posted.length : rankOf[id]!,
      )
    }
    found = new Float64Array(size)
    for (let row = 0; row < size; row++)
      found[row] = (major ? major[row]! * (size + 1) : 0) + titleRank[row]! + 1
    keys.set(sort, found)
    return found
  }
  function order(sort: SortOrder): Uint32Array {
    const key = sortKeys(sort)
    const sorted = key.slice().sort()
    const rowOf = new Map<number, number>()
    for (let row = 0; row < size; row++) rowOf.set(key[row]!, row)
    return Uint32Array.from(sorted, (k) => rowOf.get(k)!)
  }
  function compare(sort: SortOrder) {
    const key = sortKeys(sort)
    return (a: number, b: number) => key[a]! - key[b]!
  }

  return {
    size,
    facets,
    fields,
    officeDays: board.officeDays,
    visible: options.visible ?? null,
    compare,
    order,
    titleOf,
    columns: board,
  }
}

/**
 * A number per row giving (title, id) order. Rows below `ordered` keep their own number;
 * later rows (pasted postings) are sorted and slotted between them by binary search.
 */
function titleRanks(
  size: number,
  titleOf: (row: number) => string,
  ordered: number,
  idOf: ((row: number) => string | undefined) | undefined,
): Float64Array {
  const rank = new Float64Array(size)
  for (let row = 0; row < ordered; row++) rank[row] = row
  const compareRows = (a: number, b: number) => {
    const byTitle = compareNames(titleOf(a), titleOf(b))
    if (byTitle) return byTitle
    const ia = idOf?.(a)
    const ib = idOf?.(b)
    // Without a bundled row's id, an equal title sorts the later row after it.
    return ia !== undefined && ib !== undefined ? compareNames(ia, ib) : a - b
  }
  const rest = Array.from({ length: size - ordered }, (_, k) => ordered + k).sort(compareRows)
  rest.forEach((row, k) => {
    let lo = 0
    let hi = ordered
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareRows(mid, row) < 0) lo = mid + 1
      else hi = mid
    }
    // Between bundled rows lo-1 and lo, in the rest's own order.
    rank[row] = lo - 1 + (k + 1) / (rest.length + 1)
  })
  return rank
}

/** The index of postings held in memory: every field, the sections' text included. */
export function boardIndexFromPostings(postings: readonly Posting[]): {
  index: BoardIndex
  sections: TextIndex
} {
  const index = boardIndexFromColumns(columnsFromPostings(postings), {
    idOf: (row) => postings[row]?.id,
  })
  return { index, sections: buildTextIndex(postings) }
}
