import {
  effectiveSort,
  POSTED_DAYS,
  POSTED_WINDOWS,
  type FilterState,
  type SortOrder,
} from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import {
  andInto,
  fullBitset,
  hasBit,
  popcount,
  popcountAnd,
  setBit,
  wordsFor,
  type Bitset,
} from './bitset.ts'
import { boardIndexFromPostings, type BoardIndex } from './board-index.ts'
import { countFacets, facetValuesToShow } from './facet-index.ts'
import { FACETS, type FacetDef } from './facet-registry.ts'
import { andPostings, orPostings } from './posting-lists.ts'
import { daysBefore, PAY_BASE, todayIso } from './row-facts.ts'
import type { StackAliases } from './stack-aliases.ts'
import { fold, queryTerms, tokenize } from './text.ts'
import { orExactPostings, orPrefixPostings, type TextIndex } from './text-index.ts'
import { startsWithTypo, TYPO_MIN_LENGTH } from './typo.ts'
import type { FacetKey, FacetValue, RangeCounts, SearchEngine, SearchOptions } from './types.ts'

type SortIndex = { order: Uint32Array; rank: Uint32Array }

/** Results as rows of the board index, in the requested order. */
export type RowResult = {
  rows: Uint32Array
  total: number
  facets: Record<FacetKey, FacetValue[]>
  ranges: RangeCounts
  /** Whole words to mark besides the query's prefixes: alias names, words a typo meant. */
  highlight: string[]
}

/** How one query term matched: as a prefix, plus stack names it is an alias of, or words it misspells. */
type TermPlan = { term: string; stack: readonly string[]; typos: string[] }

export type RowEngine = {
  index: BoardIndex
  /**
   * `text`: indexes of the postings' own text to search besides title, company, team and
   * stack (loaded fragments, pasted postings). A term matches what any of them holds.
   */
  search(filters: FilterState, text?: readonly TextIndex[], options?: SearchOptions): RowResult
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
  function sortIndex(sort: SortOrder): SortIndex {
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
  function selectionBits(def: FacetDef, filters: FilterState): Bitset | null {
    const selected = filters[def.key] as string[]
    if (selected.length === 0) return null
    const facet = facets[def.key]
    const conjunctive = def.conjunctive?.(filters) ?? false
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
    // Roles open to anywhere pass any selection of places.
    const wildcard = def.wildcard === undefined ? undefined : facet.idOf.get(def.wildcard)
    if (wildcard !== undefined) orPostings(bits, facet.postings[wildcard]!)
    return bits
  }

  /** Rows with a comparable yearly pay of at least `min` in `currency`. */
  let payMemo: { key: string; bits: Bitset; stated: Bitset } | null = null
  function payBits(min: number, currency: string): { bits: Bitset; stated: Bitset } {
    const key = `${min} ${currency}`
    if (payMemo?.key === key) return payMemo
    const pay = index.payIn(currency)
    const bits = new Uint32Array(words)
    const stated = new Uint32Array(words)
    for (let i = 0; i < n; i++) {
      const amount = pay[i]!
      if (Number.isNaN(amount)) continue
      setBit(stated, i)
      if (amount >= min) setBit(bits, i)
    }
    payMemo = { key, bits, stated }
    return payMemo
  }
  let statedPay: Bitset | null = null
  function payStatedBits(): Bitset {
    if (!statedPay) {
      statedPay = new Uint32Array(words)
      const pay = index.payIn(PAY_BASE)
      for (let i = 0; i < n; i++) if (!Number.isNaN(pay[i]!)) setBit(statedPay, i)
    }
    return statedPay
  }

  /** Rows posted on or after `since` (an ISO day); undated rows never are. */
  const postedCache = new Map<string, Bitset>()
  function postedBits(since: string): Bitset {
    let bits = postedCache.get(since)
    if (!bits) {
      bits = new Uint32Array(words)
      const { values, rows } = index.columns.columns.posted
      values.forEach((day, id) => {
        if (day >= since) for (const row of rows[id]!) setBit(bits!, row)
      })
      postedCache.set(since, bits)
    }
    return bits
  }

  /**
   * Relevance: every matching row scored by where the query terms occur (title 4, stack 2,
   * company or team 1 per term), highest first; equal scores keep the newest order.
   */
  function byRelevance(rows: Uint32Array, plans: TermPlan[]): Uint32Array {
    if (plans.length === 0 || rows.length < 2) return rows
    const score = new Uint8Array(n)
    const weights: [Parameters<BoardIndex['fieldWords']>[0], number][] = [
      ['title', 4],
      ['stack', 2],
      ['org', 1],
    ]
    for (const { term, stack, typos } of plans)
      for (const [field, weight] of weights) {
        const bits = new Uint32Array(words)
        const fieldWords = index.fieldWords(field)
        orPrefixPostings(bits, fieldWords, term)
        for (const word of typos) orExactPostings(bits, fieldWords, word)
        if (field === 'stack') orStackRows(bits, stack)
        for (const row of rows) if (hasBit(bits, row)) score[row]! += weight
      }
    const buckets = new Map<number, number[]>()
    for (const row of rows) {
      const s = score[row]!
      const bucket = buckets.get(s)
      if (bucket) bucket.push(row)
      else buckets.set(s, [row])
    }
    const out = new Uint32Array(rows.length)
    let k = 0
    for (const s of [...buckets.keys()].sort((a, b) => b - a))
      for (const row of buckets.get(s)!) out[k++] = row
    return out
  }

  function rowsInOrder(result: Bitset, total: number, sort: SortOrder): Uint32Array {
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

  function orStackRows(bits: Bitset, names: readonly string[]) {
    for (const name of names) {
      const id = facets.stack.idOf.get(name)
      if (id !== undefined) orPostings(bits, facets.stack.postings[id]!)
    }
  }

  return {
    index,
    search(filters, text = [], options = {}) {
      const today = options.today ?? todayIso()
      const terms = queryTerms(filters.q)
      const base = shown.slice()
      const plans: TermPlan[] = []
      const highlight: string[] = []
      for (const term of terms) {
        const matches = new Uint32Array(words)
        orPrefixPostings(matches, index.fields, term)
        for (const more of text) orPrefixPostings(matches, more, term)
        const plan: TermPlan = { term, stack: aliasesOf(index.aliases, term), typos: [] }
        orStackRows(matches, plan.stack)
        for (const name of plan.stack) highlight.push(...tokenize(fold(name)))
        // A long word that starts no word of any role is forgiven one typo.
        if (
          plan.stack.length === 0 &&
          term.length >= TYPO_MIN_LENGTH &&
          popcountAnd(matches, shown) === 0
        ) {
          plan.typos = index.fields.terms.filter((word) => startsWithTypo(word, term))
          for (const word of plan.typos) orExactPostings(matches, index.fields, word)
          highlight.push(...plan.typos)
        }
        plans.push(plan)
        andInto(base, matches)
      }
      if (filters.maxOfficeDays !== null) andInto(base, officeDaysBits(filters.maxOfficeDays))
      // Before the pay filter: how many of these state a comparable pay (the Salary group says).
      const beforePay = filters.minSalary !== null ? base.slice() : base
      if (filters.minSalary !== null) {
        const { bits, stated } = payBits(filters.minSalary, filters.currency)
        if (filters.unstatedPay) {
          const keep = new Uint32Array(words)
          for (let w = 0; w < words; w++) keep[w] = bits[w]! | (~stated[w]! & all[w]!)
          andInto(base, keep)
        } else andInto(base, bits)
      }

      const selections = new Map<FacetKey, Bitset>()
      for (const def of FACETS) {
        const bits = selectionBits(def, filters)
        if (bits) selections.set(def.key, bits)
      }
      const posted =
        filters.posted === null ? null : postedBits(daysBefore(today, POSTED_DAYS[filters.posted]))
      const selected = base.slice()
      for (const bits of selections.values()) andInto(selected, bits)
      const result = selected.slice()
      if (posted) andInto(result, posted)
      const total = popcount(result)

      // The facet counts are counted when first read, not with the results: a facet click
      // paints its results first and its counts in a render after (the board's deferred
      // panel), and a board whose panel is not shown (a phone's closed drawer) never needs them.
      let counted: Pick<RowResult, 'facets' | 'ranges'> | null = null
      const counts = (): Pick<RowResult, 'facets' | 'ranges'> => {
        if (counted) return counted
        // Each facet counts over the other filters: the result itself, except for a facet
        // with an OR selection, which counts as if its own selection were cleared. (Stack in
        // "all" mode counts over the result: what adding one more technology would leave.)
        const groups = new Map<Bitset, FacetDef[]>([[result, []]])
        for (const def of FACETS) {
          if (selections.has(def.key) && !def.conjunctive?.(filters)) {
            const within = base.slice()
            for (const [other, bits] of selections) if (other !== def.key) andInto(within, bits)
            if (posted) andInto(within, posted)
            groups.set(within, [def])
          } else groups.get(result)!.push(def)
        }
        const facetCounts = {} as Record<FacetKey, FacetValue[]>
        for (const [set, defs] of groups) {
          const counts = countFacets(
            defs.map((def) => facets[def.key]),
            set,
            all,
            n,
          )
          defs.forEach((def, k) => {
            const facet = facets[def.key]
            let valueCounts = counts[k]!
            const wildcard = def.wildcard === undefined ? undefined : facet.idOf.get(def.wildcard)
            let open = 0
            if (wildcard !== undefined) {
              // The wildcard is no value of its own: a role open to anywhere counts for every
              // place shown (those other roles name, and the selected ones).
              open = valueCounts[wildcard]!
              valueCounts = valueCounts.slice()
              valueCounts[wildcard] = 0
            }
            const shownValues = facetValuesToShow(
              facet,
              valueCounts,
              filters[def.key] as string[],
              n,
            )
            // Adding the same number to every count keeps their order.
            facetCounts[def.key] = open
              ? shownValues.map((v) => ({ value: v.value, count: v.count + open }))
              : shownValues
          })
        }
        const ordered = {} as Record<FacetKey, FacetValue[]>
        for (const def of FACETS) ordered[def.key] = facetCounts[def.key]

        const postedCounts = {} as RangeCounts['posted']
        for (const window of POSTED_WINDOWS)
          postedCounts[window] = popcountAnd(
            selected,
            postedBits(daysBefore(today, POSTED_DAYS[window])),
          )
        const withoutPay = beforePay.slice()
        for (const bits of selections.values()) andInto(withoutPay, bits)
        if (posted) andInto(withoutPay, posted)
        const payStated = popcountAnd(withoutPay, payStatedBits())
        counted = { facets: ordered, ranges: { posted: postedCounts, payStated } }
        return counted
      }

      const sort = effectiveSort(filters)
      let rows = rowsInOrder(result, total, sort)
      if (sort === 'relevance') rows = byRelevance(rows, plans)
      return {
        rows,
        total,
        get facets() {
          return counts().facets
        },
        get ranges() {
          return counts().ranges
        },
        highlight: [...new Set(highlight)],
      }
    },
  }
}

/** The engine over postings held in memory (tests, benchmarks, lists of a few postings). */
export function createIndexedEngine(
  postings: readonly Posting[],
  aliases: StackAliases = {},
): SearchEngine {
  const { index, sections } = boardIndexFromPostings(postings, aliases)
  const engine = createRowEngine(index)
  return {
    search(filters, options) {
      const { rows, total, facets, ranges, highlight } = engine.search(filters, [sections], options)
      return { items: Array.from(rows, (row) => postings[row]!), total, facets, ranges, highlight }
    },
  }
}

/** The stack names a query word is another name of. */
export function aliasesOf(aliases: StackAliases, term: string): readonly string[] {
  return Object.hasOwn(aliases, term) ? aliases[term]! : []
}
