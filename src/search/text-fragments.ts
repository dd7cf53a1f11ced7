import { forEachBit, wordsFor } from './bitset.ts'
import { orPostings } from './posting-lists.ts'
import { queryTerms } from './text.ts'
import type { TextIndex } from './text-index.ts'

/**
 * The postings' own text ships as fragments keyed by how tokens start (as Pagefind does),
 * so a query term loads one small file:
 * - a leaf `t<prefix>` lists every token starting with its prefix, with its rows;
 * - a prefix too common for one leaf is split by its next character, and gets a union
 *   `u<prefix>` instead: the rows having any token with that start (what a query term
 *   equal to the prefix needs). Every first character is split this way.
 * A term equal to a union's prefix loads that union; a longer term loads the leaf whose
 * prefix starts it; with neither, no token starts with the term. Prefixes count UTF-16
 * code units, the unit the token dictionary is ordered by.
 */
export type Fragment = { terms: string[]; rows: Uint32Array[] }

/** A leaf past this many list entries is split (about 40 kB of JSON). */
const LEAF_ENTRIES = 12_000
/** Prefixes stop growing here, whatever the size (a long run of one token). */
const MAX_PREFIX = 8

/** The fragment key one query term needs, if any, among the keys the build wrote. */
export function fragmentKeyFor(term: string, keys: ReadonlySet<string>): string | null {
  if (keys.has(`u${term}`)) return `u${term}`
  for (let length = Math.min(term.length, MAX_PREFIX); length >= 1; length--) {
    const key = `t${term.slice(0, length)}`
    if (keys.has(key)) return key
  }
  return null
}

/** The fragments a query needs, by key, among those the build wrote. */
export function fragmentKeysFor(q: string, keys: ReadonlySet<string>): string[] {
  const needed = queryTerms(q).map((term) => fragmentKeyFor(term, keys))
  return [...new Set(needed.filter((key): key is string => key !== null))]
}

/** A key as a file name: its kind, then its code units in hex (no case or escaping issues). */
export function fragmentFileName(key: string): string {
  let name = key[0]!
  for (let i = 1; i < key.length; i++) name += key.charCodeAt(i).toString(16).padStart(4, '0')
  return name
}

/** Splits a sections index into its fragments, by key. */
export function splitTextIndex(
  index: TextIndex,
  leafEntries = LEAF_ENTRIES,
): Map<string, Fragment> {
  const fragments = new Map<string, Fragment>()
  const rowsOf = (k: number): Uint32Array => {
    const from = index.start[k]!
    const to = index.start[k + 1]!
    if (to - from === 1) return index.lists[from]!.list
    return unionRows(index.lists.slice(from, to), index.size)
  }
  const entries = (from: number, to: number) => {
    let n = 0
    for (let k = from; k < to; k++)
      for (let j = index.start[k]!; j < index.start[k + 1]!; j++) n += index.lists[j]!.list.length
    return n
  }
  // terms[from..to) all start with `prefix`, in code-unit order.
  const split = (prefix: string, from: number, to: number) => {
    const leaf =
      prefix.length > 0 &&
      (prefix.length >= MAX_PREFIX ||
        (prefix.length >= 2 && entries(from, to) <= leafEntries) ||
        to - from === 1)
    if (leaf) {
      const terms = index.terms.slice(from, to)
      fragments.set(`t${prefix}`, { terms, rows: terms.map((_, k) => rowsOf(from + k)) })
      return
    }
    if (prefix.length > 0) {
      const union = new Uint32Array(wordsFor(index.size))
      for (let j = index.start[from]!; j < index.start[to]!; j++) orPostings(union, index.lists[j]!)
      fragments.set(`u${prefix}`, { terms: [prefix], rows: [bitsToRows(union)] })
    }
    // A token equal to the prefix is covered by the union; the rest group by next character.
    let k = from
    if (k < to && index.terms[k] === prefix) k++
    while (k < to) {
      const next = index.terms[k]!.slice(0, prefix.length + 1)
      let end = k + 1
      while (end < to && index.terms[end]!.startsWith(next)) end++
      split(next, k, end)
      k = end
    }
  }
  split('', 0, index.terms.length)
  return fragments
}

function bitsToRows(bits: Uint32Array): Uint32Array {
  const rows: number[] = []
  forEachBit(bits, (row) => rows.push(row))
  return Uint32Array.from(rows)
}

function unionRows(lists: { list: Uint32Array }[], size: number): Uint32Array {
  const bits = new Uint32Array(wordsFor(size))
  for (const { list } of lists) for (const row of list) bits[row >>> 5]! |= 1 << (row & 31)
  return bitsToRows(bits)
}
