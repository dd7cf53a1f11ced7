import type { BoardIndex } from './board-index.ts'

/** A shared role family weighs as much as this many shared technologies. */
export const FAMILY_BONUS = 2

const key = (name: string) => name.trim().toLowerCase()

/** What similarity is measured on: a role's technologies, its family and its own row. */
export type SimilarTo = { stack: readonly string[]; family: string; row: number | null }

/**
 * Rows a role visits through its technologies, rarest technology first. A board smaller
 * than this (every technology's rows fit) gets the exact ranking; on a large board a role
 * naming a common technology would otherwise visit a share of every row, and the build,
 * which asks for every posting, would grow with the square of the board.
 */
export const TECH_VISITS = 1000
/** Rows of the role's family visited (in title order) beside those: the family's first. */
export const FAMILY_VISITS = 200

/**
 * Finds the rows most similar to a role: most shared technologies (matched ignoring case,
 * a role naming one twice counts it once) plus FAMILY_BONUS for the same family ("other"
 * is no family), then more shared technologies, then title order. Rows with nothing in
 * common, the role's own row and rows not `visible` are left out.
 *
 * Candidates, scored exactly: the rows of the role's technologies, rarest technology first
 * (a row sharing several of them is met through the rarest), up to TECH_VISITS rows, and
 * the family's first FAMILY_VISITS rows. Rows are in title order, so where a list is cut
 * the rows kept are the ones its ties would pick. Below those caps (every board up to a
 * few thousand roles) this is the exact ranking, which the tests check against scoring
 * every row; above them, the best of the candidates, which share the role's rarest
 * technologies or its family. Scratch arrays are reused between calls.
 */
export function similarRowsFinder(index: BoardIndex): (role: SimilarTo, limit: number) => number[] {
  const { size, facets, visible } = index
  const stack = facets.stack
  const idsByKey = new Map<string, number[]>()
  stack.values.forEach((value, id) => {
    const ids = idsByKey.get(key(value))
    if (ids) ids.push(id)
    else idsByKey.set(key(value), [id])
  })
  const rowsOfKey = (k: string) =>
    (idsByKey.get(k) ?? []).reduce((sum, id) => sum + stack.postings[id]!.list.length, 0)
  const titleOrder = index.order('title')
  const byTitle = index.compare('title')
  // Rows numbered in title order (every row shipped): a family's rows are then in title order.
  let rowsInTitleOrder = true
  for (let k = 0; k < size && rowsInTitleOrder; k++) rowsInTitleOrder = titleOrder[k] === k
  const family = facets.family
  const familyOf = (row: number) =>
    family.start[row]! < family.start[row + 1]! ? family.ids[family.start[row]!]! : -1

  const shared = new Uint16Array(size)
  const score = new Uint16Array(size)
  const seen = new Uint32Array(size)
  /** The candidate rows, in the order met. */
  const hit = new Uint32Array(size)
  /** Per stack value: stamp + 1 + which of the role's technologies it is (else older). */
  const keyOfValue = new Float64Array(stack.values.length)
  let stamp = 0
  const shown = (row: number) => !visible || (visible[row >>> 5]! & (1 << (row & 31))) !== 0

  return (role, limit) => {
    stamp++
    const base = stamp * 1024
    const keys = [...new Set(role.stack.map(key))]
      .filter((k) => idsByKey.has(k))
      .map((k) => ({ k, rows: rowsOfKey(k) }))
      .sort((a, b) => a.rows - b.rows)
    keys.forEach(({ k }, slot) => {
      for (const id of idsByKey.get(k)!) keyOfValue[id] = base + Math.min(slot, 1023)
    })
    let touched = 0
    const meet = (row: number) => {
      if (seen[row] === stamp) return
      seen[row] = stamp
      hit[touched++] = row
    }
    let visits = 0
    visiting: for (const { k } of keys)
      for (const id of idsByKey.get(k)!) {
        const list = stack.postings[id]!.list
        for (let j = 0; j < list.length; j++) {
          if (visits++ === TECH_VISITS) break visiting
          meet(list[j]!)
        }
      }
    const own = role.family === 'other' ? undefined : family.idOf.get(role.family)
    if (own !== undefined) {
      const rows = family.postings[own]!.list
      const wanted = rowsInTitleOrder ? Math.min(rows.length, FAMILY_VISITS) : rows.length
      for (let k = 0; k < wanted; k++) meet(rows[k]!)
    }
    // Exact scores: each candidate's own technologies against the role's, each of the
    // role's technologies counted once (a row may name it in two spellings).
    const many = keys.length > 31
    const counted = new Set<number>()
    for (let j = 0; j < touched; j++) {
      const row = hit[j]!
      let mask = 0
      // Only where it is used: clearing a Set makes it a new table, and this runs for
      // every candidate of every posting of the build (about 7.5 million at 10k).
      if (many) counted.clear()
      for (let v = stack.start[row]!; v < stack.start[row + 1]!; v++) {
        const slot = keyOfValue[stack.ids[v]!]! - base
        if (slot < 0) continue
        if (many) counted.add(slot)
        else mask |= 1 << slot
      }
      shared[row] = many ? counted.size : bitCount(mask)
    }
    // Each candidate's score once (shared technologies + family bonus), kept beside its
    // shared count; the best `limit` are kept in order by inserting each row where it goes
    // (after its equals, as a stable sort would), not by sorting the list again per row.
    for (let j = 0; j < touched; j++) {
      const row = hit[j]!
      score[row] = shared[row]! + (own !== undefined && familyOf(row) === own ? FAMILY_BONUS : 0)
    }
    const better = (a: number, b: number) =>
      score[b]! - score[a]! || shared[b]! - shared[a]! || byTitle(a, b)
    const best: number[] = []
    for (let j = 0; j < touched; j++) {
      const row = hit[j]!
      if (row === role.row || !shown(row) || score[row] === 0) continue
      if (best.length === limit && better(row, best[limit - 1]!) >= 0) continue
      let at = best.length
      while (at > 0 && better(best[at - 1]!, row) > 0) at--
      best.splice(at, 0, row)
      if (best.length > limit) best.pop()
    }
    for (let j = 0; j < touched; j++) shared[hit[j]!] = 0
    return best
  }
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555)
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333)
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
