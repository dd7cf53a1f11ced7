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

  const compares = new Map<SortOrder, (a: number, b: number) => number>()
  function compare(sort: SortOrder) {
    let fn = compares.get(sort)
    if (fn) return fn
    const byTitle = (a: number, b: number) => titleRank[a]! - titleRank[b]!
    if (sort === 'title') fn = byTitle
    else if (sort === 'company') {
      const company = valueOfRow(columns.company, size)
      const rank = facets.company.nameRank
      const key = Float64Array.from(company, (id) => (id < 0 ? Infinity : rank[id]!))
      fn = (a, b) => key[a]! - key[b]! || byTitle(a, b)
    } else {
      // Newest first; undated roles last. ISO dates order as strings.
      const posted = columns.posted.values
      const order = Uint32Array.from(posted.keys()).sort((a, b) =>
        posted[a]! < posted[b]! ? 1 : posted[a]! > posted[b]! ? -1 : 0,
      )
      const rankOf = new Uint32Array(posted.length)
      order.forEach((id, rank) => (rankOf[id] = rank))
      const key = Float64Array.from(valueOfRow(columns.posted, size), (id) =>
        id < 0 ? Infinity : rankOf[id]!,
      )
      fn = (a, b) => key[a]! - key[b]! || byTitle(a, b)
    }
    compares.set(sort, fn)
    return fn
  }

  return {
    size,
    facets,
    fields,
    officeDays: board.officeDays,
    visible: options.visible ?? null,
    compare,
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
