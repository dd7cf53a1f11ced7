import { escapeRegExp } from './lib/escape-regexp.ts'
import { ENDS_SENTENCE } from './patterns.ts'
import { LEGAL_FORMS, type LegalForm } from './words/legal-forms.ts'
import { allLanguages } from './words/languages.ts'
import { LEVEL_WORDS } from './words/level-words.ts'

/** A form as a pattern: its last dot optional ("Inc" or "Inc."), any space one or more. */
function formSource({ written }: LegalForm): string {
  return escapeRegExp(written.replace(/\.$/, ''))
    .replace(/ /g, '\\s+')
    .concat(written.endsWith('.') ? '\\.?' : '')
}

function alternation(forms: readonly LegalForm[]): string {
  return [...forms]
    .sort((a, b) => b.written.length - a.written.length)
    .map(formSource)
    .join('|')
}

/**
 * The forms that mark a company's name in running text, as written (case counts: "SE" is a
 * form, "se" a word), as one alternation for a larger pattern.
 */
export const LEGAL_FORM_IN_PROSE = alternation(LEGAL_FORMS.filter((f) => f.inProse))

/** Any form at the end of a name, after a space or a comma, in any case. */
const AT_END = new RegExp(`,?\\s+(?:${alternation(LEGAL_FORMS)})$`, 'iu')

/** Forms written with a closing period ("Inc.", "Pvt. Ltd."), at the end of a text. */
const ABBREVIATED_AT_END = new RegExp(
  `[\\s,](?:${alternation(LEGAL_FORMS.filter((f) => f.written.endsWith('.')))})$`,
  'iu',
)

/**
 * Whether a text ends as a sentence does: a closing period, question or exclamation mark,
 * but not the period of a legal form ("Posted on 30 November by Maplewave Systems Inc." is a
 * board's fact line).
 */
export function endsSentence(text: string): boolean {
  return (
    ENDS_SENTENCE.test(text) &&
    !(text.endsWith('.') && (ABBREVIATED_AT_END.test(text) || LEVEL_ABBREVIATION_AT_END.test(text)))
  )
}

/**
 * "Ingeniero(a) QA Automatizador Sr.", "Analista Ssr.": a level word cut short to its
 * consonants ends a title, not a sentence ("… reports to the VP." is one).
 */
const LEVEL_ABBREVIATION_AT_END = new RegExp(
  `\\s(?:${[
    ...new Set(
      allLanguages(LEVEL_WORDS)
        .filter(([, level]) => level === 'senior' || level === 'mid' || level === 'junior')
        .map(([word]) => word.replace(/\.$/, ''))
        .filter((word) => /^[b-df-hj-np-tv-z]{2,3}$/.test(word)),
    ),
  ].join('|')})\\.$`,
  'i',
)

const WRITTEN = new Set(LEGAL_FORMS.map((form) => form.written))

/** Whether a word is a legal form as written ("NV", "AB", "GmbH"): case counts. */
export function isLegalForm(word: string): boolean {
  return WRITTEN.has(word)
}

/** A company's name without the legal form it ends with ("Wierzba Sp. z o.o." → "Wierzba"). */
export function withoutLegalForm(name: string): string {
  const trimmed = name.trim()
  const m = AT_END.exec(trimmed)
  // A form alone ("AG") or a name that is only its form is left as it is.
  return m && m.index > 0 ? trimmed.slice(0, m.index).trim() : trimmed
}

/** A legal form right after a name: "Kelpwise Learning Inc.", "Lendwerk Software, GmbH". */
const FORM_NEXT = new RegExp(`^,?\\s+(?:${alternation(LEGAL_FORMS)})(?![\\p{L}\\p{N}])`, 'u')

/** Whether a legal form follows at `index` of the text (just after a name). */
export function legalFormAt(text: string, index: number): boolean {
  return FORM_NEXT.test(text.slice(index, index + 40))
}
