import { escapeRegExp } from './lib/escape-regexp.ts'
import { GENDER_SUFFIXES, GENDER_TAG_LETTERS, GENDER_TAG_PHRASES } from './words/gender-tags.ts'
import { allLanguages } from './words/languages.ts'

const LETTER = `(?:${[...GENDER_TAG_LETTERS].sort((a, b) => b.length - a.length).join('|')})`
const LETTERS = `${LETTER}(?:\\s*[/|,]\\s*${LETTER}){1,3}`
const PHRASES = allLanguages(GENDER_TAG_PHRASES)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')
/** "(m/w/d)", "[H/F]", "(all genders)"; anywhere in the title. */
const BRACKETED = new RegExp(`\\s*[([]\\s*(?:${LETTERS}|${PHRASES})\\s*[)\\]]`, 'giu')
/** "H/F" or "- m/w/d" at the very end, without brackets; letters only, so "AI/ML" stays. */
const TRAILING = new RegExp(`(?:\\s+[-–—|]?\\s*)(?:${LETTERS})\\s*$`, 'iu')
/** "Développeur·euse", "Entwickler:in", "Desarrollador/a": an inclusive ending on a noun. */
const SUFFIX = new RegExp(
  `(?<=\\p{L})(?:${allLanguages(GENDER_SUFFIXES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
)

/**
 * A title without the gender marks postings add to it ("Entwickler (m/w/d)" is
 * "Entwickler", "Développeur·euse Python (H/F)" is "Développeur Python").
 */
export function stripGenderTags(title: string): string {
  const stripped = title.replace(BRACKETED, '').replace(SUFFIX, '').replace(TRAILING, '')
  return stripped.replace(/\s{2,}/g, ' ').trim()
}
