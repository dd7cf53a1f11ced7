import type { FilterState } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import { andInto, fullBitset, popcount, setBit, wordsFor, type Bitset } from './bitset.ts'
import { boardIndexFromPostings, type BoardIndex } from './board-index.ts'
import { countFacets, facetValuesToShow } from './facet-index.ts'
import { andPostings, orPostings } from './posting-lists.ts'
import { queryTerms } from './text.ts'
import { orPrefixPostings, type TextIndex } from './text-index.ts'
import { FACET_KEYS, type FacetKey, type FacetValue, type SearchEngine } from './types.ts'

type SortIndex = { order: Uint32Array; rank: Uint32Array }

/** Results as rows of the board index, in the requested order. */
export type RowResult = {
  rows: Uint32Array
  total: number
  facets: Record<FacetKey, FacetValue[]>
}

export type RowEngine = {
  index: BoardIndex
  /**
   * `text`: indexes of the postings' own text to search besides title, company, team and
   * stack (loaded fragments, pasted postings). A term matches what any of them holds.
   */
  search(filters: FilterState, text?: readonly TextIndex[]): RowResult
}

/**
 * The fast engine over a board index: posting lists (bitsets for common values) for every
 * facet value, sorted token dictionaries for prefix search, rows pre-sorted per sort order.
 * Results and facet counts are exactly those of the reference engine (property-tested).
 */
export function createRowEngine(index: BoardIndex): RowEngine {
  const { size: n, facets } = index
  const words = wordsFor(n)
  const all = fullBitset(n)
  const shown = index.visible ?? all

  // Built on first use: the board usually needs one sort order and few office-day limits.
  const sorts = new Map<string, SortIndex>()
  function sortIndex(sort: FilterState['sort']): SortIndex {
    let found = sorts.get(sort)
    if (!found) {
      const order = index.order(sort)
      const rank = new Uint32Array(n)
      order.forEach((i, r) => (rank[i] = r))
      found = { order, rank }
      sorts.set(sort, found)
    }
    return found
  }
  const officeDays = new Map<number, Bitset>()
  function officeDaysBits(max: number): Bitset {
    let bits = officeDays.get(max)
    if (!bits) {
      bits = new Uint32Array(words)
      // Remote roles are stored as -1, unstated days as NaN (never within a maximum).
      for (let i = 0; i < n; i++) if (index.officeDays[i]! <= max) setBit(bits, i)
      officeDays.set(max, bits)
    }
    return bits
  }

  /** Postings passing a facet's own selection; null when nothing is selected. */
  function selectionBits(key: FacetKey, filters: FilterState): Bitset | null {
    const selected = filters[key]
    if (selected.length === 0) return null
    const facet = facets[key]
    const conjunctive = key === 'stack' && filters.stackMode === 'all'
    const bits = conjunctive ? all.slice() : new Uint32Array(words)
    for (const value of selected) {
      const id = facet.idOf.get(value)
      if (id === undefined) {
        // A value no posting has: nothing has it too (AND), or it adds nothing (OR).
        if (conjunctive) bits.fill(0)
        continue
      }
      if (conjunctive) andPostings(bits, facet.postings[id]!)
      else orPostings(bits, facet.postings[id]!)
    }
    return bits
  }

  function rowsInOrder(result: Bitset, total: number, sort: FilterState['sort']): Uint32Array {
    const { order, rank } = sortIndex(sort)
    if (total === n) return order.slice()
    const rows = new Uint32Array(total)
    let k = 0
    if (total * 32 >= n) {
      // Many results: walk the rows in sort order and keep those in the set.
      for (let r = 0; r < n && k < total; r++) {
        const i = order[r]!
        if (result[i >>> 5]! & (1 << (i & 31))) rows[k++] = i
      }
      return rows
    }
    // Few results: sort their ranks instead.
    const ranks = new Uint32Array(total)
    for (let w = 0; w < words; w++) {
      let x = result[w]!
      while (x !== 0) {
        const low = x & -x
        ranks[k++] = rank[(w << 5) + 31 - Math.clz32(low)]!
        x ^= low
      }
    }
    ranks.sort()
    for (let j = 0; j < total; j++) rows[j] = order[ranks[j]!]!
    return rows
  }

  return {
    index,
    search(filters, text = []) {
      const base = shown.slice()
      for (const term of queryTerms(filters.q)) {
        const matches = new Uint32Array(words)
        orPrefixPostings(matches, index.fields, term)
        for (const more of text) orPrefixPostings(matches, more, term)
        andInto(base, matches)
      }
      if (filters.maxOfficeDays !== null) andInto(base, officeDaysBits(filters.maxOfficeDays))

      const selections = new Map<FacetKey, Bitset>()
      for (const key of FACET_KEYS) {
        const bits = selectionBits(key, filters)
        if (bits) selections.set(key, bits)
      }
      const result = base.slice()
      for (const bits of selections.values()) andInto(result, bits)
      const total = popcount(result)

      // Each facet counts over the other filters: the result itself, except for a facet
      // with an OR selection, which counts as if its own selection were cleared. (Stack in
      // "all" mode counts over the result: what adding one more technology would leave.)
      const groups = new Map<Bitset, FacetKey[]>([[result, []]])
      for (const key of FACET_KEYS) {
        if (selections.has(key) && !(key === 'stack' && filters.stackMode === 'all')) {
          const within = base.slice()
          for (const [other, bits] of selections) if (other !== key) andInto(within, bits)
          groups.set(within, [key])
        } else groups.get(result)!.push(key)
      }
      const facetCounts = {} as Record<FacetKey, FacetValue[]>
      for (const [set, keys] of groups) {
        const counts = countFacets(
          keys.map((key) => facets[key]),
          set,
          all,
          n,
        )
        keys.forEach((key, k) => {
          facetCounts[key] = facetValuesToShow(facets[key], counts[k]!, filters[key], n)
        })
      }
      const ordered = {} as Record<FacetKey, FacetValue[]>
      for (const key of FACET_KEYS) ordered[key] = facetCounts[key]
      return { rows: rowsInOrder(result, total, filters.sort), total, facets: ordered }
    },
  }
}

/** The engine over postings held in memory (tests, benchmarks, lists of a few postings). */
export function createIndexedEngine(postings: readonly Posting[]): SearchEngine {
  const { index, sections } = boardIndexFromPostings(postings)
  const engine = createRowEngine(index)
  return {
    search(filters) {
      const { rows, total, facets } = engine.search(filters, [sections])
      return { items: Array.from(rows, (row) => postings[row]!), total, facets }
    },
  }
}
