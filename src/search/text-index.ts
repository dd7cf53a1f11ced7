import type { Posting } from '../model/posting.ts'
import { wordsFor, type Bitset } from './bitset.ts'
import type { Column } from './columns.ts'
import { groupPostings, orPostings, postingList, type PostingList } from './posting-lists.ts'
import { fold, tokenize } from './text.ts'

/**
 * Tokens in code-unit order, each with one or more posting lists: term k's postings are the
 * union of lists[start[k]] .. lists[start[k + 1] - 1]. Code-unit order puts every token
 * sharing a prefix in one contiguous run.
 */
export type TextIndex = { terms: string[]; start: Uint32Array; lists: PostingList[]; size: number }

/** The posting's own text (every section): what the build splits into fragments. */
export function sectionText(posting: Posting): string {
  return fold(Object.values(posting.sections).flat().join('\n'))
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Index of `text(posting)` over `postings`, numbered from `offset` in a board of `size`
 * rows (pasted postings come after the bundled ones).
 */
export function buildTextIndex(
  postings: readonly Posting[],
  text: (posting: Posting) => string = sectionText,
  offset = 0,
  size = offset + postings.length,
): TextIndex {
  // One pass collecting (token id, posting) pairs; a token repeated in a posting counts once.
  const idOf = new Map<string, number>()
  const found: string[] = []
  let lastSeen = new Int32Array(1024).fill(-1)
  const pairToken: number[] = []
  const pairPosting: number[] = []
  postings.forEach((posting, i) => {
    for (const token of tokenize(text(posting))) {
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
      pairPosting.push(i + offset)
    }
  })
  const lists = groupPostings(found.length, pairToken, pairPosting, size)
  const order = Uint32Array.from(found.keys()).sort((a, b) => byCodeUnit(found[a]!, found[b]!))
  return {
    terms: Array.from(order, (id) => found[id]!),
    start: Uint32Array.from({ length: order.length + 1 }, (_, k) => k),
    lists: Array.from(order, (id) => lists[id]!),
    size,
  }
}

/** Sorted terms with their rows, as a text fragment file holds them. */
export function textIndexFromTerms(terms: string[], rows: Uint32Array[], size: number): TextIndex {
  return {
    terms,
    start: Uint32Array.from({ length: terms.length + 1 }, (_, k) => k),
    lists: rows.map((list) => postingList(list, size)),
    size,
  }
}

/**
 * Index of the words in the values of dictionary columns (title, company, team, stack):
 * each value is tokenized once and its rows list joins each of its tokens. No posting is
 * read, so the browser builds it from the shipped columns in a few milliseconds.
 */
export function textIndexFromColumns(columns: Column[], size: number): TextIndex {
  const byToken = new Map<string, PostingList[]>()
  for (const { values, rows } of columns) {
    values.forEach((value, id) => {
      const list = postingList(rows[id]!, size)
      for (const token of new Set(tokenize(fold(value)))) {
        const lists = byToken.get(token)
        if (lists) lists.push(list)
        else byToken.set(token, [list])
      }
    })
  }
  const terms = [...byToken.keys()].sort(byCodeUnit)
  const start = new Uint32Array(terms.length + 1)
  const lists: PostingList[] = []
  terms.forEach((term, k) => {
    lists.push(...byToken.get(term)!)
    start[k + 1] = lists.length
  })
  return { terms, start, lists, size }
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

/** Adds to `bits` the postings with a token starting with `prefix`. */
export function orPrefixPostings(bits: Bitset, index: TextIndex, prefix: string): void {
  const from = partition(index.terms, (t) => t < prefix)
  const to = partition(index.terms, (t) => t < prefix || t.startsWith(prefix))
  for (let k = index.start[from]!, end = index.start[to]!; k < end; k++)
    orPostings(bits, index.lists[k]!)
}

/** Postings with a token starting with `prefix`. */
export function prefixPostings(index: TextIndex, prefix: string): Bitset {
  const bits = new Uint32Array(wordsFor(index.size))
  orPrefixPostings(bits, index, prefix)
  return bits
}
