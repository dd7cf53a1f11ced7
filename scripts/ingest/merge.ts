import type { Posting, PostingLocation, PostingSource } from '../../src/model/posting.ts'

/** A parsed posting with where it came from: `file#n` for the n-th role of a file. */
export type Found = { posting: Posting; origin: string }

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

const placeKey = (place: PostingLocation) =>
  [place.city, place.region, place.country].map((part) => fold(part ?? '')).join('|')

/**
 * Two postings are the same role when company, title and places agree (ignoring case,
 * accents, spacing and the order of places). A posting without a company never merges:
 * two unnamed "Backend Engineer" roles are not known to be one.
 */
export function roleKey(posting: Posting): string | null {
  if (!posting.company?.trim()) return null
  const places = [...new Set(posting.locations.map(placeKey))].sort()
  return JSON.stringify([fold(posting.company), fold(posting.title), places])
}

/**
 * Merges postings of the same role into one: the first in file order is kept as parsed
 * and gains `sources`, every source in file order (its own first). Input order is kept
 * for what remains. `merged` counts the postings folded into another.
 */
export function mergeSameRoles(found: Found[]): { postings: Found[]; merged: number } {
  const groups = new Map<string, Found[]>()
  const out: (Found | Found[])[] = []
  for (const item of found) {
    const key = roleKey(item.posting)
    if (key === null) {
      out.push(item)
      continue
    }
    const group = groups.get(key)
    if (group) group.push(item)
    else {
      const fresh = [item]
      groups.set(key, fresh)
      out.push(fresh)
    }
  }
  let merged = 0
  const postings = out.map((entry) => {
    if (!Array.isArray(entry)) return entry
    const [kept, ...folded] = entry as [Found, ...Found[]]
    if (folded.length === 0) return kept
    const sources: PostingSource[] = entry.map((item) => item.posting.source)
    merged += folded.length
    return { ...kept, posting: { ...kept.posting, sources } }
  })
  return { postings, merged }
}
