import type { BoardIndex } from './board-index.ts'

/** A shared role family weighs as much as this many shared technologies. */
export const FAMILY_BONUS = 2

const key = (name: string) => name.trim().toLowerCase()

/** What similarity is measured on: a role's technologies, its family and its own row. */
export type SimilarTo = { stack: readonly string[]; family: string; row: number | null }

/**
 * Finds the rows most similar to a role: most shared technologies (matched ignoring case,
 * a role naming one twice counts it once) plus FAMILY_BONUS for the same family ("other"
 * is no family), then more shared technologies, then title order. Rows with nothing in
 * common, the role's own row and rows not `visible` are left out.
 *
 * Only the rows that share a technology are visited, plus the first rows of the family in
 * title order, so the build can ask for every posting of a large board. Scratch arrays are
 * reused between calls.
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
  const titleOrder = index.order('title')
  const byTitle = index.compare('title')
  // Rows numbered in title order (every row shipped): a family's rows are then in title order.
  let rowsInTitleOrder = true
  for (let k = 0; k < size && rowsInTitleOrder; k++) rowsInTitleOrder = titleOrder[k] === k
  const family = facets.family
  const familyOf = (row: number) =>
    family.start[row]! < family.start[row + 1]! ? family.ids[family.start[row]!]! : -1

  const shared = new Uint16Array(size)
  const seen = new Uint32Array(size)
  /** The rows sharing a technology, in the order met. */
  const hit = new Uint32Array(size)
  let stamp = 0
  const shown = (row: number) => !visible || (visible[row >>> 5]! & (1 << (row & 31))) !== 0

  return (role, limit) => {
    let touched = 0
    for (const k of new Set(role.stack.map(key))) {
      const ids = idsByKey.get(k)
      if (!ids) continue
      stamp++
      for (const id of ids) {
        const list = stack.postings[id]!.list
        for (let j = 0; j < list.length; j++) {
          const row = list[j]!
          if (seen[row] === stamp) continue
          seen[row] = stamp
          if (shared[row]!++ === 0) hit[touched++] = row
        }
      }
    }
    const own = role.family === 'other' ? undefined : family.idOf.get(role.family)
    const bonus = (row: number) => (own !== undefined && familyOf(row) === own ? FAMILY_BONUS : 0)
    const candidates = Array.from(hit.subarray(0, touched))
    if (own !== undefined) {
      // Rows of the family sharing no technology all score the bonus: the first in title
      // order are the best of them.
      const rows = family.postings[own]!.list
      const wanted = rowsInTitleOrder ? limit + 1 : rows.length
      let taken = 0
      for (let k = 0; k < rows.length && taken < wanted; k++) {
        const row = rows[k]!
        if (shared[row] !== 0 || row === role.row || !shown(row)) continue
        candidates.push(row)
        taken++
      }
    }
    const score = (row: number) => shared[row]! + bonus(row)
    const better = (a: number, b: number) =>
      score(b) - score(a) || shared[b]! - shared[a]! || byTitle(a, b)
    const best: number[] = []
    for (const row of candidates) {
      if (row === role.row || !shown(row) || score(row) === 0) continue
      if (best.length === limit && better(row, best[limit - 1]!) >= 0) continue
      best.push(row)
      best.sort(better)
      if (best.length > limit) best.pop()
    }
    for (let j = 0; j < touched; j++) shared[hit[j]!] = 0
    return best
  }
}
