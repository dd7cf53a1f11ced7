import type { PostingLocation } from '../model/posting.ts'
import { readPlaces, STRONG_PLACE } from './places.ts'
import { TITLE_PLACE } from './place-patterns.ts'

/**
 * The place a role's own title states at its end: "SWE in Chile", "Engineering Manager -
 * (Brazil)", "Data Engineer (Lisbon)". Only a sure reading counts: "Software Engineer in
 * Test", "DevOps Engineer (IaaC in AWS)" and "Backend Engineer (Go)" name no place.
 */
export function placesInTitle(title: string): PostingLocation[] {
  const trimmed = title.trim()
  for (const pattern of TITLE_PLACE) {
    const text = pattern.exec(trimmed)?.[1]
    if (!text) continue
    const reading = readPlaces(text, { field: true })
    if (
      reading.locations.length > 0 &&
      reading.remoteRegions.length === 0 &&
      reading.confidence.every((c) => c >= STRONG_PLACE)
    )
      return reading.locations
  }
  return []
}
