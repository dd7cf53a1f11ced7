import type { PostingCard } from '@/model/board-files'
import { FAMILY_BONUS } from '@/search/similar-rows'

export type SimilarRole = {
  posting: PostingCard
  /** Technologies both roles name, as this other role names them. */
  shared: string[]
  sameFamily: boolean
  score: number
}

const key = (name: string) => name.trim().toLowerCase()

/**
 * Postings that share the most stack and role family with `posting`, best first. A role
 * with nothing in common is not "similar"; "other" is no family, so it earns no bonus.
 */
export function similarRoles(posting: PostingCard, all: PostingCard[], limit = 5): SimilarRole[] {
  const own = new Set(posting.stack.map((item) => key(item.name)))
  return all
    .filter((other) => other.id !== posting.id)
    .map((other) => {
      const seen = new Set<string>()
      const shared = other.stack
        .map((item) => item.name)
        .filter((name) => {
          const k = key(name)
          if (!own.has(k) || seen.has(k)) return false
          seen.add(k)
          return true
        })
      const sameFamily = posting.roleFamily !== 'other' && other.roleFamily === posting.roleFamily
      return {
        posting: other,
        shared,
        sameFamily,
        score: shared.length + (sameFamily ? FAMILY_BONUS : 0),
      }
    })
    .filter((candidate) => candidate.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.shared.length - a.shared.length ||
        a.posting.title.localeCompare(b.posting.title) ||
        a.posting.id.localeCompare(b.posting.id),
    )
    .slice(0, limit)
}
