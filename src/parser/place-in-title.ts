import type { PostingLocation } from '../model/posting.ts'
import { readPlaces, STRONG_PLACE } from './places.ts'
import { TITLE_PLACE } from './place-patterns.ts'
import type { Line } from './types.ts'

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

/** The most words of a place line under a title: "Dublin (hybrid)", "Lyon, France · CDI". */
const PLACE_LINE_WORDS = 6
/** How many of the title's lines are looked under: a subject, then the description's heading. */
const TITLE_LINES = 3

/**
 * The place on the line under the role's title where the title stands below other text: a
 * description pasted into an e-mail or a chat after a note ("Engineering Manager, Platform"
 * over "Dublin (hybrid)"), whose header is the note's. `lines`: those below the header.
 */
export function placesUnderTitle(lines: readonly Line[], title: string): PostingLocation[] {
  const wanted = title.trim().toLowerCase()
  let seen = 0
  for (let i = 0; i < lines.length && seen < TITLE_LINES; i++) {
    const line = lines[i] as Line
    if (line.noise || line.text.trim().toLowerCase() !== wanted) continue
    seen++
    const next = lines.slice(i + 1).find((after) => after.kind !== 'blank')
    if (!next || next.noise || next.text.trim().split(/\s+/).length > PLACE_LINE_WORDS) continue
    // Where it stands says it is a place field: a small town ("Cork") is read as the header
    // reads one.
    const reading = readPlaces(next.text, { field: true })
    if (reading.locations.length) return reading.locations
  }
  return []
}
