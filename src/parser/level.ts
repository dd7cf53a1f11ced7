import type { RoleFamily, Seniority } from '../model/posting.ts'
import {
  HEADING_IN_LANGUAGES,
  LEVEL_IN_TEXT,
  LEVEL_SUFFIX,
  NICE_TO_HAVE_LINE,
  NOT_A_LEVEL_IN_TITLE,
} from './patterns.ts'
import type { Fact } from './types.ts'
import { phraseRegex, phraseSource, wordKey } from './words/compile.ts'
import {
  FAMILY_ORDER,
  FAMILY_WORDS,
  GENERIC_ENGINEER,
  NOT_SOFTWARE_ENGINEERING,
} from './words/family-words.ts'
import { allLanguages } from './words/languages.ts'
import {
  BOARD_LEVEL_LABELS,
  LEVEL_NUMERALS,
  LEVEL_PRIORITY,
  LEVEL_WORDS,
} from './words/level-words.ts'
import { ALSO_WELCOME, FOR_OTHERS_VERBS, LEVEL_PHRASES } from './words/level-phrases.ts'
import { ROLE_NOUNS } from './words/role-nouns.ts'
import { allMatches } from './matches.ts'
import { techByName } from './taxonomy.ts'
import { LowerCasePattern, lowerCased, lowerCaseTwin } from './lib/lower-case.ts'

const LEVEL_OF = new Map<string, Seniority>()
for (const [word, level] of allLanguages(LEVEL_WORDS)) LEVEL_OF.set(wordKey(word), level)
const LEVEL_WORD = phraseRegex([...LEVEL_OF.keys()], 'g')
/**
 * A numeral after a role noun: "Engineer II", "Entwickler 3". Written in lower case, as `i`
 * reads it either way, so that it reads the lower-cased title (lib/lower-case.ts).
 */
const LEVEL_NUMERAL = new LowerCasePattern(
  new RegExp(
    `${phraseSource(allLanguages(ROLE_NOUNS))}\\s+(i{1,3}|iv|[1-4])(?![\\p{L}\\p{N}])`,
    'iu',
  ),
)

const PHRASE_LEVEL = new Map<string, Seniority>()
for (const [phrase, level] of allLanguages(LEVEL_PHRASES)) PHRASE_LEVEL.set(wordKey(phrase), level)
const LEVEL_PHRASES_ALL = phraseRegex([...PHRASE_LEVEL.keys()], 'g')
const FOR_OTHERS = phraseRegex(allLanguages(FOR_OTHERS_VERBS))
const ALSO_WELCOME_WORDS = phraseRegex(allLanguages(ALSO_WELCOME))

/** A tool right after a phrase of experience: "avec Vue.js", "mit Terraform", "with Go". */
/** A count of years a few words after a phrase, in the eight languages. */
const YEARS_AFTER =
  /^[^.!?\n]{0,35}?(?<!\p{L})(?:\d{1,2}|un[ea]?|deux|trois|quatre|cinq|dos|tres|cuatro|dois|duas|três|due|tre|zwei|drei|two|three|four|twee|drie|dwa|dwóch|trzy)\s(?:ans?|années?|años?|anos?|anni|jahren?|years?|jaar|lat)(?!\p{L})/iu
const WITH_TOOL =
  /^\s+(?:with|avec|mit|con|com|met|z)\s+(?:(?:the|le|la|les|l['’]|der|die|dem|el|o|a)\s*)?([\p{L}\p{N}][\p{L}\p{N}.+#-]*)/u

/**
 * The level a phrase of the text states ("entry-level role", "Berufseinsteiger",
 * "expérience confirmée", "neolaureato"): the first one, with its raw slice.
 */
export function levelFromPhrase(text: string): Fact<Seniority> | null {
  const read = text.slice(0, 30_000)
  for (const m of allMatches(LEVEL_PHRASES_ALL, read)) {
    // "supporting PhD students and early-career researchers": the level of the people helped.
    const before = read.slice(Math.max(0, m.index - 45), m.index)
    if (FOR_OTHERS.test(before.slice(before.search(/[^.!?\n]*$/)))) continue
    // "Une première expérience avec Docker serait un plus": a skill wished for, not the career.
    const after = read.slice(m.index, m.index + 160)
    const sentence = `${before.slice(before.search(/[^.!?\n]*$/))}${after.slice(0, after.search(/[.!?\n]|$/))}`
    if (NICE_TO_HAVE_LINE.test(sentence) || HEADING_IN_LANGUAGES.niceToHave.test(sentence)) continue
    // "Berufseinsteiger … sind ebenfalls willkommen": a level the role is open to as well.
    if (ALSO_WELCOME_WORDS.test(sentence)) continue
    const level = PHRASE_LEVEL.get(wordKey(m[0]))
    // "une première expérience avec Vue.js": a first experience of one tool, not of the career
    // ("senior-level experience with Kubernetes" is still the career's).
    const tool = level === 'junior' ? WITH_TOOL.exec(after.slice(m[0].length))?.[1] : undefined
    if (tool && techByName(tool.replace(/[.,;:]$/, ''))) continue
    // "une première expérience réussie d'au moins deux ans": years asked for, which set no
    // level.
    if (level === 'junior' && YEARS_AFTER.test(after.slice(m[0].length, m[0].length + 50))) continue
    if (level) return { value: level, raw: m[0], from: 'level phrase in the text' }
  }
  return null
}

/** Every level word in a text, as written, with the level it states. */
export function levelWordsIn(text: string): Fact<Seniority>[] {
  const found: Fact<Seniority>[] = []
  for (const m of allMatches(LEVEL_WORD, text)) {
    const level = LEVEL_OF.get(wordKey(m[0]))
    if (level) found.push({ value: level, raw: m[0], from: 'level word' })
  }
  return found
}

/** Seniority from the title: the highest level word it holds ("Sr Staff" is staff). */
export function levelFromTitle(title: string): Seniority | null {
  const t = title.replace(NOT_A_LEVEL_IN_TITLE, ' ')
  const levels = new Set(levelWordsIn(t).map((f) => f.value))
  const top = LEVEL_PRIORITY.find((level) => levels.has(level))
  if (top) return top
  const numeral = LEVEL_NUMERAL.exec(t)?.[1]
  return numeral ? (LEVEL_NUMERALS[numeral.toLowerCase()] ?? null) : null
}

/** A level word the job board or a "Level:" line states ("Senior level", "Mid-Senior level"). */
export function levelFromWord(text: string): Seniority | null {
  const word = wordKey(text.replace(LEVEL_SUFFIX, ''))
  return BOARD_LEVEL_LABELS[word] ?? LEVEL_OF.get(word) ?? null
}

/** A level stated for the role in the text ("As a Senior I Engineer", "a senior-level role"). */
export function levelFromText(text: string): Fact<Seniority> | null {
  for (const pattern of LEVEL_IN_TEXT) {
    const m = pattern.exec(text)
    const level = m?.[1] ? levelFromWord(m[1]) : null
    if (m && level) return { value: level, raw: m[0], from: 'level stated in the text' }
  }
  return null
}

/** Every family's words in one pattern, one named group per family: one pass per title. */
const FAMILY_WORD = new RegExp(
  FAMILY_ORDER.map(
    (family) => `(?<${family}>${phraseSource(allLanguages(FAMILY_WORDS[family]))})`,
  ).join('|'),
  'giu',
)
const ENGINEER = phraseRegex(GENERIC_ENGINEER)
const NOT_SOFTWARE = phraseRegex(NOT_SOFTWARE_ENGINEERING)
/** The same three for a lower-cased title (lib/lower-case.ts): the same matches, faster. */
const FAMILY_PATTERNS = {
  cased: { words: FAMILY_WORD, engineer: ENGINEER, notSoftware: NOT_SOFTWARE },
  lower: {
    words: lowerCaseTwin(FAMILY_WORD),
    engineer: lowerCaseTwin(ENGINEER),
    notSoftware: lowerCaseTwin(NOT_SOFTWARE),
  },
}

/**
 * The role family a title names, in any of the posting languages: the first specific family
 * with a word in the title, then the generalist `software` (developers, programmers, and an
 * "Engineer" that is not mechanical, sales or another non-software engineering), else other.
 */
export function roleFamily(title: string): RoleFamily {
  const lower = lowerCased(title)
  const { words, engineer, notSoftware } = FAMILY_PATTERNS[lower === null ? 'cased' : 'lower']
  const text = lower ?? title
  const found = new Set<string>()
  for (const m of allMatches(words, text))
    for (const [family, group] of Object.entries(m.groups ?? {})) if (group) found.add(family)
  const family = FAMILY_ORDER.find((f) => found.has(f))
  if (family) return family
  if (engineer.test(text) && !notSoftware.test(text)) return 'software'
  return 'other'
}
