import type { Doc } from './document.ts'
import { NON_POSTING_MARKERS } from './non-posting-markers.ts'
import { POSTING_TERMS } from './posting-terms.ts'
import { ROLELESS } from './roleless-posting.ts'
import { looksLikeRole, type RoleReading } from './roles.ts'
import type { SummaryLine } from './summary-line.ts'
import { collapsedLength } from './text.ts'
import { wordStartMatches } from './word-start.ts'
import type { SectionKind } from './types.ts'

// Texts are lower-cased once and matched without the `i` flag: much faster on long texts.
// The word boundary before a term is checked by `wordStartMatches`.
const TERMS = new RegExp(`(?:${POSTING_TERMS.join('|')})`, 'gu')
const MARKERS = Object.entries(NON_POSTING_MARKERS).map(
  ([kind, sources]) => [kind, sources.map((s) => new RegExp(s, 'm'))] as const,
)
/**
 * Every marker in two patterns: most postings show none, and two passes over the text tell so
 * (a sixth of the time of the markers one by one); only a text that shows one is read marker
 * by marker. Markers of a line's start (each alternative `^…`) are tried only where a line
 * starts: mixed into one alternation with the others, they kept V8 from skipping ahead to a
 * likely first character.
 */
const ALL_MARKERS = Object.values(NON_POSTING_MARKERS).flat()
const ANY_LINE_MARKER = new RegExp(
  ALL_MARKERS.filter(atLineStart)
    .map((s) => `(?:${s})`)
    .join('|'),
  'my',
)
const ANY_OTHER_MARKER = new RegExp(
  ALL_MARKERS.filter((s) => !atLineStart(s))
    .map((s) => `(?:${s})`)
    .join('|'),
  'm',
)

/** Whether every top-level alternative of a regex source starts with `^`. */
function atLineStart(source: string): boolean {
  let depth = 0
  let inClass = false
  let alternativeStart = true
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (alternativeStart && c !== '^') return false
    alternativeStart = false
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) alternativeStart = true
  }
  return !alternativeStart
}

/** Whether a text shows any non-posting marker. */
function showsAnyMarker(text: string): boolean {
  for (let start = 0; start >= 0; start = nextLineStart(text, start)) {
    ANY_LINE_MARKER.lastIndex = start
    if (ANY_LINE_MARKER.test(text)) return true
  }
  return ANY_OTHER_MARKER.test(text)
}

/** Where the line after the one at `from` starts (where `^` matches with flag `m`), or -1. */
function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return i + 1
  }
  return -1
}
/** Sections only a job posting has. */
const POSTING_SECTIONS = new Set<SectionKind>([
  'responsibilities',
  'requirements',
  'niceToHave',
  'benefits',
  'hiringProcess',
])
/** How much of a text is read to judge it: a posting shows what it is in its first pages. */
const SAMPLE_CHARS = 20_000
/** A sentence naming the role with one of these says the text hires ("Acme is hiring a …"). */
const HIRING_WORD = /\b(?:hiring|recruiting|recrutons|contratando|zatrudniamy|rekrutujemy)\b/i
/** Texts shorter than this cannot describe a role. */
const MIN_CHARS = 80

export type Verdict = { posting: true; strength: number } | { posting: false; reason: string }

/** Distinct posting terms in a text (stems, any of the eight languages). */
export function postingTerms(text: string): Set<string> {
  // The orchestrator and the verdict both ask about the same document: read it once.
  if (lastTerms?.text === text) return new Set(lastTerms.found)
  const found = new Set<string>()
  for (const m of wordStartMatches(TERMS, text.slice(0, SAMPLE_CHARS).toLowerCase()))
    found.add(m[0])
  lastTerms = { text, found }
  return new Set(found)
}
let lastTerms: { text: string; found: Set<string> } | null = null

/** The non-posting kind whose markers the text shows most, with how many it shows. */
function nonPostingKind(text: string): { kind: string; count: number; seen: string[] } | null {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase()
  if (!showsAnyMarker(sample)) return null
  let best: { kind: string; count: number; seen: string[] } | null = null
  for (const [kind, markers] of MARKERS) {
    const seen = markers.flatMap((re) => {
      const m = re.exec(sample)
      return m ? [m[0].trim()] : []
    })
    if (!best || seen.length > best.count) best = { kind, count: seen.length, seen }
  }
  return best && best.count > 0 ? best : null
}

function refusal(other: { kind: string; seen: string[] }): Verdict {
  return {
    posting: false,
    reason: `not a job posting: it reads like ${other.kind} (${other.seen
      .slice(0, 3)
      .map((s) => `"${s.slice(0, 40)}"`)
      .join(', ')})`,
  }
}

/**
 * Whether a text is a job posting. Refuses only what is not one: a text that names no role
 * and uses few posting terms, or one that reads as a CV, a cover letter, a blog post, a news
 * article, a README or a company page more than it reads as a posting. The reason says which.
 */
export function judgePosting(
  doc: Doc,
  roles: RoleReading | null,
  summary: SummaryLine | null = null,
): Verdict {
  const structured = doc.kind === 'json-ld' || Boolean(doc.facts.title)
  if (structured) return { posting: true, strength: 10 }
  const terms = postingTerms(doc.allText)
  // A post that names no role was read as one by what it offers (roleless-posting.ts); any
  // mark of a CV, letter, article or page outweighs that little evidence.
  if (roles?.from === ROLELESS) {
    const other = nonPostingKind(doc.allText)
    return other ? refusal(other) : { posting: true, strength: 2 }
  }
  // An opening "Company | Role | Place | Full-time" line states what only a posting states.
  const opening = summary && summary.facts > 0 && (summary.company || summary.roles.length) ? 2 : 0
  // A one-line post is a posting when it names its role and says it hires or where
  // ("Acme is hiring a security engineer", "Acme | Berlin" over two role lines); a short
  // reply or remark that names no role is not.
  if (collapsedLength(doc.allText, MIN_CHARS) < MIN_CHARS) {
    const named =
      roles &&
      (!roles.guessed || roles.from === 'hiring headline') &&
      (roles.from === 'areas of work' ||
        roles.from === 'hiring headline' ||
        roles.roles.every((r) => looksLikeRole(r.title))) &&
      (terms.size > 0 || opening > 0)
    if (!named)
      return {
        posting: false,
        reason: 'not a job posting: the text is too short to describe a role',
      }
  }
  const sections = doc.lines.filter(
    (l) => l.opensSection && l.section && POSTING_SECTIONS.has(l.section),
  ).length
  // A headline saying the company hires ("Acme Is Hiring") is as sure as a named role.
  const roleStrength = !roles
    ? 0
    : roles.from === 'hiring headline'
      ? 3
      : roles.guessed
        ? 0.5
        : (roles.from === 'role named in the text' && !HIRING_WORD.test(roles.raw)) ||
            roles.from === 'areas of work'
          ? 2
          : 3
  const strength =
    roleStrength +
    Math.min(terms.size, 10) / 2 +
    (sections > 0 ? 2 : 0) +
    (doc.meta.title ? 3 : 0) +
    opening
  const other = nonPostingKind(doc.allText)
  if (other && other.count >= 2 && other.count * 2.5 >= strength - 2) {
    return refusal(other)
  }
  if (!roles && !doc.meta.title) {
    return {
      posting: false,
      reason: `not a job posting: it names no role (no line such as "Senior Backend Engineer" or "we are hiring a ..."), and has ${terms.size} job-posting terms`,
    }
  }
  if (terms.size + opening < (roleStrength >= 2 ? 2 : 3) && sections === 0 && roleStrength < 3) {
    return {
      posting: false,
      reason: `not a job posting: "${roles?.roles[0]?.title ?? doc.meta.title}" reads like a role, but the text has only ${terms.size} job-posting terms (responsibilities, requirements, experience, apply ...)`,
    }
  }
  return { posting: true, strength }
}
