import type { Candidate } from './candidate.ts'
import { allMatches, allMatchesAtSentenceStarts, SENTENCE_START_SOURCE } from './matches.ts'
import { STOP_WORDS } from './stop-words.ts'
import { LEGAL_FORM_IN_PROSE } from './legal-form.ts'
import { COMPANY_CUES } from './words/company-cues.ts'
import { allLanguages } from './words/languages.ts'

/** A name as prose writes it: up to four capitalised words. */
const NAME = String.raw`([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}(?: (?:&|[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30})){0,3})`
/** An article before the name ("Die Kranich Cloud GmbH ist", "La société X"): not part of it. */
const ARTICLE = String.raw`(?:(?:Die|Der|Das|La|Le|L['’]|El|Los|Il|Lo|A|O|De|Het)\s+)?`

/**
 * Each cue's pattern, and what a text must hold for it to match: the word before the name
 * ("Chez"), or else the words after it ("ist ein", "recrute"). Searching for those costs a
 * fraction of trying a name at every sentence, and most texts hold none of a language's cues.
 */
const CUES = allLanguages(COMPANY_CUES).map(({ before, after, weight }) => ({
  pattern: new RegExp(`${SENTENCE_START_SOURCE}${before}${ARTICLE}${NAME}${after}`, 'gmu'),
  needs: new RegExp(before || after, 'mu'),
  weight,
}))
/** "Kranich Cloud GmbH", "Gabbiano Software S.r.l.": a name with its legal form, anywhere. */
const WITH_LEGAL_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}])${ARTICLE}${NAME}\\s+(?:${LEGAL_FORM_IN_PROSE})(?![\\p{L}\\p{N}])`,
  'gu',
)
/** What every match of WITH_LEGAL_FORM holds: the legal form after a space. */
const HAS_LEGAL_FORM = new RegExp(`\\s(?:${LEGAL_FORM_IN_PROSE})(?![\\p{L}\\p{N}])`, 'u')

const FUNCTION_WORDS = new Set(
  Object.values(STOP_WORDS)
    .flat()
    .map((w) => w.toLowerCase()),
)

/** How far into the text the name is looked for: a post names its company early. */
const NEAR_TOP = 3_000

/**
 * The company as prose in German, French, Spanish, Portuguese, Italian, Dutch or Polish names
 * it, and a name written with its legal form in any language; the first word must not be a
 * function word ("Unser Team sucht", "Notre équipe recrute").
 */
export function companyInLanguages(text: string): Candidate<string>[] {
  const top = text.slice(0, NEAR_TOP)
  const out: Candidate<string>[] = []
  const add = (name: string | undefined, raw: string, from: string, score: number) => {
    const value = name?.trim()
    const first = value?.split(/\s+/)[0]?.toLowerCase() ?? ''
    if (!value || !first || FUNCTION_WORDS.has(first)) return
    if (out.some((c) => c.value === value && c.from === from)) return
    out.push({ value, raw: raw.trim(), from, score })
  }
  for (const { pattern, needs, weight } of CUES) {
    if (!needs.test(top)) continue
    for (const m of allMatchesAtSentenceStarts(pattern, top))
      add(m[1], m[0], 'the company named in the text', weight)
  }
  if (HAS_LEGAL_FORM.test(top))
    for (const m of allMatches(WITH_LEGAL_FORM, top))
      add(m[1], m[0], 'a name with its legal form', 3)
  return out
}
