import type { EmploymentType } from '../model/posting.ts'
import { tally, type Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import { EMPLOYMENT_WORDS } from './employment-words.ts'
import { lowerCased, lowerCaseTwin } from './lib/lower-case.ts'
import { allMatches } from './matches.ts'
import { allLanguages, POSTING_LANGUAGES, type PostingLanguage } from './words/languages.ts'

const TYPES = Object.keys(EMPLOYMENT_WORDS) as EmploymentType[]

function compile(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
}

type Labels = ReadonlyMap<EmploymentType, RegExp>

/** Each type's label pattern over the given label words (`whole`: the text is only the label). */
function labelPatterns(words: (type: EmploymentType) => readonly string[], whole = false): Labels {
  return new Map(
    TYPES.map((t) => [
      t,
      whole ? new RegExp(`^(?:${words(t).join('|')})$`, 'iu') : compile(words(t)),
    ]),
  )
}

const everyLabel = (t: EmploymentType) => allLanguages(EMPLOYMENT_WORDS[t].label)
/** Labels of every language: for a labelled field ("Job type: CDI") and a bare label. */
const LABEL = labelPatterns(everyLabel)
/**
 * A header part that is only a label, of any language: a board prints its own language's
 * labels over a posting in another ("Vollzeit" over an English text), but a word of another
 * language inside a name or a phrase ("Temporal Technologies", "Early Stage") is not one.
 */
const WHOLE_LABEL = labelPatterns(everyLabel, true)
/**
 * Labels as a posting in a language reads them in its header and titles: its own, English
 * ones (boards print "Full-time" in every language) and those of every language.
 */
const LABEL_IN = new Map(
  POSTING_LANGUAGES.map((language) => [
    language,
    labelPatterns((t) => [
      ...new Set([
        ...EMPLOYMENT_WORDS[t].label.everywhere,
        ...EMPLOYMENT_WORDS[t].label.en,
        ...EMPLOYMENT_WORDS[t].label[language],
      ]),
    ]),
  ]),
)
/** Every type's phrases in one pattern, one group per type: the text is read once. */
const PHRASES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${TYPES.map((t) => `(${EMPLOYMENT_WORDS[t].phrase.join('|')})`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
)
/** The same for lower-cased text (lib/lower-case.ts): the same matches, faster. */
const lowerTwins = (labels: Labels): Labels =>
  new Map([...labels].map(([type, label]) => [type, lowerCaseTwin(label)]))
const LABEL_LOWER = new Map<Labels, Labels>(
  [LABEL, WHOLE_LABEL, ...LABEL_IN.values()].map((labels) => [labels, lowerTwins(labels)]),
)
const PHRASES_LOWER = lowerCaseTwin(PHRASES)
const KEYED =
  /^(?:job type|employment type|employment|contract type|type of (?:contract|employment)|vertragsart|anstellungsart|type de contrat|tipo de contrato|tipo de contratação|tipo di contratto|dienstverband|rodzaj umowy|typ umowy|forma zatrudnienia)\s*[:：]\s*(.{1,120})$/i
const SHORT_LINE = 160
const PART_SEPARATOR = /\s*[|·•,/]\s*|\s+[-–—]\s+/

/** True for a short label that only states a kind of employment ("Full-time", "CDI", "B2B"). */
export function isEmploymentLabel(text: string): boolean {
  const t = text.trim()
  return t.split(/\s+/).length <= 4 && labelsOf(t).length > 0
}

/** The kinds of employment a short label states, by the given label patterns. */
function labelsOf(text: string, labels: Labels = LABEL): EmploymentType[] {
  const lower = lowerCased(text)
  const patterns = lower === null ? labels : LABEL_LOWER.get(labels)!
  return TYPES.filter((type) => patterns.get(type)?.test(lower ?? text))
}

function isPostingLanguage(language: string | null): language is PostingLanguage {
  return (POSTING_LANGUAGES as readonly (string | null)[]).includes(language)
}

/**
 * The kinds of employment a post states: a "Job type:" line, a short part of the header or
 * the summary line ("Full-time", "CDI"), the title ("Intern"), a phrase of the text ("on a
 * contract basis", "umowa B2B"). Bare words in prose ("contract", "stage") are not read:
 * they mean other things there.
 */
export function employmentCandidates(
  doc: Doc,
  titles: string[],
  language: string | null,
): Candidate<EmploymentType>[] {
  const out: Candidate<EmploymentType>[] = []
  // A posting of unknown language reads the labels of every language.
  const own = isPostingLanguage(language) ? LABEL_IN.get(language)! : LABEL
  const structured = doc.facts.employmentType
  if (structured)
    out.push({ value: structured, raw: structured, from: 'JSON-LD', score: 10, at: 0 })
  for (const line of doc.lines) {
    if (line.kind === 'blank' || line.noise) continue
    const keyed = KEYED.exec(line.text)
    if (keyed?.[1]) {
      for (const value of labelsOf(keyed[1]))
        out.push({ value, raw: line.raw, from: '"Job type:" line', score: 8, at: line.n })
      continue
    }
    // The header, and a short line among the first ones (a board's summary line); not a
    // paragraph, whose comma-separated list of customers is no list of labels.
    const inHeader = line.n < (doc.lines[doc.headerEnd]?.n ?? Infinity)
    if (inHeader || (line.n < 3 && line.text.length <= SHORT_LINE)) {
      for (const part of line.text.split(PART_SEPARATOR)) {
        const text = part.trim()
        if (text.split(/\s+/).length > 4) continue
        const types = new Set(labelsOf(text, own))
        if (own !== LABEL) for (const type of labelsOf(text, WHOLE_LABEL)) types.add(type)
        for (const value of types)
          out.push({ value, raw: line.raw, from: 'header', score: 5, at: line.n })
      }
    }
  }
  for (const title of titles) {
    if (own.get('internship')?.test(title))
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
