import { roleInProse } from './role-in-prose.ts'
import type { PostingLocation, WorkMode } from '../model/posting.ts'
import {
  ORGANISATION_END,
  POLICY_PART,
  WEEKLY_HOURS,
  COMPANY_NAME_SHAPE,
  BARE_NO,
  BEYOND_BASIC,
  TABLE_CELL_GAP,
  EMOJI,
  EMPLOYMENT_TYPE,
  HAS_URL_OR_EMAIL,
  NO_COMPANY_VALUE,
  TEAM_DASH_SUFFIX,
  TITLE_CONTRACT_TAIL,
  TITLE_REQUISITION_TAIL,
  TITLE_TRACKER_KEY,
  TITLE_EXPERIENCE_TAIL,
  TITLE_WORKLOAD_TAIL,
  TITLE_ANNOUNCEMENT,
  TITLE_DASH_SUFFIX,
  URL_ONLY,
  HAS_MODE_WORD,
  LEVEL_LINE,
  MODE_WORD,
  HYBRID_REFUSED,
  ONSITE_STRONG,
  PIPE_SEPARATOR,
  LISTING_LINE,
  maxNameWords,
  POSTED,
  REQUISITION,
  ORGANISATION_WORD,
  ROLE_NOUN,
  SELF_INTRO,
  COMPANY_SIZE,
} from './patterns.ts'
import { onlyContractOrMode } from './board-facts.ts'
import { isEmploymentLabel } from './employment.ts'
import { modeOfAnswer, readFieldLabel, readFieldLine, type FieldLine } from './field-line.ts'
import { stripGenderTags } from './gender.ts'
import { isCommonWord } from './common-words.ts'
import { levelFromWord, levelWordsIn } from './level.ts'
import { endsSentence, withoutLegalForm } from './legal-form.ts'
import { memoPerDocument } from './lib/document-memo.ts'
import { countryCode } from './country-names.ts'
import { isStreetLine, readPlace, readPlaces, remoteRegion, STRONG_PLACE } from './places.ts'
import {
  HAS_PLACE_PREPOSITION,
  OFFICE_FIELD,
  OFFICE_NOUN_END,
  PHRASE_THEN_PLACES,
  SPACED_DASH,
} from './place-patterns.ts'
import { macroRegion, regionsOfList } from './remote-regions.ts'
import { techByName } from './taxonomy.ts'
import { areasOf } from './work-areas.ts'
import { hasMoney } from './salary.ts'
import { headingKind, headingText } from './segment.ts'
import { cleanCompany, withoutUnit } from './text-facts.ts'
import { stripEmoji, trimSet, wordCount, wordsWithLetters } from './text.ts'
import type { Fact, Line } from './types.ts'
import { modeWordsIn, officeDaysInLine } from './work-mode.ts'
import { PARTLY_REMOTE, REMOTE_RECRUITING, REMOTE_STRONG_I18N } from './work-mode-words.ts'
import { allMatches } from './matches.ts'
import { COMPANY_PROFILE_LABELS } from './words/company-profile-labels.ts'
import { phraseSource, wordKey } from './words/compile.ts'
import { allLanguages } from './words/languages.ts'
import {
  APPLICATION_FORM_NAMES,
  FREELANCE_HEADLINE_OPENERS,
  SOUGHT_AFTER_ROLE,
  SOUGHT_BEFORE_ROLE,
} from './words/title-announcements.ts'
import { REGION_FIELD_LABELS } from './words/field-labels.ts'

export type HeaderFacts = {
  company: Fact<string> | null
  title: Fact<string> | null
  team: Fact<string> | null
  /** A team the title names after a comma: weaker than a team the text states. */
  commaTeam: Fact<string> | null
  locations: Fact<PostingLocation>[]
  remoteRegions: Fact<string>[]
  vaguePlaces: string[]
  modes: Fact<WorkMode>[]
  /** Header text that may state office days or a policy ("Hybrid (3 days/week in office)"). */
  modeTexts: string[]
  salary: Fact<string>[]
  posted: Fact<string> | null
  level: Fact<string> | null
}

const MAX_HEADER_LINES = 25

function isPipeLine(line: Line): boolean {
  return (line.text.match(/\s\|\s/g)?.length ?? 0) >= 2
}

const MAX_DASHED_LINE = 300

/** The most words of one fact after an icon. */
const ICON_FACT_WORDS = 8

/**
 * "📍 Lisboa   🏠 Remoto (Portugal)   💶 55.000 € – 70.000 € / ano   🕒 Tempo inteiro": a
 * board's facts each after its icon, three or more, each a few words and no sentence; the
 * first may stand without one ("Contrato indefinido   📍 Barcelona   💶 …").
 */
function isIconLine(line: Line): boolean {
  if (line.text.length > MAX_DASHED_LINE || !BEYOND_BASIC.test(line.text)) return false
  const facts = line.text.split(EMOJI).map((part) => part.trim())
  const first = facts[0] ?? ''
  if (first && (wordCount(first) > ICON_FACT_WORDS || endsSentence(first))) return false
  const parts = facts.slice(1)
  return (
    parts.length >= 3 &&
    parts.every((part) => part && wordCount(part) <= ICON_FACT_WORDS && !endsSentence(part))
  )
}

/**
 * "Rotterdam of Amsterdam · 36 uur · € 6.200 – € 8.100 bruto per maand · Vast dienstverband":
 * a board's facts between middle dots, three parts or more and no sentence in any, however
 * many words they hold together.
 */
function isDottedLine(line: Line): boolean {
  if (line.text.length > MAX_DASHED_LINE) return false
  const parts = line.text.split(/\s·\s/)
  return parts.length >= 3 && parts.every((part) => !/[.!?]\s+\p{Lu}/u.test(part))
}

/**
 * "Acme - London (Hybrid) - No sponsorship.", "Acme - Backend Developer (Go / Postgres / React)
 * - Remote - $80k": three or more short parts between spaced dashes, a header line however
 * long or however it ends, as a pipe line is. A sentence in any part makes it prose.
 */
function isDashedLine(line: Line): boolean {
  // A header's line is short: longer, the header readers' work on it would grow with it.
  if (line.text.length > MAX_DASHED_LINE) return false
  const parts = line.text.split(SPACED_DASH)
  // "Open roles: - Staff Engineer - Data Engineer": a list run into one line, not a header.
  return (
    parts.length >= 3 &&
    parts.length <= 8 &&
    !/:\s*$/.test(parts[0] ?? '') &&
    parts.every(
      (part) => (part.match(/\p{L}+/gu)?.length ?? 0) <= 10 && !/[.!?]\s+\p{Lu}/u.test(part),
    )
  )
}

/** "Product Manager, Growth": a short capitalised name after the title's last comma. */
const TEAM_COMMA_SUFFIX = /^(.*\S),\s*(\p{Lu}[\p{L}&/ -]{1,30})$/u

/**
 * The team a title names after a comma ("Product Manager, Growth", "Software Engineer,
 * Payments"), unless what follows the comma is something else a title carries there: a
 * place, a work mode, a level, a contract, a technology or another role.
 */
function commaTeam(title: string): string | null {
  const m = TEAM_COMMA_SUFFIX.exec(title)
  const head = m?.[1]
  const tail = m?.[2]?.trim()
  if (!head || !tail || wordCount(tail) > 3 || !ROLE_NOUN.test(head)) return null
  // "Engineers, EMs, GTM, Founders" lists roles; "(Dallas, TX" is a place cut off.
  if (head.includes(',') || head.split('(').length !== head.split(')').length) return null
  if (ROLE_NOUN.test(tail) || HAS_MODE_WORD.test(tail) || EMPLOYMENT_TYPE.test(tail)) return null
  if (levelFromWord(tail) || techByName(tail) || RESIDENCE.test(tail)) return null
  // "Backend - Canada", "Europe": a place or a region where the hire may live.
  for (const part of tail.split(/\s*[-–—]\s*/))
    if (readPlaces(part).locations.length || macroRegion(part)) return null
  return tail
}

/** Words of a residence rule rather than a team ("Portugal residents only"). */
const RESIDENCE = /\b(?:only|residents?|based|eligible)\b/i

function isTitleLike(text: string): boolean {
  return (
    ROLE_NOUN.test(text) && wordCount(text) <= 14 && !endsSentence(text) && !SELF_INTRO.test(text)
  )
}

function isProse(line: Line): boolean {
  const count = wordCount(line.text)
  // "7 500 – 9 500 PLN brutto / mies.": figures and an abbreviation's period are no sentence.
  return count > 14 || (endsSentence(line.text) && count > 6 && wordsWithLetters(line.text) > 6)
}

/**
 * "EDIT: applications closed.", "At Acme, we are changing how …": a sentence before a
 * "Company | Place | Mode" line. The pipe line is the post's header; the sentence above it
 * is a note on the post, read with the body, not as its title or company. Its index, or -1.
 */
export function findPreface(lines: Line[]): number {
  const i = nextShownLine(lines, -1, lines.length)
  const line = lines[i]
  if (!line || isPipeLine(line) || !(isProse(line) || endsSentence(line.text))) return -1
  const next = lines[nextShownLine(lines, i, lines.length)]
  return next !== undefined && isPipeLine(next) ? i : -1
}

/**
 * Where the job-board header ends: the short lines at the top (title, company, place, work
 * mode, "Posted 3 days ago", pipe-separated summaries) before the first prose or section.
 */
export function findHeaderEnd(lines: Line[], preface = findPreface(lines)): number {
  let taken = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank' || line.noise || i === preface) continue
    if (++taken > MAX_HEADER_LINES) return i
    // A board's facts as a list under the title and company ("- Munich", "- Partially
    // remote"), as a saved page's <ul> gives them, are the header's; a list's sentences not.
    // So are a saved page's links as a list above the title's heading ("- All Jobs", "- Data").
    if (
      line.kind === 'bullet' &&
      !(isShortFact(line.text) && (taken >= 3 || headingAfterList(lines, i)))
    )
      return i
    if (
      (isPipeLine(line) || isDashedLine(line) || isDottedLine(line) || isIconLine(line)) &&
      taken <= 5
    )
      continue
    if (isProse(line)) return i
    if (readFieldLine(line.text)) continue
    // "Location" over "Berlin, Germany" (an applicant-tracking page's fact box) is a label
    // and its value, not a section: the header goes on past both.
    const value = valueLineUnderLabel(lines, i)
    if (value !== null) {
      i = value
      continue
    }
    const kind = headingKind(line)
    if (
      kind &&
      kind !== 'unknown' &&
      // "70.000 € - 85.000 €" over "Salario bruto anual + 10% variable": the pay's note.
      !(kind === 'logistics' && payNote(lines, i)) &&
      !(taken === 1 && isTitleLike(line.text)) &&
      !(taken <= 2 && (nameWithOrganisationWord(line.text) || nameThenHeadingWord(line.text))) &&
      !linkToCompanyPage(lines, i, kind)
    )
      return i
  }
  return lines.length
}

/** The most words of a note under a pay's amount. */
const PAY_NOTE_WORDS = 8

/**
 * Whether line i is a short note under a line that is a pay's amount alone ("70.000 € -
 * 85.000 €" over "Salario bruto anual + 10% variable"), as a board that leads with the pay
 * lays them out above the title.
 */
function payNote(lines: Line[], i: number): boolean {
  if (wordCount((lines[i] as Line).text) > PAY_NOTE_WORDS) return false
  for (let j = i - 1; j >= 0; j--) {
    const above = lines[j] as Line
    if (above.kind === 'blank') continue
    return !above.noise && hasMoney(above.text) && !/\p{L}{2}/u.test(above.text)
  }
  return false
}

/** The most words of a title's second line. */
const TITLE_TAIL_WORDS = 3

/** Whether line i ends the title on the line above, the two written as one line further on. */
function titleGoesOn(lines: Line[], i: number, above: Line): boolean {
  const line = lines[i] as Line
  if (line.kind !== 'text' || wordCount(line.text) > TITLE_TAIL_WORDS || /[.!?:]$/.test(line.text))
    return false
  const whole = `${above.text} ${line.text}`.replace(/\s+/g, ' ').trim()
  for (let j = i + 1; j < lines.length; j++)
    if (
      lines[j]?.text.length === whole.length &&
      lines[j]?.text.replace(/\s+/g, ' ').trim() === whole
    )
      return true
  return false
}

/** "starszy specjalista (Senior)", "specjalista (Mid / Regular)": a level pill's bracket. */
const LEVEL_BRACKET = /^\p{L}[\p{L} -]{0,30}\(([^()]{1,30})\)$/u

/** The level a pill names in brackets, when every name there is a level's. */
function levelInBrackets(segment: string): string | null {
  const inside = LEVEL_BRACKET.exec(segment.trim())?.[1]
  if (!inside) return null
  const names = inside.split(/\s*[/,]\s*/)
  return names.every((name) => levelFromWord(name)) ? (names[0] ?? null) : null
}

/** The most words of a board's fact given as a list item. */
const FACT_ITEM_WORDS = 4

/** A short item naming no role: a fact of the board's ("Munich", "Full-Time"), not a list of roles. */
function isShortFact(text: string): boolean {
  return wordCount(text) <= FACT_ITEM_WORDS && !/[.!?;]$/.test(text.trim()) && !ROLE_NOUN.test(text)
}

/** Whether the list of short items at line i ends in a heading (the page's title's). */
function headingAfterList(lines: Line[], i: number): boolean {
  for (let at = i; at < lines.length; at++) {
    const line = lines[at] as Line
    if (line.kind === 'blank' || line.noise) continue
    if (line.kind !== 'bullet') return line.kind === 'heading'
    if (!isShortFact(line.text)) return false
  }
  return false
}

/**
 * "Vistula Ledger" over "O firmie" over "Kraków, Zabłocie": a board's link to the company's
 * page under its name, the header's places and facts going on below it, is no section's
 * heading. Only a heading of the company alone on its line, and a place right under it.
 */
function linkToCompanyPage(lines: Line[], i: number, kind: string): boolean {
  const line = lines[i] as Line
  if (kind !== 'about' || line.kind !== 'text' || wordCount(line.text) > 3) return false
  const next = lines[nextShownLine(lines, i, lines.length)]
  if (!next || next.kind !== 'text' || isProse(next) || wordCount(next.text) > 8) return false
  return readPlaces(next.text, { field: true }).locations.length > 0
}

/** The first line after `i` and before `end` that is neither blank nor page noise, else `end`. */
function nextShownLine(lines: Line[], i: number, end: number): number {
  let at = i + 1
  while (at < end && (lines[at]?.kind === 'blank' || lines[at]?.noise)) at++
  return at
}

/** The most words of a value on the line under its label, and of a list of places so. */
const MAX_VALUE_WORDS = 10
const MAX_PLACES_VALUE_WORDS = 40

/** Where the value under a label alone on its line is, when the next line reads as one. */
function valueLineUnderLabel(lines: Line[], i: number): number | null {
  const line = lines[i] as Line
  const field = wordCount(line.text) > 4 ? null : readFieldLabel(line.text)
  if (!field) return null
  const at = nextShownLine(lines, i, lines.length)
  const next = lines[at]
  if (!next || next.kind !== 'text') return null
  // A location's value may list several offices, each with its region and postcode: long, but
  // no sentence.
  const places =
    field === 'location' &&
    wordCount(next.text) <= MAX_PLACES_VALUE_WORDS &&
    !endsSentence(next.text)
  if (!places && (isProse(next) || wordCount(next.text) > MAX_VALUE_WORDS)) return null
  if (readFieldLabel(next.text) || readFieldLine(next.text)) return null
  const kind = headingKind(next)
  return kind && kind !== 'unknown' ? null : at
}

/** Words that end companies' names and also open sections ("Technologies", "Solutions"). */
/** Words that qualify a section heading ("Key Technologies", "Our Tools"), never a name. */
const HEADING_QUALIFIER =
  /^(?:our|the|your|key|core|main|required|preferred|desired|relevant|technical|other|additional|useful|nice|must|tech|technology|tools|used|modern|current)$/i

/**
 * "Temporal Technologies" on the line under the title: capitalised words ending in a word
 * that section headings share with companies' names is the job board's company line.
 */
function nameWithOrganisationWord(text: string): boolean {
  const parts = headingText(text).split(/\s+/)
  const last = parts.at(-1) ?? ''
  if (parts.length < 2 || parts.length > 5 || !ORGANISATION_WORD.test(last)) return false
  // The last word is the organisation word itself ("Tamarind Tech"): only the ones before
  // it may not qualify a heading ("Core Tech").
  return (
    parts.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) &&
    !parts.slice(0, -1).some((w) => HEADING_QUALIFIER.test(w))
  )
}

/** Words that join the words of a company's name: "Trilha Seguros e Benefícios". */
const NAME_JOINER = /^(?:and|und|et|en|[&eiy])$/

/**
 * "Trilha Seguros e Benefícios", "Northwind Benefits" on the line under the title: a name and a
 * word that headings share ("Benefícios") is the job board's company line, when one of the
 * name's words is neither an ordinary word nor a heading's ("Perks & Benefits", "Seguros e
 * Benefícios" are headings).
 */
function nameThenHeadingWord(text: string): boolean {
  const parts = headingText(text).split(/\s+/)
  if (parts.length < 2 || parts.length > 5) return false
  const name = parts.slice(0, -1)
  return (
    name.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINER.test(w)) &&
    name.some(
      (w) =>
        /^\p{Lu}/u.test(w) &&
        !isCommonWord(w) &&
        !headingKind({ n: -1, raw: w, text: w, kind: 'text', marked: false }),
    )
  )
}

/** A "Location:" field whose whole value, dashes and all, reads as places or regions. */
function wholeField(segment: string): boolean {
  const field = readFieldLine(segment)
  if (field?.field !== 'location' || !/\s[-–—]\s/.test(field.value)) return false
  const reading = readPlaces(field.value, { field: true })
  return reading.locations.length + reading.remoteRegions.length > 0
}

/**
 * "Typ pracodawcy   Doświadczenie   Wymiar pracy   Tryb pracy" over "Firma produktowa   Mid
 * Pełen etat   Hybrydowo": a board's facts as a table's two rows, labels over values, cell
 * by cell. The labels the parser knows, each with the value under it; null when line i is no
 * such row of labels (two known at least, and as many cells in the row under it).
 */
function valuesUnderLabelRow(
  lines: Line[],
  i: number,
): { cells: FieldLine[]; raw: string; at: number } | null {
  const line = lines[i] as Line
  if (!TABLE_CELL_GAP.test(line.raw)) return null
  const labels = line.raw.trim().split(TABLE_CELL_GAP)
  if (labels.length < 2) return null
  const fields = labels.map((label) => readFieldLabel(label))
  if (fields.filter(Boolean).length < 2) return null
  const at = nextShownLine(lines, i, lines.length)
  const next = lines[at]
  const values = next?.raw.trim().split(TABLE_CELL_GAP) ?? []
  if (!next || values.length !== labels.length) return null
  const cells: FieldLine[] = []
  fields.forEach((field, j) => {
    if (field) cells.push({ field, label: labels[j] as string, value: values[j] as string })
  })
  return { cells, raw: `${line.raw}\n${next.raw}`, at }
}

/** A wide gap between two cells of a line laid out in columns: three spaces or more, or a tab. */
const CELL_GAP = /[ \t]{3,}|\t+/

/**
 * "Corvalis Instruments, Inc.            JOB DESCRIPTION": a document's header laid out in
 * columns (a PDF, a table) holds cells, as a board's line holds parts between separators.
 * The line's text with its cells apart; the text as it is when the raw line holds markup.
 */
function cellsOf(line: Line): string {
  if (!CELL_GAP.test(line.raw)) return line.text
  const cells = line.raw.trim().split(CELL_GAP)
  if (cells.length < 2 || cells.join(' ').replace(/\s+/g, ' ') !== line.text) return line.text
  return cells.join(' | ')
}

function segmentsOf(text: string): string[] {
  return text
    .split(PIPE_SEPARATOR)
    .flatMap((part) => part.split(EMOJI))
    .map((part) => trimSet(part, ' ,;:-', ' ,;'))
    .filter(Boolean)
}

/**
 * Title without what a board appends: " - Hybrid, Poland", a gender tag ("(m/w/d)"), a link,
 * trailing punctuation.
 */
export const cleanTitle = memoPerDocument(cleanTitleAnew, (title) => title)

/** "Senior Engineer —> Apply here (https://…)", "Backend Engineer (https://…)": where to apply. */
const APPLY_TAIL = /\s(?:[-–—=]{1,2}>?\s?)?(?:apply\b[^()]{0,30})?\(?(?:https?:\/\/|www\.)\S*$/i

/**
 * The role in a headline that says it is sought: "[Long-term] X needed [for …]" (group 1),
 * "Cercasi X" (group 2).
 */
const ROLE_SOUGHT = new RegExp(
  String.raw`^(?:(?:${FREELANCE_HEADLINE_OPENERS.join('|')})\s+)?(.{3,80}?)\s+(?:${allLanguages(SOUGHT_AFTER_ROLE).join('|')})(?=$|\s+(?:for|to|on|in|für|pour|para|per|voor|do)\s|\s*[:!(–—-])|^(?:${allLanguages(SOUGHT_BEFORE_ROLE).join('|')})\s+(.{3,80})$`,
  'iu',
)

/** "Data Engineer – no degree required": what is not needed, not a role sought. */
const NEGATION = /(?<!\p{L})(?:no|not|kein|keine|pas|sin|sem|senza|geen|bez)(?!\p{L})/iu

/** A form's name after the role it applies for, in the eight languages, and its bracket. */
const APPLICATION_FORM = new RegExp(
  `^(?:${phraseSource(allLanguages(APPLICATION_FORM_NAMES))})(\\s*\\([^()]{1,80}\\))?$`,
  'iu',
)

/**
 * A name of up to four capitalised words, a verb of seeking, then the role (an article
 * before it): "Tollbridge is looking for an …", "Kranwerk sucht eine …", "Vellune recrute un·e …".
 */
const COMPANY_SEEKS =
  /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*){0,3}\s+(?:(?:is|are)\s+(?:looking for|seeking|searching for)|sucht|suchen|recrute|recherche|busca|procura|cerca|zoekt|szuka)\s+(?:(?:an?|our|ein(?:e|en)?|un(?:·?e|a)?|uma?|een)\s+)?(?:new\s+|neue[nr]?\s+|nouvel(?:le)?\s+)?(\p{Lu}.{2,120})$/u

/** Where the role sought ends: a place, a team or a bracket after it ("… to join us in Leeds"). */
const SOUGHT_ROLE_END = /\s+(?:(?:in|at|for|to|with)\s|\().*$/su

/** An article first: what follows an announcement is a phrase, not a title ("a Senior …"). */
const ARTICLE_FIRST = /^(?:an?|un|une|um|uma|uno|una|ein|eine|einen|een)\s/i

/** The brackets that end a title, and what they hold. */
const TRAILING_BRACKET_TEXT = /\s*\(([^()]{1,80})\)\s*$/
/**
 * A remark's words: the poster or the reader speaking ("reports to me", "I'm", "you'll"); in
 * small letters, as "ME" is Maine's code ("Portland, ME").
 */
const SPEAKS_IN_BRACKET =
  /(?<![\p{L}'’])(?:I(?:['’]m|['’]ll|\s+am)|me|my|[Yy]ou(?:['’]ll|['’]d|\s+will|\s+would)|[Ww]e(?:['’]re|\s+are))(?![\p{L}'’])/u

/** Whether every bracket a text opens it closes: "Engineer (Remote" does not. */
function balancedBrackets(text: string): boolean {
  let depth = 0
  for (const c of text) {
    if (c === '(') depth++
    else if (c === ')' && --depth < 0) return false
  }
  return depth === 0
}

function cleanTitleAnew(title: string): string {
  // "[Lug-Jobs] Stellenangebot: Linux-Administrator": a subject line's tag and announcement.
  // "📢 VAGA ABERTA: …": a post's emoji before its announcement is no part of either.
  title = stripEmoji(title).trim() || title
  const bare = title.replace(TITLE_ANNOUNCEMENT, '')
  // "Nous recrutons ! Vellmar Studio, Lyon": an exclamation before no role is the post's
  // headline, kept whole.
  const exclaimed = bare !== title && title.slice(0, title.length - bare.length).includes('!')
  const announced = exclaimed && !ROLE_NOUN.test(bare) ? title : bare
  // "We're hiring: a Senior Compiler Engineer to work on Tessellate": the role the phrase names.
  const named =
    announced !== title && ARTICLE_FIRST.test(announced) ? roleInProse(`hiring ${announced}`) : null
  title = named?.value ?? (announced || title)
  // "Tollbridge is looking for an Engineering Manager, Payments Infrastructure": a headline
  // that says who seeks whom; the role is what it seeks. ("… is hiring Senior MLEs in Zurich"
  // is the prose reader's, which makes the plural singular.)
  const sought = COMPANY_SEEKS.exec(title)?.[1]?.replace(SOUGHT_ROLE_END, '')
  if (sought && ROLE_NOUN.test(sought)) title = sought
  // "Long-term WooCommerce developer needed for ongoing store work", "Cercasi sviluppatore
  // PHP": a headline that says the role is sought; the role is what it seeks.
  const wanted = ROLE_SOUGHT.exec(title)
  const role = (wanted?.[1] ?? wanted?.[2])?.trim()
  if (role && ROLE_NOUN.test(role) && !NEGATION.test(role))
    title = role.charAt(0).toUpperCase() + role.slice(1)
  const dashed = TITLE_DASH_SUFFIX.exec(title.replace(/\s+/g, ' '))
  let clean = title
  const suffix = dashed?.[2]
  // "Senior Java Backend Developer - Payments (Hybrid, Pune)": a team after the dash, the
  // board's facts in its bracket; the team stays.
  const team = suffix ? TEAM_THEN_FACTS.exec(suffix) : null
  if (
    dashed?.[1] &&
    team?.[1] &&
    !HAS_MODE_WORD.test(team[1]) &&
    !onlyContractOrMode(team[1], { b2b: false }) &&
    HAS_MODE_WORD.test(team[2] ?? '')
  )
    clean = title.replace(/\s*\([^()]*\)\s*$/, '')
  // " - Remote", " – Teilzeit oder Vollzeit", " - Télétravail partiel": the board's facts. A
  // zone stays, as the posting writes it ("Engineer Who Can Design - EMEA").
  else if (
    dashed?.[1] &&
    suffix &&
    balancedBrackets(dashed[1]) &&
    (HAS_MODE_WORD.test(suffix) || onlyContractOrMode(suffix, { b2b: false }))
  )
    clean = dashed[1]
  // "Junior Data Analyst – Application (Nairobi / Kisumu)": a form's heading, the role, then
  // the form's own name; what its bracket holds stays beside the role.
  else if (dashed?.[1] && suffix && balancedBrackets(dashed[1]) && APPLICATION_FORM.test(suffix))
    clean = `${dashed[1]}${APPLICATION_FORM.exec(suffix)?.[1] ?? ''}`
  // "Junior Softwareentwickler C++/Qt – Wendler Messtechnik GmbH, Gütersloh": the employer by
  // its legal name, and where it is, after the role; a subject line's way of saying who hires.
  else if (dashed?.[1] && suffix && balancedBrackets(dashed[1]) && isEmployerTail(suffix))
    clean = dashed[1]
  // "DevOps Engineer in Voll- oder Teilzeit", "Développeur en CDI": the contract, not the role.
  const contract = TITLE_CONTRACT_TAIL.exec(clean.replace(/\s+/g, ' '))
  if (contract?.[1] && contract[2] && onlyContractOrMode(contract[2], { b2b: false }))
    clean = contract[1]
  // "DevOps Engineer (contract, 6–12 months, likely to extend)": brackets that open with the
  // contract hold its terms, not the role.
  const terms = TRAILING_BRACKET_TEXT.exec(clean)
  const first = terms?.[1]?.split(',')[0]?.trim()
  if (terms && first && onlyContractOrMode(first, { b2b: false }))
    clean = clean.slice(0, terms.index)
  // "Senior Analytics Engineer (Data team, reports to me – I'm the Director of Data)": a
  // bracket that speaks of the poster or the reader is a remark, not the role's name.
  else if (terms?.[1] && SPEAKS_IN_BRACKET.test(terms[1])) clean = clean.slice(0, terms.index)
  return trimSet(
    stripGenderTags(clean.replace(/\s+/g, ' ').replace(APPLY_TAIL, ''))
      .replace(TITLE_WORKLOAD_TAIL, '')
      .replace(TITLE_EXPERIENCE_TAIL, '')
      .replace(TITLE_REQUISITION_TAIL, '')
      .replace(TITLE_TRACKER_KEY, ''),
    // "/ Stagiaire Data Analyst": a page's path, its last step on the title's line.
    ' /›»',
    ' |:,-',
  )
}

/** "Payments (Hybrid, Pune)": words before a bracket that ends the line. */
const TEAM_THEN_FACTS = /^(.*?\S)\s*\(([^()]*)\)$/

/** "Wendler Messtechnik GmbH", "Ardoise SAS, Nantes": a name with its legal form, then a place or none. */
function isEmployerTail(suffix: string): boolean {
  const comma = suffix.lastIndexOf(',')
  const name = comma > 0 ? suffix.slice(0, comma).trim() : suffix.trim()
  if (withoutLegalForm(name) === name || wordCount(name) > 6) return false
  return comma < 0 || readPlaces(suffix.slice(comma + 1)).locations.length > 0
}

function modesIn(text: string, raw: string, from: string): Fact<WorkMode>[] {
  const modes: Fact<WorkMode>[] = []
  // "rekrutacja zdalna", "Remote interviews": a pill about the hiring, not the work.
  if (wordCount(text) <= 6 && REMOTE_RECRUITING.test(text)) return modes
  // "ONSITE (part remote)", "teilweise Homeoffice": remote part of the time is hybrid, and
  // its remote word is no claim of full remote.
  const partly = PARTLY_REMOTE.exec(text)
  if (partly) {
    modes.push({ value: 'hybrid', raw, from })
    text = text.slice(0, partly.index) + ' ' + text.slice(partly.index + partly[0].length)
  }
  // "Remote (2 days a week in the office)", "Thuiswerken mogelijk 2 dagen per week": days in
  // the office, stated or left from a count of remote days, make it hybrid whatever the words.
  const days = officeDaysInLine(text)
  if (days && days.value < 5) return [...modes, { value: 'hybrid', raw, from }]
  // "Location: Plymouth, MN. Please note: this role is not eligible for remote or hybrid
  // work.": the modes a value refuses are no modes it offers.
  for (const refusal of [HYBRID_REFUSED, ONSITE_STRONG]) {
    const refused = refusal.exec(text)
    if (!refused) continue
    modes.push({ value: 'onsite', raw, from })
    text = text.slice(0, refused.index) + ' ' + text.slice(refused.index + refused[0].length)
  }
  for (const m of allMatches(MODE_WORD, text)) {
    const word = (m[1] ?? '').toLowerCase()
    const value: WorkMode =
      word.startsWith('remote') || word === 'wfh' || word === 'work from home'
        ? 'remote'
        : word === 'hybrid'
          ? 'hybrid'
          : 'onsite'
    modes.push({ value, raw, from })
  }
  // "Télétravail total", "100 % Homeoffice", "trabajo remoto": full remote, whatever the
  // mode word alone would say.
  if (REMOTE_STRONG_I18N.some((p) => p.test(text))) modes.push({ value: 'remote', raw, from })
  else for (const value of modeWordsIn(text)) modes.push({ value, raw, from })
  return modes
}

function emptyFacts(): HeaderFacts {
  return {
    company: null,
    title: null,
    team: null,
    commaTeam: null,
    locations: [],
    remoteRegions: [],
    vaguePlaces: [],
    modes: [],
    modeTexts: [],
    salary: [],
    posted: null,
    level: null,
  }
}

/** Whether `line` is a title that holds the title read, whole words and more. */
function fullerTitle(title: Fact<string>, line: Line): boolean {
  if (segmentsOf(line.text).length !== 1 || !isTitleLike(line.text) || readFieldLine(line.text))
    return false
  const fuller = cleanTitle(line.text).toLowerCase()
  const read = title.value.toLowerCase()
  const at = fuller.indexOf(read)
  const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c)
  return (
    fuller.length > read.length && at >= 0 && edge(fuller[at - 1]) && edge(fuller[at + read.length])
  )
}

/** A work mode and the noun it qualifies: "Remote Opportunity", "Hybrid Role". */
const MODE_AND_NOUN = /\b(remote|hybrid|on-?site|in-office)\s+(?:opportunity|position|role|job)\b/gi

/**
 * "Hybrid (NYC)", "On-site (Boulder, CO)", "Hybrid - Onsite (Leeds, UK)": an office mode (or
 * two), then its place in brackets.
 */
const OFFICE_MODE_THEN_PLACE =
  /^(?:hybrid|on[- ]?site|in[- ]office|in[- ]person)(?:\s?[-–—/]?\s?(?:hybrid|on[- ]?site|in[- ]office))?\s*\([^()]+\)$/i

function addPlaces(
  facts: HeaderFacts,
  text: string,
  raw: string,
  from: string,
  field = false,
  localNames = false,
): boolean {
  // "Engineering, GTM" lists areas of work, not a country code.
  if (areasOf(text)) return false
  // "Remote Opportunity" is a mode and a noun, not a town.
  if (/\b(?:opportunity|position|role|job)\b/i.test(text)) text = text.replace(MODE_AND_NOUN, '$1')
  const reading = readPlaces(text, { field, localNames })
  for (const location of reading.locations) facts.locations.push({ value: location, raw, from })
  for (const region of reading.remoteRegions) facts.remoteRegions.push({ value: region, raw, from })
  facts.vaguePlaces.push(...reading.vague)
  return (
    reading.locations.length > 0 || reading.remoteRegions.length > 0 || reading.vague.length > 0
  )
}

/** A value's first sentence, when another follows it (not "St. Louis", "D.C."). */
const FIRST_SENTENCE = /^(.{2,80}?[\p{L}\d]{2}\)?)\.\s+\p{Lu}/u

/** A value without the remark in brackets after it ("Mid-level (Band D)"). */
function withoutRemark(value: string): string {
  return value.replace(/\s*\([^()]{0,40}\)\s*$/, '').trim() || value
}

/** Company labels that applicant-tracking pages also give a department ("Organization:"). */
const DEPARTMENT_LABEL = /organi[sz]ation|organisatie/i

/**
 * Whether a labelled employer ("Entreprise: Valmoreau SAS") below a board's header replaces
 * the company its first short line only stood for ("Rechercher par mot-clé"): not when that
 * one was labelled too, nor for a department's field ("Organization: Information Services")
 * or a placeholder, nor for the legal entity of the brand the page shows ("Halvorsen Marine
 * Systems UK Ltd" under "Halvorsen Marine Systems").
 */
function replacesGuess(company: Fact<string>, label: string, value: string): boolean {
  if (company.from.endsWith(':" line')) return false
  if (wordKey(value).startsWith(`${wordKey(company.value)} `)) return false
  return wordCount(value) <= 6 && !DEPARTMENT_LABEL.test(label) && !NO_COMPANY_VALUE.test(value)
}

const REGION_LABELS = new Set(allLanguages(REGION_FIELD_LABELS).map(wordKey))

/** Whether `region` is where a town the facts hold lies ("Getafe" and "Madrid"). */
function regionOfTown(facts: HeaderFacts, region: string): boolean {
  return facts.locations.some(({ value: town }) => {
    if (!town.city) return false
    const both = readPlace(`${town.city}, ${region}`)?.location
    return both?.city === town.city && both.country === town.country
  })
}

function readKeyValue(facts: HeaderFacts, line: FieldLine, raw: string): void {
  const { field, label, value } = line
  const from = `"${label}:" line`
  if (field === 'title') facts.title ??= { value: cleanTitle(value), raw, from }
  else if (field === 'company') {
    if (!facts.company || replacesGuess(facts.company, label, value))
      facts.company = { value, raw, from }
  } else if (field === 'team') facts.team ??= { value, raw, from }
  else if (field === 'location') {
    // "Localidad: Getafe" over "Provincia: Madrid": the region of a town already read.
    if (REGION_LABELS.has(wordKey(label)) && regionOfTown(facts, value)) return
    facts.modes.push(...modesIn(value, raw, from))
    facts.modeTexts.push(value)
    const first = FIRST_SENTENCE.exec(value)?.[1]
    // "Location: our offices in Leeds and Manchester": the places after the phrase's
    // preposition (not "Say hello in Galway", "Candidates based in Vancouver …").
    const phrase = HAS_PLACE_PREPOSITION.test(value)
      ? PHRASE_THEN_PLACES.exec((first ?? value).trim())
      : null
    if (phrase?.[2] && OFFICE_NOUN_END.test(phrase[1] ?? '')) {
      // "… and Manchester (Ancoats). You can choose either as your base.": up to the sentence's end.
      const places = phrase[2].split(/(?<=[\p{L})])[.;]\s/u)[0] ?? ''
      if (addPlaces(facts, places, raw, from, true)) return
    }
    // "Where: Melbourne VIC. This is an on-site role, …": a value that goes on into prose
    // names its place in its first sentence.
    if (addPlaces(facts, value, raw, from, true)) return
    if (first && addPlaces(facts, first, raw, from, true)) return
    // "Gdańsk, biuro przy al. Grunwaldzkiej (Oliwa), 5 min od SKM": a short place, then
    // remarks after a comma (not a sentence that names places in passing).
    const head = (first ?? value).split(',')[0] ?? ''
    if (head !== value && wordCount(head) <= 5) addPlaces(facts, head, raw, from, true)
  } else if (field === 'workMode') {
    // The label may hold the count's other half: "Télétravail : 2j/semaine".
    const whole = `${label}: ${value}`
    const days = officeDaysInLine(whole)
    const modes: Fact<WorkMode>[] =
      days && days.value < 5 ? [{ value: 'hybrid', raw, from }] : modesIn(value, raw, from)
    const answer = modes.length ? null : modeOfAnswer(label, value)
    facts.modes.push(...(answer ? [{ value: answer, raw, from }] : modes))
    facts.modeTexts.push(whole)
    // "Modelo de trabalho: 100% remoto (Brasil)": where a remote hire may live;
    // "Work mode: Hybrid (Berlin)": where the office is.
    if (modes.some((mode) => mode.value === 'remote'))
      for (const region of readPlaces(value, { field: true }).remoteRegions)
        facts.remoteRegions.push({ value: region, raw, from })
    else if (modes.length && /[([]/.test(value)) addPlaces(facts, value, raw, from, true)
  } else if (field === 'salary') facts.salary.push({ value, raw, from })
  else if (field === 'posted') facts.posted ??= { value, raw, from }
  // "Mid-level (Band D)": the level without the pay band or grade in brackets after it.
  else if (field === 'level') facts.level ??= { value: withoutRemark(value), raw, from }
  else if (field === 'remoteRegion') {
    // "Timezones: UTC-5 to UTC+2", "Preferred timezones: Pacific Time, Eastern Time": the
    // hours a remote hire works in, a region of its own; "Hires remotely in: United States,
    // Canada": the countries.
    const whole = remoteRegion(value)
    const regions = whole ? [whole] : regionsOfList(value.split(/[,;/]/))
    for (const region of regions) facts.remoteRegions.push({ value: region, raw, from })
  }
}

/** A segment and one bracket at its end: "Wellington, NZ (hybrid, NZ$125k–145k)". */
const FACTS_BRACKET = /^([^()]+)\(([^()]+)\)$/

/**
 * `afterSeparator`: the segment follows another on its line ("Lagunare · Venezia"), where a
 * board puts the place; it is read as a location field, so a city's local name alone counts.
 */
function readSegment(
  facts: HeaderFacts,
  segment: string,
  line: Line,
  position: number,
  afterSeparator = false,
): void {
  const raw = line.raw
  const from = 'job-board header'
  const field = readFieldLine(segment)
  // "Contract: Java Team Lead" is a contract role's title, not a contract field.
  const contractRole = field?.field === 'employment' && ROLE_NOUN.test(field.value)
  if (field && !contractRole) return readKeyValue(facts, field, raw)
  if (field && contractRole && !facts.title) {
    facts.title = { value: cleanTitle(field.value), raw, from }
    return
  }
  const posted = POSTED.exec(segment)
  if (posted && wordCount(segment) <= 6) {
    facts.posted ??= { value: segment, raw, from }
    return
  }
  // "Publiée le 12 novembre 2026", "vor 3 Tagen": when the listing went up, in any language.
  if (LISTING_LINE.test(segment) && wordCount(segment) <= 6) return
  // "Senior", "Mid", "Regular", "Pleno": a board's level pill alone.
  if (
    LEVEL_LINE.test(segment) ||
    (wordCount(segment) <= 2 && !ROLE_NOUN.test(segment) && levelFromWord(segment))
  ) {
    facts.level ??= { value: segment, raw, from }
    return
  }
  // "VISA SPONSORSHIP", "RELOCATION SUPPORT": a policy, not a title.
  if (
    EMPLOYMENT_TYPE.test(segment) ||
    WEEKLY_HOURS.test(segment) ||
    REQUISITION.test(segment) ||
    POLICY_PART.test(segment)
  )
    return
  // "Vollzeit", "CDI", "Jornada completa", "Umowa o pracę": a contract in any language.
  if (
    isEmploymentLabel(segment) &&
    !ROLE_NOUN.test(segment) &&
    !ORGANISATION_END.test(segment) &&
    !modesIn(segment, raw, from).length
  )
    return
  if (URL_ONLY.test(segment) || (HAS_URL_OR_EMAIL.test(segment) && segment.includes('@'))) return
  // "Wellington, NZ (hybrid, NZ$125k–145k)": a place, then its mode and pay in a bracket;
  // each is read on its own.
  const bracket = FACTS_BRACKET.exec(segment)
  if (bracket?.[1] && bracket[2] && hasMoney(bracket[2]) && !hasMoney(bracket[1])) {
    readSegment(facts, bracket[1].trim(), line, position, afterSeparator)
    for (const part of bracket[2].split(/[,;]\s*/))
      if (part.trim()) readSegment(facts, part.trim(), line, position, true)
    return
  }
  if (hasMoney(segment) && !ROLE_NOUN.test(segment)) {
    facts.salary.push({ value: segment, raw, from })
    return
  }
  const modes = modesIn(segment, raw, from)
  if (modes.length) {
    facts.modes.push(...modes)
    facts.modeTexts.push(segment)
  }
  const split = position === 1 && !facts.company && !facts.title ? companyThenTitle(segment) : null
  if (split) {
    facts.company = { value: split.company, raw, from: COMPANY_BEFORE_TITLE }
    facts.title = { value: cleanTitle(split.title), raw, from }
    return
  }
  // "Machine Learning Engineer" (the board's family of roles) over "Senior Machine Learning
  // Engineer, Search Ranking": the line that says more of the same title is the posting's.
  // Both lines are the title's evidence. Cleaning never adds a word, so a segment without the
  // title's first word is not cleaned to be compared.
  const read = facts.title
  const firstWord = read?.value.split(' ')[0]?.toLowerCase()
  if (read && firstWord && segment.toLowerCase().includes(firstWord)) {
    const refined = cleanTitle(segment)
    if (refinesTitle(refined, read.value) && isTitleLike(segment))
      facts.title = { value: refined, raw: `${read.raw}\n${raw}`, from }
  }
  const titleLike = isTitleLike(segment) && !facts.title
  if (titleLike) {
    facts.title = { value: cleanTitle(segment), raw, from }
    const suffix = TEAM_DASH_SUFFIX.exec(segment.replace(/\s+/g, ' '))
    // Not the board's facts the title's cleaning left out ("- W2 Only", "- Teilzeit").
    if (
      suffix?.[1] &&
      !HAS_MODE_WORD.test(suffix[1]) &&
      !onlyContractOrMode(suffix[1], { b2b: false }) &&
      !readPlaces(suffix[1]).locations.length
    ) {
      facts.team ??= { value: suffix[1].trim(), raw, from: 'title suffix' }
    }
    const team = commaTeam(cleanTitle(segment))
    if (team) facts.commaTeam ??= { value: team, raw, from: 'title suffix after a comma' }
  }
  const withoutModes = segment
    .replace(/\([^()]*\)/g, ' ')
    .replace(MODE_WORD, ' ')
    .replace(/\b(?:or|and)\b/gi, ' ')
    .replace(/[\s,/&|-]+/g, ' ')
    .trim()
  if (!withoutModes) {
    // "Hybrid (NYC)", "Onsite (Milan)": the brackets after an office mode name its place;
    // "(SF, NY, Berlin, London)", a part that is only brackets, is the place field itself.
    if (OFFICE_MODE_THEN_PLACE.test(segment)) addPlaces(facts, segment, raw, from, true)
    else if (BRACKETS_ONLY.test(segment)) addPlaces(facts, segment.slice(1, -1), raw, from, true)
    return
  }
  const companyShaped =
    !facts.company &&
    position <= 3 &&
    // "Tindholm Energi A/S", "Cajueiro Sistemas S/A": a legal form may hold a slash.
    // "Kingsmere University – Institute for …": the employer's name, then its unit's.
    COMPANY_NAME_SHAPE.test(legalName(withoutUnit(segment))) &&
    wordCount(cleanCompany(segment)) <= maxNameWords(segment) &&
    (!ROLE_NOUN.test(segment) || ORGANISATION_END.test(segment)) &&
    !HAS_URL_OR_EMAIL.test(segment) &&
    // "Hybrid · Amsterdam · Full time · Engineering": the board's department, not the company.
    !(afterSeparator && areasOf(segment))
  // A line near the top that only a small town shares its name with ("Arcadia", "Tala")
  // is the company's name more likely than the place.
  // Not with a work mode beside it ("Ulm, Remote"): that is a place field.
  // Not on a line its label or pin says is a place ("📍 Eindhoven").
  if (
    companyShaped &&
    !titleLike &&
    !modes.length &&
    weakPlaceOnly(segment) &&
    readFieldLine(line.text)?.field !== 'location'
  ) {
    facts.company = { value: segment.replace(/[®™]/g, '').trim(), raw, from }
    return
  }
  // Once the company is known, a town's local name on a header line is the town: "Torino
  // (TO)" under "Gabbiano Software" is not a company; so is the first of a board's facts
  // with a work mode among them ("Torino · Ibrido · Tempo indeterminato").
  const localNames =
    !titleLike && (facts.company !== null || (!afterSeparator && isFactsLine(line.text)))
  const placeText = titleLike ? withoutAreaParts(segment) : segment
  const placed = addPlaces(facts, placeText, raw, from, afterSeparator && !titleLike, localNames)
  // "Spiich Labs (Stockholm)": the town in brackets is read, and the name before it stays.
  const name = placed ? segment.replace(TRAILING_BRACKET, '') : segment
  const named =
    !placed ||
    (TRAILING_BRACKETS.test(segment) &&
      !HAS_MODE_WORD.test(name) &&
      readPlaces(name).locations.length === 0)
  if (titleLike || !named) return
  if (companyShaped) facts.company = { value: name.replace(/[®™]/g, '').trim(), raw, from }
}

/** What may follow a title it refines: its area after a comma, a dash or in brackets. */
const AREA_AFTER_TITLE = /^(?:,\s|\s[-–—]\s|\s\()/

/**
 * Whether `segment` is `title` with more said of it: level words before it ("Senior"), its
 * area after it (", Search Ranking"), not a sentence that names it ("X is looking for a …").
 */
function refinesTitle(segment: string, title: string): boolean {
  const longer = segment.toLowerCase()
  const shorter = title.toLowerCase()
  if (longer.length <= shorter.length + 2) return false
  const at = longer.indexOf(shorter)
  if (at < 0) return false
  const before = segment.slice(0, at)
  const after = segment.slice(at + shorter.length)
  if (before && (!/\s$/.test(before) || !onlyLevelWords(before))) return false
  // "Ingénieur DevOps Confirmé H/F": a level word after it too. An area is a few words: "–
  // help 98 municipalities give families a better start" is the ad's headline, not the role's.
  return (
    !after ||
    (AREA_AFTER_TITLE.test(after) && wordCount(after) <= AREA_WORDS) ||
    (/^\s/.test(after) && onlyLevelWords(after))
  )
}

/** The most words of a title's area after it (", Payments Platform", " – Search & Ranking"). */
const AREA_WORDS = 6

function onlyLevelWords(text: string): boolean {
  return !levelWordsIn(text)
    .reduce((rest, word) => rest.replace(word.raw, ''), text)
    .trim()
}

/**
 * A name without its legal form; one that has one may hold a spaced dash ("Ferrolume –
 * Componentes Metálicos, S.A."), which elsewhere parts a name from its place or product.
 */
function legalName(segment: string): string {
  const name = withoutLegalForm(segment)
  return name === segment ? name : name.replace(/\s[–—]\s/g, ' ')
}

/** A header part that is nothing but one bracket: "(SF, NY, Berlin, London)". */
const BRACKETS_ONLY = /^[([][^()[\]]+[)\]]$/
/** A name followed by brackets: "Spiich Labs (Stockholm)". */
const TRAILING_BRACKETS = /^[^()[\]]+[([][^()[\]]+[)\]]$/
const TRAILING_BRACKET = /\s*[([][^()[\]]+[)\]]$/

/**
 * A place (and work mode) after a spaced dash at the end of a header segment: "Kranich Cloud
 * GmbH – München", "Pivoine Studio — Bordeaux (33)", "Backend Engineer – Berlin". The parts
 * are read on their own, so the place leaves the company's name and the title. A segment
 * that is all places ("Germany - Frankfurt") is left whole; after a title a place must be a
 * sure reading ("Software Engineer – Mobile" is a platform, not Mobile, Alabama).
 */
function placeAfterDash(
  segment: string,
): { head: string; tail: string[]; afterTitle: boolean; placeHead?: boolean } | null {
  if (!SPACED_DASH.test(segment)) return null
  const parts = segment.split(SPACED_DASH)
  const afterTitle = isTitleLike(parts[0] ?? '')
  const least = afterTitle ? STRONG_PLACE : MIN_FIELD_PLACE
  const tail: string[] = []
  let places = 0
  let notes = 0
  while (parts.length > 1) {
    const last = (parts.at(-1) ?? '').trim()
    // "Ferrolume – Componentes Metálicos, S.A.": a name's end with its legal form, no place.
    if (withoutLegalForm(last) !== last) break
    const reading = readPlaces(last, { field: true, localNames: true })
    // "Bordeaux (33)" is a place; "Backend (NL/UK)" is a team with its places.
    const bare = last.replace(/\([^()]*\)/g, ' ').trim()
    // "Remote within Europe (CET ±2h)": where a remote hire may live is a place too.
    // After a title, a town no word of the languages spells ("Nantes", not "Mobile" or
    // "Reading", nor a code: "GP") is as sure as a place beside a name.
    const sure =
      least === STRONG_PLACE && /\p{Ll}/u.test(last) && !last.split(/\s+/).some(isCommonWord)
        ? MIN_FIELD_PLACE
        : least
    const place =
      (reading.locations.length > 0 &&
        reading.confidence.every((c) => c >= sure) &&
        (bare === last ||
          readPlaces(bare, { field: true, localNames: true }).locations.length > 0)) ||
      (!reading.locations.length &&
        reading.remoteRegions.length > 0 &&
        HAS_MODE_WORD.test(last) &&
        // "APAC - Remote, EMEA - Remote" is one list of regions.
        remoteRegion(parts[0]?.trim() ?? '') === null)
    // "– No sponsorship available.", "- $80k/year": a note the header reads on its own.
    const note =
      wordCount(last) <= 6 && (POLICY_PART.test(last) || (hasMoney(last) && !ROLE_NOUN.test(last)))
    // "Hybrid (3 days in office)", "Hybrid, 3 days in office": a mode with its office days.
    const modeWithDays =
      wordCount(last) <= 8 && HAS_MODE_WORD.test(last) && officeDaysInLine(last) !== null
    const fact =
      note ||
      modeWithDays ||
      (wordCount(last) <= 3 &&
        (HAS_MODE_WORD.test(last) || modeWordsIn(last).length > 0 || isEmploymentLabel(last)))
    if (!place && !fact) break
    if (place) places++
    else if (note) notes++
    tail.unshift(last)
    parts.pop()
  }
  // "Senior DevOps Engineer – Leipzig – Software für die Energiewende": after a title, a sure
  // place between it and a last part that is neither (a tagline, the employer's name).
  if (!tail.length && afterTitle && parts.length >= 3) {
    const at = parts.findIndex((part, i) => i > 0 && surePlace(part.trim()))
    if (at > 0) {
      tail.push(...parts.splice(at).map((part) => part.trim()))
      places++
    }
  }
  const head = parts.join(' – ')
  // "Location: Waltham, MA — Pay Range $150,000 - $190,000": a field, then a note of its own.
  const field = tail.length ? readFieldLine(head)?.field : undefined
  if (field && field !== 'title' && field !== 'company') return { head, tail, afterTitle: false }
  const headPlace = readPlaces(head, { field: true }).locations.length > 0
  // "Lyon (69) - CDI - Télétravail partiel": a place, then a contract and a work mode, where
  // the whole reads as no place ("Canada - Remote" does: a remote hire's country).
  if (headPlace && !places && tail.length && !readPlaces(segment, { field: true }).locations.length)
    return { head, tail, afterTitle, placeHead: true }
  // "Software Engineer – $95-$250K": pay or a visa note after a title leaves it too.
  if ((!places && !(notes && afterTitle)) || headPlace) return null
  // "Remote - Spain/Italy" says where a remote hire lives, read whole; "Engineer (Remote -
  // Canada)" is one aside, not a title and a place.
  if (HAS_MODE_WORD.test(head) || head.split('(').length !== head.split(')').length) return null
  return { head, tail, afterTitle }
}

/** Three parts or more between separators, a work mode among them: a board's facts. */
function isFactsLine(text: string): boolean {
  return segmentsOf(text).length > 2 && modesIn(text, '', '').length > 0
}

/** A part that reads as places only, each a sure reading: "Leipzig", "Lyon (69)". */
function surePlace(part: string): boolean {
  const reading = readPlaces(part, { field: true, localNames: true })
  return reading.locations.length > 0 && reading.confidence.every((c) => c >= STRONG_PLACE)
}

export const COMPANY_BEFORE_TITLE = 'name before the title'

/**
 * "Global Partners — Senior Director, Data Engineering", "Kibu - Fullstack Developer": the
 * first line as a company's name, a dash and the title. The name holds no role word and is
 * no area of work ("Customer Success – Customer Success Manager"), place, mode or number.
 */
function companyThenTitle(segment: string): { company: string; title: string } | null {
  const parts = segment.split(SPACED_DASH)
  if (parts.length !== 2) return null
  const company = (parts[0] ?? '').trim()
  const title = (parts[1] ?? '').trim()
  if (
    !isTitleLike(title) ||
    wordCount(company) > 4 ||
    !COMPANY_NAME_SHAPE.test(company) ||
    /^\d/.test(company) ||
    (ROLE_NOUN.test(company) && !ORGANISATION_END.test(company)) ||
    HAS_MODE_WORD.test(company) ||
    isEmploymentLabel(company) ||
    areasOf(company) ||
    techByName(company) ||
    readPlaces(company, { field: true }).locations.length > 0
  )
    return null
  return { company, title }
}

/**
 * A title without the parts after its commas that name an area of work and only a small
 * town besides: "Engineering Manager, Mobile" is the mobile team, not Mobile, Alabama.
 */
function withoutAreaParts(title: string): string {
  const parts = title.split(',')
  const kept = parts.filter(
    (part, i) => i === 0 || !areasOf(part.trim()) || !weakPlaceOnly(part.trim()),
  )
  return kept.length === parts.length ? title : kept.join(',')
}

/** The least confidence of a place read after a dash beside a company's name. */
const MIN_FIELD_PLACE = 0.6

function weakPlaceOnly(segment: string): boolean {
  // "Montbonnot-Saint-Martin, France": a town the data does not know, with its country after
  // it, is a place field, not a name.
  const comma = segment.lastIndexOf(',')
  if (comma > 0 && countryCode(segment.slice(comma + 1).trim())) return false
  const reading = readPlaces(segment)
  return (
    reading.locations.length > 0 &&
    reading.remoteRegions.length === 0 &&
    reading.confidence.every((c) => c < STRONG_PLACE)
  )
}

/** Fields whose label alone on a line may also be a value ("Contract", "Remote", "Team"). */
const ALONE_FIELDS = new Set([
  'company',
  'location',
  'workMode',
  'salary',
  'posted',
  'reference',
  'remoteRegion',
  'level',
  // "Voertaal" over "Engels", "Reporting to" over a manager's role: never a town nor the title
  'languages',
  'reportsTo',
])

/**
 * A label alone on its line with its value on the next (Workday's "locations" over "Austin,
 * TX", a sidebar's "Standort" over "München"): the pair as one field line, and where it ends.
 */
function valueUnderLabel(
  lines: Line[],
  i: number,
  headerEnd: number,
): { line: FieldLine; raw: string; at: number } | null {
  const line = lines[i] as Line
  const field = readFieldLabel(line.text)
  const contract = field === 'employment' && wordCount(line.text) >= 2
  if (!field || !(ALONE_FIELDS.has(field) || contract)) return null
  const at = nextShownLine(lines, i, headerEnd)
  const next = lines[at]
  if (!next || at >= headerEnd || readFieldLabel(next.text)) return null
  // "Remote/Hybrid Eligible" over "No": a label that names modes, and the board's answer.
  if (
    modesIn(line.text, '', '').length &&
    !(field === 'workMode' && BARE_NO.test(next.text.trim()))
  )
    return null
  const label = trimSet(line.text, ' ', ' :：')
  // "Arbeitsort" over "Annenstraße 34" over "8020 Graz": the street, then its town.
  const then =
    field === 'location' && isStreetLine(next.text) ? nextShownLine(lines, at, headerEnd) : -1
  const town = then >= 0 && then < headerEnd ? lines[then] : undefined
  if (town && wordCount(town.text) <= 5 && !readFieldLabel(town.text))
    return {
      line: { field, label, value: `${next.text.trim()}, ${town.text.trim()}` },
      raw: `${line.raw}\n${next.raw}\n${town.raw}`,
      at: then,
    }
  if (field === 'location') {
    const more = placeLinesAfter(lines, at, headerEnd)
    if (more.length)
      return {
        line: { field, label, value: [next, ...more].map((l) => l.text.trim()).join('; ') },
        raw: [line, next, ...more].map((l) => l.raw).join('\n'),
        at: at + more.length,
      }
  }
  return { line: { field, label, value: next.text.trim() }, raw: `${line.raw}\n${next.raw}`, at }
}

/** The most places a location field lists one per line, and the most words of each. */
const MAX_PLACE_LINES = 8
const PLACE_LINE_WORDS = 12

/**
 * "Locations" over "100 King St W, Toronto, ON, M5X 1A9, CA" over "1250 Boul René-Lévesque O,
 * Montréal, QC, H3B 4W8, CA": the lines right under the field's first value that each read
 * surely as a place are its further values.
 */
function placeLinesAfter(lines: Line[], at: number, end: number): Line[] {
  const more: Line[] = []
  for (let i = at + 1; i < end && more.length < MAX_PLACE_LINES; i++) {
    const line = lines[i] as Line
    if (line.kind !== 'text' || line.noise || wordCount(line.text) > PLACE_LINE_WORDS) break
    if (readFieldLabel(line.text) || readFieldLine(line.text)) break
    const read = readPlaces(line.text, { field: true })
    if (!read.locations.some((l, j) => l.city && (read.confidence[j] ?? 0) >= STRONG_PLACE)) break
    more.push(line)
  }
  return more
}

/**
 * "Remote · United Kingdom", "Germany | Remote": a header line whose only mode is remote and
 * whose only places are countries says where a remote hire may live, as "Remote - UK" does
 * in one location field.
 */
function remoteCountriesOfLine(
  facts: HeaderFacts,
  line: Line,
  before: { places: number; modes: number; regions: number },
): void {
  // "Austria | EU remote", "US | Remote (anywhere)": the line names the remote region itself.
  if (facts.remoteRegions.length > before.regions) return
  const places = facts.locations.slice(before.places)
  const modes = facts.modes.slice(before.modes)
  if (!places.length || !modes.length || modes.some((m) => m.value !== 'remote')) return
  if (OFFICE_FIELD.test(line.text)) return
  if (places.some(({ value }) => value.city || value.region || !value.country)) return
  for (const { value } of places) {
    const country = value.country as string
    if (!facts.remoteRegions.some((r) => r.value === country))
      facts.remoteRegions.push({ value: country, raw: line.raw, from: 'job-board header' })
  }
}

/** Reads the facts a job-board header states, plus "Key: value" lines near the top. */
export function readHeader(
  lines: Line[],
  headerEnd: number,
  preface = findPreface(lines),
): HeaderFacts {
  const facts = emptyFacts()
  const titlePlaces: Fact<PostingLocation>[] = []
  let position = 0
  let previous: Line | null = null
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank' || line.noise || i === preface) continue
    position++
    const above = previous
    previous = line
    // "Java Developer" (a trail's last crumb on a line of its own) over "Senior Java Developer
    // (m/w/d)": the fuller title right under the one read is the title.
    if (facts.title && above && facts.title.raw === above.raw && fullerTitle(facts.title, line)) {
      facts.title = { ...facts.title, value: cleanTitle(line.text), raw: line.raw }
      continue
    }
    // "Senior Softwareentwickler (m/w/d)" over "Embedded Systems", a document's title broken
    // over two lines, which the text writes whole further on.
    if (facts.title && above && facts.title.raw === above.raw && titleGoesOn(lines, i, above)) {
      const whole = `${above.text} ${line.text}`
      facts.title = { ...facts.title, value: cleanTitle(whole), raw: `${above.raw}\n${line.raw}` }
      continue
    }
    const value = valueUnderLabel(lines, i, headerEnd)
    if (value) {
      readKeyValue(facts, value.line, value.raw)
      i = value.at
      continue
    }
    const row = valuesUnderLabelRow(lines, i)
    if (row) {
      for (const cell of row.cells) readKeyValue(facts, cell, row.raw)
      i = row.at
      continue
    }
    const before = {
      places: facts.locations.length,
      modes: facts.modes.length,
      regions: facts.remoteRegions.length,
    }
    // "specjalista (Mid / Regular)": a level pill, its English names in brackets after the
    // board's own word, read whole before its slash splits it.
    const bracketed = levelInBrackets(line.text)
    if (bracketed) {
      facts.level ??= { value: bracketed, raw: line.raw, from: 'job-board header' }
      continue
    }
    const segments = segmentsOf(cellsOf(line))
    // "Hamburg · 120 employees · Climate Tech": the company's profile under its name; its
    // town is where the company sits, not where the role is.
    if (segments.length > 1 && segments.some((segment) => COMPANY_SIZE.test(segment))) continue
    segments.forEach((segment, i) => {
      // "Location: London, UK; Remote - UK": a field's value is read whole, dashes and all,
      // when the whole reads ("Location: Waltham, MA — Pay Range $182,300" does not).
      const split = wholeField(segment) ? null : placeAfterDash(segment)
      if (!split) return readSegment(facts, segment, line, position, i > 0)
      const otherRole = split.afterTitle && facts.title !== null
      if (split.placeHead) {
        // A place before the board's facts is the place, not a company a town shares its name with.
        addPlaces(facts, split.head, line.raw, 'job-board header', true)
        for (const part of split.tail) readSegment(facts, part, line, position, true)
        return
      }
      readSegment(facts, split.head, line, position, i > 0)
      // "Tech Lead - San Francisco" after the title already read is another role's place.
      if (otherRole) return
      if (!split.afterTitle) {
        for (const part of split.tail) readSegment(facts, part, line, position, true)
        return
      }
      // A place in the title adds a country the header's own places leave out.
      const aside = { ...emptyFacts(), company: facts.company ?? SOME_COMPANY }
      for (const part of split.tail) readSegment(aside, part, line, position, true)
      facts.modes.push(...aside.modes)
      facts.modeTexts.push(...aside.modeTexts)
      facts.remoteRegions.push(...aside.remoteRegions)
      titlePlaces.push(...aside.locations)
    })
    remoteCountriesOfLine(facts, line, before)
  }
  // "Location: Remote", "Job title: ..." lines below the header still describe the role.
  for (let i = headerEnd, seen = 0; i < lines.length && seen < 40; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank' || line.noise) continue
    seen++
    let field = readFieldLine(line.text)
    let raw = line.raw
    // "Job details" over "Location" over "Toronto, ON": a fact box below the header, not a
    // company's profile box ("Location" over "Des Moines" beside "Company size" over "1-10").
    const value = field ? null : valueLineUnderLabel(lines, i)
    if (value !== null && !inCompanyProfile(lines, i, value)) {
      const under = valueUnderLabel(lines, i, lines.length)
      if (under) ({ line: field, raw, at: i } = under)
    }
    // A level field below the header counts when its value is a level word ("Experience
    // level: Mid-Level"), not years or a degree ("Experience: 3+ years").
    const level =
      field?.field === 'level' &&
      wordCount(field.value) <= 4 &&
      levelFromWord(withoutRemark(field.value))
    // "Founded: 2023" over "Location: Austin, TX" over "Company size: 11-50": where the company
    // sits, in its profile box, not where the role is (a role's fact box may name its industry).
    if (field?.field === 'location' && value === null && inCompanyProfile(lines, i, i, 2)) continue
    if (
      field &&
      field.field !== 'team' &&
      field.field !== 'posted' &&
      (field.field !== 'level' || level)
    )
      readKeyValue(facts, field, raw)
  }
  const countries = new Set(facts.locations.map((l) => l.value.country))
  const towns = new Set<string | null>()
  for (const place of titlePlaces) {
    const country = place.value.country
    if (!countries.has(country) || towns.has(country)) facts.locations.push(place)
    // "new-zealand" among a thread's tags over "… – Wellington, NZ": a town of the country
    // the header names alone says more.
    else if (
      place.value.city &&
      facts.locations.every((l) => l.value.country !== country || !l.value.city)
    ) {
      facts.locations = facts.locations.filter((l) => l.value.country !== country)
      facts.locations.push(place)
      towns.add(country)
    }
  }
  return facts
}

/**
 * A company profile box's label alone on its line ("Company size", "Gegründet"), or with its
 * value after a colon ("Founded: 2023").
 */
const COMPANY_PROFILE_LABEL = new RegExp(
  `^${phraseSource(allLanguages(COMPANY_PROFILE_LABELS))}\\s*(?::|：|$)`,
  'iu',
)

/**
 * Whether a label (at `i`) and its value (at `at`) stand among a company profile's labels,
 * `least` of them.
 */
function inCompanyProfile(lines: Line[], i: number, at: number, least = 1): boolean {
  const near = (from: number, step: number) => {
    const found: string[] = []
    for (let j = from; j >= 0 && j < lines.length && found.length < 3; j += step) {
      const line = lines[j] as Line
      if (line.kind !== 'blank' && !line.noise) found.push(line.text.trim())
    }
    return found
  }
  const labels = [...near(i - 1, -1), ...near(at + 1, 1)].filter((text) =>
    COMPANY_PROFILE_LABEL.test(text),
  )
  return labels.length >= least
}

/** Stands for a company already read, so a place after a title is never taken for one. */
const SOME_COMPANY: Fact<string> = { value: '', raw: '', from: 'placeholder' }
