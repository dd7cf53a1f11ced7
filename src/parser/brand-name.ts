import { isCommonWord } from './common-words.ts'
import { legalFormAt } from './legal-form.ts'

/**
 * A name in running prose: a word in lower case after it ("Lendwerk baut …", "At Kelpwise
 * we …") or its possessive; not a signature's or an address's name before a comma, nor a
 * name going on ("Abercrombie and Fitch").
 */
const IN_PROSE_AFTER = /^(?:['’]s\s|\s+(?!(?:and|und|et|en|[eiy])\s+\p{Lu})\p{Ll})/u

/** "Stadtwerke Leinebogen IT GmbH": an acronym after the brand names a unit of it. */
const ACRONYM = /^\p{Lu}{2,}$/u

/** A letter or a figure: a name's word goes on through one. */
const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Whether the text from `at` to `end` stands as words of its own: no letter or figure touches
 * it, nor any of `joinBefore` before it or `joinAfter` after it.
 */
function standsAlone(
  text: string,
  at: number,
  end: number,
  joinBefore = '',
  joinAfter = '',
): boolean {
  const before = text.charAt(at - 1)
  const after = text.charAt(end)
  return (
    !(before && (WORD_CHAR.test(before) || joinBefore.includes(before))) &&
    !(after && (WORD_CHAR.test(after) || joinAfter.includes(after)))
  )
}

/**
 * Where a name stands in the text as a word of its own, with the case it is written in (found
 * with indexOf, not a pattern made for each name: compiling one per posting costs more than
 * the search).
 */
function occurrences(text: string, name: string): number[] {
  const ends: number[] = []
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (standsAlone(text, at, at + name.length, '&.-', '&')) ends.push(at + name.length)
  return ends
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

/** A name as a sentence writes it: a capital first, small letters after. */
const TITLE_CASED = /^\p{Lu}.*\p{Ll}/u

/** A name in capitals only ("BRIGHTLOOP"), long enough not to be an acronym ("IBM"). */
const SHOUTED = /^(?=(?:\P{L}*\p{L}){5})\P{Ll}+$/u

/**
 * "BRIGHTLOOP" on a marketplace's card, "Brightloop has looked at your profile" in the mail:
 * a name a page writes in capitals is spelled as the text writes it elsewhere, when it does.
 */
export function proseSpelling(name: string, text: string): string {
  if (!SHOUTED.test(name)) return name
  const lower = text.toLowerCase()
  const key = name.toLowerCase()
  if (lower.length !== text.length || key.length !== name.length) return name
  const spellings = new Map<string, number>()
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    if (!standsAlone(text, at, at + name.length)) continue
    const written = text.slice(at, at + name.length)
    // "Brightloop", not "brightloop" of an address ("brightloop.example.com").
    if (TITLE_CASED.test(written)) spellings.set(written, (spellings.get(written) ?? 0) + 1)
  }
  return [...spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? name
}
