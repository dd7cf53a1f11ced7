import type { EmploymentType } from '../model/posting.ts'
import { tally, type Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import { EMPLOYMENT_WORDS } from './employment-words.ts'
import { lowerCased, lowerCaseTwin } from './lib/lower-case.ts'
import { allMatches } from './matches.ts'

const TYPES = Object.keys(EMPLOYMENT_WORDS) as EmploymentType[]

function compile(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
}

const LABEL = new Map(TYPES.map((t) => [t, compile(EMPLOYMENT_WORDS[t].label)]))
/** Every type's phrases in one pattern, one group per type: the text is read once. */
const PHRASES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${TYPES.map((t) => `(${EMPLOYMENT_WORDS[t].phrase.join('|')})`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
)
/** The same for lower-cased text (lib/lower-case.ts): the same matches, faster. */
const LABEL_LOWER = new Map([...LABEL].map(([type, label]) => [type, lowerCaseTwin(label)]))
const PHRASES_LOWER = lowerCaseTwin(PHRASES)
const KEYED =
  /^(?:job type|employment type|employment|contract type|type of (?:contract|employment)|vertragsart|anstellungsart|type de contrat|tipo de contrato|tipo de contratação|tipo di contratto|dienstverband|rodzaj umowy|typ umowy|forma zatrudnienia)\s*[:：]\s*(.{1,120})$/i
const PART_SEPARATOR = /\s*[|·•,/]\s*|\s+[-–—]\s+/

/** True for a short label that only states a kind of employment ("Full-time", "CDI", "B2B"). */
export function isEmploymentLabel(text: string): boolean {
  const t = text.trim()
  return t.split(/\s+/).length <= 4 && labelsOf(t).length > 0
}

/** The kinds of employment a short label states, by the label patterns. */
function labelsOf(text: string): EmploymentType[] {
  const lower = lowerCased(text)
  const labels = lower === null ? LABEL : LABEL_LOWER
  return TYPES.filter((type) => labels.get(type)?.test(lower ?? text))
}

/**
 * The kinds of employment a post states: a "Job type:" line, a short part of the header or
 * the summary line ("Full-time", "CDI"), the title ("Intern"), a phrase of the text ("on a
 * contract basis", "umowa B2B"). Bare words in prose ("contract", "stage") are not read:
 * they mean other things there.
 */
export function employmentCandidates(doc: Doc, titles: string[]): Candidate<EmploymentType>[] {
  const out: Candidate<EmploymentType>[] = []
  const structured = doc.facts.employmentType
  if (structured)
    out.push({ value: structured, raw: structured, from: 'JSON-LD', score: 10, at: 0 })
  const labels = (text: string, raw: string, from: string, score: number, at: number) => {
    for (const type of labelsOf(text)) out.push({ value: type, raw, from, score, at })
  }
  for (const line of doc.lines) {
    if (line.kind === 'blank' || line.noise) continue
    const keyed = KEYED.exec(line.text)
    if (keyed?.[1]) {
      labels(keyed[1], line.raw, '"Job type:" line', 8, line.n)
      continue
    }
    if (line.n < (doc.lines[doc.headerEnd]?.n ?? Infinity) || line.n < 3) {
      for (const part of line.text.split(PART_SEPARATOR)) {
        if (part.trim().split(/\s+/).length <= 4) labels(part.trim(), line.raw, 'header', 5, line.n)
      }
    }
  }
  for (const title of titles) {
    if (LABEL.get('internship')?.test(title))
      out.push({ value: 'internship', raw: title, from: 'title', score: 6, at: 0 })
  }
  const seen = new Set<EmploymentType>()
  const body = doc.bodyText.slice(0, 30_000)
  const lower = lowerCased(body)
  for (const m of allMatches(lower === null ? PHRASES : PHRASES_LOWER, lower ?? body)) {
    const type = TYPES[m.slice(1).findIndex((group) => group !== undefined)]
    if (!type || seen.has(type)) continue
    seen.add(type)
    // The phrase as written: lower-casing kept every position.
    const raw = body.slice(m.index, m.index + m[0].length)
    out.push({ value: type, raw, from: 'text', score: 2, at: m.index })
  }
  return out
}

/** The strongest stated kind; an internship or fixed term stated anywhere beats "full-time". */
export function resolveEmployment(candidates: Candidate<EmploymentType>[]): EmploymentType | null {
  const votes = tally(candidates, (v) => v)
  let best = votes[0]
  if (!best) return null
  // "Teilzeit, Vollzeit", "part-time or full-time": offered either way, the role is full-time.
  const full = votes.find((v) => v.value === 'full-time')
  if (best.value === 'part-time' && full && full.score >= best.score) best = full
  // "Full-time internship" is an internship: the narrower kind wins when both are stated.
  for (const narrow of ['internship', 'temporary'] as const) {
    const found = votes.find((v) => v.value === narrow)
    if (found && best.value === 'full-time' && found.score >= 5) return narrow
  }
  return best.value
}
