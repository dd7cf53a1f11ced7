import type { FilterState, SortOrder } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import {
  andInto,
  fullBitset,
  orInto,
  popcount,
  popcountAnd,
  setBit,
  wordsFor,
  type Bitset,
} from './bitset.ts'
import { compareFacetValues, compareNames } from './facet-order.ts'
import {
  compareForSort,
  facetValues,
  officeDaysWithin,
  searchableText,
} from './reference-engine.ts'
import { queryTerms, tokenize } from './text.ts'
import { FACET_KEYS, type FacetKey, type FacetValue, type SearchEngine } from './types.ts'

/** One facet: its distinct values, which postings have each, and each posting's values. */
type FacetIndex = {
  values: string[]
  idOf: Map<string, number>
  /** Position of each value in name order, for ordering values of equal count. */
  nameRank: Uint32Array
  /** The value id at each name rank. */
  byRank: Uint32Array
  bits: Bitset[]
  /** Value ids of posting i are ids[start[i]] .. ids[start[i + 1] - 1] (no repeats). */
  start: Uint32Array
  ids: Uint32Array
}

function buildFacet(postings: Posting[], key: FacetKey): FacetIndex {
  const words = wordsFor(postings.length)
  const values: string[] = []
  const idOf = new Map<string, number>()
  const bits: Bitset[] = []
  const start = new Uint32Array(postings.length + 1)
  const ids: number[] = []
  postings.forEach((posting, i) => {
    start[i] = ids.length
    for (const value of new Set(facetValues(posting, key))) {
      let id = idOf.get(value)
      if (id === undefined) {
        id = values.length
        idOf.set(value, id)
        values.push(value)
        bits.push(new Uint32Array(words))
      }
      setBit(bits[id]!, i)
      ids.push(id)
    }
  })
  start[postings.length] = ids.length
  const byRank = Uint32Array.from(values.keys()).sort((a, b) =>
    compareNames(values[a]!, values[b]!),
  )
  const nameRank = new Uint32Array(values.length)
  byRank.forEach((id, rank) => (nameRank[id] = rank))
  return { values, idOf, nameRank, byRank, bits, start, ids: Uint32Array.from(ids) }
}

/**
 * Sorted dictionary of every token, each with the postings containing it: a sorted list
 * of indices, or a bitset when the token is common enough that OR-ing words is cheaper.
 */
type TextIndex = { terms: string[]; lists: (Uint32Array | Bitset)[]; dense: boolean[] }

function buildText(postings: Posting[]): TextIndex {
  const words = wordsFor(postings.length)
  const byTerm = new Map<string, number[]>()
  postings.forEach((posting, i) => {
    for (const token of new Set(tokenize(searchableText(posting)))) {
      const list = byTerm.get(token)
      if (list) list.push(i)
      else byTerm.set(token, [i])
    }
  })
  // Code-unit order: every term sharing a prefix sits in one contiguous run.
  const terms = [...byTerm.keys()].sort()
  const dense: boolean[] = []
  const lists = terms.map((term) => {
    const list = byTerm.get(term)!
    const isDense = list.length >= words
    dense.push(isDense)
    if (!isDense) return Uint32Array.from(list)
    const bits = new Uint32Array(words)
    for (const i of list) setBit(bits, i)
    return bits
  })
  return { terms, lists, dense }
}

/** First index in the sorted `terms` for which `before(term)` is false. */
function partition(terms: string[], before: (term: string) => boolean): number {
  let lo = 0
  let hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(terms[mid]!)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Postings with a token starting with `prefix`. */
function prefixBits(text: TextIndex, prefix: string, words: number): Bitset {
  const bits = new Uint32Array(words)
  const from = partition(text.terms, (t) => t < prefix)
  const to = partition(text.terms, (t) => t < prefix || t.startsWith(prefix))
  for (let k = from; k < to; k++) {
    const list = text.lists[k]!
    if (text.dense[k]) orInto(bits, list)
    else for (let j = 0; j < list.length; j++) bits[list[j]! >>> 5]! |= 1 << (list[j]! & 31)
  }
  return bits
}

type SortIndex = { order: Uint32Array; rank: Uint32Array }

/**
 * The fast engine: per-value bitsets for every facet, a sorted token dictionary for
 * prefix search, and postings pre-sorted for each sort order. Results and facet counts
 * are exactly those of the reference engine (property-tested against it).
 */
export function createIndexedEngine(postings: Posting[]): SearchEngine {
  const n = postings.length
  const words = wordsFor(n)
  const all = fullBitset(n)
  const facets = {} as Record<FacetKey, FacetIndex>
  for (const key of FACET_KEYS) facets[key] = buildFacet(postings, key)
  const text = buildText(postings)

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
      index = { order, rank }
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
      if (conjunctive) andInto(bits, facet.bits[id]!)
      else orInto(bits, facet.bits[id]!)
    }
    return bits
  }

  function countFacet(key: FacetKey, within: Bitset, selected: string[]): FacetValue[] {
    const facet = facets[key]
    const valueCount = facet.values.length
    const counts = new Uint32Array(valueCount)
    const size = popcount(within)
    if (size > 0) {
      // Either AND each value's bitset with the set, or walk the set's postings and
      // tally their values: whichever touches fewer words.
      const perPosting = facet.ids.length / Math.max(1, n)
      if (valueCount * words <= size * perPosting * 4) {
        for (let v = 0; v < valueCount; v++) counts[v] = popcountAnd(within, facet.bits[v]!)
      } else {
        const { start, ids } = facet
        for (let w = 0; w < words; w++) {
          let x = within[w]!
          while (x !== 0) {
            const low = x & -x
            const i = (w << 5) + 31 - Math.clz32(low)
            x ^= low
            for (let k = start[i]!; k < start[i + 1]!; k++) counts[ids[k]!]!++
          }
        }
      }
    }
    return orderValues(facet, counts, selected)
  }

  function orderValues(facet: FacetIndex, counts: Uint32Array, selected: string[]): FacetValue[] {
    const valueCount = facet.values.length
    const wanted = new Set<number>()
    const unknown: string[] = []
    for (const value of selected) {
      const id = facet.idOf.get(value)
      if (id === undefined) unknown.push(value)
      else wanted.add(id)
    }
    // One number per shown value, (count descending, name rank ascending), so a native
    // typed-array sort orders them.
    const keys: number[] = []
    for (let v = 0; v < valueCount; v++)
      if (counts[v]! > 0 || wanted.has(v))
        keys.push((n - counts[v]!) * valueCount + facet.nameRank[v]!)
    const sorted = Float64Array.from(keys).sort()
    const out: FacetValue[] = []
    for (const key of sorted) {
      const v = facet.byRank[key % valueCount]!
      out.push({ value: facet.values[v]!, count: counts[v]! })
    }
    if (unknown.length === 0) return out
    // Selected values no posting has: shown at 0, in name order among the zeros.
    for (const value of unknown) out.push({ value, count: 0 })
    return out.sort(compareFacetValues)
  }

  function textBits(terms: string[]): Bitset | null {
    if (terms.length === 0) return null
    const bits = prefixBits(text, terms[0]!, words)
    for (let t = 1; t < terms.length; t++) andInto(bits, prefixBits(text, terms[t]!, words))
    return bits
  }

  function itemsInOrder(result: Bitset, total: number, sort: SortOrder): Posting[] {
    const { order, rank } = sortIndex(sort)
    const items: Posting[] = new Array(total)
    let k = 0
    if (total * 32 >= n) {
      // Many results: scan postings in sort order and keep those in the set.
      for (let r = 0; r < n && k < total; r++) {
        const i = order[r]!
        if (result[i >>> 5]! & (1 << (i & 31))) items[k++] = postings[i]!
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
    for (let j = 0; j < total; j++) items[j] = postings[order[ranks[j]!]!]!
    return items
  }

  return {
    search(filters) {
      const base = all.slice()
      const matched = textBits(queryTerms(filters.q))
      if (matched) andInto(base, matched)
      if (filters.maxOfficeDays !== null) andInto(base, officeDaysBits(filters.maxOfficeDays))

      const selections = new Map<FacetKey, Bitset>()
      for (const key of FACET_KEYS) {
        const bits = selectionBits(key, filters)
        if (bits) selections.set(key, bits)
      }
      const result = base.slice()
      for (const bits of selections.values()) andInto(result, bits)
      const total = popcount(result)

      const facetCounts = {} as Record<FacetKey, FacetValue[]>
      for (const key of FACET_KEYS) {
        // Counts ignore the facet's own selection, except Stack in "all" mode, whose
        // counts say what adding one more technology would leave.
        let within = result
        if (selections.has(key) && !(key === 'stack' && filters.stackMode === 'all')) {
          within = base.slice()
          for (const [other, bits] of selections) if (other !== key) andInto(within, bits)
        }
        facetCounts[key] = countFacet(key, within, filters[key])
      }
      return { items: itemsInOrder(result, total, filters.sort), total, facets: facetCounts }
    },
  }
}
