import { LowerCasePattern } from './lib/lower-case.ts'
import { allMatches } from './matches.ts'
import { allLanguages } from './words/languages.ts'
import { COMPANY_SEAT_CUES, IN_PERSON_CUES, PLACE_CUES } from './words/place-cues.ts'

/**
 * Read in lower case by its twin (lib/lower-case.ts): the same matches, several times faster.
 * A social post tags the place ("für unser Team in #Leipzig").
 */
function cueAndPlace(cues: readonly string[]): RegExp {
  return new LowerCasePattern(
    new RegExp(`(?<![\\p{L}])(?:${cues.join('|')})\\s+#?(\\p{L}[^.;:\\n(]{1,60})`, 'giu'),
  )
}

/** Cues of the role's place ("basado en Valencia", "nel nostro ufficio di Bologna"), case-free. */
const ROLE_PLACE = cueAndPlace(allLanguages(PLACE_CUES))
/**
 * The same with the company's seat ("con sede en Sevilla", "we're based in Leeds") and where
 * people meet in person ("presencial en Sevilla").
 */
const ROLE_OR_SEAT = cueAndPlace([
  ...allLanguages(PLACE_CUES),
  ...allLanguages(COMPANY_SEAT_CUES),
  ...allLanguages(IN_PERSON_CUES),
])

/**
 * The role's place named in prose: the words after each cue whose place is capitalised ("in
 * unserem Büro in Freiburg"; "basada en la nube" is not one), in the order the text says them,
 * for the place reader to take apart; the first that reads as a place is the role's ("Praca
 * w IT ... w biurze w Krakowie"). Where the company sits is the role's place only for a role
 * worked there (`seat`), not for a remote one; so is where people meet in person.
 */
export function* placesInProse(text: string, seat: boolean): Generator<string> {
  for (const m of allMatches(seat ? ROLE_OR_SEAT : ROLE_PLACE, text))
    if (/^\p{Lu}/u.test(m[1] ?? '')) yield m[1] ?? ''
}

/**
 * A news article's dateline: the town it reports from opens its first paragraph, in capitals
 * ("EINDHOVEN – Dommelstroom Logistics opent …", "LYON (AFP) —") or followed by the date
 * ("Leipzig, 12. Mai 2026 – …"). A press release about a role tells where the role is so.
 */
const DATELINE =
  /^(?:(\p{Lu}[\p{Lu}'’. -]{1,30}\p{Lu})(?:\s?\([^()\n]{1,20}\))?(?:,\s?[^–—\n]{0,30}?\d[^–—\n]{0,20}?)?|(\p{Lu}[\p{L}'’. -]{1,30}),\s?[^–—\n]{0,30}?\d[^–—\n]{0,20}?)\s[-–—]\s\p{Lu}/u
/** The shortest line a dateline may open: a paragraph, not a heading. */
const DATELINE_PARAGRAPH = 80

/** The town a paragraph's dateline names, as written (capitals and all), or null. */
export function datelineTown(paragraph: string): string | null {
  if (paragraph.length < DATELINE_PARAGRAPH) return null
  const m = DATELINE.exec(paragraph)
  return m ? (m[1] ?? m[2] ?? null) : null
}
