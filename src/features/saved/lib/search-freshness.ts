import type { SavedSearch } from '@/storage/schema'

/** How many postings match a saved search now, and how many of them are new since it was last opened. */
export function searchFreshness(
  search: SavedSearch,
  matchingIds: string[],
): { matches: number; newSinceOpened: number } {
  const seen = new Set(search.seenIds)
  return {
    matches: matchingIds.length,
    newSinceOpened: matchingIds.filter((id) => !seen.has(id)).length,
  }
}
