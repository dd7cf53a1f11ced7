import { isCommonWord } from './common-words.ts'
import { legalFormAt } from './legal-form.ts'
import { escapeRegExp } from './lib/escape-regexp.ts'

const NAME_EDGE = '(?<![\\p{L}\\p{N}&.-])'

/**
 * A name in running prose: a word in lower case after it ("Lendwerk baut …", "At Kelpwise
 * we …") or its possessive; not a signature's or an address's name before a comma, nor a
 * name going on ("Abercrombie and Fitch").
 */
const IN_PROSE_AFTER = /^(?:['’]s\s|\s+(?!(?:and|und|et|en|[eiy])\s+\p{Lu})\p{Ll})/u

/** "Stadtwerke Leinebogen IT GmbH": an acronym after the brand names a unit of it. */
const ACRONYM = /^\p{Lu}{2,}$/u

/** Where a name stands in the text as a word of its own, with the case it is written in. */
function occurrences(text: string, name: string): number[] {
  const found = text.matchAll(
    new RegExp(`${NAME_EDGE}${escapeRegExp(name)}(?![\\p{L}\\p{N}&])`, 'gu'),
  )
  return [...found].map((m) => m.index + name.length)
}

/**
 * "Lendwerk Software GmbH" in the imprint and "Lendwerk baut Software …" in the prose: a
 * posting goes by the brand its prose uses. A name of several words that the text writes
 * only with its legal form after it, while its first word or words stand alone as a name
 * elsewhere, is a legal name; the brand is the shorter name. A name the prose writes without
 * its form ("Calderbrook Insurance Group has …") is the name the posting uses, and stays.
 */
export function brandOf(name: string, text: string): string {
  const words = name.split(' ')
  if (words.length < 2) return name
  const ends = occurrences(text, name)
  if (!ends.length || ends.some((end) => !legalFormAt(text, end))) return name
  for (let k = words.length - 1; k >= 1; k--) {
    const brand = words.slice(0, k).join(' ')
    // "Digital", "Banco": a frequent word alone is no brand however often it stands alone.
    if (k === 1 && (brand.length < 3 || isCommonWord(brand))) continue
    if (words.slice(k).some((word) => ACRONYM.test(word))) break
    const alone = occurrences(text, brand).filter((end) =>
      IN_PROSE_AFTER.test(text.slice(end, end + 40)),
    )
    if (alone.length) return brand
  }
  return name
}
