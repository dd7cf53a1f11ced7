import type { FilterState, SortOrder } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import { andInto, fullBitset, popcount, setBit, wordsFor, type Bitset } from './bitset.ts'
import { buildFacetIndex, countFacets, facetValuesToShow, type FacetIndex } from './facet-index.ts'
import { andPostings, orPostings } from './posting-lists.ts'
import { compareForSort, officeDaysWithin } from './reference-engine.ts'
import { queryTerms } from './text.ts'
import { buildTextIndex, prefixPostings } from './text-index.ts'
import { FACET_KEYS, type FacetKey, type FacetValue, type SearchEngine } from './types.ts'

type SortIndex = { order: Uint32Array; rank: Uint32Array; sorted: Posting[] }

/**
 * The fast engine: posting lists (bitsets for common values) for every facet value, a
 * sorted token dictionary for prefix search, and postings pre-sorted for each sort order.
 * Results and facet counts are exactly those of the reference engine (property-tested).
 */
export function createIndexedEngine(postings: Posting[]): SearchEngine {
  const n = postings.length
  const words = wordsFor(n)
  const all = fullBitset(n)
  const facets = {} as Record<FacetKey, FacetIndex>
  for (const key of FACET_KEYS) facets[key] = buildFacetIndex(postings, key)
  const text = buildTextIndex(postings)

  // Built on first use: the board usually needs one sort order and few office-day limits.
  const sorts = new Map<SortOrder, SortIndex>()
  function sortIndex(sort: SortOrder): SortIndex {
    let index = sorts.get(sort)
    if (!index) {
      const compare = compareForSort(sort)
      const order = Uint32Array.from(postings.keys()).sort((a, b) =>
        compare(postings[a]!, postings[b]!),
      )
      const rank = new Uint32Array(n)
      order.forEach((i, r) => (rank[i] = r))
      index = { order, rank, sorted: Array.from(order, (i) => postings[i]!) }
      sorts.set(sort, index)
    }
    return index
  }
  const officeDays = new Map<number, Bitset>()
  function officeDaysBits(max: number): Bitset {
    let bits = officeDays.get(max)
    if (!bits) {
      bits = new Uint32Array(words)
      for (let i = 0; i < n; i++) if (officeDaysWithin(postings[i]!, max)) setBit(bits, i)
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

  function itemsInOrder(result: Bitset, total: number, sort: SortOrder): Posting[] {
    const { order, rank, sorted } = sortIndex(sort)
    if (total === n) return sorted.slice()
    const items: Posting[] = new Array(total)
    let k = 0
    if (total * 32 >= n) {
      // Many results: walk the postings in sort order and keep those in the set.
      for (let r = 0; r < n && k < total; r++) {
        const i = order[r]!
        if (result[i >>> 5]! & (1 << (i & 31))) items[k++] = sorted[r]!
      }
      return items
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
    for (let j = 0; j < total; j++) items[j] = sorted[ranks[j]!]!
    return items
  }

  return {
    search(filters) {
      const base = all.slice()
      for (const term of queryTerms(filters.q)) andInto(base, prefixPostings(text, term))
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
      return { items: itemsInOrder(result, total, filters.sort), total, facets: ordered }
    },
  }
}
