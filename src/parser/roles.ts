import { strongest, type Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import { cleanTitle } from './header.ts'
import { headlineTitle } from './hiring-headline.ts'
import { levelFromWord } from './level.ts'
import { firstWebLink } from './links.ts'
import {
  COMPANY_PREDICATE,
  HAS_MODE_WORD,
  ROLE_HEAD_FIRST,
  ROLE_NOUN,
  TITLE_REQUISITION_TAIL,
  TITLE_TRACKER_KEY,
  URL_ONLY,
} from './patterns.ts'
import { endsSentence } from './legal-form.ts'
import { readFieldLabel, readFieldLine } from './field-line.ts'
import { readPlaces } from './places.ts'
import { payAfterTitle } from './role-line-facts.ts'
import type { SummaryLine } from './summary-line.ts'
import { roleInProse, SEEKS_IN_LANGUAGES } from './role-in-prose.ts'
import { headingKind, toLines, WORK_SECTIONS } from './segment.ts'
import { titleFromText } from './text-facts.ts'
import { stripEmoji, trimSet, wordCount } from './text.ts'
import { notACompany } from './company.ts'
import { signatureStart } from './signature.ts'
import type { Line } from './types.ts'
import { areaCandidate } from './work-areas.ts'

/** One role a post hires for; a post naming several gives one Posting each. */
export type Role = {
  title: string
  /** Where to apply for this role, when its own line links there. */
  applyUrl?: string
}

/** Separators between roles in one title part: "Backend Engineer, Frontend Engineer / SRE". */
const ROLE_SEPARATOR = /\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|\+)\s+|\s*;\s*/
/** " / " joins two names of one role ("Product Designer / UI Engineer") unless it lists several long ones. */
/**
 * A piece that ends in a role noun (its head), or names what the role heads after it
 * ("Director of Product", "Head of Design"), possibly with a level or a bracket after it.
 */
const ROLE_HEAD = new RegExp(
  `(?:${ROLE_NOUN.source})(?:(?:\\s+of|(?<=\\bof))\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&/ -]{1,30})?(?:\\s+(?:I{1,3}|IV|\\d))?(?:,\\s*\\p{Lu}[\\p{L}&/ -]{1,30})?(?:\\s*\\([^()]*\\))?\\s*$`,
  'iu',
)
/** A title part that announces roles without naming them ("Multiple roles", "Open positions"). */
const GENERIC_ROLES =
  /\b(?:multiple|several|various|many|open|all|any)\b|\b(?:roles|positions|openings|jobs)\b/i
const SLASH = /\s+\/\s+/
const ROLE_WORD = new RegExp(`^(?:${ROLE_NOUN.source})$`, 'iu')
/** What a summary part adds that is not the role: "(£84-101k)", "Hiring", "Roles:". */
const PAY_PARENTHETICAL = /\s*\((?=[^()]*(?:[$€£¥]|\d\s?k\b|\d[,.]\d{3}))[^()]+\)/gi
const LEADING_CUE =
  /^(?:(?:we(?:'|’)re|we are|now|is|are)\s+)?(?:hiring|open roles?|roles?|positions?)\s*[:-]?\s+/i
/** Headings over a list of open roles ("Open positions", "Featured roles", "We're hiring for these areas:"). */
const ROLE_LIST_HEADING =
  /^(?:(?:current|open|featured|available|other)\s+(?:roles|positions|openings|jobs|vacancies)(?:\s+include)?|roles|positions|openings|vacancies|highlights|(?:we(?:'|’)re|we are|now)\s+hiring(?:\s+for)?(?:\s+(?:these|the following)\s+(?:roles|positions|areas))?|hiring(?:\s+for)?|roles we(?:'|’)re hiring for|offene\s+stellen|postes\s+ouverts|vacantes|vagas|posizioni\s+aperte|vacatures|oferty\s+pracy)\s*[:：]?$/i
/**
 * "Full Stack Engineer - We are …", "Designer (Remote)- $140k": a dash after the role, spaced
 * or right after its bracket, as role lists write it.
 */
const SPACED_DASH_AFTER = /(?:\s|(?<=\)))[-–—]\s+\S$/
/** "Heading: text", the shape of a list of roles and of a list of duties alike. */
const COLON_LINE = /^[^:]{3,70}:\s+\S/

/** Words of a description in lower case: "infra, ETL pipelines", "ships fast"; not "and". */
const DESCRIPTION_WORD =
  /(?<![\p{L}\p{N}])(?!(?:and|or|the|for|with|our|your)(?!\p{L}))\p{Ll}{3,}(?![\p{L}\p{N}])/u

/**
 * Whether what follows a role and a spaced dash says what the role does ("Swift and Kotlin,
 * own our apps"), not where, how or for what pay it is ("Berlin or Munich", "remote"), nor
 * which kind of the role it is, in the title's own capitals ("Web, Android & iOS", "AI Agent
 * Platform").
 */
function describedAfterDash(text: string, head: string): boolean {
  const tail = text.slice(head.length).replace(/^\s*[-–—]\s*/, '')
  return (
    wordCount(tail) >= 3 &&
    DESCRIPTION_WORD.test(tail) &&
    !HAS_MODE_WORD.test(tail) &&
    !/\d/.test(tail) &&
    looksLikeRole(head) &&
    ROLE_HEAD.test(head) &&
    !readPlaces(tail).locations.length
  )
}

/** Roles read from "Role: what it does" lines, kept only where most such lines are roles. */
function mostlyRoles<T extends { colon?: boolean }>(described: T[], colonLines: number): T[] {
  const colon = described.filter((r) => r.colon).length
  return colon * 2 >= colonLines ? described : described.filter((r) => !r.colon)
}
/** A list's marker before a role: "1.", "1)", "[2]", "A.", "===", a chat's keycap "1️⃣". */
const LIST_MARKER =
  /^(?:\d{1,2}[.)]\s*|\d\ufe0f?\u20e3\s*|\[\d{1,2}\]\s*|\p{Lu}[.)]\s+|={2,}\s*|(?:>>|=>|->|»)\s*)(?=\p{L})/u
/** What a role line adds after a pipe: pay, place, contract ("| $120k | Remote |"). */
const DETAILS_AFTER_PIPE = /\s*\|.*$/
/** A line that names a role and links to it: "Staff Engineer → https://…", "SRE: https://…". */
const ROLE_LINK_LINE = /^(.{3,90}?)(?:\s*[:→—–-]+\s*|\s*\(|\s+)<?https?:\/\/\S+/i

/**
 * "Senior Software Engineers - end-to-end product work", "Senior Go Engineer: You will …",
 * "Product Designer | $120k | https://…": a role, then what it does or its details.
 */
const ROLE_DESCRIBED_LINE = /^(.{3,70}?)(?:\s+[-–—:|]|(?<=\))[-–—]|:|\|)\s+\S/

/** What a "Key: what it says" line names before its colon. */
const ROLE_KEY = /^(.{3,90}?):\s+\S/

/** A line that announces hiring as a sentence rather than naming a role. */
const HIRING_SENTENCE = /\b(?:is|are|we(?:'|’)re|we are|now)\s+(?:now\s+|currently\s+)?hiring\b/i
/** "Acme is hiring …", "Buscamos un/a …", "Die Firma sucht einen …": a sentence, not a title. */
const isHiringSentence = (text: string) =>
  HIRING_SENTENCE.test(text) || SEEKS_IN_LANGUAGES.test(text)

/** A short phrase whose head is a role noun, not a sentence that mentions one. */
/** A preposition that puts a role word in a phrase about something else. */
const ROLE_AFTER_PREPOSITION = /\s(?:with|as|alongside|including|\+)\s/i

export function looksLikeRole(text: string): boolean {
  const t = text.trim()
  if (!t || t.length > 90 || !ROLE_NOUN.test(t) || t.includes('://')) return false
  if (wordCount(t) > 10 || (endsSentence(t) && wordCount(t) > 4)) return false
  if (isHiringSentence(t)) return false
  // "Background as a backend engineer", "Conversation with two engineers", "Meet the team +
  // CTO": a role word only after a preposition is what the phrase is with, not its name.
  const role = ROLE_NOUN.exec(t)?.index ?? 0
  const preposition = ROLE_AFTER_PREPOSITION.exec(t)?.index ?? t.length
  if (preposition < role) return false
  // Sentences start with a lowercase verb or a pronoun; role names do not.
  return !/^(?:we|you|your|my|our|their|his|her|its|they|he|she|i|it|this|that|the|if|to|in|for|with|as|and|or|please|apply|join|hey|hi|hello)\b/i.test(
    t,
  )
}

function cleanRole(text: string): string {
  const bare = trimSet(text.replace(PAY_PARENTHETICAL, '').replace(LEADING_CUE, ''), ' *-–—>»•')
  return cleanTitle(bare.replace(LIST_MARKER, ''))
}

/**
 * A phrase that can only be a name: every word capitalised, or a level or role word
 * ("Senior engineer", "Core Systems Engineers"); "PostHog equips developers" has a verb.
 */
function namePhrase(text: string | undefined): string | undefined {
  if (!text) return undefined
  const words = text.split(/\s+/)
  return words.every(
    (w) => /^[\p{Lu}\p{N}&/+#.-]/u.test(w) || ROLE_WORD.test(w) || levelFromWord(w),
  )
    ? text
    : undefined
}

/**
 * The roles one title part names. Pieces without a role noun belong to their neighbour
 * ("Infrastructure, Machine Learning" qualifies the engineer before it), so only pieces
 * that each name a role split the part.
 */
export function splitRoles(part: string): string[] {
  const cleaned = cleanRole(part)
  const slashed = cleaned.split(SLASH)
  if (
    slashed.length >= 2 &&
    slashed.every((p) => ROLE_NOUN.test(p)) &&
    (slashed.length >= 3 || slashed.every((p) => wordCount(p) >= 4))
  )
    return slashed.flatMap(splitRoles)
  const pieces = cleaned.split(ROLE_SEPARATOR).filter(Boolean)
  if (pieces.length < 2) return [cleaned]
  const roles: string[] = []
  for (const piece of pieces) {
    if (ROLE_HEAD.test(piece) && !/^(?:and|or)\b/i.test(piece)) roles.push(piece)
    else if (roles.length) roles[roles.length - 1] += `, ${piece}`
    else return [cleaned]
  }
  // "Senior/Staff Backend and Frontend Engineers" shares one noun: kept whole.
  if (roles.length < 2 || roles.some((r) => wordCount(r) < 1)) return [cleaned]
  return roles.map((r) => trimSet(r, ' ,'))
}

/** Lines that list roles: under a roles heading, or several "Role → link" lines. */
function roleListLines(
  lines: Line[],
  from: number,
): { roles: { title: string; applyUrl?: string }[]; besides: boolean } {
  const linked: { title: string; applyUrl?: string; n: number }[] = []
  const described: { title: string; applyUrl?: string; n: number; colon?: boolean }[] = []
  // Lines shaped "Heading: text": a list of roles written so is mostly roles, a list of
  // duties ("Collaboration and Support: work closely with …") mostly not.
  let colonLines = 0
  const listed: { title: string; applyUrl?: string; n: number }[] = []
  const enumerated: { title: string; applyUrl?: string; n: number }[] = []
  let underHeading = false
  // "We also hire for:": the list adds to the role the post is about.
  let besides = false
  // Bullets that are all roles, with no heading over them: "- Backend Engineer (Go, PostGIS)".
  let bullets: { title: string; applyUrl?: string; n: number }[] = []
  let bulleted: typeof bullets = []
  let allRoles = true
  const endBullets = () => {
    if (allRoles && bullets.length >= 2 && !bulleted.length) bulleted = bullets
    bullets = []
    allRoles = true
  }
  // The sender's signature lists the sender's title, not a role.
  const end = signatureStart(lines)
  for (let i = from; i < end; i++) {
    const line = lines[i] as Line
    if (line.noise) continue
    if (line.kind === 'blank') continue
    if (line.kind !== 'bullet') endBullets()
    // A run with one bullet that is no role is no list of roles: its other bullets go unread.
    else if (!allRoles || !ROLE_NOUN.test(line.text)) allRoles = false
    else if (!(line.section && WORK_SECTIONS.has(line.section))) {
      const { title: role } = payAfterTitle(line.text)
      if (looksLikeRole(role) && isRoleBeforeAside(role) && wordCount(role) <= 8) {
        const url = linkOfLine(line)
        bullets.push({ title: cleanRole(line.text), n: line.n, ...(url ? { applyUrl: url } : {}) })
      } else allRoles = false
    } else allRoles = false
    if (
      line.kind !== 'bullet' &&
      (ROLE_LIST_HEADING.test(trimSet(line.text, ' *')) || LIST_INTRO.test(line.text))
    ) {
      underHeading = true
      if (!listed.length) besides = FURTHER_INTRO.test(line.text)
      continue
    }
    const link = ROLE_LINK_LINE.exec(line.text)
    // "Product Designer | $120k | https://…": the role is the part before the details.
    const linkedRole = link?.[1]?.replace(DETAILS_AFTER_PIPE, '')
    // Each line's own link is read only for a line that is kept as a role.
    if (linkedRole && looksLikeRole(linkedRole) && !HAS_MODE_WORD.test(linkedRole)) {
      const url = linkOfLine(line)
      linked.push({ title: cleanRole(linkedRole), n: line.n, ...(url ? { applyUrl: url } : {}) })
      continue
    }
    // "Account Executive (Toronto)" over a line that is only its link; ">> Staff Engineer:"
    // introducing it.
    const next = nextTextLine(lines, i)
    const named = line.text.replace(/\s*[:→]\s*$/, '')
    // The line's pay after its title, read once for the branches below that ask.
    let paidLine: ReturnType<typeof payAfterTitle> | undefined
    const paidNamed = () => (paidLine ??= payAfterTitle(named))
    if (
      next &&
      URL_ONLY.test(next.text.trim()) &&
      looksLikeRole(named) &&
      isRoleBeforeAside(named)
    ) {
      const href = firstWebLink(next.raw)
      linked.push({ title: cleanRole(named), n: line.n, ...(href ? { applyUrl: href } : {}) })
      continue
    }
    // "2. Forward Deployed SRE: You will serve as …", "Senior AI Engineer | $180k: Own …": a
    // role (and its pay, read with the role's facts) before its colon, then what it does;
    // read once, for the branches below that ask.
    let keyed: string | null | undefined
    const roleBeforeColon = () => (keyed === undefined ? (keyed = roleKey(line.text)) : keyed)
    // "[1] Software Engineer, AI tools (US/Canada)", "2. Data Engineer - $150k": numbered
    // role lines are a list with no heading over them.
    if (LIST_MARKER.test(line.text)) {
      const { title: role } = paidNamed()
      const bare = role.replace(LIST_MARKER, '')
      const url = linkOfLine(line)
      const title = looksLikeRole(bare) && isRoleBeforeAside(bare) ? named : roleBeforeColon()
      if (title)
        enumerated.push({ title: cleanRole(title), n: line.n, ...(url ? { applyUrl: url } : {}) })
    }
    const desc = ROLE_DESCRIBED_LINE.exec(line.text)
    if (COLON_LINE.test(line.text)) colonLines++
    // "Collaboration and Support: …" under "Responsibilities" describes the work, not a role;
    // a role and a spaced dash is read there too ("Here's what we're looking for:").
    if (
      desc?.[1] &&
      !desc[1].includes('|') &&
      !(line.section && WORK_SECTIONS.has(line.section) && !SPACED_DASH_AFTER.test(desc[0])) &&
      looksLikeRole(desc[1]) &&
      ROLE_HEAD.test(desc[1]) &&
      // "Remote: …" is no role; "Developer Advocate (Full-time, REMOTE): $90K" is one.
      !HAS_MODE_WORD.test(withoutAside(desc[1]))
    ) {
      const url = linkOfLine(line)
      const colon = !SPACED_DASH_AFTER.test(desc[0])
      // "Staff Backend Engineer (Java, Kafka) — $190-230k": the pay stays with its role
      // (role-line-facts.ts reads it).
      const paid = !colon && payAfterTitle(line.text).salary !== null
      described.push({
        title: cleanRole(paid ? line.text : desc[1]),
        n: line.n,
        ...(url ? { applyUrl: url } : {}),
        ...(colon ? { colon } : {}),
      })
    }
    if (underHeading) {
      const text = named
      // "Data Engineer (Remote US) - $160k-$200k": the role, then its pay (role-line-facts.ts).
      const { title: role, salary } = paidNamed()
      // "Co-founders: Jane Doe" under the list is a key and value, not a role.
      const [, value] = role.split(/:\s/, 2)
      // "Sr. Data Engineer: build platforms that …" under "Roles:": the role, then what it does.
      const head = value !== undefined ? roleBeforeColon() : null
      if (head) {
        const url = linkOfLine(line)
        listed.push({ title: cleanRole(head), n: line.n, ...(url ? { applyUrl: url } : {}) })
        continue
      }
      if (looksLikeRole(role) && (value === undefined || ROLE_NOUN.test(value))) {
        const url = linkOfLine(line)
        // "Mobile Engineer – Swift and Kotlin, own our apps": the role, then what it does.
        const dashed = !salary && desc?.[1] && SPACED_DASH_AFTER.test(desc[0]) ? desc[1] : null
        const title = dashed && describedAfterDash(text, dashed) ? dashed : text
        listed.push({ title: cleanRole(title), n: line.n, ...(url ? { applyUrl: url } : {}) })
        continue
      }
      underHeading = false
    }
  }
  endBullets()
  const list =
    linked.length >= 2
      ? linked
      : listed.length >= 2
        ? listed
        : enumerated.length >= 2
          ? enumerated
          : described.length >= 2
            ? mostlyRoles(described, colonLines)
            : bulleted
  const seen = new Set<string>()
  const roles = list.filter((r) => {
    const key = r.title.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { roles, besides: besides && list === listed }
}

/** The role a "Role: what it does" line names before its colon, with its pay; null if none. */
function roleKey(text: string): string | null {
  const key = ROLE_KEY.exec(text)?.[1]?.replace(LIST_MARKER, '')
  const role = key ? payAfterTitle(key).title : ''
  return key && looksLikeRole(role) && isRoleBeforeAside(role) ? key : null
}

/** The web link a line holds, if any. */
function linkOfLine(line: Line): string | undefined {
  return line.raw.includes('http') ? firstWebLink(line.raw) : undefined
}

/** The first of the two lines after the i-th that is not blank. */
function nextTextLine(lines: Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++)
    if (lines[j]!.kind !== 'blank') return lines[j]
  return undefined
}

/** A line less the aside that ends it: "Account Executive (Toronto)" → "Account Executive". */
function withoutAside(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, '')
}

/** Whether a line, less the aside that ends it ("Account Executive (Toronto)"), is a role head with no work mode. */
function isRoleBeforeAside(text: string): boolean {
  const bare = withoutAside(text)
  return ROLE_HEAD.test(bare) && !HAS_MODE_WORD.test(bare)
}

/** Roles listed besides the post's own: "We also hire for:", "Other open roles:". */
const FURTHER_INTRO = /\b(?:also|other|more)\b/i
const FURTHER_ROLES = 'roles listed besides'
/** A sentence or summary part that ends by announcing the list: "… several full-time roles:". */
const LIST_INTRO =
  /\b(?:roles|positions|openings|vacancies|hiring for|hire for|also hiring)(?:\s+include)?\s*:$/i
/** "Senior engineer to step into …", "Backend developers who …": a role, then a clause. */
const ROLE_THEN_CLAUSE = /^(\p{Lu}.{2,60}?)\s+(?:to|who|that|for|with|wanted|needed)\s/u
/** The first sentence of a line: "Full stack software engineers. Python and TypeScript." */
const FIRST_SENTENCE = /^(.{3,80}?)[.!]\s/

/** A role, a long dash and the employer after it. */
const ROLE_THEN_EMPLOYER = /^(.{3,70}?)\s[—–]\s(\S.{0,60})$/

/** The role of "Role — Employer", where what follows the dash can be a name (not "Munich, hybrid"). */
function roleBeforeEmployer(text: string): string | undefined {
  const found = ROLE_THEN_EMPLOYER.exec(stripEmoji(text).trim())
  return found?.[2] && !notACompany(found[2]) ? found[1] : undefined
}

/**
 * A line near the top that is only a role name ("Full stack software engineers."), or opens
 * with one: as its first sentence, or before a clause saying what the role does.
 */
/** The words after a heading and its colon on one line ("About the role: …"), or undefined. */
function roleAfterHeading(text: string): string | undefined {
  const colon = text.indexOf(': ')
  if (colon < 3 || colon > HEADING_BEFORE_COLON) return undefined
  const heading = toLines(text.slice(0, colon))[0]
  const kind = heading ? headingKind(heading) : null
  return kind && kind !== 'unknown' ? text.slice(colon + 1).trim() : undefined
}
/** The longest heading before a colon on a role's line. */
const HEADING_BEFORE_COLON = 40

function roleLine(doc: Doc, masthead: string | null): { line: Line; title: string } | null {
  return roleLineWithin(doc, masthead, ROLE_LINE_REACH) ?? standaloneRoleLine(doc, masthead)
}

/** How many shown lines from the top a line naming the role is looked for in. */
const ROLE_LINE_REACH = 15
/** How far down a role's line standing alone is looked for, below an app's chrome. */
const STANDALONE_ROLE_REACH = 80

/**
 * Past an app's chrome (a tracker's menus and fields, a mail program's panes): a line that
 * names the role and stands alone, a blank line above it and a blank line or a labelled field
 * under it ("Staff Data Engineer – Payments" over "Location: Remote (US)").
 */
function standaloneRoleLine(
  doc: Doc,
  masthead: string | null,
): { line: Line; title: string } | null {
  const lines = doc.lines
  const reach = Math.min(lines.length, STANDALONE_ROLE_REACH)
  for (let i = 1; i < reach - 1; i++) {
    const line = lines[i] as Line
    if (line.kind !== 'text' && line.kind !== 'heading') continue
    if (line.noise || line.raw === masthead || lines[i - 1]?.kind !== 'blank') continue
    const next = lines[i + 1] as Line
    if (next.kind !== 'blank' && !readFieldLine(next.text)) continue
    const title = roleOfLine(line)
    if (title) return { line, title }
  }
  return null
}

function roleLineWithin(
  doc: Doc,
  masthead: string | null,
  reach: number,
): { line: Line; title: string } | null {
  let seen = 0
  for (const line of doc.lines) {
    if (line.kind === 'blank' || line.noise || line.raw === masthead) continue
    if (++seen > reach) break
    const title = roleOfLine(line)
    if (title) return { line, title }
  }
  return null
}

/** The role a line is, or opens with; undefined when it names none. */
function roleOfLine(line: Line): string | undefined {
  // "Reporting to: Director of Technology" names another role.
  if (readFieldLine(line.text)?.field === 'reportsTo') return undefined
  // "Senior Data Engineer-2500147": a careers site's requisition number after the title.
  const text = trimSet(line.text, ' ', ' .:!')
    .replace(TITLE_REQUISITION_TAIL, '')
    .replace(TITLE_TRACKER_KEY, '')
  // A bullet's opening word is often a verb that is also a role noun ("Partner with …").
  const prose = line.kind !== 'bullet'
  const clause = prose ? ROLE_THEN_CLAUSE.exec(line.text)?.[1] : undefined
  const opening = [
    // "About the role: Lead Product Designer": a section's heading, then the role.
    prose ? roleAfterHeading(text) : undefined,
    text,
    prose ? FIRST_SENTENCE.exec(line.text)?.[1] : undefined,
    clause && wordCount(clause) >= 2 ? namePhrase(clause) : undefined,
    // "🟢 Engenheiro/a de Software Sénior (Frontend) — Maré Labs": the role, then who hires.
    prose ? roleBeforeEmployer(line.text) : undefined,
  ]
  for (const written of opening) {
    // "Chief of Staff - https://…": the role is what stands before its link.
    const part = written?.includes('http') ? ROLE_LINK_LINE.exec(written)?.[1] : written
    if (!part) continue
    const title = trimSet(part, ' ', ' .:!')
    // "🔴 Lead" among a board's facts: the level alone, not the role's name.
    const bare = stripEmoji(title).trim()
    if (wordCount(bare) === 1 && levelFromWord(bare)) continue
    if (
      wordCount(title) <= 6 &&
      looksLikeRole(title) &&
      (ROLE_HEAD.test(title) || ROLE_HEAD_FIRST.test(title))
    )
      return title
  }
  return undefined
}

/**
 * "The title is Founding Design Engineer", "the official job title will be …", "Der Jobtitel
 * lautet …", "le titre du poste est …": the role's name as the post states it.
 */
const TITLE_STATED =
  /\b(?:the|our|its|this role's|the role's|(?:the\s+)?official|(?:the\s+)?formal)\s+(?:job\s+)?title\s+(?:is|will\s+be)\s+(?:["“]\s?)?(\p{Lu}[^.,\n"”(]{2,80})|\bder\s+(?:job|stellen)titel\s+lautet\s+(\p{Lu}[^.,\n"„“(]{2,80})|\ble\s+titre\s+du\s+poste\s+est\s+(\p{Lu}[^.,\n"«»(]{2,80})/iu
/** The nouns TITLE_STATED turns on, as they are written. */
const TITLE_NOUNS = ['title', 'Title', 'titel', 'Titel', 'titre']
/** How far into the body a title may be stated. */
const TITLE_STATED_REACH = 20_000

/** How far down a page the title's label may stand (a company's profile may come first). */
const LABEL_REACH = 80

/**
 * "Offre d'emploi" over "Développeur·se Full-Stack Senior – Elixir / React": a board's label
 * for the title alone on its line, the role on the next, below a company's profile that
 * pushes it past where a title is looked for.
 */
function titleUnderLabel(doc: Doc): { line: Line; title: string } | null {
  const lines = doc.lines
  for (let i = 0; i < Math.min(lines.length - 1, LABEL_REACH); i++) {
    const line = lines[i] as Line
    if (line.noise || line.kind === 'blank' || wordCount(line.text) > 4) continue
    if (readFieldLabel(line.text) !== 'title') continue
    const next = lines[i + 1] as Line
    if (next.noise || next.kind === 'blank') continue
    const title = trimSet(next.text, ' ', ' .:!')
    if (wordCount(title) <= 10 && looksLikeRole(title) && ROLE_NOUN.test(title))
      return { line: next, title }
  }
  return null
}

export type RoleReading = {
  /** The roles, in the order the post names them; empty when no role is named. */
  roles: Role[]
  /** How the roles were found (for warnings and the posting verdict). */
  from: string
  /** True when the title was only guessed (no role word anywhere). */
  guessed: boolean
  raw: string
}

/**
 * Title candidates from every place a post names its role, strongest evidence first:
 * structured data, the job-board header, the opening summary line, a list of roles,
 * a sentence ("we are hiring a Senior ML Engineer").
 */
export function titleCandidates(doc: Doc, summary: SummaryLine | null): Candidate<Role[]>[] {
  const out: Candidate<Role[]>[] = []
  if (doc.facts.title) {
    out.push({
      value: [{ title: doc.facts.title }],
      raw: doc.facts.title,
      from: 'JSON-LD',
      score: 10,
    })
  }
  // A job board's title line names one role; its commas qualify it ("Staff Developer, B2B Admin").
  const header = doc.header.title
  const firm = !!header && ROLE_NOUN.test(header.value) && namesAFirm(header.value, doc.allText)
  if (header && isHiringSentence(header.value)) {
    // "Acme (YC S22) Is Hiring Engineers in Amsterdam" is a title line that names its role
    // in a sentence: the role it names is the title; the line itself is a weak one.
    const named = roleInProse(header.value)
    if (named)
      out.push({
        value: [{ title: cleanRole(named.value) }],
        raw: header.raw,
        from: header.from,
        score: 6,
      })
    else
      out.push({ value: [{ title: header.value }], raw: header.raw, from: header.from, score: 1 })
  } else if (header && ROLE_NOUN.test(header.value) && !firm) {
    out.push({
      value: [{ title: cleanRole(header.value) }],
      raw: header.raw,
      from: header.from,
      score: 6,
    })
  } else if (header) {
    out.push({ value: [{ title: header.value }], raw: header.raw, from: header.from, score: 3 })
  }
  if (summary?.roles.length) {
    const roles = summary.roles.flatMap(splitRoles).map((title) => ({ title }))
    out.push({ value: roles, raw: summary.raw, from: 'summary line', score: 6.5 })
  } else if (summary?.first && summary.others[0]) {
    // "Acme | Member of Technical Staff | Remote": the part that is not company, place,
    // pay or contract names the role even without a usual role word.
    out.push({
      value: [{ title: cleanRole(summary.others[0]) }],
      raw: summary.raw,
      from: 'summary line',
      score: 1.5,
    })
  }
  const { roles: list, besides } = roleListLines(doc.lines, 0)
  if (list.length >= 2 || (besides && list.length))
    out.push({
      value: list,
      raw: list.map((r) => r.title).join('; '),
      from: besides ? FURTHER_ROLES : 'list of roles',
      score: 5,
    })
  // "The title is Founding Design Engineer.": the post says what the role is called.
  const body = doc.bodyText.slice(0, TITLE_STATED_REACH)
  // The pattern only where its noun stands: most posts say no such thing.
  const stated = TITLE_NOUNS.some((noun) => body.includes(noun)) ? TITLE_STATED.exec(body) : null
  const statedName = stated?.[1] ?? stated?.[2] ?? stated?.[3]
  const statedTitle = statedName ? trimSet(statedName, ' ', ' .:!,;') : ''
  if (
    statedTitle &&
    wordCount(statedTitle) <= 8 &&
    looksLikeRole(statedTitle) &&
    ROLE_NOUN.test(statedTitle)
  )
    out.push({
      value: [{ title: cleanRole(statedTitle) }],
      raw: stated?.[0] ?? '',
      from: 'title stated',
      score: 7,
    })
  // Asked only where the header found no title: a page's label over its title is the header's.
  const labelled = header ? null : titleUnderLabel(doc)
  if (labelled) {
    const value = [{ title: cleanRole(labelled.title) }]
    out.push({ value, raw: labelled.line.raw, from: 'line under a title label', score: 5 })
  }
  const own = roleLine(doc, firm ? header.raw : null)
  if (own) {
    const value = [{ title: cleanRole(own.title) }]
    out.push({ value, raw: own.line.raw, from: 'line naming the role', score: 3.25 })
  }
  const areas = areaCandidate(doc, summary?.areas ?? [])
  if (areas) out.push(areas)
  const prose =
    titleFromText(doc.bodyText) ?? titleFromText(doc.allText) ?? roleInProse(doc.allText)
  if (prose)
    out.push({
      value: [{ title: cleanRole(prose.value) }],
      raw: prose.raw,
      from: prose.from,
      score: 2,
    })
  // Only a post that names nothing better is titled by its headline.
  if (!out.length) {
    const headline = headlineTitle(doc)
    if (headline) out.push(headline)
  }
  return out
}

/** How far after a name the text may say what kind of firm it is ("is a specialist … firm"). */
const PREDICATE_REACH = 120
/** Where a name may end before what the firm is: the space before "is a", "builds", "helps" … */
const BEFORE_PREDICATE =
  /(?<=\S)\s+(?=is\s+(?:a|an|the)\s|(?:builds|helps|makes|powers|enables|provides)\s)/gu
const NAME_CHAR = /[\p{L}\p{N}]/u

/**
 * "NORTHGATE TALENT PARTNERS" at the top of a posting that says "Northgate is a specialist
 * technology recruitment firm": the title line's words open the name of a firm the text
 * describes, so the line is the firm's masthead, not a role, though "Partners" is a role noun.
 * The text is scanned once for what a firm is, and the title's words are compared with what
 * stands before it (no pattern is built from the title).
 */
function namesAFirm(title: string, text: string): boolean {
  const names: string[] = []
  const words = title.trim().split(/\s+/)
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ')
    if (name.length < 3) break
    names.push(name.toLowerCase())
  }
  if (!names.length) return false
  for (const m of text.matchAll(BEFORE_PREDICATE)) {
    const end = m.index
    if (!COMPANY_PREDICATE.test(text.slice(end, end + PREDICATE_REACH))) continue
    for (const name of names) {
      const start = end - name.length
      if (start < 0 || text.slice(start, end).toLowerCase() !== name) continue
      if (start === 0 || !NAME_CHAR.test(text.charAt(start - 1))) return true
    }
  }
  return false
}

/**
 * The roles of the post. A list of roles (each with its own line or link) wins over a title
 * that announces them ("Multiple positions"); a title naming several roles gives them all.
 */
export function resolveRoles(candidates: Candidate<Role[]>[]): RoleReading | null {
  const further = candidates.find((c) => c.from === FURTHER_ROLES)
  if (further) {
    // "We also hire for: …" after the post's own role: that role, then the others.
    const own = resolveRoles(candidates.filter((c) => c !== further))
    if (!own || own.guessed || own.roles.length !== 1 || GENERIC_ROLES.test(own.roles[0]!.title))
      return resolveRoles(
        candidates.map((c) => (c === further ? { ...c, from: 'list of roles' } : c)),
      )
    const titles = new Set(own.roles.map((r) => r.title.toLowerCase()))
    const more = further.value.filter((r) => r.title && !titles.has(r.title.toLowerCase()))
    return { ...own, roles: [...own.roles, ...more] }
  }
  const list = candidates.find((c) => c.from === 'list of roles')
  const prose = candidates.find((c) => c.from === 'role named in the text')
  const areas = candidates.find((c) => c.from === 'areas of work')
  // Areas of work ("engineering, design") stand in only for a post that names no role.
  const named = candidates.some(
    (c) =>
      c !== areas && c.value.some((r) => ROLE_NOUN.test(r.title) && !GENERIC_ROLES.test(r.title)),
  )
  const considered = candidates.filter((c) => c !== list && !(c === areas && (named || list)))
  const best = strongest(considered) ?? list
  if (!best) return null
  let chosen = best
  // A title that announces roles ("Multiple positions", "Engineers") or names one of the
  // listed roles gives way to the list (each listed role is its own posting), or else to
  // the role a sentence names.
  if (best !== list && best.from !== 'JSON-LD' && best.value.length === 1) {
    const head = best.value[0]?.title ?? ''
    const generic = GENERIC_ROLES.test(head)
    // A listed role may carry its pay ("Senior Backend Engineer - $178,500 USD").
    const listed = list?.value.some(
      (r) => payAfterTitle(r.title).title.toLowerCase() === head.toLowerCase(),
    )
    if (list && (generic || listed || best.score < 4 || /s$/i.test(head))) chosen = list
    else if (prose && generic) chosen = prose
    else if (areas && generic && !named) chosen = areas
  }
  const roles = chosen.value.filter((r) => r.title)
  if (!roles.length) return null
  return {
    roles,
    from: chosen.from,
    guessed: chosen.from !== 'areas of work' && !roles.some((r) => ROLE_NOUN.test(r.title)),
    raw: chosen.raw,
  }
}
