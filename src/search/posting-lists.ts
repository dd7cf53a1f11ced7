import { setBit, wordsFor, type Bitset } from './bitset.ts'

/**
 * The postings that have a value (a facet value, a token): always as an ascending list of
 * indices, and also as a bitset when the value is common enough that the bitset is no
 * bigger than the list. Keeps memory linear in the number of (posting, value) pairs.
 */
export type PostingList = { list: Uint32Array; bits: Bitset | null }

/**
 * Groups (value id, posting index) pairs, given in ascending posting order, into one
 * PostingList per value id (a counting sort: no per-value arrays while building).
 */
export function groupPostings(
  valueCount: number,
  pairValue: number[],
  pairPosting: number[],
  postingCount: number,
): PostingList[] {
  const words = wordsFor(postingCount)
  const start = new Uint32Array(valueCount + 1)
  for (const id of pairValue) start[id + 1]!++
  for (let id = 0; id < valueCount; id++) start[id + 1]! += start[id]!
  const next = start.slice(0, valueCount)
  const flat = new Uint32Array(pairValue.length)
  for (let k = 0; k < pairValue.length; k++) flat[next[pairValue[k]!]!++] = pairPosting[k]!
  const out: PostingList[] = []
  for (let id = 0; id < valueCount; id++) {
    const list = flat.subarray(start[id], start[id + 1])
    let bits: Bitset | null = null
    if (list.length >= words) {
      bits = new Uint32Array(words)
      for (let k = 0; k < list.length; k++) setBit(bits, list[k]!)
    }
    out.push({ list, bits })
  }
  return out
}

/** into |= postings */
export function orPostings(into: Bitset, postings: PostingList): void {
  const { bits, list } = postings
  if (bits) for (let w = 0; w < into.length; w++) into[w]! |= bits[w]!
  else for (let k = 0; k < list.length; k++) into[list[k]! >>> 5]! |= 1 << (list[k]! & 31)
}

/** into &= postings */
export function andPostings(into: Bitset, postings: PostingList): void {
  if (postings.bits) {
    for (let w = 0; w < into.length; w++) into[w]! &= postings.bits[w]!
    return
  }
  const keep = new Uint32Array(into.length)
  orPostings(keep, postings)
  for (let w = 0; w < into.length; w++) into[w]! &= keep[w]!
}

/** How many of the postings are in `set`. */
export function countIn(set: Bitset, postings: PostingList): number {
  const { bits, list } = postings
  let n = 0
  if (bits) {
    for (let w = 0; w < set.length; w++) {
      let x = set[w]! & bits[w]!
      if (x === 0) continue
      x -= (x >>> 1) & 0x55555555
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
      n += Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
    }
  } else {
    for (let k = 0; k < list.length; k++) n += (set[list[k]! >>> 5]! >>> (list[k]! & 31)) & 1
  }
  return n
}

/** What counting every value with countIn costs, in words or indices touched. */
export function countInCost(postings: PostingList[]): number {
  let cost = 0
  for (const p of postings) cost += p.bits ? p.bits.length : p.list.length
  return cost
}

/** A PostingList over an ascending list of rows in a board of `size` rows. */
export function postingList(list: Uint32Array, size: number): PostingList {
  const words = wordsFor(size)
  if (list.length < words) return { list, bits: null }
  const bits = new Uint32Array(words)
  for (let k = 0; k < list.length; k++) setBit(bits, list[k]!)
  return { list, bits }
}
