import type { WorkMode } from '../model/posting.ts'
import { LowerCasePattern } from './lib/lower-case.ts'
import { FIELD_LABELS, OF_THE_POSTING, type FieldLabel } from './words/field-labels.ts'
import { allLanguages } from './words/languages.ts'
import { OPENINGS_NOUNS } from './words/listing-words.ts'
import { phraseSource, wordKey } from './words/compile.ts'
import { MODE_HEAD, OFFICE_NOUN_END } from './place-patterns.ts'

const FIELD_OF = new Map<string, FieldLabel>()
for (const [field, table] of Object.entries(FIELD_LABELS) as [
  FieldLabel,
  typeof FIELD_LABELS.title,
][])
  for (const label of allLanguages(table))
    if (!FIELD_OF.has(wordKey(label))) FIELD_OF.set(wordKey(label), field)

/** "del puesto", "du poste" after a label ("Localidad del puesto: Murcia"). */
const OF_POSTING = `(?:\\s+(?:${phraseSource(allLanguages(OF_THE_POSTING))}))?`
/**
 * "Label: value" with a label of a job board's fact box in any of the eight languages. Read
 * lower-cased (lib/lower-case.ts), and only in a line with a colon: most lines have none.
 */
const FIELD_LINE = new LowerCasePattern(
  new RegExp(`^(${phraseSource([...FIELD_OF.keys()])})${OF_POSTING}\\s*[:：]\\s*(.{1,300})$`, 'iu'),
)

/** A label alone on its line, its value on the next (Workday: "locations" over "Austin, TX"). */
const FIELD_LABEL_ALONE = new LowerCasePattern(
  new RegExp(`^(${phraseSource([...FIELD_OF.keys()])})${OF_POSTING}\\s*[:：]?$`, 'iu'),
)

export type FieldLine = { field: FieldLabel; label: string; value: string }

/** What may stand before a label: bullets, an emoji ("🔹", "📍"), a chat app's code (":pushpin:"). */
const LEAD = /^(?:[\s*•·>\-\p{Extended_Pictographic}\u{fe0f}\u{200d}]|:[a-z\d_+-]{2,30}:)+/u
/** A pin before a place ("📍 London, UK"): the pin is its label. */
const PIN = /^\s*(?:\u{1f4cd}|:round_pushpin:)/u

/**
 * The line without what a post puts around a label: "📍 Sede: Bologna", "🔹 Lokalizacja: …",
 * ":round_pushpin: *Location:* Austin, TX", "**Where:** …" read as "Sede: Bologna" and so on.
 */
function bareLabelLine(text: string): string {
  const lead = /^[\p{L}\p{N}]/u.test(text) ? 0 : (LEAD.exec(text)?.[0].length ?? 0)
  const rest = text.slice(lead)
  const colon = rest.search(/[:：]/)
  if (colon < 1 || colon > 50) return rest
  const label = withoutPluralMark(rest.slice(0, colon).replace(/[*_]/g, ''))
  return `${label}${rest.charAt(colon)}${rest.slice(colon + 1).replace(/^[*_]+/, '')}`
}

/** "Lieu(x)", "Location(s)", "Standort(e)": a label's plural in brackets. */
const PLURAL_MARK = /(?<=\p{L})\((?:[einsx]|e[ns])\)/gu

/** The label as its singular: "Lieu(x) de travail" reads as "Lieu de travail". */
function withoutPluralMark(label: string): string {
  return label.includes('(') ? label.replace(PLURAL_MARK, '') : label
}

/** "2 vagas: Campinas - SP (1), São Paulo - SP (1)": the openings counted, then their places. */
const OPENINGS_AT = new RegExp(
  `^\\d{1,3}\\s+(?:${allLanguages(OPENINGS_NOUNS).join('|')})\\s*[:：]\\s*(.{2,300})$`,
  'iu',
)
/** "(1)" after a place: how many of the openings are there. */
const PLACE_COUNT = /\s*\(\d{1,3}\)/g

/** An office building before a name: "🏢 Corrib Pay – Platform Engineering". */
const BUILDING = /^\s*(?:\u{1f3e2}\u{fe0f}?|:office:)\s*/u
/** A name of a few capitalised words: not "Hybrid · 2 days a week in office", not a perk's sentence. */
const NAME_AFTER_BUILDING = /^\p{Lu}[\p{L}&.'’-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\d&.'’-]*){0,4}$/u

/** The employer an office building stands before, without the team after its dash; or null. */
function employerAfterBuilding(text: string): FieldLine | null {
  const building = BUILDING.exec(text)
  if (!building || /[:：]/.test(text)) return null
  const name =
    text
      .slice(building[0].length)
      .split(/\s+[-–—|·]\s+/)[0]
      ?.trim() ?? ''
  return NAME_AFTER_BUILDING.test(name) && !MODE_HEAD.test(name) && !OFFICE_NOUN_END.test(name)
    ? { field: 'company', label: '🏢', value: name }
    : null
}

/** The field a "Label: value" line states ("Standort: München" is a location), or null. */
export function readFieldLine(text: string): FieldLine | null {
  const employer = employerAfterBuilding(text)
  if (employer) return employer
  if (PIN.test(text)) {
    const bare = bareLabelLine(text)
    const value = bare.trim()
    return readFieldLine(bare) ?? (value ? { field: 'location', label: '📍', value } : null)
  }
  if (!text.includes(':') && !text.includes('：')) return placeAfterInlineLabel(text)
  text = bareLabelLine(text)
  const openings = OPENINGS_AT.exec(text)
  if (openings?.[1]) {
    const label = text.slice(0, text.search(/[:：]/)).trim()
    return { field: 'location', label, value: openings[1].replace(PLACE_COUNT, '').trim() }
  }
  const m = FIELD_LINE.exec(text)
  const label = m?.[1]
  const value = m?.[2]?.trim()
  if (!label || !value) return null
  const field = FIELD_OF.get(wordKey(label))
  return field ? { field, label, value } : null
}

/** "based in", "hiring from": a label ending in a preposition reads as prose without its colon. */
const PREPOSITION_LAST = /\s(?:in|from|at)$/
/**
 * "Job Locations US-OH-Columbus": a tracker's place label of two words or more and its value
 * on one line with no colon between them (iCIMS). A one-word label is no such field ("Location
 * Manager"), nor one that ends in a preposition ("Based in NYC. Remote-friendly …").
 */
const INLINE_PLACE_LABELS = [...FIELD_OF]
  .filter(([key, f]) => f === 'location' && key.includes(' ') && !PREPOSITION_LAST.test(key))
  .map(([key]) => key)
const INLINE_PLACE_LABEL = new LowerCasePattern(
  new RegExp(`^(${phraseSource(INLINE_PLACE_LABELS)})\\s+(\\S.{0,120})$`, 'iu'),
)

/** The labels' first words: a line opening with none of them is asked nothing more. */
const INLINE_LABEL_FIRST_WORDS = new Set(INLINE_PLACE_LABELS.map((key) => key.split(' ')[0]))

function placeAfterInlineLabel(text: string): FieldLine | null {
  const first = /^\s*(\p{L}+)\s/u.exec(text)?.[1]?.toLowerCase()
  if (!first || !INLINE_LABEL_FIRST_WORDS.has(first)) return null
  const m = INLINE_PLACE_LABEL.exec(text.trim())
  // The place is named, capitalised ("Work location is flexible" is a sentence).
  if (!m?.[1] || !m[2] || !/^[\p{Lu}\d]/u.test(m[2])) return null
  return { field: 'location', label: m[1], value: m[2].trim() }
}

/** The field a line holding only a label names, or null. */
export function readFieldLabel(text: string): FieldLabel | null {
  const label = FIELD_LABEL_ALONE.exec(withoutPluralMark(text.trim()))?.[1]
  return label ? (FIELD_OF.get(wordKey(label)) ?? null) : null
}

const YES = /^(?:yes|ja|oui|s[ií]|sim|tak)(?![\p{L}\p{N}])/iu
const TOTAL =
  /^(?:total|complet|100\s?%|fully|vollständig|komplett|totale|volledig|całkowicie)(?![\p{L}\p{N}])/iu
const PARTIAL =
  /partial|teilweise|möglich|moglich|partiel|fr[ée]quent|occasionnel|ponctuel|parcial|ocasional|parziale|gedeeltelijk|częściow|flexib|\d/iu
const NO = /^(?:no|nein|non|não|nao|nie|nee|kein|keine|pas)(?![\p{L}\p{N}])/iu
const REMOTE_LABEL = /remot|zdaln/iu
/** Labels that name time away from the office: only their answers are read. */
const AWAY_LABEL =
  /remot|zdaln|home.?office|mobiles|t[ée]l[ée]travail|teletrabajo|smart|thuis|telewerk/iu

/**
 * What a work-mode field says when its value names no mode word: "Remote: yes",
 * "Homeoffice: möglich", "Télétravail : fréquent", "Teletrabajo: no". A plain yes to a
 * remote label is remote; to a home-office or télétravail label it says some days at home.
 */
export function modeOfAnswer(label: string, value: string): WorkMode | null {
  if (!AWAY_LABEL.test(label)) return null
  if (NO.test(value)) return 'onsite'
  if (TOTAL.test(value)) return 'remote'
  if (PARTIAL.test(value)) return 'hybrid'
  if (YES.test(value)) return REMOTE_LABEL.test(label) ? 'remote' : 'hybrid'
  return null
}
