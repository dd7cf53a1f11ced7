import type { PostingCard } from '@/model/board-files'
import type { BoardIndex } from '@/search/board-index'
import { FAMILY_BONUS } from './similar-roles'

const key = (name: string) => name.trim().toLowerCase()

/**
 * The rows of the roles most similar to `posting` (the same ranking as similarRoles: shared
 * technologies + a bonus for the same family, then title order), found from the board's
 * index alone, so only their few cards need loading. Hidden roles and `ownRow` are left out.
 */
export function similarRows(
  index: BoardIndex,
  posting: PostingCard,
  ownRow: number | null,
  limit = 5,
): number[] {
  const { size, facets, visible } = index
  const shared = new Uint16Array(size)
  const own = new Set(posting.stack.map((item) => key(item.name)))
  // Technologies are matched ignoring case; a role naming one twice counts it once.
  const seen = new Map<string, Uint8Array>()
  facets.stack.values.forEach((value, id) => {
    const k = key(value)
    if (!own.has(k)) return
    let marked = seen.get(k)
    if (!marked) seen.set(k, (marked = new Uint8Array(size)))
    for (const row of facets.stack.postings[id]!.list) {
      if (marked[row]) continue
      marked[row] = 1
      shared[row]!++
    }
  })
  const family =
    posting.roleFamily === 'other' ? undefined : facets.family.idOf.get(posting.roleFamily)
  const sameFamily = new Uint8Array(size)
  if (family !== undefined)
    for (const row of facets.family.postings[family]!.list) sameFamily[row] = 1

  const byTitle = index.compare('title')
  const score = (row: number) => shared[row]! + (sameFamily[row] ? FAMILY_BONUS : 0)
  const better = (a: number, b: number) =>
    score(b) - score(a) || shared[b]! - shared[a]! || byTitle(a, b)
  const best: number[] = []
  for (let row = 0; row < size; row++) {
    if (row === ownRow || score(row) === 0) continue
    if (visible && !(visible[row >>> 5]! & (1 << (row & 31)))) continue
    if (best.length === limit && better(row, best[limit - 1]!) >= 0) continue
    best.push(row)
    best.sort(better)
    if (best.length > limit) best.pop()
  }
  return best
}
