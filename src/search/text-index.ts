import type { Posting } from '../model/posting.ts'
import { wordsFor, type Bitset } from './bitset.ts'
import { groupPostings, orPostings, type PostingList } from './posting-lists.ts'
import { searchableText } from './reference-engine.ts'
import { tokenize } from './text.ts'

/** Every token in code-unit order, with the postings containing it. */
export type TextIndex = { terms: string[]; postings: PostingList[]; size: number }

export function buildTextIndex(postings: Posting[]): TextIndex {
  // One pass collecting (token id, posting) pairs; a token repeated in a posting counts once.
  const idOf = new Map<string, number>()
  const found: string[] = []
  let lastSeen = new Int32Array(1024).fill(-1)
  const pairToken: number[] = []
  const pairPosting: number[] = []
  postings.forEach((posting, i) => {
    for (const token of tokenize(searchableText(posting))) {
      let id = idOf.get(token)
      if (id === undefined) {
        id = found.length
        idOf.set(token, id)
        found.push(token)
        if (id >= lastSeen.length) {
          const grown = new Int32Array(lastSeen.length * 2).fill(-1)
          grown.set(lastSeen)
          lastSeen = grown
        }
      }
      if (lastSeen[id] === i) continue
      lastSeen[id] = i
      pairToken.push(id)
      pairPosting.push(i)
    }
  })
  const lists = groupPostings(found.length, pairToken, pairPosting, postings.length)
  // Code-unit order puts every token sharing a prefix in one contiguous run.
  const order = Uint32Array.from(found.keys()).sort((a, b) =>
    found[a]! < found[b]! ? -1 : found[a]! > found[b]! ? 1 : 0,
  )
  return {
    terms: Array.from(order, (id) => found[id]!),
    postings: Array.from(order, (id) => lists[id]!),
    size: postings.length,
  }
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
export function prefixPostings(index: TextIndex, prefix: string): Bitset {
  const bits = new Uint32Array(wordsFor(index.size))
  const from = partition(index.terms, (t) => t < prefix)
  const to = partition(index.terms, (t) => t < prefix || t.startsWith(prefix))
  for (let k = from; k < to; k++) orPostings(bits, index.postings[k]!)
  return bits
}
