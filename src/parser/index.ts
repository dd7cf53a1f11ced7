import { brandOf, proseSpelling } from './brand-name.ts'
import {
  ROLE_FAMILIES,
  SENIORITIES,
  WORK_MODES,
  validatePosting,
  type Posting,
  type PostingLocation,
  type Salary,
  type Seniority,
  type StackItem,
  type WorkMode,
} from '../model/posting.ts'
import { companyFromApplyLink } from './company-clues.ts'
import { companyCandidates, resolveCompany } from './company.ts'
import { readPosted } from './dates.ts'
import { readDocument, STACK_KINDS, textOf, type Doc } from './document.ts'
import { employmentCandidates, isEmploymentLabel, resolveEmployment } from './employment.ts'
import { cleanTitle } from './header.ts'
import { spokenLanguages } from './languages.ts'
import {
  levelFromPhrase,
  levelFromText,
  levelFromTitle,
  levelFromWord,
  roleFamily,
} from './level.ts'
import { linkCandidates, resolveLink } from './links.ts'
import {
  EMAIL,
  EMPLOYMENT_TYPE,
  HAS_MODE_WORD,
  LOCATION_IN_TEXT,
  OFFICES_LIST,
  PLACE_LIST_TAIL,
  POLICY_PART,
  ROLE_LINE_BRACKET,
  ROLE_NOUN,
  URL,
} from './patterns.ts'
import { addLocation, readPlaces, type PlaceContext } from './places.ts'
import { countryCurrency, remoteCountries, WORLDWIDE } from './remote-regions.ts'
import { LOCAL_DOLLAR, LOCAL_PESO } from './words/currencies.ts'
import { MAX_YEARLY_PAY } from './words/salary-words.ts'
import { resolveRoles, titleCandidates, type Role, type RoleReading } from './roles.ts'
import { OWN_CURRENCY, resolveSalary, salaryCandidates, salarySection } from './salary.ts'
import { blocksOf, collectSections } from './sections.ts'
import { extractStack, type StackBlock, type StackResult } from './stack.ts'
import { relocationCandidates, resolveStated, visaCandidates } from './stated-policy.ts'
import { placeKey } from './place-key.ts'
import { readSummaryLine } from './summary-line.ts'
import { techByName } from './taxonomy.ts'
import { teamFromText } from './text-facts.ts'
import { officeChoices } from './office-choice.ts'
import { stripControls, stripControlsDeep } from './text.ts'
import { detectLanguage } from './text-language.ts'
import { judgePosting, postingTerms } from './verdict.ts'
import { ROLELESS, rolelessPosting } from './roleless-posting.ts'
import { datelineTown, placesInProse } from './place-in-prose.ts'
import type { Line } from './types.ts'
import { placesInTitle, placesUnderTitle } from './place-in-title.ts'
import { roleLineFacts, stackOfRole, type RoleLineFacts } from './role-line-facts.ts'
import { settleNamesakes, type PostingSignals } from './place-namesakes.ts'
import { decideWorkMode, keptOfficeDays, remoteRegionsIn, workPolicy } from './work-mode.ts'

export type ParseOptions = {
  /** Name of the file the text came from, kept in `source.file`. */
  file?: string
  /** ISO date used to resolve relative dates ("3 days ago") when front matter gives none. */
  now?: string
}

/**
 * `notes` say how the input was read and what was left out as page noise: for the CLI's
 * human output and the build report, never part of the record (its `warnings` are only
 * what could not be settled).
 */
export type ParseResult =
  { ok: true; posting: Posting; notes: string[] } | { ok: false; error: string }
/** Every role one input names: one Posting each, sharing what the post states once. */
export type ParseManyResult =
  { ok: true; postings: Posting[]; notes: string[] } | { ok: false; error: string }

/**
 * "Junior Gameplay Programmer — Pixelbarrow Games", "Data Engineer at Lumora": the employer
 * after the role's name in a headline is no part of the title.
 */
function withoutCompanyTail(title: string, company: string | null | undefined): string {
  if (!company) return title
  // "Senior Frontend Developer – Vela Finance (Milano, ibrido)": the place after the employer
  // is the text's to read; the title ends before the employer.
  const bracket = ROLE_LINE_BRACKET.exec(title)
  const before = bracket ? title.slice(0, bracket.index).trimEnd() : ''
  if (before) {
    const bare = withoutCompanyTail(before, company)
    if (bare !== before) return bare
  }
  // "Senior QA Engineer – Lindqvist Robotics, Västerås": the employer, then its town.
  const placed = employerThenPlace(title, company)
  if (placed !== null) return placed
  if (title.length <= company.length) return title
  const head = title.slice(0, title.length - company.length)
  if (title.slice(head.length).toLowerCase() !== company.toLowerCase()) return title
  const m = COMPANY_TAIL_JOIN.exec(head)
  return m && m.index > 0 ? head.slice(0, m.index) : title
}

/** Whether a text is the employer's name, a comma and a place: "Lindqvist Robotics, Västerås". */
function companyThenPlace(text: string, company: string): boolean {
  if (!text.toLowerCase().startsWith(company.toLowerCase())) return false
  const place = /^\s*,\s*(.{2,60})$/su.exec(text.slice(company.length))?.[1]
  return !!place && readPlaces(place).locations.length > 0
}

/** The title before "– <company>, <place>" at its end, or null. */
function employerThenPlace(title: string, company: string): string | null {
  const at = title.toLowerCase().lastIndexOf(company.toLowerCase())
  const join = at > 0 ? COMPANY_TAIL_JOIN.exec(title.slice(0, at)) : null
  if (!join || join.index === 0 || !companyThenPlace(title.slice(at), company)) return null
  return title.slice(0, join.index)
}

/** What joins a role's name to its employer's at its end: a dash, a bar, "@" or "at". */
const COMPANY_TAIL_JOIN = /\s(?:[-–—|@]|at)\s$/

/** Turns a company and title into a URL-safe id. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/**
 * Parses one raw posting (text, Markdown, saved HTML page or JSON-LD, with optional front
 * matter) into a Posting: the first role when the input names several (see parsePostings).
 * Never throws: a text that is not a posting, or any internal failure, comes back as
 * `{ ok: false, error }`.
 */
export function parsePosting(raw: string, options: ParseOptions = {}): ParseResult {
  const result = parsePostings(raw, options)
  if (!result.ok) return result
  const first = result.postings[0]
  if (!first) return { ok: false, error: 'internal parser error: no posting was produced' }
  return { ok: true, posting: first, notes: result.notes }
}

/** Parses one raw input into a Posting per role it names (never throws, like parsePosting). */
export function parsePostings(raw: string, options: ParseOptions = {}): ParseManyResult {
  try {
    // No field, note or error (they quote the input) carries control, bidi or escape codes.
    const result = parse(raw, options)
    if (result.ok && result.postings.length === 0) {
      return { ok: false, error: 'not a job posting: no role could be read from it' }
    }
    return result.ok
      ? {
          ok: true,
          postings: stripControlsDeep(result.postings),
          notes: stripControlsDeep(result.notes),
        }
      : { ok: false, error: stripControls(result.error) }
  } catch (error) {
    return {
      ok: false,
      error: stripControls(`internal parser error: ${(error as Error)?.message ?? String(error)}`),
    }
  }
}

// ---------------------------------------------------------------------------------------
// The orchestrator: read the document once, let each field's extractors propose and its
// resolver pick, then give every role its own record with what the post states once.

type Resolved<T> = { value: T; warnings: string[] }

function parse(raw: string, options: ParseOptions): ParseManyResult {
  if (typeof raw !== 'string')
    return { ok: false, error: 'not a job posting: the input is not text' }
  const read = readDocument(raw)
  if (!read.ok) return { ok: false, error: read.error }
  const doc = read.doc
  const { meta } = doc

  const summary = readSummaryLine(doc.lines)
  const roles = rolesOf(doc, summary)
  const verdict = judgePosting(doc, roles, summary)
  if (!verdict.posting) return { ok: false, error: verdict.reason }
  const named: Role[] = meta.title ? [{ title: meta.title }] : (roles?.roles ?? [])
  // A title that is only punctuation or a gender tag ("|", "(m/w/d)") names no role.
  const roleList = named.filter((r) => cleanTitle(r.title))
  if (!roleList.length)
    return {
      ok: false,
      error: `not a job posting: its title ("${named[0]?.title ?? ''}") names no role once cleaned`,
    }

  // Fields the post states once, shared by every role it names.
  const company = resolveCompany(companyCandidates(doc, summary))
  // A board's header or the line under the title names the employer as the page shows it
  // ("Hafenlicht Commerce GmbH" over "Hafenlicht ist …"): that name stands. A name read
  // from an imprint or a signature goes by the brand the prose uses.
  const shown =
    company.from === 'job-board header' ||
    company.from === 'line under the title' ||
    // "Empresa: Minhotech - Soluções Informáticas, Lda.": a board's company field.
    (company.from?.endsWith(':" line') ?? false)
  if (company.value)
    company.value = proseSpelling(
      shown ? company.value : brandOf(company.value, doc.allText),
      doc.allText,
    )
  const links = linkCandidates(doc)
  const url = webLinkOf(meta, 'url') ?? resolveLink(links.url) ?? undefined
  const sharedApply = webLinkOf(meta, 'applyUrl') ?? resolveLink(links.applyUrl) ?? undefined
  // A post that names no company still says whose careers page it sends applicants to.
  const fromLink =
    company.value || meta.company ? null : companyFromApplyLink(doc, sharedApply, url)
  if (fromLink) company.value = fromLink.value
  const salary = salaryField(doc)
  const language = languageField(doc)
  const mode = workModeField(doc, roleList.length > 1 ? ownModeLines(doc) : [])
  const places = locationsField(
    doc,
    meta.company ?? company.value,
    mode.value.workMode,
    {
      currency: salary.value?.currency ?? null,
      language: language.value,
    },
    roleList.length === 1 ? (roleList[0]?.title ?? null) : null,
  )
  // "Remote (Canada)", "remote within Poland": a remote role open in named countries only is
  // in those countries, as a reader would list it; groups ("EU") and zones name none.
  if (!places.value.length && mode.value.workMode === 'remote')
    places.value = countriesNamedForRemote(mode.value.remoteRegions)
  salary.value = localDollar(
    salary.value,
    salary.raw,
    [...places.value.map((l) => l.country), ...(remoteCountries(mode.value.remoteRegions) ?? [])],
    doc.allText,
    language.value,
  )
  const stack = stackField(doc, meta.company ?? company.value)
  const capturedAt = isIsoDate(meta.capturedAt) ? meta.capturedAt : undefined
  const posted = postedField(doc, capturedAt ?? options.now)
  const employmentType = resolveEmployment(
    employmentCandidates(
      doc,
      roleList.map((r) => r.title),
      language.value,
    ),
  )
  const visa = resolveStated(visaCandidates(doc), 'visa sponsorship')
  const relocation = resolveStated(relocationCandidates(doc), 'relocation')
  const sections = collectSections(doc.lines)
  // Languages the role asks for; a perk ("German lessons") is not one.
  const spoken = spokenLanguages(textOf(doc.lines, (l) => l.section !== 'benefits'))

  const modeWarnings = new Set(mode.warnings)
  const placeWarnings = new Set([NO_LOCATION, ...places.warnings])
  const warnings: string[] = [
    ...doc.warnings,
    ...(meta.company
      ? []
      : fromLink
        ? [`no company named: "${fromLink.value}" is read from the apply link (${fromLink.raw})`]
        : company.warnings),
    ...places.warnings,
    ...mode.warnings,
    ...posted.warnings,
    ...visa.warnings,
    ...relocation.warnings,
  ]
  if (roles?.from === ROLELESS && !meta.title) {
    warnings.push(`the post names no role: its first line ("${roles.raw}") stands for the title`)
  } else if (roles?.guessed && !meta.title) {
    warnings.push(
      `no role word found: "${roles.roles[0]?.title}" (${roles.from}) was taken as the title`,
    )
  } else if (roles?.from === 'areas of work' && !meta.title) {
    warnings.push(`the post names areas of work, not role titles ("${roles.raw}")`)
  } else if (roles?.from === 'role named in the text' && !meta.title) {
    warnings.push(`no title line: the title was read from the text ("${roles.raw}")`)
  }
  if (places.value.length === 0 && mode.value.workMode !== 'remote') warnings.push(NO_LOCATION)
  for (const key of ['url', 'applyUrl'] as const) {
    if (meta[key] && !webLinkOf(meta, key))
      warnings.push(`front matter ${key} "${meta[key]}" is not an http(s) link: ignored`)
  }
  if (meta.capturedAt && !capturedAt)
    warnings.push(`front matter capturedAt "${meta.capturedAt}" is not an ISO date: ignored`)

  const notes = [...doc.notes, ...stack.notes, ...noiseNotes(doc)]
  if (roleList.length > 1)
    notes.push(`the post names ${roleList.length} roles: one posting each (${roles?.from})`)

  const postings: Posting[] = []
  const usedIds = new Set<string>()
  for (const role of roleList) {
    // "Perception Engineer (Remote US) - $160k-$200k": what one role of several states for
    // itself; the rest is the post's.
    const line = roleList.length > 1 ? roleLineFacts(role.title) : null
    const own = line ?? NO_ROLE_FACTS
    const title = withoutCompanyTail(
      cleanTitle(line?.title ?? role.title),
      meta.company ?? company.value,
    )
    const ownMode = own.workMode !== null
    const workMode = ownMode ? own.workMode : mode.value.workMode
    const remoteRegions = ownMode ? own.remoteRegions : mode.value.remoteRegions
    // "SWE in Chile", "DevOps in Argentina": a role's own place, where the post names several
    // roles or states no place for all of them.
    let ownPlaces = own.locations.length
      ? own.locations
      : roleList.length > 1 || places.value.length === 0
        ? placesInTitle(line?.title ?? role.title)
        : []
    if (!ownPlaces.length && ownMode && workMode === 'remote')
      ownPlaces = countriesNamedForRemote(remoteRegions)
    const roleWarnings = warnings.filter(
      (w) => !(ownPlaces.length && placeWarnings.has(w)) && !(ownMode && modeWarnings.has(w)),
    )
    if (!ROLE_NOUN.test(title) && !roles?.guessed && roles?.from !== 'areas of work')
      roleWarnings.push(`the title "${title}" names no usual role word: check it`)
    const posting: Posting = {
      id: roleId(meta.company ?? company.value, title, roleList.length > 1, usedIds),
      source: {
        ...(options.file ? { file: options.file } : {}),
        ...(url ? { url } : {}),
        ...((role.applyUrl ?? sharedApply) ? { applyUrl: role.applyUrl ?? sharedApply } : {}),
        ...(capturedAt ? { capturedAt } : {}),
        ...(doc.stated.closedAt ? { closedAt: doc.stated.closedAt } : {}),
      },
      language: language.value,
      company: company.value,
      title,
      team: teamField(doc, roleList.length > 1, meta.company ?? company.value),
      roleFamily: roleFamily(title),
      seniority: seniorityField(doc, title),
      employmentType: doc.stated.employmentType ?? employmentType,
      locations: ownPlaces.length ? ownPlaces : places.value,
      workMode,
      officeDaysPerWeek: ownMode ? own.officeDays : mode.value.officeDaysPerWeek,
      workPolicy: mode.value.workPolicy,
      remoteRegions,
      remoteCountries: remoteCountries(remoteRegions),
      visaSponsorship: visa.value,
      relocation: relocation.value,
      stack:
        roleList.length > 1
          ? stackOfRole(
              stack.value,
              stack.lines,
              role.title,
              roleList.filter((other) => other !== role).map((other) => other.title),
            )
          : stack.value,
      spokenLanguages: [...spoken],
      salary: own.salary ?? salary.value,
      postedAt: posted.value,
      sections,
      warnings: roleWarnings,
    }
    applyFrontMatter(posting, meta, roleWarnings)
    if (meta.officeDaysPerWeek === undefined)
      posting.officeDaysPerWeek = keptOfficeDays(posting.workMode, posting.officeDaysPerWeek)
    const checked = validatePosting(posting)
    if (!checked.ok) {
      const detail = checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
      return { ok: false, error: `internal parser error: produced an invalid record (${detail})` }
    }
    postings.push(checked.posting)
  }
  return { ok: true, postings, notes }
}

/**
 * An id from company and title; a post naming several roles keeps each id unique within
 * it by the role's slug, and a repeated slug gets its position (stable for one input).
 */
function roleId(company: string | null, title: string, several: boolean, used: Set<string>) {
  let id = slugify([company, title].filter(Boolean).join(' ')) || 'posting'
  if (several && used.has(id)) {
    let n = 2
    while (used.has(`${id}-${n}`)) n++
    id = `${id}-${n}`
  }
  used.add(id)
  return id
}

/** The roles a post names; with none, a first short line of a text full of posting terms. */
function rolesOf(doc: Doc, summary: ReturnType<typeof readSummaryLine>): RoleReading | null {
  const found = resolveRoles(titleCandidates(doc, summary))
  if (found) return found
  if (postingTerms(doc.allText).size < 4) {
    const roleless = rolelessPosting(doc, summary)
    return roleless
      ? { roles: [{ title: roleless.title }], from: ROLELESS, guessed: true, raw: roleless.raw }
      : null
  }
  // "Apply here: https://…" says where to apply, not what.
  const shown = doc.lines.filter(
    (l) =>
      !l.noise && l.kind !== 'blank' && !/^(?:apply|email|e-mail|contact)\b/i.test(l.text.trim()),
  )
  // A short line, or a "Company | Place | Mode" line however many words its parts hold.
  const first = shown.find(
    (l) =>
      l.text.split(/\s+/).length <= 12 ||
      (l.text.length <= 160 && (l.text.match(/\s\|\s?|\s?\|\s/g)?.length ?? 0) >= 2),
  )
  if (!first) return null
  return {
    roles: [{ title: segmentTitle(first.text, summary?.company ?? undefined) }],
    from: 'first line',
    guessed: true,
    raw: first.raw,
  }
}

/**
 * The first pipe-separated part of a line that carries no place, pay, work mode, contract,
 * policy or link; with none, the first part without its links (the company's name, most
 * often), never "Full-time" or "VISA SPONSORSHIP".
 */
function segmentTitle(text: string, company: string | undefined): string {
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
  const title = parts.find(
    (p) =>
      p !== company &&
      !HAS_MODE_WORD.test(p) &&
      !/\d/.test(p) &&
      !isEmploymentLabel(p) &&
      !EMPLOYMENT_TYPE.test(p) &&
      !POLICY_PART.test(p) &&
      !LINK_OR_ADDRESS.test(p) &&
      !readPlaces(p).locations.length,
  )
  if (title) return title
  const first = (parts[0] ?? text)
    .replace(URL, '')
    .replace(EMAIL, '')
    .replace(/\(\s*\)/g, '')
    .trim()
  return /[\p{L}\p{N}]/u.test(first) ? first : text
}

/** A part that is a link, a bare domain ("acme.com/careers") or an address to write to. */
const LINK_OR_ADDRESS = /https?:\/\/|www\.|@|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?$/i

function languageField(doc: Doc): Resolved<string> {
  const stated = doc.meta.language?.toLowerCase()
  if (stated && /^[a-z]{2}$/.test(stated)) return { value: stated, warnings: [] }
  // Function words first, over the body and then the whole text; a short posting with too
  // few of them is told by its headings, role noun and pay words.
  const detected =
    detectLanguage(doc.bodyText) ?? detectLanguage(doc.allText) ?? detectLanguage(doc.allText, true)
  return { value: detected?.value ?? 'en', warnings: [] }
}

function teamField(doc: Doc, several: boolean, company: string | null): string | null {
  // A title suffix ("Backend Engineer - Payments") names one role's team, not a whole post's.
  if (several) return null
  const team =
    doc.header.team?.value ?? teamFromText(doc.bodyText)?.value ?? doc.header.commaTeam?.value
  // "Test Lead, Acme Health": what follows the comma may be the company, not a team; so may
  // the company and its town ("Lindqvist Robotics, Västerås").
  if (!team || (company && team.toLowerCase() === company.toLowerCase())) return null
  if (company && companyThenPlace(team, company)) return null
  return team
}

/** What was left out as page noise: a note for people, never a warning in the record. */
function noiseNotes(doc: Doc): string[] {
  const dropped = Object.entries(doc.noise.dropped)
  if (!dropped.length) return []
  return [
    `left out page noise: ${dropped.map(([why, n]) => `${n} line${n === 1 ? '' : 's'} of ${why}`).join('; ')}`,
  ]
}

/** A front-matter link, only when it is http(s). */
function webLinkOf(meta: Record<string, string>, key: 'url' | 'applyUrl'): string | undefined {
  const value = meta[key]
  return value && /^https?:\/\/\S+$/i.test(value) ? value : undefined
}

function isIsoDate(value: string | undefined): boolean {
  return Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))
}

// ---------------------------------------------------------------------------------------
// Seams for the fields other parts of the parser own (places, work mode, stack, salary,
// seniority, dates): one function per field, reading the shared document, returning the
// value and what could not be settled. Their extractors plug in here.

/** The most paragraphs of the body a dateline may open: the article's first. */
const DATELINE_REACH = 3

/** The town the body's first paragraphs give as a dateline, written as a name is. */
function datelineOf(doc: Doc): string | null {
  let seen = 0
  for (let i = doc.headerEnd; i < doc.lines.length && seen < DATELINE_REACH; i++) {
    const line = doc.lines[i] as Line
    if (line.noise || line.kind !== 'text') continue
    seen++
    const town = datelineTown(line.text)
    if (town)
      return town.replace(/\p{Lu}+/gu, (w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w))
  }
  return null
}

/** A full stop after a word longer than an abbreviation, and the next sentence. */
const SENTENCE_GOES_ON = /(?<=\p{L}{4})\.\s.*$/su

function locationsField(
  doc: Doc,
  company: string | null,
  workMode: WorkMode | null,
  signals: Omit<PostingSignals, 'text'>,
  title: string | null,
): Resolved<PostingLocation[]> {
  const { facts, header, bodyText, roleText } = doc
  const locations: PostingLocation[] = []
  const warnings: string[] = []
  for (const location of facts.locations ?? []) addLocation(locations, location)
  for (const l of header.locations) addLocation(locations, l.value)
  if (locations.length === 0 && title)
    for (const l of placesUnderTitle(doc.lines.slice(doc.headerEnd), title))
      addLocation(locations, l)
  if (locations.length === 0) {
    const read = (text: string | undefined, context: PlaceContext = {}) => {
      // "… team in Berlin. You will …": the sentence ends after the place ("St. Louis" does not).
      const sentence = text?.replace(SENTENCE_GOES_ON, '')
      const place = sentence ? PLACE_LIST_TAIL.exec(sentence.trim())?.[1] : undefined
      return place ? readPlaces(place, context).locations : []
    }
    // "based in", "join our data team in": a phrase that says a place follows; what it names
    // no plain reading knows is read as a place field is, other names too ("Gothenburg").
    // A pattern's last group read is its place ("at our Easton headquarters in Columbus").
    const placeOf = (m: RegExpExecArray | null) => (m ? (m[2] ?? m[1]) : undefined)
    for (const text of LOCATION_IN_TEXT.map((p) => placeOf(p.exec(doc.allText)))) {
      const plain = read(text)
      for (const l of plain.length ? plain : read(text, { field: true })) addLocation(locations, l)
    }
    // A cue in the posting's language says a place follows: its local name is the town
    // ("nel nostro ufficio di Milano").
    for (const text of placesInProse(bodyText, workMode !== 'remote')) {
      const places = read(text, { localNames: true })
      for (const l of places) addLocation(locations, l)
      if (places.length) break
    }
  }
  // "EINDHOVEN – Dommelstroom Logistics opent …": a press release's dateline.
  if (locations.length === 0) {
    const town = datelineOf(doc)
    if (town)
      for (const l of readPlaces(town, { localNames: true }).locations) addLocation(locations, l)
  }
  if (locations.length === 0) {
    const offices = OFFICES_LIST.exec(roleText) ?? OFFICES_LIST.exec(bodyText)
    if (offices?.[1]) {
      for (const piece of offices[1].split(/,\s*(?:and\s+)?|\s+and\s+/)) {
        for (const l of readPlaces(piece).locations) if (l.city) addLocation(locations, l)
      }
    }
  }
  addOfficeChoices(locations, bodyText)
  // "Mesa | San Francisco": a town named as the company is, beside another place, the name.
  const named = company ? placeKey(company) : ''
  const asCompany = locations.filter((l) => l.city && placeKey(l.city) === named)
  if (asCompany.length && asCompany.length < locations.length)
    for (const l of asCompany) locations.splice(locations.indexOf(l), 1)
  if (!locations.length)
    for (const vague of header.vaguePlaces)
      warnings.push(
        `the header says "${vague}" without naming them: those locations are not listed`,
      )
  // Structured data names its place's country; a town read from the text may have a namesake
  // the rest of the posting points to.
  const structured = facts.locations ?? []
  const settled = settleNamesakes(locations, { text: doc.allText, ...signals })
  return {
    value: locations.map((l, i) => (structured.includes(l) ? l : (settled[i] ?? l))),
    warnings,
  }
}

/**
 * "in either our Manchester or Leeds office": the body offers the role at one of several
 * offices. With a town already read, only a choice that names it adds the others (the header
 * says Manchester, the body Manchester or Leeds); with none, the first choice is the role's.
 */
function addOfficeChoices(locations: PostingLocation[], bodyText: string): void {
  const choices = officeChoices(bodyText)
  if (!choices.length) return
  const known = new Set(locations.flatMap((l) => (l.city ? [placeKey(l.city)] : [])))
  if (!known.size) {
    if (!locations.length) for (const l of choices[0] ?? []) addLocation(locations, l)
    return
  }
  for (const choice of choices)
    if (choice.some((l) => known.has(placeKey(l.city ?? ''))))
      for (const l of choice) addLocation(locations, l)
}

type ModeFields = {
  workMode: WorkMode | null
  officeDaysPerWeek: number | null
  workPolicy: string[]
  remoteRegions: string[]
}

/**
 * "Director, Business Development (Remote within USA) - $243,800": in a post naming several
 * roles, a role's line that states its own work mode (whether or not the role is one read).
 */
function ownModeLines(doc: Doc): string[] {
  // The header states what every role shares ("Acme | Engineers, Designers | REMOTE (US)").
  return doc.lines
    .slice(doc.headerEnd)
    .filter((line) => {
      if (line.kind === 'blank' || line.noise || line.text.length > 160) return false
      const own = roleLineFacts(line.text)
      return own.workMode !== null && ROLE_NOUN.test(own.title)
    })
    .map((line) => line.text)
}

/**
 * `roleLines`: the lines of roles stating their own work mode, whose remote region is that
 * role's, not every role's.
 */
function workModeField(doc: Doc, roleLines: readonly string[]): Resolved<ModeFields> {
  const { facts, header, bodyText, allText, noise } = doc
  const warnings: string[] = []
  const decision = decideWorkMode(bodyText, header.modes, header.modeTexts, noise.modeTags)
  const workMode = facts.workMode ?? decision.mode?.value ?? null
  if (decision.conflict) warnings.push(decision.conflict)
  if (!workMode) warnings.push('work mode not stated (remote, hybrid or on-site)')
  const officeDays = keptOfficeDays(workMode, decision.officeDays?.value ?? null)
  const remoteRegions: string[] = [...(facts.remoteRegions ?? [])]
  if (workMode === 'remote') {
    const shared = roleLines.reduce((text, line) => text.replaceAll(line, '\n'), allText)
    const stated = remoteRegionsIn(shared)
    // "🌏 Worldwide" in a board's header, "we can only hire people who live in the US or
    // Canada" in the text: the header contradicts the text, and loses to it.
    const narrowed = stated.length > 0 && !stated.includes(WORLDWIDE)
    const headed = header.remoteRegions
      .map((f) => f.value)
      .filter((r) => !(narrowed && r === WORLDWIDE))
    for (const r of [...headed, ...stated]) {
      if (!remoteRegions.includes(r)) remoteRegions.push(r)
    }
  }
  return {
    value: {
      workMode,
      officeDaysPerWeek: facts.officeDaysPerWeek ?? officeDays,
      workPolicy: workPolicy(allText),
      remoteRegions,
    },
    warnings,
  }
}

/**
 * "Airtable" over "Quarry Lane Careers", "GitHub" over a repository's page: the page's first
 * line, nothing but a technology's name, is the app or site the page is shown in, not the
 * role's stack. Not the title's line.
 */
function appNameAtTop(doc: Doc): Line | null {
  const first = doc.lines.find((l) => l.kind !== 'blank' && !l.noise)
  const name = first?.text.trim() ?? ''
  if (!first || first.raw === doc.header.title?.raw) return null
  return techByName(name)?.name.toLowerCase() === name.toLowerCase() ? first : null
}

/** Stack: only the role's own text, never the company blurb, perks, bios or the sidebar. */
function stackField(
  doc: Doc,
  company: string | null,
): Resolved<StackItem[]> & { notes: string[]; lines: StackResult['lines'] } {
  const site = appNameAtTop(doc)
  const blocks: StackBlock[] = blocksOf(doc.lines)
    .filter((b) => STACK_KINDS.has(b.kind))
    .map((b) => ({
      kind: b.kind,
      text: b.lines
        .filter((l) => l !== site)
        .map((l) => l.text)
        .join('\n'),
    }))
  if (doc.facts.skills?.length) blocks.push({ kind: 'stack', text: doc.facts.skills.join(', ') })
  const result = extractStack(blocks, company)
  let stack: StackItem[] = result.stack
  if (doc.meta.stack) {
    stack = doc.meta.stack
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => {
        const tech = techByName(name)
        return { name: tech?.name ?? name, category: tech?.category ?? 'other' }
      })
  }
  // What the stack reader left out is a note on how the text was read, not an open question.
  const notes = result.dropped.map((d) => `stack: left out ${d.name} (${d.reason})`)
  return { value: stack, warnings: [], notes, lines: doc.meta.stack ? new Map() : result.lines }
}

/** Salary: every figure that may be pay proposes a candidate; the best-supported one wins. */
function salaryField(doc: Doc): Resolved<Salary | null> & { raw: string | null } {
  const found = [
    ...doc.header.salary.flatMap((s) =>
      salaryCandidates(s.value, { trusted: true, unwritten: true }),
    ),
    ...doc.lines.flatMap((line) =>
      line.noise || line.kind === 'blank'
        ? []
        : salaryCandidates(line.text, {
            section: salarySection(line.section),
            at: line.n * 1000,
            unwritten: true,
          }),
    ),
  ]
  if (doc.facts.salary) return { value: doc.facts.salary, raw: null, warnings: [] }
  const best = resolveSalary(found)
  return { value: best?.value ?? null, raw: best?.raw ?? null, warnings: [] }
}

/** "$" alone, not "US$", "USD" or "CA$": the sign every dollar shares. */
const BARE_DOLLAR = /(?<!\p{L})\$(?!\s?\p{L})/u
/** A post that names the US or the Americas anywhere may pay in US dollars. */
const NAMES_THE_US =
  /\b(?:US|USA|U\.S\.A?\.?|United States|America|Americas|Amérique|Estados Unidos)\b/
const NAMED_DOLLAR = /\b(?:USD|US\s?\$|U\.S\.|dollars? US|US dollars?)/i

/**
 * A bare "$" in a post placed only in Canada (or Australia, New Zealand, Singapore, Hong
 * Kong) is that country's dollar, and in a post placed only in a country of the peso (Mexico,
 * Colombia, Chile, Argentina, Uruguay) that is in Spanish or says "pesos", the peso: the
 * reader there reads it so. A range that writes no currency is in the one country's own.
 * Read once the places are. A figure too large for its currency (a peso's, read as US
 * dollars) is no pay.
 */
function localDollar(
  salary: Salary | null,
  raw: string | null,
  countries: (string | null)[],
  text: string,
  language: string | null,
): Salary | null {
  if (!salary) return null
  // "175K-210K Annually" writes no currency: the one country's own, or no pay.
  if (salary.currency === OWN_CURRENCY) {
    const own = soleValue(countries.map((c) => (c ? countryCurrency(c) : null)))
    return own ? { ...salary, currency: own } : null
  }
  const local = localCurrency(salary, raw, countries, text, language)
  // Too much for US dollars: a peso's figure in a post that names no country of the peso.
  const ceiling = MAX_YEARLY_PAY[local.currency] ?? MAX_YEARLY_PAY.default
  return (local.max ?? local.min ?? 0) > ceiling ? null : local
}

/** "pesos" in any of the posting languages: Spanish, Portuguese and English write it so. */
const NAMES_THE_PESO = /\bpesos?\b/i

function localCurrency(
  salary: Salary,
  raw: string | null,
  countries: (string | null)[],
  text: string,
  language: string | null,
): Salary {
  if (
    NAMES_THE_US.test(text) ||
    salary.currency !== 'USD' ||
    !raw ||
    !BARE_DOLLAR.test(raw) ||
    NAMED_DOLLAR.test(raw)
  )
    return salary
  const peso = language === 'es' || NAMES_THE_PESO.test(text)
  const local = soleValue(
    countries.map((c) => (c ? (LOCAL_DOLLAR[c] ?? (peso ? LOCAL_PESO[c] : undefined)) : undefined)),
  )
  return local ? { ...salary, currency: local } : salary
}

/** The value every item has, when they all have the same one; null when any has none. */
function soleValue<T>(values: readonly (T | null | undefined)[]): T | null {
  const distinct = new Set(values)
  const [only] = distinct
  return distinct.size === 1 && only != null ? only : null
}

/**
 * Seniority: the role's title first, then a level word in the header, then the text. A
 * manager's title beside a board's level field ("Engineering Manager", "Doświadczenie:
 * Senior") takes the field's level: "manager" says what the role is, the field how senior.
 */
function seniorityField(doc: Doc, title: string): Seniority | null {
  const fromTitle = levelFromTitle(title)
  const fromHeader = doc.header.level ? levelFromWord(doc.header.level.value) : null
  if (fromTitle === 'manager' && fromHeader) return fromHeader
  return (
    fromTitle ??
    fromHeader ??
    levelFromText(doc.bodyText)?.value ??
    levelFromPhrase(doc.bodyText)?.value ??
    null
  )
}

/** Posted date, resolved against the capture date. */
function postedField(doc: Doc, base: string | undefined): Resolved<string | null> {
  if (doc.facts.postedAt) return { value: doc.facts.postedAt, warnings: [] }
  const posted = readPosted(doc.header.posted?.value ?? doc.allText.slice(0, 3000), base)
  if (posted?.date) return { value: posted.date, warnings: [] }
  if (posted?.relative) {
    return {
      value: null,
      warnings: [
        `"${posted.raw.trim()}" cannot be dated without a capture date: add \`capturedAt:\` to the front matter`,
      ],
    }
  }
  return { value: null, warnings: [] }
}

const NO_LOCATION = 'no location stated for the role'

const NO_ROLE_FACTS: RoleLineFacts = {
  title: '',
  salary: null,
  workMode: null,
  officeDays: null,
  remoteRegions: [],
  locations: [],
}

/** The countries of remote regions that are each one country ("US", "CA-QC"), else none. */
function countriesNamedForRemote(regions: readonly string[]): PostingLocation[] {
  const countries: string[] = []
  for (const region of regions) {
    const one = remoteCountries([region])
    // "EU", "LatAm", "CET ± 2h" and "anywhere" are more than one country.
    if (!Array.isArray(one) || one.length !== 1 || !region.startsWith(one[0] as string)) return []
    if (!countries.includes(one[0] as string)) countries.push(one[0] as string)
  }
  return countries.map((country) => ({ city: null, region: null, country }))
}

/** Front matter keys that override the parser, field by field. */
function applyFrontMatter(
  posting: Posting,
  meta: Record<string, string>,
  warnings: string[],
): void {
  if (meta.company) posting.company = meta.company
  if (meta.title) posting.title = meta.title
  if (meta.team) posting.team = meta.team
  const mode = meta.workMode ?? meta.mode
  if (mode) {
    if ((WORK_MODES as readonly string[]).includes(mode))
      posting.workMode = mode as Posting['workMode']
    else
      warnings.push(
        `front matter workMode "${mode}" is not one of ${WORK_MODES.join(', ')}: ignored`,
      )
  }
  if (meta.officeDaysPerWeek) {
    const days = Number(meta.officeDaysPerWeek)
    if (Number.isFinite(days) && days >= 0 && days <= 7) posting.officeDaysPerWeek = days
    else
      warnings.push(
        `front matter officeDaysPerWeek "${meta.officeDaysPerWeek}" is not a number of days: ignored`,
      )
  }
  if (meta.seniority) {
    if ((SENIORITIES as readonly string[]).includes(meta.seniority))
      posting.seniority = meta.seniority as Seniority
    else warnings.push(`front matter seniority "${meta.seniority}" is unknown: ignored`)
  }
  if (meta.roleFamily) {
    if ((ROLE_FAMILIES as readonly string[]).includes(meta.roleFamily)) {
      posting.roleFamily = meta.roleFamily as Posting['roleFamily']
    } else warnings.push(`front matter roleFamily "${meta.roleFamily}" is unknown: ignored`)
  }
  if (meta.location) {
    const places = readPlaces(meta.location).locations
    if (places.length) posting.locations = places
    else
      warnings.push(
        `front matter location "${meta.location}" is not a place the parser knows: ignored`,
      )
  }
  if (meta.postedAt) {
    if (isIsoDate(meta.postedAt)) posting.postedAt = meta.postedAt
    else warnings.push(`front matter postedAt "${meta.postedAt}" is not an ISO date: ignored`)
  }
}
