import {
  LABEL_LINE,
  BLANK_RUN,
  BULLET,
  HEADING_IN_LANGUAGES,
  HEADING_STRONG,
  INVISIBLES,
  LINE_BREAKS,
  MD_BOLD_LINE,
  MD_BOLD_START,
  MD_CODE,
  MD_EMPHASIS,
  MD_ESCAPE,
  MD_HEADING,
  MD_IMAGE,
  MD_LINK,
  MD_RULE,
  MD_STRONG,
  ODD_SPACES,
  TABLE_ROW_LABEL,
  MD_TABLE_ROW,
} from './patterns.ts'
import { isCommonWord } from './common-words.ts'
import { readFieldLabel } from './field-line.ts'
import { joinHardWraps } from './hard-wraps.ts'
import { MORE_LOCATIONS } from './place-patterns.ts'
import { STOP_WORDS } from './stop-words.ts'
import { stripControls, stripEmoji, trimSet } from './text.ts'
import type { Line, SectionKind } from './types.ts'

/** Longest input the parser reads; a posting is a few KB, a saved page rarely 200 KB. */
export const MAX_INPUT_CHARS = 2_000_000
/** Longest posting text (after HTML is read) the later stages see; real ones are under 30 KB. */
export const MAX_TEXT_CHARS = 150_000
/** Lines longer than this are prose dumps (or garbage); they are cut to keep every stage linear. */
const MAX_LINE_CHARS = 20_000

/** More lines than any posting has; past this the text is not read (keeps every stage bounded). */
export const MAX_LINES = 5_000

/** Tabs, and the spaces that stand for one: wider than any gap between a sentence's words. */
const TABS = /\t+/g
const CELL_GAP_SPACES = '   '

export function normalizeText(text: string): string {
  return (
    tableRowsAsFields(joinHardWraps(stripControls(text).replace(LINE_BREAKS, '\n')))
      .replace(INVISIBLES, '')
      .replace(ODD_SPACES, ' ')
      // A tab parts a document's columns ("Meridale Energy Pty Ltd<TAB>POSITION DESCRIPTION"):
      // kept as a gap wider than a word's space, as a page laid out in columns keeps it.
      .replace(TABS, CELL_GAP_SPACES)
      .replace(BLANK_RUN, '\n\n')
      .normalize('NFC')
  )
}

/**
 * A document's table copied as text keeps a tab between its cells (a page's aligned columns,
 * spaces; a Markdown export, its pipes): a row whose first cell is a fact box's label
 * ("Location<TAB>Cape Town", "Location        Leeds", "| Job title | … |") is that field's line.
 */
function tableRowsAsFields(text: string): string {
  const tabbed =
    text.includes('\t') || text.includes('   ')
      ? text.replace(TABLE_ROW_LABEL, (row, label: string) =>
          readFieldLabel(label) ? `${label}: ` : row,
        )
      : text
  // A document exported as Markdown keeps its fact table as one: "| **Level** | Mid-level |".
  return tabbed.includes('|')
    ? tabbed.replace(MD_TABLE_ROW, (row, cell: string, value: string) => {
        const label = trimSet(cell, ' \t*', ' \t*')
        return readFieldLabel(label) && value.trim() ? `${label}: ${value.trim()}` : row
      })
    : tabbed
}

/**
 * `text.replace(pattern, by)` when the text holds `mark`, which every match of the pattern
 * contains; else the text as it is. Most lines hold no Markdown: a substring search is far
 * cheaper than running each pattern over every line.
 */
function replaceWhere(text: string, mark: string, pattern: RegExp, by: string): string {
  return text.includes(mark) ? text.replace(pattern, by) : text
}

/** Markdown images, links and escapes: the marks every match holds are "](" and a backslash. */
function unlink(text: string): string {
  const linked = replaceWhere(replaceWhere(text, '](', MD_IMAGE, ' '), '](', MD_LINK, '$1')
  return replaceWhere(linked, '\\', MD_ESCAPE, '$1')
}

/**
 * A chat app's emoji written as short codes around a line (":rotating_light: Hiring: …
 * :rotating_light:", ":crab:"): the line's decoration, as an emoji is. One inside a sentence
 * ("builders at :heart:") stays where the writer put it.
 */
const EMOJI_SHORTCODES = /^(?::[a-z][a-z0-9_+-]{1,40}:\s*)+|(?:\s*:[a-z][a-z0-9_+-]{1,40}:)+$/g

function cleanInline(text: string): string {
  let clean = replaceWhere(unlink(text), ':', EMOJI_SHORTCODES, '')
  if (clean.includes('**') || clean.includes('__')) clean = clean.replace(MD_STRONG, '')
  if (clean.includes('*') || clean.includes('_')) clean = clean.replace(MD_EMPHASIS, '$1$2')
  clean = replaceWhere(clean, '`', MD_CODE, '')
  // "Acme -- Staff Engineer -- onsite": a typed dash between parts, read as the dash it stands for.
  clean = replaceWhere(clean, ' -- ', / -- /g, ' — ')
  return replaceWhere(clean, '  ', / {2,}/g, ' ').trim()
}

/** Splits normalised text into classified lines: markdown, bullets and emphasis removed. */
export function toLines(text: string): Line[] {
  const lines: Line[] = []
  const rawLines = text.split('\n', MAX_LINES)
  for (let n = 0; n < rawLines.length; n++) {
    const raw = (rawLines[n] ?? '').slice(0, MAX_LINE_CHARS)
    let body = unlink(raw)
    let marked = false
    const heading = MD_HEADING.exec(body)
    if (heading) {
      marked = true
      body = body.slice(heading[0].length)
    }
    if (!body.trim() || MD_RULE.test(body)) {
      lines.push({ n, raw, text: '', kind: 'blank', marked: false })
      continue
    }
    const bullet = BULLET.exec(body)
    if (bullet && !marked && !/^\s*\*\*/.test(body)) {
      const rest = cleanInline(body.slice(bullet[0].length))
      // "1. About us", "2. The role" alone between blank lines: a document's numbered
      // heading, not the first item of a list.
      if (rest && NUMBERED.test(bullet[0]) && standsAlone(rawLines, n) && isKnownHeading(rest)) {
        lines.push({ n, raw, text: rest, kind: 'heading', marked: true })
        continue
      }
      if (rest) {
        lines.push({ n, raw, text: rest, kind: 'bullet', marked: false })
        continue
      }
    }
    if (MD_BOLD_START.test(body) && MD_BOLD_LINE.test(`**${trimSet(body, ' _*')}**`)) marked = true
    const cleaned = cleanInline(body)
    if (!cleaned || !/[\p{L}\p{N}]/u.test(cleaned)) {
      lines.push({ n, raw, text: cleaned, kind: 'blank', marked: false })
      continue
    }
    lines.push({ n, raw, text: cleaned, kind: marked ? 'heading' : 'text', marked })
  }
  return lines
}

/** A list marker that numbers its item: "1.", "2)". */
const NUMBERED = /^\s*\d{1,2}[.)]\s/

/** Whether a raw line has a blank line (or the text's edge) above it and below it. */
function standsAlone(rawLines: readonly string[], n: number): boolean {
  const blank = (line: string | undefined) => line === undefined || !line.trim()
  return blank(rawLines[n - 1]) && blank(rawLines[n + 1])
}

/** Whether a line's text opens a section of a known kind. */
function isKnownHeading(text: string): boolean {
  const kind = headingKind({ n: -1, raw: text, text, kind: 'text', marked: false })
  return kind !== null && kind !== 'unknown'
}

const KIND_ORDER = [
  'niceToHave',
  'hiringProcess',
  'stack',
  'benefits',
  'requirements',
  'responsibilities',
  'about',
  'logistics',
] as const

/** The text of a line as a heading: no emoji, no trailing colon or punctuation. */
export function headingText(text: string): string {
  return trimSet(stripEmoji(text), ' ', ' :：?!.–—-')
}

/**
 * The section a heading-like line opens, 'unknown' for a marked heading of no known kind,
 * or null when the line is not a heading. Short lines only; a heading keyword in a sentence
 * ("Proven experience of process mapping") does not make a heading.
 */
export function headingKind(line: Line): SectionKind | 'unknown' | null {
  if (line.kind === 'bullet' || line.kind === 'blank') return null
  // The noise filter, the header's end, the sections and the company each ask about the
  // same lines: the answer is kept per line for as long as what it depends on is unchanged.
  const kept = headingKinds.get(line)
  if (kept && kept.text === line.text && kept.marked === line.marked && kept.kind === line.kind)
    return kept.answer
  const answer = readHeadingKind(line)
  headingKinds.set(line, { text: line.text, marked: line.marked, kind: line.kind, answer })
  return answer
}
const headingKinds = new WeakMap<
  Line,
  { text: string; marked: boolean; kind: Line['kind']; answer: SectionKind | 'unknown' | null }
>()

/**
 * Whether a lone heading word is followed by a capitalised word that is neither a function
 * word nor a heading word itself: a proper name ("Benefits Bridge"), not a heading ("Our
 * Benefits", "Benefits & Perks", "Life at Acme", "Skills Overview").
 */
function nameAfter(core: string, match: RegExpExecArray): boolean {
  if (/\s/.test(match[0].trim()) || core.endsWith('?')) return false
  const next = /^\s+(\p{Lu}[\p{L}\p{N}'’.-]*)/u.exec(core.slice(match.index + match[0].length))?.[1]
  if (!next || FUNCTION_WORDS.has(next.toLowerCase())) return false
  return !KIND_ORDER.some((k) => HEADING_STRONG[k].test(next) || HEADING_IN_LANGUAGES[k].test(next))
}

/**
 * Whether a heading word that ends the line follows a name: one to three capitalised words,
 * none of them a frequent word of a posting language ("Veltora Technologies"), where a
 * heading's words are ordinary ones ("Core Technologies", "Nuestras tecnologías").
 */
function nameBefore(core: string, match: RegExpExecArray): boolean {
  if (match.index === 0 || match.index + match[0].length < core.length) return false
  const words = core.slice(0, match.index).trim().split(/\s+/)
  return (
    words.length <= 3 &&
    words.every((word) => /^\p{Lu}[\p{L}\p{N}&'’.-]*$/u.test(word) && !isCommonWord(word))
  )
}

/** Function words of every language read: "Our", "Die", "Nos" are no part of a name. */
const FUNCTION_WORDS = new Set(
  Object.values(STOP_WORDS)
    .flat()
    .map((w) => w.toLowerCase()),
)

/** What follows a heading word in a tagline: "for …", "that …", "to …", in lower case. */
const TAGLINE_AFTER = /^\s+(?:for|that|to|which|so|für|pour|para|per|voor|dla)\s+\p{Ll}/u

function readHeadingKind(line: Line): SectionKind | 'unknown' | null {
  const text = stripEmoji(line.text).trim()
  const core = headingText(text)
  if (!core || core.length > 80) return null
  const words = core.split(/\s+/).length
  if (words > 9) return null
  const colon = /[:：]$/.test(text)
  if (!colon && /[.;,]["'’)]?$/.test(text)) return null
  // "Gehalt: 60.000 € im Jahr" is a fact with its label (sections.ts), not a heading.
  if (!line.marked && LABEL_LINE.test(text)) return null
  if (!line.marked && /^\p{Ll}/u.test(core)) return null
  // "Brückner Werkzeuge · Stuttgart": parts split by a job board's separators are a header
  // line, even when a part holds a heading word ("Werkzeuge", "Tools").
  if (!line.marked && /\s[·•|]\s/.test(text)) return null
  // "Kraków +2 Locations": a board's place and a count of its other places, not a heading.
  if (!line.marked && MORE_LOCATIONS.test(core)) return null
  const strong = line.marked || colon || words <= 4
  for (const kind of KIND_ORDER) {
    const match = HEADING_STRONG[kind].exec(core) ?? HEADING_IN_LANGUAGES[kind].exec(core)
    if (!match || !(strong || match.index <= 12)) continue
    // "Benefits Bridge", "The Skills Company", "Culture Amp": one heading word with a name
    // after it, on a plain line, is a company's name; so is a name before what it makes
    // ("Veltora Technologies", "Corvina Tecnologías").
    if (
      !line.marked &&
      !colon &&
      (nameAfter(core, match) || (kind === 'stack' && nameBefore(core, match)))
    )
      return null
    // "Tools for small farms to sell directly to buyers": a long line that goes on from one
    // heading word into a phrase of its own is a company's tagline.
    if (!strong && TAGLINE_AFTER.test(core.slice(match.index + match[0].length))) return null
    return kind
  }
  return line.marked || (colon && words <= 6) ? 'unknown' : null
}

/**
 * Sections that describe the work or the hire (not the company or the page around it): a
 * "Heading: text" line there is no role, and a marked line there is the posting's own.
 */
export const WORK_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'responsibilities',
  'requirements',
  'niceToHave',
  'benefits',
  'hiringProcess',
  'stack',
])
