import type { PostingLocation } from '../model/posting.ts'
import { readPlaces, STRONG_PLACE } from './places.ts'
import { TITLE_PLACE } from './place-patterns.ts'
import { ROLE_NOUN } from './patterns.ts'

/**
 * The place a role's own title states at its end: "SWE in Chile", "Engineering Manager -
 * (Brazil)", "Data Engineer (Lisbon)". Only a sure reading counts: "Software Engineer in
 * Test", "DevOps Engineer (IaaC in AWS)" and "Backend Engineer (Go)" name no place.
 */
export function placesInTitle(title: string): PostingLocation[] {
  const trimmed = title.trim()
  for (const pattern of TITLE_PLACE) {
    const text = pattern.exec(trimmed)?.[1]
    const places = text ? surePlaces(text) : []
    if (places.length) return places
  }
  return []
}

function surePlaces(text: string): PostingLocation[] {
  const reading = readPlaces(text, { field: true })
  const sure =
    reading.locations.length > 0 &&
    reading.remoteRegions.length === 0 &&
    reading.confidence.every((c) => c >= STRONG_PLACE)
  return sure ? reading.locations : []
}

/**
 * A title's place after a preposition, the role's noun right before it or a few words before
 * ("Desenvolvedor Backend em Curitiba").
 */
const PLACE_AFTER_ROLE = new RegExp(
  `^(.*?(?:${ROLE_NOUN.source})(?:\\s+[\\p{L}\\p{N}+#./-]+){0,3}?(?:\\s*\\([^()]*\\))?)\\s(?:in|at|en|em|à)\\s+(\\p{Lu}[\\p{L} .,'’/-]{1,40})$`,
  'iu',
)

const PREPOSITION_THEN_NAME = /\s(?:in|at|en|em|à)\s+\p{Lu}/u

/**
 * The title without the place it ends with ("Machine Learning Engineer en Madrid", "SWE in
 * Chile"): the place is the posting's, not part of the role's name. Only a sure place after
 * the role's noun: "Software Engineer in Test" and "Faculty in AI" keep theirs.
 */
export function titleWithoutPlace(title: string): string {
  // Most titles name no place after a preposition: asked first, cheaply.
  if (!PREPOSITION_THEN_NAME.test(title)) return title
  const m = PLACE_AFTER_ROLE.exec(title.trim())
  return m?.[1] && m[2] && surePlaces(m[2]).length ? m[1] : title
}
