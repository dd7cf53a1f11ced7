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
