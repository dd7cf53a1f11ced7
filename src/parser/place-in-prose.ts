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
 * The role's place named in prose in the languages beyond English: the words after the first
 * cue whose place is capitalised ("in unserem Büro in Freiburg"; "basada en la nube" is not one),
 * for the place reader to take apart.
 */
export function placeInProse(text: string): string | null {
  for (const m of allMatches(CUE_AND_PLACE, text))
    if (/^\p{Lu}/u.test(m[1] ?? '')) return m[1] ?? null
  return null
}
