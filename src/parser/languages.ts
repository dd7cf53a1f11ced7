import { escapeRegExp } from './lib/escape-regexp.ts'
import { SENTENCE_BREAK } from './patterns.ts'
import { phraseRegex } from './words/compile.ts'
import { allLanguages, POSTING_LANGUAGES } from './words/languages.ts'
import {
  EXTRA_LANGUAGE_NAMES,
  LANGUAGE_COMPOUND_ENDINGS,
  LANGUAGE_SKILL_WORDS,
  NAMES_ALSO_WORDS,
  SPOKEN_LANGUAGE_CODES,
} from './words/spoken-language-words.ts'
import { allMatches } from './matches.ts'

/** Same letters however written: lower case, no accents ("Inglês" and "ingles" meet). */
function fold(text: string): string {
  // Most sentences are plain ASCII: lower-casing is all they need.
  if (!/[^\t\x20-\x7e]/.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

type NameTable = {
  english: Map<string, string>
  englishFolded: Map<string, string>
  other: Map<string, string>
}

/**
 * Every name of every spoken language in the posting languages, from `Intl.DisplayNames`,
 * mapped to its English name. English names are matched as written or in lower case ("spoken
 * english"), except those that are also ordinary words ("polish"); the other languages write
 * them in lower case, and are matched without case or accents.
 */
function buildNames(): NameTable {
  const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' })
  const english = new Map<string, string>()
  const other = new Map<string, string>()
  for (const code of SPOKEN_LANGUAGE_CODES) {
    const name = inEnglish.of(code)
    if (!name || name === code) continue
    english.set(name, name)
    for (const language of POSTING_LANGUAGES) {
      if (language === 'en') continue
      const local = new Intl.DisplayNames([language], { type: 'language' }).of(code)
      if (!local || local === code) continue
      const key = fold(local)
      if (!other.has(key)) other.set(key, name)
      // Polish declines its adjective names: "angielski", "języka angielskiego", "po angielsku".
      if (language === 'pl' && /[sc]ki$/.test(key)) {
        const stem = key.slice(0, -1)
        for (const form of [`${stem}iego`, `${stem}im`, `${stem}u`])
          if (!other.has(form)) other.set(form, name)
      }
    }
  }
  for (const [written, name] of EXTRA_LANGUAGE_NAMES) {
    if (/^\p{Lu}/u.test(written)) english.set(written, name)
    else other.set(fold(written), name)
  }
  const englishFolded = new Map([...english].map(([written, name]) => [fold(written), name]))
  return { english, englishFolded, other }
}

const NAMES = buildNames()
const IN_ENGLISH = new Intl.DisplayNames(['en'], { type: 'language' })
const alternation = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
const ENDINGS = alternation(LANGUAGE_COMPOUND_ENDINGS)
const ENGLISH_NAME = new RegExp(
  `(?<![\\p{L}])(${alternation(NAMES.english.keys())})(?:${ENDINGS})?(?![\\p{L}])`,
  'giu',
)
const ALSO_WORDS = new Set(NAMES_ALSO_WORDS)
const OTHER_NAME = new RegExp(
  `(?<![\\p{L}])(${alternation(NAMES.other.keys())})(?:${ENDINGS})?(?![\\p{L}])`,
  'gu',
)
/**
 * Every name in its folded form, without boundaries or case-insensitivity: the engine scans
 * for these fast (a leading lookbehind or the `i` flag makes it try every position), so a
 * sentence without one is skipped before the exact patterns above run. Whatever the exact
 * patterns match in a sentence, this matches in the folded sentence.
 */
const ANY_NAME = new RegExp(
  `bilingu|${alternation(new Set([...NAMES.englishFolded.keys(), ...NAMES.other.keys()]))}`,
  'u',
)
const SKILL = phraseRegex(allLanguages(LANGUAGE_SKILL_WORDS).map(fold))
/** "Bilingual (FR/EN)": two language codes in brackets. */
const CODE_PAIR = /\bbilingu\w*\s*\(([a-z]{2})\s*[/&,]\s*([a-z]{2})\)/giu
/** Between two names of one list: ", ", " and ", " und ", " / ", " et ", " y ", " i ". */
const JOINER = /^[\s&,/]*(?:(?:and|or|und|oder|et|ou|en|of|lub|oraz|[eioy])[\s&,/]+)?$/u

/** How far a skill word may stand from the name it qualifies, before and after it. */
const REACH_BEFORE = 40
const REACH_AFTER = 22

/**
 * Languages the role asks people to speak, in English ("English", "German"), from a posting
 * in any of the posting languages: a language name next to a word about speaking or level
 * ("fluent English", "Deutschkenntnisse", "anglais courant", "inglés avanzado").
 */
export function spokenLanguages(text: string): string[] {
  const found: string[] = []
  const add = (name: string | undefined) => {
    if (name && !found.includes(name)) found.push(name)
  }
  if (!ANY_NAME.test(fold(text))) return found
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (sentence.length < 4) continue
    const folded = fold(sentence)
    if (!ANY_NAME.test(folded)) continue
    for (const m of allMatches(CODE_PAIR, sentence)) {
      for (const code of [m[1], m[2]]) {
        const name = code ? IN_ENGLISH.of(code.toLowerCase()) : undefined
        if (name && name !== code?.toLowerCase()) add(name)
      }
    }
    const hits: { at: number; end: number; name: string; compound: boolean }[] = []
    for (const m of allMatches(ENGLISH_NAME, sentence)) {
      const written = m[1] ?? ''
      if (ALSO_WORDS.has(written)) continue
      hits.push({
        at: m.index,
        end: m.index + m[0].length,
        name: NAMES.englishFolded.get(fold(written)) ?? '',
        compound: m[0].length > written.length,
      })
    }
    for (const m of allMatches(OTHER_NAME, folded)) {
      // Written in lower case, these are ordinary English words ("lets", "pools").
      if (ALSO_WORDS.has(m[1] ?? '') && !/^\p{Lu}/u.test(sentence.slice(m.index, m.index + 1)))
        continue
      hits.push({
        at: m.index,
        end: m.index + m[0].length,
        name: NAMES.other.get(m[1] ?? '') ?? '',
        compound: m[0].length > (m[1]?.length ?? 0),
      })
    }
    hits.sort((a, b) => a.at - b.at)
    const accepted = new Set<number>()
    hits.forEach((hit, i) => {
      const before = folded.slice(Math.max(0, hit.at - REACH_BEFORE), hit.at)
      const after = folded.slice(hit.end, hit.end + REACH_AFTER)
      if (hit.compound || SKILL.test(before) || SKILL.test(after)) accepted.add(i)
    })
    // "fluent German and English": a name joined to an accepted one shares its context.
    for (let round = 0; round < 2; round++)
      hits.forEach((hit, i) => {
        if (accepted.has(i)) return
        const near = [hits[i - 1], hits[i + 1]].some(
          (other, k) =>
            other &&
            accepted.has(i + (k === 0 ? -1 : 1)) &&
            JOINER.test(
              k === 0 ? folded.slice(other.end, hit.at) : folded.slice(hit.end, other.at),
            ),
        )
        if (near) accepted.add(i)
      })
    for (const i of [...accepted].sort((a, b) => a - b)) add(hits[i]?.name)
  }
  return found
}

/** Whether a word is the name of a spoken language in a posting language ("Hebrew", "Schwedisch"). */
export function isLanguageName(word: string): boolean {
  const folded = fold(word)
  return NAMES.englishFolded.has(folded) || NAMES.other.has(folded)
}
