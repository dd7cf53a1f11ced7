import { popcount, type Bitset } from './bitset.ts'
import type { Column } from './columns.ts'
import { compareFacetValues, compareNames } from './facet-order.ts'
import { countIn, countInCost, postingList, type PostingList } from './posting-lists.ts'
import type { FacetValue } from './types.ts'

/** One facet: its distinct values, the postings of each, and each posting's values. */
export type FacetIndex = {
  values: string[]
  idOf: Map<string, number>
  postings: PostingList[]
  /** Value ids of posting i: ids[start[i]] .. ids[start[i + 1] - 1], no repeats. */
  start: Uint32Array
  ids: Uint32Array
  /** How many postings have each value: the counts when no filter narrows the board. */
  totals: Uint32Array
  /** Value id by name order, and the reverse, for ordering values of equal count. */
  byRank: Uint32Array
  nameRank: Uint32Array
  /** Cost of counting value by value (see countIn), fixed per facet. */
  perValueCost: number
  /** Scratch space reused by every search (results never keep it). */
  counts: Uint32Array
  sortKeys: Float64Array
}

/**
 * A facet's index from its column: the per-row value ids (for walking a set's postings) are
 * derived from the value lists by a counting pass, so nothing needs the postings themselves.
 */
export function facetIndexFromColumn(column: Column, size: number): FacetIndex {
  const { values, rows } = column
  const start = new Uint32Array(size + 1)
  for (const list of rows) for (let k = 0; k < list.length; k++) start[list[k]! + 1]!++
  for (let i = 0; i < size; i++) start[i + 1]! += start[i]!
  const next = start.slice(0, size)
  const ids = new Uint32Array(start[size]!)
  rows.forEach((list, id) => {
    for (let k = 0; k < list.length; k++) ids[next[list[k]!]!++] = id
  })
  const lists = rows.map((list) => postingList(list, size))
  // The build ships values in name order; only pasted postings' new values break it.
  let inOrder = true
  for (let v = 1; v < values.length && inOrder; v++)
    inOrder = compareNames(values[v - 1]!, values[v]!) < 0
  const byRank = Uint32Array.from(values.keys())
  if (!inOrder) byRank.sort((a, b) => compareNames(values[a]!, values[b]!))
  const nameRank = new Uint32Array(values.length)
  byRank.forEach((id, rank) => (nameRank[id] = rank))
  return {
    values,
    idOf: new Map(values.map((value, id) => [value, id])),
    postings: lists,
    start,
    ids,
    totals: Uint32Array.from(rows, (list) => list.length),
    byRank,
    nameRank,
    perValueCost: countInCost(lists),
    counts: new Uint32Array(values.length),
    sortKeys: new Float64Array(values.length),
  }
}

/**
 * Counts, for each facet in `facets`, how many postings of `set` have each value. Picks
 * the cheapest way: the precomputed totals for the whole board; for a set larger than half
 * the board, totals minus the counts over its complement; then per facet either value by
 * value (dense values AND-ed with the set, sparse ones looked up) or one shared walk over
 * the set's postings. Returned arrays are the facets' scratch or totals: read them before
 * the next search.
 */
export function countFacets(
  facets: FacetIndex[],
  set: Bitset,
  all: Bitset,
  size: number,
): Uint32Array[] {
  const inSet = popcount(set)
  if (inSet === size) return facets.map((f) => f.totals)
  const complement = inSet > size / 2
  let walk = set
  if (complement) {
    walk = new Uint32Array(set.length)
    for (let w = 0; w < set.length; w++) walk[w] = ~set[w]! & all[w]!
  }
  const walked = complement ? size - inSet : inSet
  const scan: FacetIndex[] = []
  for (const facet of facets) {
    const counts = facet.counts.fill(0)
    if (walked === 0) continue
    const pairs = facet.ids.length
    // Rough costs in memory touches: a walk visits every posting of the set and its values.
    if (facet.perValueCost < walked * (2 + pairs / Math.max(1, size)))
      for (let v = 0; v < counts.length; v++) counts[v] = countIn(walk, facet.postings[v]!)
    else scan.push(facet)
  }
  if (scan.length) walkCounts(scan, walk)
  if (complement)
    for (const facet of facets) {
      const { counts, totals } = facet
      for (let v = 0; v < counts.length; v++) counts[v] = totals[v]! - counts[v]!
    }
  return facets.map((f) => f.counts)
}

function walkCounts(facets: FacetIndex[], set: Bitset): void {
  // Facet by facet: a tight loop over one facet's arrays beats visiting all facets per
  // posting, even though the set's bits are decoded once per facet.
  for (const { start, ids, counts } of facets) {
    for (let w = 0; w < set.length; w++) {
      let x = set[w]!
      while (x !== 0) {
        const low = x & -x
        const i = (w << 5) + 31 - Math.clz32(low)
        x ^= low
        for (let k = start[i]!, end = start[i + 1]!; k < end; k++) counts[ids[k]!]!++
      }
    }
  }
}

/**
 * The facet's values to show, most postings first, then by name: every value with a
 * count, and the selected ones even at 0.
 */
export function facetValuesToShow(
  facet: FacetIndex,
  counts: Uint32Array,
  selected: string[],
  size: number,
): FacetValue[] {
  const valueCount = facet.values.length
  const unknown: string[] = []
  const keys = facet.sortKeys
  let shown = 0
  const selectedIds = new Set<number>()
  for (const value of selected) {
    const id = facet.idOf.get(value)
    if (id === undefined) unknown.push(value)
    else selectedIds.add(id)
  }
  // One number per value, (count descending, name ascending), so a native numeric sort
  // orders them.
  for (let v = 0; v < valueCount; v++)
    if (counts[v]! > 0 || selectedIds.has(v))
      keys[shown++] = (size - counts[v]!) * valueCount + facet.nameRank[v]!
  const sorted = keys.subarray(0, shown).sort()
  const out = new Array<FacetValue>(shown)
  for (let k = 0; k < shown; k++) {
    const v = facet.byRank[sorted[k]! % valueCount]!
    out[k] = { value: facet.values[v]!, count: counts[v]! }
  }
  if (unknown.length === 0) return out
  // Selected values no posting has: shown at 0, in name order among the zeros.
  for (const value of unknown) out.push({ value, count: 0 })
  return out.sort(compareFacetValues)
}
