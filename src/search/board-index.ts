import type { SortOrder } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import { convert } from '../model/pay.ts'
import type { Bitset } from './bitset.ts'
import type { StackAliases } from './stack-aliases.ts'
import { columnsFromPostings, valueOfRow, type BoardColumns } from './columns.ts'
import { facetIndexFromColumn, type FacetIndex } from './facet-index.ts'
import { compareNames } from './facet-order.ts'
import { MAX_COMPLETENESS, PAY_BASE } from './row-facts.ts'
import { buildTextIndex, textIndexFromColumns, type TextIndex } from './text-index.ts'
import { FACET_KEYS, type FacetKey } from './types.ts'

/** The fields relevance weighs apart: title, stack, and company with team. */
export type RelevanceField = 'title' | 'stack' | 'org'

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
  /** Every row in that order (shared: do not modify). */
  order(sort: SortOrder): Uint32Array
  /** Row of each title (for similar roles and lists that show titles without a card). */
  titleOf(row: number): string
  /** Query words that are other names of stack values (stack-aliases.ts). */
  aliases: StackAliases
  /** Each row's most yearly pay in `currency` (NaN: none stated, or not convertible). */
  payIn(currency: string): Float64Array
  /** The words of one field, built on first use (relevance needs them, filters do not). */
  fieldWords(field: RelevanceField): TextIndex
  columns: BoardColumns
}

export type BoardIndexOptions = {
  /** Rows 0 .. ordered-1 are already in (title, id) order: the build ships them so. */
  ordered?: number
  /** The id of a row, where known (needed to order rows with equal titles exactly). */
  idOf?: (row: number) => string | undefined
  visible?: Bitset | null
  /** Facet indexes already built from these columns (in a worker); built here otherwise. */
  facets?: Record<FacetKey, FacetIndex> | undefined
  /** Sort orders already computed from these columns (in a worker), as `order` returns them. */
  orders?: Partial<Record<SortOrder, Uint32Array>> | undefined
  aliases?: StackAliases
}

export function boardIndexFromColumns(
  board: BoardColumns,
  options: BoardIndexOptions = {},
): BoardIndex {
  const { size, columns } = board
  const facets = options.facets ?? facetIndexes(board)
  // Title, company, team and stack words: built on the first query, since a board opened
  // without one never needs them (and building them is most of what opening costs).
  let fields: TextIndex | null = null
  const titleIds = valueOfRow(columns.title, size)
  const titleOf = (row: number) => columns.title.values[titleIds[row]!] ?? ''
  const ordered = options.ordered ?? 0
  const titleRank = titleRanks(size, titleOf, ordered, options.idOf)

  const payCache = new Map<string, Float64Array>()
  function payIn(currency: string): Float64Array {
    let found = payCache.get(currency)
    if (found) return found
    const currencies = valueOfRow(columns.payCurrency, size)
    const pay = board.numbers.pay
    found = new Float64Array(size)
    for (let row = 0; row < size; row++) {
      const from = columns.payCurrency.values[currencies[row]!]
      const amount = pay[row]!
      found[row] =
        from === undefined || Number.isNaN(amount) ? NaN : (convert(amount, from, currency) ?? NaN)
    }
    payCache.set(currency, found)
    return found
  }

  const fieldCache = new Map<RelevanceField, TextIndex>()
  function fieldWords(field: RelevanceField): TextIndex {
    let found = fieldCache.get(field)
    if (!found) {
      const sources =
        field === 'title'
          ? [columns.title]
          : field === 'stack'
            ? [columns.stack]
            : [columns.company, columns.team]
      found = textIndexFromColumns(sources, size)
      fieldCache.set(field, found)
    }
    return found
  }

  // Rows in (title, id) order: the row order itself when every row is shipped in it.
  let byTitle: Uint32Array | null = null
  function rowsByTitle(): Uint32Array {
    if (byTitle) return byTitle
    byTitle = Uint32Array.from({ length: size }, (_, row) => row)
    if (ordered < size) byTitle.sort((a, b) => titleRank[a]! - titleRank[b]!)
    return byTitle
  }

  /**
   * Each row's major sort key (a rank; rows without the value get the largest), or null for
   * the title sort. Rows equal on it keep their title order.
   */
  function majorKeys(sort: SortOrder): { key: Uint32Array; ranks: number } | null {
    if (sort === 'company') {
      const rank = facets.company.nameRank
      const company = valueOfRow(columns.company, size)
      const none = rank.length
      return {
        key: Uint32Array.from(company, (id) => (id < 0 ? none : rank[id]!)),
        ranks: none + 1,
      }
    }
    if (sort === 'newest') return ranked(newestKeys())
    if (sort === 'salary') {
      // Highest pay first; roles without a comparable figure last.
      const pay = payIn(PAY_BASE)
      return ranked(Float64Array.from(pay, (amount) => (Number.isNaN(amount) ? Infinity : -amount)))
    }
    return null
  }

  /**
   * Newest first (ISO days order as strings), undated last; within a day, and among the
   * undated, the most recently captured first, then the fuller record (reference engine's
   * compareNewest). Relevance starts from this order and reorders by score per query.
   */
  function newestKeys(): Float64Array {
    const descendingRanks = (values: string[]) => {
      const order = Uint32Array.from(values.keys()).sort((a, b) =>
        values[a]! < values[b]! ? 1 : values[a]! > values[b]! ? -1 : 0,
      )
      const rankOf = new Uint32Array(values.length)
      order.forEach((id, rank) => (rankOf[id] = rank))
      return rankOf
    }
    const posted = descendingRanks(columns.posted.values)
    const captured = descendingRanks(columns.captured.values)
    const postedIds = valueOfRow(columns.posted, size)
    const capturedIds = valueOfRow(columns.captured, size)
    const capturedSpan = captured.length + 1
    const full = board.numbers.completeness
    return Float64Array.from(postedIds, (id, row) => {
      const day = id < 0 ? posted.length : posted[id]!
      const cid = capturedIds[row]!
      const capture = cid < 0 ? captured.length : captured[cid]!
      const fullness = MAX_COMPLETENESS - (full[row] || 0)
      return (day * capturedSpan + capture) * (MAX_COMPLETENESS + 1) + fullness
    })
  }

  const orders = new Map<SortOrder, Uint32Array>(
    Object.entries(options.orders ?? {}) as [SortOrder, Uint32Array][],
  )
  /** Every row in a sort order: a counting sort by the major key over the title order. */
  function order(sort: SortOrder): Uint32Array {
    // Relevance starts from the newest order: one order, built once.
    if (sort === 'relevance') return order('newest')
    let found = orders.get(sort)
    if (found) return found
    const titles = rowsByTitle()
    const major = majorKeys(sort)
    if (!major) found = titles
    else {
      const next = new Uint32Array(major.ranks + 1)
      for (let row = 0; row < size; row++) next[major.key[row]! + 1]!++
      for (let r = 0; r < major.ranks; r++) next[r + 1]! += next[r]!
      found = new Uint32Array(size)
      for (const row of titles) found[next[major.key[row]!]!++] = row
    }
    orders.set(sort, found)
    return found
  }
  /** Row comparator in a sort order (for lists of a few rows). */
  const positions = new Map<SortOrder, Uint32Array>()
  function compare(sort: SortOrder) {
    if (sort === 'relevance') sort = 'newest'
    let position = positions.get(sort)
    if (!position) {
      position = new Uint32Array(size)
      order(sort).forEach((row, k) => (position![row] = k))
      positions.set(sort, position)
    }
    const at = position
    return (a: number, b: number) => at[a]! - at[b]!
  }

  return {
    size,
    facets,
    get fields() {
      return (fields ??= textIndexFromColumns(
        [columns.title, columns.company, columns.team, columns.stack],
        size,
      ))
    },
    officeDays: board.officeDays,
    visible: options.visible ?? null,
    compare,
    order,
    titleOf,
    aliases: options.aliases ?? {},
    payIn,
    fieldWords,
    columns: board,
  }
}

/** Dense ranks of per-row keys (ascending; equal keys share a rank), for the counting sort. */
function ranked(keys: Float64Array): { key: Uint32Array; ranks: number } {
  const distinct = Float64Array.from(new Set(keys)).sort()
  const rankOf = new Map<number, number>()
  distinct.forEach((value, rank) => rankOf.set(value, rank))
  return { key: Uint32Array.from(keys, (value) => rankOf.get(value)!), ranks: distinct.length }
}

/** Every facet's index from its column: most of what opening a board costs. */
export function facetIndexes({ columns, size }: BoardColumns): Record<FacetKey, FacetIndex> {
  const facets = {} as Record<FacetKey, FacetIndex>
  for (const key of FACET_KEYS) facets[key] = facetIndexFromColumn(columns[key], size)
  return facets
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
export function boardIndexFromPostings(
  postings: readonly Posting[],
  aliases: StackAliases = {},
): {
  index: BoardIndex
  sections: TextIndex
} {
  const index = boardIndexFromColumns(columnsFromPostings(postings), {
    idOf: (row) => postings[row]?.id,
    aliases,
  })
  return { index, sections: buildTextIndex(postings) }
}
