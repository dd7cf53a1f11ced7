import { ROLE_NOUN } from './patterns.ts'
import { TIME_ZONE_OFFSETS } from './region-groups.ts'
import { techByName } from './taxonomy.ts'
import { areasOf } from './work-areas.ts'

/** A code written in capitals: "GTM", "SWE", "PT", "DE". */
const BARE_CODE = /^[A-Z]{2,3}$/

/**
 * A country code that the parser's other vocabularies read as another word: an area of work
 * ("GTM", "QA", "HR", "AI", "ML"), a role ("SWE"), a technology ("SVN") or a time zone ("PT",
 * "ET", "MT"). Such a code alone is weak evidence of a place: a posting writes it for the
 * other meaning far more often ("Hiring Eng, Product, GTM", "Remote PT/ET hours").
 */
export function codeIsAnotherWord(text: string): boolean {
  if (!BARE_CODE.test(text)) return false
  return (
    areasOf(text) !== null ||
    ROLE_NOUN.test(text) ||
    techByName(text) !== undefined ||
    Object.hasOwn(TIME_ZONE_OFFSETS, text.toLowerCase())
  )
}
