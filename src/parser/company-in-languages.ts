import type { Candidate } from './candidate.ts'
import {
  allMatchesAtSentenceStarts,
  allMatchesBefore,
  isSpace,
  SENTENCE_START_SOURCE,
  type MatchAnchor,
} from './matches.ts'
import { STOP_WORDS } from './stop-words.ts'
import { LEGAL_FORM_IN_PROSE, withoutLegalForm } from './legal-form.ts'
import { COMPANY_CUES } from './words/company-cues.ts'
import { allLanguages } from './words/languages.ts'

/** Small words inside a name: "Carrefour des Vignes", "Casa do Código", "Huis van Eik". */
const NAME_LINK = String.raw`(?:de|des|du|di|da|do|dos|das|del|della|van|von|der|y|e|et|und|and|of)`
/** A name as prose writes it: up to four capitalised words. */
const NAME = String.raw`([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}(?: (?:&|(?:${NAME_LINK} )?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30})){0,3})`
/** A heading run into its paragraph at a line's start: "Wer wir sind: Fahrwerk ist ein …". */
const INLINE_HEADING = String.raw`(?:^(?:\p{L}[\p{L}’'-]*\s){0,3}\p{L}[\p{L}’'-]*\s?:\s+)?`
/** An article before the name ("Die Kranich Cloud GmbH ist", "La société X"): not part of it. */
const ARTICLE = String.raw`(?:(?:Die|Der|Das|La|Le|L['’]|El|Los|Il|Lo|A|O|De|Het)\s+)?`

/**
 * Each cue's pattern, and what a text must hold for it to match: the word before the name
 * ("Chez"), or else the words after it ("ist ein", "recrute"). Searching for those costs a
 * fraction of trying a name at every sentence, and most texts hold none of a language's cues.
 */
const CUES = allLanguages(COMPANY_CUES).map(({ before, after, weight }) => ({
  pattern: new RegExp(
    `${SENTENCE_START_SOURCE}${before || INLINE_HEADING}${ARTICLE}${NAME}${after}`,
    'gmu',
  ),
  needs: new RegExp(before || after, 'mu'),
  weight,
}))
/**
 * Whether a text holds any cue's words: most hold none, and one search answers for all (about
 * a fifth of the time of asking each cue). A leading `\s+` is searched as `\s`: there is one
 * exactly where there is the other.
 */
const ANY_CUE = new RegExp(
  CUES.map(({ needs }) => `(?:${needs.source.replace(/^\\s\+(?![?*+{])/, '\\s')})`).join('|'),
  'mu',
)
/** "Kranich Cloud GmbH", "Gabbiano Software S.r.l.": a name with its legal form, anywhere. */
const WITH_LEGAL_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}])${ARTICLE}${NAME}\\s+(?:${LEGAL_FORM_IN_PROSE})(?![\\p{L}\\p{N}])`,
  'gu',
)
/** What every match of WITH_LEGAL_FORM ends with: the legal form after a space. */
const LEGAL_FORM_AFTER_SPACE = new RegExp(`\\s(?:${LEGAL_FORM_IN_PROSE})(?![\\p{L}\\p{N}])`, 'gu')
/**
 * The most UTF-16 units NAME spans: four words of up to 31 characters (a surrogate pair
 * each at most) and the three gaps between them (a space, or a small word and two spaces).
 */
const LONGEST_NAME = 4 * 31 * 2 + 3 * 6
/** The longest article before a name ("Die", "Het"). */
const LONGEST_ARTICLE = 3

/**
 * Where each match of WITH_LEGAL_FORM may end (after a legal form written after white
 * space) and the earliest it may start: its name ends where the white space before the
 * legal form starts, is at most LONGEST_NAME long, and may have an article and white space
 * before it. Every legal form is found, also one inside another ("Pty Ltd").
 */
function legalFormAnchors(text: string): MatchAnchor[] {
  const anchors: MatchAnchor[] = []
  const re = LEGAL_FORM_AFTER_SPACE
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let nameEnd = m.index + 1
    while (nameEnd > 0 && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--
    let before = Math.max(0, nameEnd - LONGEST_NAME)
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--
    anchors.push({
      end: m.index + m[0].length,
      earliest: Math.max(0, before - LONGEST_ARTICLE),
    })
    re.lastIndex = m.index + 1
  }
  return anchors.sort((a, b) => a.end - b.end)
}

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
  for (const { pattern, needs, weight } of ANY_CUE.test(top) ? CUES : []) {
    if (!needs.test(top)) continue
    for (const m of allMatchesAtSentenceStarts(pattern, top))
      add(m[1], m[0], 'the company named in the text', weight)
  }
  const anchors = legalFormAnchors(top)
  if (anchors.length)
    for (const m of allMatchesBefore(WITH_LEGAL_FORM, top, anchors))
      add(m[1] && nameBeforeForm(m[1], m[0]), m[0], 'a name with its legal form', 3)
  return out
}

/**
 * The name before the whole of a legal form: "Kestrel Freight" of "Kestrel Freight Pvt Ltd",
 * where the match ends at the form inside it ("Ltd") and takes the longer form's first word.
 */
function nameBeforeForm(name: string, whole: string): string {
  const kept = withoutLegalForm(whole.trim())
  const words = name.split(/\s+/)
  for (let n = words.length; n > 0; n--) {
    const head = words.slice(0, n).join(' ')
    if (kept.endsWith(head)) return head
  }
  return name
}
