import { isEmploymentLabel } from './employment.ts'
import {
  COMPANY_SIZE,
  FUNDING_STAGE,
  HAS_MODE_WORD,
  ANNOUNCEMENT_ONLY,
  APPLICANTS,
  LISTING_LINE,
  POLICY_PART,
  WEEKLY_HOURS,
  POSTED,
  ROLE_NOUN,
  START_LINE,
} from './patterns.ts'
import { readPlaces, STRONG_PLACE } from './places.ts'
import { looksLikeRole } from './roles.ts'
import { stripEmoji, trimSet, wordCount } from './text.ts'
import { areasOf } from './work-areas.ts'
import type { Line } from './types.ts'
import { modeWordsIn } from './work-mode.ts'

/**
 * The one-line summary many posts open with, "Company | Role | Place | Full-time | $150k"
 * (Hacker News, forums, job-board titles) or "Role @ Company (Place)": each part is read by
 * what it looks like, not by where it stands, except that the company comes first.
 */
export type SummaryLine = {
  company: string | null
  /** The company part also reads as a place ("Mesa | San Francisco", "Mason | …"): only its
   * position says it is the company. */
  companyIsPlace?: boolean
  /** The parts that name a role, as written (one part may list several roles). */
  roles: string[]
  /** True when the summary is the post's first line (else a title line stands above it). */
  first: boolean
  /** Parts that are none of company, role, place, mode, pay, contract, link or area. */
  others: string[]
  /** Parts that list only areas of work ("Engineering, GTM"). */
  areas: string[]
  /** How many parts state a place, work mode, pay, contract or link: what a posting's
   * opening line states and an ordinary sentence does not. */
  facts: number
  raw: string
  /** Offset of the line in the document's lines. */
  line: number
}

type PartKind =
  'url' | 'pay' | 'employment' | 'place' | 'mode' | 'policy' | 'role' | 'area' | 'listing' | 'other'

const PART_SEPARATOR = /\s+[|·•—–]\s+|\s*\|\s*|\s+-\s+/
/** "Engineer at Quillon", "Teamlead Backend (m/w/d) bei Kachelwerk", "Développeur chez Octave". */
const ROLE_AT_COMPANY = /^(.{3,80}?)\s+(?:@|at|bei|chez|presso|bij)\s+(\p{Lu}.{1,60})$/u
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i
const HAS_URL = /https?:\/\/|www\./i
const PAY = /[$€£¥]\s?\d|\d\s?k\b|\b(?:salary|equity|usd|eur|gbp|per year|\/yr|\/year)\b/i
const EMPLOYMENT =
  /^(?:full[- ]?time|part[- ]?time|permanent|contract(?:or)?|contract[- ]to[- ]hire|freelance|internships?|interns?|temporary|fte|w2|1099|full[- ]?time (?:employee|roles?))\b/i
const FACT_KINDS = new Set<PartKind>([
  'url',
  'pay',
  'employment',
  'place',
  'mode',
  'policy',
  'listing',
])
const PLACE_KINDS = new Set<PartKind>(['place', 'mode'])
/** Parts that state a role's terms: a company's facts line has none. */
const ROLE_TERMS = new Set<PartKind>(['place', 'mode', 'employment', 'pay', 'role', 'policy'])
/** A sentence's end inside a part, a new sentence after it. */
const INNER_SENTENCE_END = /[.!?]\s+\p{Lu}/u
/** More words than a fact of a summary line holds. */
const PROSE_PART_WORDS = 12
const PARENTHETICAL = /\s*[([][^()[\]]{0,120}[)\]]\s*/g
const NAME_THEN_BRACKET = /^([^()[\]]+)[([][^()[\]]+[)\]]$/

function kindOf(part: string): PartKind {
  if (DOMAIN.test(part) || (HAS_URL.test(part) && part.split(/\s+/).length <= 2)) return 'url'
  if (EMPLOYMENT.test(part) || isEmploymentLabel(part) || WEEKLY_HOURS.test(part))
    return 'employment'
  if (POLICY_PART.test(part)) return 'policy'
  if (ROLE_NOUN.test(part) && !HAS_MODE_WORD.test(part)) return 'role'
  if (PAY.test(part)) return 'pay'
  if (areasOf(part)) return 'area'
  if (
    POSTED.test(part) ||
    LISTING_LINE.test(part) ||
    START_LINE.test(part) ||
    APPLICANTS.test(part) ||
    ANNOUNCEMENT_ONLY.test(part)
  )
    return 'listing'
  // "Parabola Labs (NYC / SF)": a name with its place in brackets stands for the name.
  const named = NAME_THEN_BRACKET.exec(part)?.[1]?.trim()
  if (named && !HAS_MODE_WORD.test(named) && !readPlaces(named).locations.length) return 'other'
  const reading = readPlaces(part)
  if (reading.locations.length || reading.remoteRegions.length) return 'place'
  if (HAS_MODE_WORD.test(part) || modeWordsIn(part).length) return 'mode'
  return 'other'
}

/** A company part without what follows the name: "(https://…)", "(YC S11)", "[…]". */
export function bareCompany(part: string): string {
  const bare = trimSet(part.replace(PARENTHETICAL, ' ').replace(/\s+/g, ' '), ' []', ' []:,')
  return bare.length >= 2 ? bare : trimSet(part, ' []', ' []')
}

/** The summary line among the first lines of the text, if the post opens with one. */
export function readSummaryLine(lines: Line[]): SummaryLine | null {
  let seen = 0
  for (const line of lines) {
    if (line.kind === 'blank' || line.noise) continue
    if (++seen > 3) break
    const parts = line.text
      .split(PART_SEPARATOR)
      .map((p) => trimSet(stripEmoji(p), ' '))
      .filter(Boolean)
    const pipes = /\|/.test(line.text)
    if (parts.length < (pipes ? 2 : 3) || line.text.length > 400) {
      // "Engineer at Quillon Freight – Rotterdam": the place after the name is not part of it.
      const placed = parts.length > 1 && parts.slice(1).every((p) => PLACE_KINDS.has(kindOf(p)))
      const at = ROLE_AT_COMPANY.exec(placed ? (parts[0] ?? '') : line.text)
      if (at?.[1] && at[2] && looksLikeRole(at[1]) && !ROLE_NOUN.test(bareCompany(at[2]))) {
        return {
          company: bareCompany(at[2]),
          roles: [at[1]],
          first: seen === 1,
          others: [],
          areas: [],
          facts: 0,
          raw: line.raw,
          line: line.n,
        }
      }
      continue
    }
    // ":wave: hiring for my team! Looking for a Staff iOS Engineer to lead … — DM me": a
    // message's sentences with a dash between them, not a line of facts. (A "Who is hiring"
    // line's facts may run on into the post's prose: its first part is a fact.)
    const lead = parts[0] ?? ''
    if (INNER_SENTENCE_END.test(lead) && wordCount(lead) > PROSE_PART_WORDS) continue
    const kinds = parts.map(kindOf)
    // "Insurtech · Series B · 120 employees": a board's line of the company's facts, under
    // its name, not a posting's header (which states the role's terms beside them).
    // Its industries may hold a role's noun ("Electric Vehicles · Developer Tools · 51 - 200
    // employees"): among more such tags than roles, with no other term, they are tags still.
    if (parts.some((p) => COMPANY_SIZE.test(p) || FUNDING_STAGE.test(p))) {
      const roles = kinds.filter((k) => k === 'role').length
      const others = kinds.filter((k) => k === 'other').length
      const terms = kinds.filter((k) => ROLE_TERMS.has(k) && k !== 'role').length
      if (!terms && (!roles || roles < others)) continue
    }
    // "Engineering · Aarhus · Vilnius · Hybrid": among the role's towns, a town written by
    // its other name (Aarhus for Århus) is one of them, not the company; the first part
    // stays where a name stands ("Mesa | San Francisco").
    if (kinds.includes('place'))
      for (let i = 1; i < parts.length; i++)
        if (kinds[i] === 'other' && readPlaces(parts[i] ?? '', { field: true }).locations[0]?.city)
          kinds[i] = 'place'
    // "Torino · Ibrido · Tempo indeterminato": a town by its local name, first among a board's
    // facts with a work mode and no other place, is the place (a pipe line's first part is
    // where a "Who is hiring" post names its company).
    if (
      !pipes &&
      kinds[0] === 'other' &&
      !/[([]/.test(parts[0] ?? '') &&
      kinds.includes('mode') &&
      !kinds.includes('place') &&
      readPlaces(parts[0] ?? '', { field: true }).locations[0]?.city
    )
      kinds[0] = 'place'
    // The first part stands where the company stands: when it reads as a place while another
    // part states the place ("Mesa | San Francisco"), or only as a small town, it is the name.
    const firstIsPlace = kinds[0] === 'place'
    if (firstIsPlace && (kinds.indexOf('place', 1) > 0 || weakPlace(parts[0] ?? '')))
      kinds[0] = 'other'
    const roleParts = kinds.flatMap((k, i) => (k === 'role' ? [i] : []))
    let companyIndex = -1
    // The first part is the company when it is not the only role named, or it carries the
    // company's link ("Acme (https://acme.com)"); otherwise the first plain part is.
    const first = parts[0] ?? ''
    if (kinds[0] === 'other' || kinds[0] === 'url') companyIndex = 0
    else if (kinds[0] === 'role' && (roleParts.length > 1 || HAS_URL.test(first))) companyIndex = 0
    else companyIndex = kinds.indexOf('other')
    const roles = roleParts.filter((i) => i !== companyIndex).map((i) => parts[i] as string)
    if (!roles.length && companyIndex < 0) continue
    // A pipe line of company and place or contract, with no role part, still opens the post.
    let company = companyIndex >= 0 ? bareCompany(parts[companyIndex] as string) : null
    if (company && DOMAIN.test(company)) company = domainName(company)
    const others = kinds.flatMap((k, i) =>
      k === 'other' && i !== companyIndex ? [parts[i] as string] : [],
    )
    const areas = kinds.flatMap((k, i) => (k === 'area' ? [parts[i] as string] : []))
    const facts = kinds.filter((k) => FACT_KINDS.has(k)).length
    return {
      company,
      ...(firstIsPlace && companyIndex === 0 ? { companyIsPlace: true } : {}),
      roles,
      first: seen === 1,
      others,
      areas,
      facts,
      raw: line.raw,
      line: line.n,
    }
  }
  return null
}

/** A part read only as a small town's name, never surely a place. */
function weakPlace(part: string): boolean {
  const reading = readPlaces(part)
  return (
    reading.remoteRegions.length === 0 &&
    reading.locations.length > 0 &&
    reading.confidence.every((c) => c < STRONG_PLACE)
  )
}

/** "acme.com" or "https://www.acme.io/" as a name ("acme.com"), when the link is all there is. */
function domainName(text: string): string {
  return text
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/.*$/, '')
}
