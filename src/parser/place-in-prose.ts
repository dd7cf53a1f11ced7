import { allMatches } from './matches.ts'
import { allLanguages } from './words/languages.ts'
import { PLACE_CUES } from './words/place-cues.ts'

/**
 * Cues in the languages beyond English ("basado en Valencia", "nel nostro ufficio di
 * Bologna"), case-free; the words after a cue are the first group.
 */
const CUE_AND_PLACE = new RegExp(
  `(?<![\\p{L}])(?:${allLanguages(PLACE_CUES).join('|')})\\s+(\\p{L}[^.;:\\n(]{1,60})`,
  'giu',
)

/**
 * The role's place named in prose in the languages beyond English: the words after each
 * cue whose place is capitalised ("in unserem Büro in Freiburg"; "basada en la nube" is not
 * one), in the order the text says them, for the place reader to take apart; the first that
 * reads as a place is the role's ("Praca w IT ... w biurze w Krakowie").
 */
export function* placesInProse(text: string): Generator<string> {
  for (const m of allMatches(CUE_AND_PLACE, text)) if (/^\p{Lu}/u.test(m[1] ?? '')) yield m[1] ?? ''
}
