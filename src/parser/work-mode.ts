import { readFieldLabel } from './field-line.ts'
import { wordCount } from './text.ts'
import type { WorkMode } from '../model/posting.ts'
import {
  HYBRID_THEN_NAME,
  BARE_NO,
  HYBRID_WORD,
  HYBRID_REFUSED,
  NUMBER_WORDS,
  OFFICE_DAYS,
  ONSITE_STRONG,
  FIRST_PERIOD,
  FULLY_ONSITE,
  PER_MONTH_AFTER,
  POLICY,
  REMOTE_DAYS_AFTER,
  REMOTE_EXCEPTION,
  REMOTE_REGION_IN_TEXT,
  REMOTE_STRONG,
  WEEKDAY,
  WEEKDAY_LIST,
  WEEKDAY_RANGE,
  RANGE_SEPARATOR,
  REGION_LIST_SEPARATOR,
  REMOTE_REGION_HINT,
  SENTENCE_BREAK,
} from './patterns.ts'
import { strongest, type Candidate } from './candidate.ts'
import { readPlaces, resolvePlace, STRONG_PLACE } from './places.ts'
import { FIRST_LEVEL_REGION, regionsOfList, remoteRegion } from './remote-regions.ts'
import { regionIn } from './gazetteer.ts'
import { nominativeKeys } from './place-declension.ts'
import { placeKey } from './place-key.ts'
import type { Fact } from './types.ts'
import {
  HYBRID_I18N,
  MODE_WORD_I18N,
  NUMBER_WORDS_I18N,
  OFFICE_DAYS_I18N,
  REMOTE_REFUSED_I18N,
  REMOTE_EXCEPTION_I18N,
  AWAY_WORD_I18N,
  ALL_AWAY_BEFORE,
  HEDGED_REMOTE,
  REST_OF_WEEK_AWAY,
  OFFICE_SHARE,
  AWAY_SHARE,
  WEEKDAY_I18N_WORD,
  WEEKDAY_RUN_BETWEEN,
  WEEKDAY_LIST_I18N,
  WEEKDAYS_I18N,
  OFFICE_DAYS_SPACED_I18N,
  OFFICE_THEN_DAYS_I18N,
  PER_LONGER_PERIOD,
  REMOTE_DAYS_PER_WEEK,
  ONSITE_I18N,
  PARTLY_REMOTE,
  DAYS_A_YEAR,
  REMOTE_NOT_OFFERED,
  NOT_THIS_ROLE,
  ANYWHERE_OR_ABROAD,
  OTHERS_REMOTE,
  PER_MONTH_I18N,
  REGION_LIST_SEPARATOR_I18N,
  REMOTE_REGION_IN_TEXT_I18N,
  RESIDENCE_STEMS,
  RESIDENCE_IN_TEXT_I18N,
  REMOTE_STRONG_I18N,
} from './work-mode-words.ts'
import { allMatches } from './matches.ts'
import { anyLiteral } from './lib/any-literal.ts'

export type ModeDecision = {
  mode: Fact<WorkMode> | null
  officeDays: Fact<number> | null
  /** Header and text disagreed; says which won. */
  conflict: string | null
}

/** The working week's days, in order, as WEEKDAY names them. */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri']
/** Cheap checks before the patterns run, in every supported language. */
const MODE_HINTS = [
  'remot',
  'hybr',
  'híbr',
  'hibr',
  'ibrid',
  'site',
  'office',
  'person',
  'anywhere',
  'distributed',
  'home',
  'télé',
  'tele',
  'zdal',
  'vor ort',
  'vor-ort',
  'präsenz',
  'présentiel',
  'presencial',
  'sede',
  'stacjonar',
  'afstand',
  // "à distance", "a distancia", "a distanza", "à distância"
  'distan',
  'distân',
  'thuis',
  'mobil',
  'smart',
  'kantoor',
  'lavoro agile',
]
const DAY_HINTS = [
  'day',
  'office',
  'tag',
  'jour',
  'día',
  'dia',
  'giorn',
  'dag',
  'dni',
  'büro',
  // the office in the other languages: "martes y jueves en la oficina"
  'oficina',
  'bureau',
  'escrit',
  'ufficio',
  'kantoor',
  'biur',
  // "2j/semaine", "2j/sem": a count of days per week with the day word abbreviated
  'sem',
  // "On-site Mon–Fri", "in person Tue–Thu", "WFO Mon-Wed": weekdays cut short, no "day"
  // (not any "site": a sentence naming the company's website asks every pattern for nothing)
  'on-site',
  'onsite',
  'on site',
  'in-person',
  'in person',
  'wfo',
  'site-based',
  // on site in the other languages: "sur site, du lundi au vendredi"
  'sur site',
  'présentiel',
  'presencial',
  'vor ort',
  'in sede',
  'in presenza',
  'stacjonarn',
]
/** Between the ends of a range of days: "2-3", "2 to 3", "2 bis 3", "2 à 3", "2 lub 3". */
const DAY_RANGE_SEPARATOR = /\s*[-–]\s*|\s+(?:to|or|bis|ou|tot|do|lub|[aào])\s+/
const POLICY_HINTS = ['day', 'week', 'abroad', 'anywhere', 'core hours', 'month']
const MODE_HINT = anyLiteral(MODE_HINTS)
const DAY_HINT = anyLiteral(DAY_HINTS)
const WEEK_I18N_HINT = anyLiteral(['woche', 'semaine', 'semana', 'settimana', 'week', 'tygod'])
const DAYS_I18N_HINT = anyLiteral(['tag', 'jour', 'día', 'dia', 'giorn', 'dag', 'dni', 'dzień'])
/** Any weekday's name in the other languages: most sentences hold none. */
const WEEKDAY_HINT = anyLiteral(WEEKDAYS_I18N.flat())
const POLICY_HINT = anyLiteral(POLICY_HINTS)

/**
 * The sentences of a text. The work mode, office days, policy and remote regions each read
 * the body or the whole text, several times per posting: the last two texts' sentences are
 * kept so each is split once. Callers only read the arrays.
 */
function sentences(text: string): readonly string[] {
  return split(text).sentences
}

/** The sentences of `sentences(text)` in lower case, for the hint checks. */
function lowerSentences(text: string): readonly string[] {
  const kept = split(text)
  kept.lower ??= kept.sentences.map((s) => s.toLowerCase())
  return kept.lower
}

type Split = { text: string; sentences: readonly string[]; lower?: readonly string[] }

/** The body and the whole text are each read by several extractors: split them once. */
function split(text: string): Split {
  const kept = recentSentences.find((r) => r.text === text)
  if (kept) return kept
  const made: Split = { text, sentences: text.split(SENTENCE_BREAK).filter((s) => s.trim()) }
  recentSentences.unshift(made)
  recentSentences.length = Math.min(recentSentences.length, 2)
  return made
}
const recentSentences: Split[] = []

function toNumber(word: string): number | null {
  const lower = word.trim().toLowerCase()
  if (Object.hasOwn(NUMBER_WORDS, lower)) return NUMBER_WORDS[lower] ?? null
  if (Object.hasOwn(NUMBER_WORDS_I18N, lower)) return NUMBER_WORDS_I18N[lower] ?? null
  const n = Number(lower)
  return Number.isInteger(n) ? n : null
}

/** Office days per week stated in a text: a range keeps its lower bound, per-month does not count. */
export function officeDaysIn(text: string): Fact<number> | null {
  // The work mode and the office days both ask of the same body: read it once.
  if (lastOfficeDays?.text !== text) lastOfficeDays = { text, found: readOfficeDays(text) }
  return lastOfficeDays.found
}
let lastOfficeDays: { text: string; found: Fact<number> | null } | null = null

function readOfficeDays(text: string): Fact<number> | null {
  return officeDaysOfSentences(sentences(text), lowerSentences(text))
}

/**
 * Office days a short header or field text states ("Remote (2 days a week in the office)",
 * "Télétravail : 2j/semaine"), read without the body's kept sentences.
 */
export function officeDaysInLine(text: string): Fact<number> | null {
  return officeDaysOfSentences([text], [text.toLowerCase()])
}

/** A bracketed aside in a sentence: "(Columbus, OH or Indianapolis, IN)". */
const ASIDE = /\s*\([^()]{1,80}\)/g

/**
 * "on-site at one of the listed hubs (Columbus, OH or Indianapolis, IN) three days per week":
 * each sentence with an aside, then the same without it. Most texts have none: their
 * sentences are given back as they are, nothing copied.
 */
function withAsidesReadAgain(
  given: readonly string[],
  givenLower: readonly string[],
): { all: readonly string[]; lowered: readonly string[] } {
  if (!given.some((sentence) => sentence.includes('('))) return { all: given, lowered: givenLower }
  const all: string[] = []
  const lowered: string[] = []
  given.forEach((sentence, i) => {
    all.push(sentence)
    lowered.push(givenLower[i] as string)
    const bare = sentence.includes('(') ? sentence.replace(ASIDE, '') : sentence
    if (bare === sentence) return
    all.push(bare)
    lowered.push(bare.toLowerCase())
  })
  return { all, lowered }
}

function officeDaysOfSentences(
  given: readonly string[],
  givenLower: readonly string[],
): Fact<number> | null {
  const { all, lowered } = withAsidesReadAgain(given, givenLower)
  for (let i = 0; i < all.length; i++) {
    const sentence = all[i] as string
    const lower = lowered[i] as string
    const share = lower.includes('%')
      ? (officeDaysOfShare(sentence) ?? officeDaysOfAwayShare(sentence))
      : null
    if (share) return share
    if (!DAY_HINT.test(lower)) continue
    for (const pattern of OFFICE_DAYS) {
      const m = pattern.exec(sentence)
      if (!m?.[1]) continue
      const after = sentence.slice(m.index + m[0].length)
      if (PER_MONTH_AFTER.test(after)) continue
      if (REMOTE_DAYS_AFTER.test(after) && pattern === OFFICE_DAYS[0]) continue
      const low = toNumber(m[1].split(RANGE_SEPARATOR)[0] ?? '')
      if (low !== null && low >= 1 && low <= 5) {
        return { value: low, raw: m[0], from: 'office days stated' }
      }
    }
    for (const pattern of OFFICE_DAYS_I18N) {
      const stated = officeDaysI18n(pattern.exec(sentence), sentence)
      if (stated) return stated
    }
    const away = remoteDaysIn(sentence)
    if (away) return away
    const spaced = officeDaysI18n(OFFICE_DAYS_SPACED_I18N.exec(sentence), sentence)
    if (spaced) return spaced
    // Asked only of a sentence naming a week and days in another language than English.
    const after =
      WEEK_I18N_HINT.test(lower) && DAYS_I18N_HINT.test(lower)
        ? officeDaysI18n(OFFICE_THEN_DAYS_I18N.exec(sentence), sentence)
        : null
    if (after) return after
    const list = WEEKDAY_LIST.exec(sentence)
    if (
      list?.[1] &&
      !PER_MONTH_AFTER.test(sentence.slice((list.index ?? 0) + list[0].length)) &&
      !DAY_OF_AN_EVENT.test(list[0].slice(0, -list[1].length))
    ) {
      // Each day by its first three letters: "Thurs" and "Thursday" are one day.
      const days = new Set(allMatches(WEEKDAY, list[1]).map((d) => (d[1] ?? '').toLowerCase()))
      for (const range of allMatches(WEEKDAY_RANGE, list[1])) {
        const from = WEEKDAYS.indexOf((range[1] ?? '').toLowerCase())
        const to = WEEKDAYS.indexOf((range[2] ?? '').toLowerCase())
        for (let d = from; d >= 0 && d <= to; d++) days.add(WEEKDAYS[d] as string)
      }
      if (days.size >= 1 && days.size <= 5) {
        return { value: days.size, raw: list[0], from: 'office weekdays named' }
      }
    }
    const named = WEEKDAY_HINT.test(lower) ? weekdaysAtOffice(sentence) : null
    if (named) return named
  }
  return null
}

/**
 * "une présence sur site de 60 %", "roughly 60% on site": a share of a five-day week at the
 * office, counted in days when it is a whole number of them (50 % is none).
 */
function officeDaysOfShare(sentence: string): Fact<number> | null {
  for (const pattern of OFFICE_SHARE) {
    const m = pattern.exec(sentence)
    const share = Number(m?.[1])
    if (m && share >= 20 && share <= 80 && share % 20 === 0)
      return { value: share / 20, raw: m[0].trim(), from: 'share of the week at the office' }
  }
  return null
}

/**
 * "Mobile working is possible for up to 40 % of the working time": the rest of a five-day
 * week at the office, counted in days when the share is a whole number of them.
 */
function officeDaysOfAwayShare(sentence: string): Fact<number> | null {
  if (!AWAY_WORD_I18N.test(sentence)) return null
  let m: RegExpExecArray | null = null
  for (const pattern of AWAY_SHARE) if ((m = pattern.exec(sentence))) break
  const share = Number(m?.[1])
  if (!m || share < 20 || share > 80 || share % 20 !== 0) return null
  return { value: 5 - share / 20, raw: m[0], from: 'most of the time away' }
}

/**
 * "studio critiques and our Friday show & tell", "the office's weekly Monday demo": a day owned
 * by an event names no day at the office.
 */
const DAY_OF_AN_EVENT = /\b(?:our|your|their|weekly)\s+$/i

/** "au bureau le mardi et le jeudi", "dienstags und donnerstags im Büro": weekdays counted. */
function weekdaysAtOffice(sentence: string): Fact<number> | null {
  // "an festen Teamtagen – dienstags, mittwochs und donnerstags – im Office …, montags und
  // freitags arbeitest du, wo du möchtest": the days the sentence names first are the
  // office's, whichever side of the office they stand on.
  const lists = WEEKDAY_LIST_I18N.map((pattern) => pattern.exec(sentence))
    .filter((list): list is RegExpExecArray => list !== null)
    .sort((a, b) => a.index - b.index)
  for (const list of lists) {
    if (!list[1] || PER_MONTH_I18N.test(sentence.slice(list.index + list[0].length))) continue
    const days = weekdaysNamed(list[1])
    // "de lunes a jueves de 8:00 a 17:00 y viernes de 8:00 a 14:00": the week's hours name
    // every day, if not in one list.
    const size = days.size < 5 && weekdaysNamed(sentence).size === 5 ? 5 : days.size
    // "horario de 8:00 a 17:30 hrs de lunes a viernes": the whole week with its hours is the
    // working time (a "jornada"), no count of days at the office.
    if (size === 5 && CLOCK.test(sentence)) return null
    if (size >= 1 && size <= 5)
      return { value: size, raw: list[0].trim(), from: 'office weekdays named' }
  }
  return null
}

/** Clock times: "9:00", "8h", "17 Uhr". */
const CLOCK = /(?<![\d.,])\d{1,2}(?::\d{2}(?!\d)|\s?(?:h|uhr)(?!\p{L}))/iu

/** The weekdays a text names in the other languages, every day of a run ("de lunes a viernes"). */
function weekdaysNamed(text: string): Set<number> {
  const days = new Set<number>()
  let previous: { day: number; end: number } | null = null
  for (const m of allMatches(WEEKDAY_I18N_WORD, text)) {
    const day = WEEKDAYS_I18N.findIndex((forms) => forms.includes((m[0] ?? '').toLowerCase()))
    if (day < 0) continue
    const run = previous && WEEKDAY_RUN_BETWEEN.test(text.slice(previous.end, m.index))
    for (let d = run && previous ? previous.day + 1 : day; d <= day; d++) days.add(d)
    previous = { day, end: m.index + m[0].length }
  }
  return days
}

/** Office days a match of one of the other languages' patterns states (1–5), unless per month. */
function officeDaysI18n(m: RegExpExecArray | null, sentence: string): Fact<number> | null {
  if (!m?.[1] || PER_MONTH_I18N.test(sentence.slice(m.index + m[0].length))) return null
  const low = toNumber(m[1].split(DAY_RANGE_SEPARATOR)[0] ?? '')
  return low !== null && low >= 1 && low <= 5
    ? { value: low, raw: m[0].trim(), from: 'office days stated' }
    : null
}

/**
 * Office days from days a week worked away ("3 days remote" in a five-day week: 2 in the
 * office); a range of remote days keeps the fewest office days.
 */
function remoteDaysIn(sentence: string): Fact<number> | null {
  for (const pattern of REMOTE_DAYS_PER_WEEK) {
    const m = pattern.exec(sentence)
    if (!m?.[1]) continue
    if (PER_LONGER_PERIOD.test(sentence.slice(m.index + m[0].length))) continue
    const ends = m[1].split(DAY_RANGE_SEPARATOR).map(toNumber)
    const most = Math.max(...ends.map((n) => n ?? 0))
    if (ends.every((n) => n !== null && n >= 1 && n <= 4))
      return { value: 5 - most, raw: m[0].trim(), from: 'remote days stated' }
  }
  return null
}

/** "Hybrid SFO", "hybrid London": hybrid, said of where one works, when the words after it are a place. */
function hybridBeforePlace(sentence: string): boolean {
  const name = HYBRID_THEN_NAME.exec(sentence)?.[1]
  if (!name) return false
  const reading = readPlaces(name, { field: true })
  return reading.locations.length > 0 && reading.confidence.every((c) => c >= STRONG_PLACE)
}

/** Cases out of the ordinary, in English; the other languages' are REMOTE_EXCEPTION_I18N's. */
const BY_EXCEPTION =
  /\b(?:in|under) exceptional (?:cases|circumstances)\b|\bby exception\b|\bas an exception\b/i

/**
 * Working away allowed only by exception ("Mobiles Arbeiten ist nur in Ausnahmefällen
 * möglich"): the role is not hybrid. Unless the sentence names full remote, which is what the
 * exception is then said of ("Hybrid, 2 days a week; fully remote in exceptional cases").
 */
function hybridByException(sentence: string): boolean {
  return (
    (BY_EXCEPTION.test(sentence) || REMOTE_EXCEPTION_I18N.test(sentence)) &&
    !namesFullRemote(sentence)
  )
}

/** Full remote named in a sentence, in any language, whatever else the sentence says of it. */
function namesFullRemote(sentence: string): boolean {
  return (
    REMOTE_STRONG.some((p) => p.test(sentence)) || REMOTE_STRONG_I18N.some((p) => p.test(sentence))
  )
}

/**
 * Fully remote, said in a sentence that neither makes an exception ("for the right
 * candidate"), nor limits it to part of the time ("partially remote") or to some days of the
 * week ("praca zdalna możliwa 2 dni w tygodniu").
 */
function strongRemote(sentence: string): boolean {
  return (
    namesFullRemote(sentence) &&
    !REMOTE_EXCEPTION.test(sentence) &&
    !REMOTE_REFUSED_I18N.test(sentence) &&
    !REMOTE_NOT_OFFERED.test(sentence) &&
    !REMOTE_EXCEPTION_I18N.test(sentence) &&
    !PARTLY_REMOTE.test(sentence) &&
    !OTHERS_REMOTE.test(sentence) &&
    !(DAYS_A_YEAR.test(sentence) && ANYWHERE_OR_ABROAD.test(sentence)) &&
    !remoteDaysIn(sentence) &&
    // "mostly remote, with one day per week on site": remote for most of the week, and days at
    // the office, is hybrid ("fully remote, or … Tuesdays and Thursdays" still offers remote).
    // So is "2 dni w tygodniu … w biurze, pozostałe dni pracujesz zdalnie": the office days,
    // then the rest of the week away.
    !(
      (HEDGED_REMOTE.test(sentence) || REST_OF_WEEK_AWAY.test(sentence)) &&
      readOfficeDays(sentence)
    )
  )
}

/** The most words of a field's label. */
const LABEL_WORDS = 3

/** "Remote job" over "No": a board's field, its answer on the line under it. */
function answeredNo(sentence: string, next: string | undefined): boolean {
  return wordCount(sentence) <= LABEL_WORDS && next !== undefined && BARE_NO.test(next.trim())
}

/** The work mode a mode word names, in any supported language ("remoto", "hybride", "vor Ort"). */
export function modeOfWord(word: string): WorkMode {
  const w = word.toLowerCase()
  if (/^(?:remot|wfh|work from home|zdaln|teletraba(?:jo|lho)|telelavoro)/.test(w)) return 'remote'
  if (/^(?:hybr|h[íi]br|ibrid|home[- ]?office|t[ée]l[ée]travail|semi[- ]?presencial)/.test(w))
    return 'hybrid'
  return 'onsite'
}

/** Mode words of a header or location text in the supported languages beyond English. */
export function modeWordsIn(text: string): WorkMode[] {
  return allMatches(MODE_WORD_I18N, text).map((m) => modeOfWord(m[1] ?? ''))
}

/**
 * How much each kind of evidence for the work mode weighs. The text beats the job-board
 * header (the header is often a board's default); within each, remote is read first since a
 * posting that offers full remote is remote even with an office available ("open remotely
 * or hybrid in Amsterdam"), and a header naming both hybrid and on-site means hybrid.
 */
const MODE_SCORE = {
  text: { remote: 30, hybrid: 29, onsite: 28 },
  header: { remote: 20, hybrid: 19, onsite: 18 },
  tag: 10,
} as const

/** A sentence that asks: it ends with a question mark. */
const QUESTION = /\?\s*$/

/** Every piece of evidence for the work mode in the text, the header and tracking tags. */
/** How far from the hybrid word a refusal may stand to refuse it, in characters. */
const REFUSAL_REACH = 30

/**
 * "Thuiswerken is in deze functie niet mogelijk", "le télétravail n'est pas possible sur ce
 * poste": working away refused, in the other languages, the refusal beside the word. Refusing
 * all of the week away ("100 % Homeoffice ist nicht möglich") leaves a hybrid role.
 */
function awayRefusedI18n(sentence: string): boolean {
  const word = AWAY_WORD_I18N.exec(sentence)
  if (!word || ALL_AWAY_BEFORE.test(sentence.slice(Math.max(0, word.index - 15), word.index)))
    return false
  return refusedInClause(sentence, word)
}
/** How far from the word for working away its refusal may stand, in characters. */
const AWAY_REFUSAL_REACH = 50

/**
 * A refusal within the word's clause and reach: "Homeoffice ist in dieser Position leider
 * nicht möglich", "Mobiles Arbeiten ist für diese Stelle leider nicht möglich".
 */
function refusedInClause(sentence: string, word: RegExpExecArray): boolean {
  const clause = sentence.slice(
    Math.max(0, word.index - AWAY_REFUSAL_REACH),
    word.index + word[0].length + AWAY_REFUSAL_REACH,
  )
  const at = word.index - Math.max(0, word.index - AWAY_REFUSAL_REACH)
  const start = Math.max(clause.lastIndexOf(',', at), clause.lastIndexOf(';', at)) + 1
  const stop = clause.slice(at).search(/[,;]/)
  return REMOTE_REFUSED_I18N.test(clause.slice(start, stop < 0 ? undefined : at + stop))
}

/**
 * "Non è previsto lo smart working", "Praca hybrydowa nie jest możliwa", "el modelo híbrido
 * no es una opción": hybrid work refused in the other languages, the refusal right beside the
 * word ("Wir arbeiten hybrid …; 100 % Homeoffice ist nicht möglich" refuses full remote only).
 */
function hybridRefusedI18n(sentence: string): boolean {
  const word = HYBRID_I18N.exec(sentence) ?? HYBRID_WORD.exec(sentence)
  if (!word) return false
  const from = Math.max(0, word.index - REFUSAL_REACH)
  return (
    REMOTE_REFUSED_I18N.test(sentence.slice(from, word.index + word[0].length + REFUSAL_REACH)) ||
    refusedInClause(sentence, word)
  )
}

/** A line of a mode and a place or region alone: "Remote, US", "Hybrid – Leeds", "Onsite (NYC)". */
const MODE_FACT_LINE =
  /^(?:[-*•·]\s*)?(?:fully\s+)?(remote|hybrid|on-?site|in[- ]office)\s*(?:,|\(|[-–—|·](?=\s))\s*([^\s.!?()][^.!?()]{1,39})\)?\.?$/i

/** The mode of a line that states it as a fact beside the place it holds, or null. */
function modeFactLine(line: string): WorkMode | null {
  const m = MODE_FACT_LINE.exec(line.trim())
  if (!m?.[1] || !m[2]) return null
  const where = m[2].trim()
  if (!remoteRegion(where) && !readPlaces(where, { field: true }).locations.length) return null
  const word = m[1].toLowerCase()
  return word === 'remote' ? 'remote' : word === 'hybrid' ? 'hybrid' : 'onsite'
}

export function workModeCandidates(
  body: string,
  headerModes: readonly Fact<WorkMode>[],
  tags: readonly Fact<string>[],
): Candidate<WorkMode>[] {
  const found: Candidate<WorkMode>[] = []
  // Each mode once per tier of sureness: the text's own, and a board's field in it.
  const seen = { text: new Set<WorkMode>(), header: new Set<WorkMode>() }
  const add = (value: WorkMode, raw: string, from: string, tier: 'text' | 'header' = 'text') => {
    if (seen[tier].has(value)) return
    seen[tier].add(value)
    found.push({ value, raw, from, score: MODE_SCORE[tier][value] })
  }
  const bodyOfficeDays = officeDaysIn(body)
  // "In the office Monday to Friday": every working day there is on-site, whatever else the
  // text says of hybrid work ("We tried hybrid working and went back to being together").
  const wholeWeek = bodyOfficeDays !== null && bodyOfficeDays.value >= 5
  let fullyOnsite = false
  const all = sentences(body)
  const lowered = lowerSentences(body)
  for (let i = 0; i < all.length; i++) {
    const sentence = all[i] as string
    if (!MODE_HINT.test(lowered[i] as string)) continue
    if (NOT_THIS_ROLE.test(sentence)) continue
    const previous = all[i - 1]
    const fieldAnswer =
      previous !== undefined &&
      wordCount(sentence) <= LABEL_WORDS &&
      readFieldLabel(previous) === 'workMode'
    // "Remote status" over "Hybrid" in a board's fact box below the text: the board's field,
    // as sure as its header, so the posting's own sentences win over it.
    const say = (value: WorkMode, raw: string, from: string) =>
      fieldAnswer ? add(value, raw, 'job-board field in the text', 'header') : add(value, raw, from)
    // "Ist auch komplett remote denkbar?": a reader's question offers nothing; nor does a
    // board's field answered "No" on the line under it ("Remote job" / "No").
    const remote =
      !QUESTION.test(sentence) && !answeredNo(sentence, all[i + 1]) && strongRemote(sentence)
    if (remote) say('remote', sentence, 'text')
    // "• Remote, US" among a chat post's facts: a mode and where, as a board's header says it.
    const fact = remote ? null : modeFactLine(sentence)
    if (fact) add(fact, sentence, 'fact line in the text')
    const hybrid =
      (HYBRID_WORD.test(sentence) ||
        HYBRID_I18N.test(sentence) ||
        PARTLY_REMOTE.test(sentence) ||
        hybridBeforePlace(sentence)) &&
      !HYBRID_REFUSED.test(sentence) &&
      !hybridRefusedI18n(sentence) &&
      !hybridByException(sentence)
    if (hybrid && !remote && !wholeWeek) say('hybrid', sentence, 'text')
    // "For your first six months you'll be fully office-based": a period's, not the role's.
    const onsite = ONSITE_STRONG.test(sentence) || ONSITE_I18N.test(sentence)
    if (onsite && !FIRST_PERIOD.test(sentence)) {
      say('onsite', sentence, 'text')
      // Days stated in the on-site sentence itself are the role's.
      const daysHere = bodyOfficeDays !== null && sentence.includes(bodyOfficeDays.raw)
      fullyOnsite ||= FULLY_ONSITE.test(sentence) && !daysHere
    } else if (!onsite && !remote && !hybrid && awayRefusedI18n(sentence))
      say('onsite', sentence, 'text')
  }
  // "This internship is fully onsite": days in the office stated elsewhere are a perk's ("Lunch
  // provided three days a week in the office") or a period's, not the role's week.
  if (bodyOfficeDays && !wholeWeek && !fullyOnsite)
    add('hybrid', bodyOfficeDays.raw, 'office days in the text')
  else if (bodyOfficeDays) add('onsite', bodyOfficeDays.raw, 'office days in the text')
  for (const m of headerModes) found.push({ ...m, score: MODE_SCORE.header[m.value] })
  const tag = tags[0]
  if (tag) {
    const value: WorkMode =
      tag.value === 'remote' ? 'remote' : tag.value === 'hybrid' ? 'hybrid' : 'onsite'
    found.push({ value, raw: tag.raw, from: 'tracking tag', score: MODE_SCORE.tag })
  }
  return found
}

/** The work mode: the strongest candidate. */
export function resolveWorkMode(
  candidates: readonly Candidate<WorkMode>[],
): Candidate<WorkMode> | null {
  return strongest(candidates)
}

/** Office days: stated in the header beats stated in the text. */
export function officeDayCandidates(
  headerModeTexts: readonly string[],
  body: string,
): Candidate<number>[] {
  const found: Candidate<number>[] = []
  const header = officeDaysIn(headerModeTexts.join('\n'))
  if (header) found.push({ ...header, score: 2 })
  const text = officeDaysIn(body)
  if (text) found.push({ ...text, score: 1 })
  return found
}

/**
 * The office days a role of this work mode keeps: a hybrid role's, or the five days a week an
 * on-site role states; none for a remote role or a mode not stated.
 */
export function keptOfficeDays(mode: WorkMode | null, days: number | null): number | null {
  return mode === 'hybrid' || (mode === 'onsite' && days === 5) ? days : null
}

/**
 * The work mode and office days, with a note when the header and the text disagree; an
 * exception "for the right candidate" does not count as remote.
 */
export function decideWorkMode(
  body: string,
  headerModes: Fact<WorkMode>[],
  headerModeTexts: string[],
  tags: Fact<string>[],
): ModeDecision {
  const candidates = workModeCandidates(body, headerModes, tags)
  const mode = resolveWorkMode(candidates)
  const bodyMode = strongest(candidates.filter((c) => c.score >= MODE_SCORE.text.onsite))
  const header = strongest(
    candidates.filter((c) => c.score < MODE_SCORE.text.onsite && c.score > MODE_SCORE.tag),
  )
  const conflict =
    bodyMode && header && header.value !== bodyMode.value
      ? `the job-board header says ${header.value} but the text says ${bodyMode.value} ("${clip(bodyMode.raw)}"): kept ${bodyMode.value}`
      : null
  const officeDays = strongest(officeDayCandidates(headerModeTexts, body))
  return {
    mode,
    officeDays:
      officeDays && keptOfficeDays(mode?.value ?? null, officeDays.value) !== null
        ? officeDays
        : null,
    conflict,
  }
}

function clip(text: string, max = 90): string {
  const t = text.trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/** Stated details of the work policy, as short phrases ("Monday in office"). */
export function workPolicy(text: string): string[] {
  const found: string[] = []
  const all = sentences(text)
  const lowered = lowerSentences(text)
  for (let i = 0; i < all.length; i++) {
    const sentence = all[i] as string
    if (!POLICY_HINT.test(lowered[i] as string)) continue
    for (const { pattern, render } of POLICY) {
      const m = pattern.exec(sentence)
      if (!m) continue
      const phrase = render(m)
      if (!found.some((f) => f.toLowerCase() === phrase.toLowerCase())) found.push(phrase)
    }
  }
  return found
}

/** Where a remote hire may live, when the text says ("EU or UK-based", "within Poland"). */
/** A town whose first-level region bears its name ("Berlin", "Lisbon"): an office's town. */
function officeTown(piece: string): boolean {
  const region = remoteRegion(piece)
  if (!region || !FIRST_LEVEL_REGION.test(region)) return false
  const town = resolvePlace(piece)
  const country = town?.country
  if (!town?.city || !country || !region.startsWith(`${country}-`)) return false
  return regionIn(country, region.slice(country.length + 1))?.name === town.region
}

/** A sentence that may hold a rule of residence: one of its verbs' stems, in lower case. */
const RESIDENCE_HINT = anyLiteral(RESIDENCE_STEMS)

/**
 * Where a remote hire may live, in the languages beyond English: after working away ("remote
 * aus ganz Deutschland"), and in a rule of residence ("residir no Brasil"), which a sentence
 * holds only with one of its words (`hint`, lower case) and where a town is an office's
 * ("reside en Madrid"), not a region.
 */
const REGIONS_I18N: readonly { pattern: RegExp; hint?: RegExp; townIsOffice?: true }[] = [
  { pattern: REMOTE_REGION_IN_TEXT_I18N },
  {
    pattern: RESIDENCE_IN_TEXT_I18N,
    hint: RESIDENCE_HINT,
    townIsOffice: true,
  },
]

/** "North or South America", "Central and Eastern Europe": two parts of one continent named once. */
const SHARED_CONTINENT =
  /\b(North|South|Central|Latin|Eastern|Western|Northern|Southern),? (?:or|and|&) (North|South|Central|Eastern|Western|Northern|Southern) (America|Europe|Africa|Asia)\b/g

export function remoteRegionsIn(text: string): string[] {
  const regions: string[] = []
  const lower = lowerSentences(text)
  for (const [i, sentence] of sentences(text).entries()) {
    if (!REMOTE_REGION_HINT.test(lower[i]!) && !RESIDENCE_HINT.test(lower[i]!)) continue
    for (const { pattern, needs } of REMOTE_REGION_IN_TEXT) {
      if (needs && !lower[i]!.includes(needs)) continue
      const m = pattern.exec(sentence)
      if (!m?.[1]) continue
      // "hiring in Lisbon, Berlin and remote within the EU": a town in the list is an office,
      // not a region a remote hire may live in (Lisbon's district, the state of Berlin).
      const pieces = m[1]
        .replace(/\s+/g, ' ')
        .replace(SHARED_CONTINENT, '$1 $3 or $2 $3')
        .split(REGION_LIST_SEPARATOR)
        .map((piece) => piece.replace(/\b(?:only|based)\b/gi, ''))
        .filter((piece) => !officeTown(piece.trim()))
      for (const region of regionsOfList(pieces))
        if (!regions.includes(region)) regions.push(region)
    }
    for (const { pattern, hint, townIsOffice } of REGIONS_I18N) {
      if (hint && !hint.test(lower[i]!)) continue
      const stated = pattern.exec(sentence)?.[1]
      for (const piece of stated?.split(REGION_LIST_SEPARATOR_I18N) ?? []) {
        if (townIsOffice && officeTown(piece.trim())) continue
        const region = leadingRegion(piece)
        if (region && !regions.includes(region)) regions.push(region)
      }
    }
  }
  return regions
}

/** A region named in a Polish case other than the nominative ("w Polsce", "z całej Europy"). */
function declinedRegion(name: string): string | null {
  for (const key of nominativeKeys(placeKey(name))) {
    const region = remoteRegion(key)
    if (region) return region
  }
  return null
}

/** The region the first words of a phrase name ("Deutschland Wir …" → DE), longest first. */
function leadingRegion(phrase: string): string | null {
  const words = phrase
    .trim()
    .replace(/[.,;:!?]+$/, '')
    .split(/\s+/)
  for (let n = Math.min(words.length, 4); n > 0; n--) {
    const name = words.slice(0, n).join(' ')
    // "innerhalb Deutschlands", "Europas": a German genitive.
    const region =
      remoteRegion(name) ??
      (/\p{L}s$/u.test(name) ? remoteRegion(name.slice(0, -1)) : null) ??
      declinedRegion(name)
    if (region) return region
  }
  return null
}
