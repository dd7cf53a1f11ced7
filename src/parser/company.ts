import { clientOfAgency, speaksAsRecruiter } from './agency-client.ts'
import { tally, type Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import { onlyContractOrMode } from './board-facts.ts'
import { SITE_MENU_ITEMS } from './site-menu-words.ts'
import { isSearchButton } from './page-chrome.ts'
import { companyInLanguages } from './company-in-languages.ts'
import {
  aboutHeadings,
  employerAfterRole,
  nameUnderAboutHeading,
  namesSpelledByLinks,
  openingSubject,
  OWNER_LINK,
  postedBy,
  posterHeadlineEmployer,
  siteOwner,
} from './company-clues.ts'
import { isEmploymentLabel } from './employment.ts'
import { isLanguageName } from './languages.ts'
import { readFieldLabel, readFieldLine } from './field-line.ts'
import { COMPANY_BEFORE_TITLE } from './header.ts'
import { hiringHeadline } from './hiring-headline.ts'
import { ORGANISATION_ACCOUNT } from './feed-post-author.ts'
import { withoutLegalForm } from './legal-form.ts'
import { isJobBoardName } from './job-board-name.ts'
import { memoPerDocument } from './lib/document-memo.ts'
import {
  ANNOUNCEMENT_ONLY,
  APPLICANTS,
  COMPANY_STOPWORDS,
  INDUSTRY_WORD,
  FUNDING_STAGE,
  HAS_MODE_WORD,
  LISTING_LINE,
  maxNameWords,
  ORGANISATION_END,
  ROLE_NOUN,
  COMPANY_NAME_SHAPE,
  COMPANY_SIZE,
  NAME_WORDS,
  START_LINE,
  NO_COMPANY_VALUE,
  SELF_INTRO,
  POST_A_JOB_LINK,
} from './patterns.ts'
import { readPlaces, resolvePlace } from './places.ts'
import { headingKind } from './segment.ts'
import { techByName } from './taxonomy.ts'
import { bareCompany, type SummaryLine } from './summary-line.ts'
import { cleanCompany, companyFromText, withoutUnit } from './text-facts.ts'
import { stripEmoji, wordCount } from './text.ts'
import { allLanguages } from './words/languages.ts'
import { phraseSource } from './words/compile.ts'
import { DURATION_UNITS } from './words/time-units.ts'
import { isWorkArea } from './work-areas.ts'
import { modeWordsIn } from './work-mode.ts'
import type { Fact, Line } from './types.ts'
import { allMatches } from './matches.ts'
import { INTERNAL_UNIT_WORDS } from './words/organisation-units.ts'

/** Headings that are about the company but never its name ("About us", "What we do"). */
const HEADING_PHRASE =
  /^(?:about(?:\s+(?:us|the\s+(?:company|team|role|job)|the\s+position))?|what we do|who we are|our (?:story|mission|company|team|values|culture)|company (?:description|overview|info(?:rmation)?|profile)|the (?:company|role|team|opportunity)|overview|(?:job|position|vacancy) (?:description|listing|posting|details|offer|advert|ad)|description)$/i
const WORK_WORDS =
  /^(?:remote|hybrid|on-?site|in[- ]office|full[- ]?time|part[- ]?time|contract|freelance|permanent|temporary|internship)\b/i
const PAY_WORDS = /\b(?:salary|equity|compensation|per (?:year|hour|month))\b|[$€£]\s?\d|\d\s?k\b/i
/**
 * "bis 95.000", "ab 60 000", "jusqu'à 55 000": an amount after the word that bounds it, in the
 * eight languages, its currency sign cut off with the rest of a subject line's part.
 */
const BOUNDED_AMOUNT =
  /^(?:bis|ab|up to|from|jusqu['’]à|à partir de|hasta|desde|até|a partir de|fino a|da|tot|vanaf|do|od)\s+\d{1,3}(?:[.,\s]\d{3})+(?!\p{L})/iu
/** "Acme's platform": a possessive before a noun names the company, weakly. */
const POSSESSIVE =
  /(?:^|[\s(])(\p{Lu}[\p{L}\p{N}&.-]{1,30}(?: (?:& )?\p{Lu}[\p{L}\p{N}&.-]{1,30}){0,2})[’']s\s+(?:platform|product|products|mission|customers|team|engineering|technology|tools?|app|software|services?|growth|culture|clients|users|infrastructure)\b/gu

/**
 * "I lead the platform team at Brennwerk", "our data team at Acme Health", "the data team at
 * Ledger & Lark": whose team it is.
 */
const TEAM_AT =
  /\bteam at (\p{Lu}[\p{L}\p{N}&-]{1,30}(?:\.[\p{L}\p{N}]{2,10})?(?: (?:& )?\p{Lu}[\p{L}\p{N}&-]{1,30}){0,2})(?=[\s.,!;)]|$)/gu

/** "Join Acme and ...", "Join Acme Robotics as ...": an invitation names the company. */
const JOIN =
  /(?:^|[.!?]\s+|\n)Join(?:ing)?\s+(\p{Lu}[\p{L}\p{N}&.-]{1,30}(?: (?:& )?\p{Lu}[\p{L}\p{N}&.-]{1,30}){0,2})(?=\s+(?:and|as|in|to|on|at|if|today|now)\b|[,.!])/gu

/**
 * A contract's or an internship's length: "6 mois", "12 months", "24 Monate", and a board's
 * engagement ending in one: "Ongoing, 6+ months".
 */
const DURATION = new RegExp(
  `(?:^|,\\s?)\\d{1,3}\\+?(?:\\s?[-–]\\s?\\d{1,3})?\\s+(?:${phraseSource(allLanguages(DURATION_UNITS))})$`,
  'iu',
)
/** A newsletter's issue: "Ausgabe #112", "Issue 48", "Édition n°12", "Wydanie #7". */
const ISSUE_NUMBER =
  /^(?:issue|edition|ausgabe|édition|numéro|edición|número|edição|numero|edizione|editie|uitgave|wydanie|numer)\s*(?:#|n[°º.]?\s*)?\d{1,5}$/iu
/** A label and its code with no colon between: "Job ID 2025-48213", "Kennziffer 4711-B". */
const LABEL_AND_CODE = /^(\p{L}[\p{L} .'’-]{1,40}?)\s+#?([\p{L}\d-]+)$/u
/** A code has three digits or more: "2025-48213", "4711-B"; "Studio 54" is a name. */
const CODE_DIGITS = /\d.*\d.*\d/

/** A count of a channel's or a group's audience: "32 members", "48 213 iscritti", "12.4k followers". */
const AUDIENCE =
  /^\d(?:[\d.,]|\s(?=\d))*[km]?\s+(?:members?|subscribers?|followers?|views?|online|iscritti|membri|abonnés|membres|Mitglieder|Abonnenten|miembros|suscriptores|seguidores|membros|inscritos|leden|volgers|członków|obserwujących)$/iu

/**
 * What a company does, for whom: "Software für die Energiewende", "Technology for the planet",
 * "Logiciels pour la santé". A word or two, then a preposition of purpose with an article;
 * names hold the preposition without one ("Institut für Energie", "Trail of Bits").
 */
const TAGLINE =
  /^\p{L}+(?:\s\p{L}+)?\s(?:for\sthe|für\s(?:die|den|das)|pour\s(?:la|le|les|l['’])|para\s(?:la|el|los|las|a|o|os|as)|per\s(?:la|il|lo|le|gli|i)|voor\s(?:de|het))\s/iu
/** An institution names itself so: "Society for the Study of …", "Stiftung für die …". */
const INSTITUTION_FIRST =
  /^(?:society|cent(?:er|re)|foundation|institute?|stiftung|fondation|fundaci[óo]n|funda[çc][ãa]o|fondazione|association|verein|gesellschaft|council|alliance|coalition|school|college|academy|museum|hospital|bank)\b/iu

/** Between the parts of a page's title: "Role | Employer", "Role - Employer - Town", "Role @ Employer". */
const PAGE_TITLE_SEPARATOR = /\s[|–—-]\s|\s@\s|\s·\s/

/**
 * The employer a saved page's title names: its one part that carries a legal form ("Frontend
 * Engineer (m/w/d) | Feldwerk Robotics GmbH"). A title's other parts are the role, a town, a
 * contract, or the site's name, which on a board is the board's: only a legal form says a
 * part is a company.
 */
function employerInPageTitle(title: string | undefined, text: string): string | null {
  if (!title) return null
  const parts = title.split(PAGE_TITLE_SEPARATOR).map((part) => part.trim())
  const named = parts.filter((part) => withoutLegalForm(part) !== part && !ROLE_NOUN.test(part))
  if (named.length === 1) return named[0] ?? null
  // "We're hiring a Senior Infrastructure Engineer | Lumenroute Engineering": the site's
  // name after the post's, less the word for the site, where the text names it again.
  if (parts.length < 2) return null
  const site = (parts.at(-1) ?? '').replace(SITE_WORD, '')
  return site &&
    !ROLE_NOUN.test(site) &&
    /^\p{Lu}/u.test(site) &&
    !notACompany(site) &&
    namedAgain(site, text)
    ? site
    : null
}
/** The word a site's name ends in after its owner's: "Acme Engineering", "Acme Blog". */
const SITE_WORD = /\s+(?:engineering|blog|careers|jobs|tech|news)$/i

/**
 * "Junior Gameplay Programmer (Unity) — Lanternfish Games", "Senior Frontend Developer – Vela
 * Finance (Milano, ibrido)": a role, a long dash, a name, perhaps its place in brackets.
 */
const ROLE_DASH_NAME =
  /^(.{3,80}?)\s[—–]\s((?:\p{Lu}|\p{N})[\p{L}\p{N}&.'’-]*(?:\s(?:&\s)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,3})(?:\s\([^()]{1,60}\))?$/u

/**
 * The employer a title line names after its role and a long dash, as a post's own headline
 * does; not a place ("Data Engineer — Lisbon") nor what a name cannot be.
 */
function employerAfterTitle(doc: Doc): Fact<string> | null {
  const title = doc.header.title
  const lines = title ? [{ text: title.value, raw: title.raw }] : []
  let seen = 0
  for (const line of doc.lines) {
    if (line.kind === 'blank' || line.noise) continue
    if (++seen > TITLE_LINES) break
    lines.push(line)
  }
  for (const line of lines) {
    const found = ROLE_DASH_NAME.exec(line.text.trim())
    const name = found?.[2]
    if (!found?.[1] || !name || !ROLE_NOUN.test(found[1]) || ROLE_NOUN.test(name)) continue
    if (notACompany(name) || readPlaces(name).locations.length) continue
    // "Engineering Manager – Data Platform": words that each name an area of work name a team.
    if (name.split(/\s+/).every(isWorkArea)) continue
    if (namedAgain(name, doc.allText))
      return { value: name, raw: line.raw, from: 'employer after the title' }
  }
  return null
}
/** How many of a post's first lines may be its title line. */
const TITLE_LINES = 15

/** A site's or a mail's host: "lanternfish.example" of "jen@lanternfish.example". */
const HOST = /(?:https?:\/\/|www\.|@)([\w.-]+\.\p{L}{2,})/giu

/**
 * Whether the text names an employer again: in full, or its first word as its site's or
 * mail's host does. A specialisation after the role's dash ("– LLM & Reinforcement
 * Learning") is named once.
 */
function namedAgain(name: string, text: string): boolean {
  if (text.indexOf(name) !== text.lastIndexOf(name)) return true
  const first = name.split(/\s/)[0]?.toLowerCase() ?? ''
  if (first.length < 4) return false
  for (const m of allMatches(HOST, text)) if (m[1]?.toLowerCase().includes(first)) return true
  return false
}

/** "…, Tech Recruiter en Talentia IT": the firm after a self-introduction's role. */
const WORKS_AT =
  /^[^.!?\n]{0,60}?\s(?:at|@|bei|chez|en|na|no|da|presso|bij|w)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,3})/u
/** How many of a post's first lines may hold its poster's introduction. */
const INTRO_LINES = 12

/**
 * The employer of the one who posts, as they introduce themselves in the post's first lines
 * ("Buenos días! Soy Lucía, Tech Recruiter en Talentia IT"): a recruiter's agency, a team
 * lead's firm. Weak: a post may name the employer it hires for.
 */
function posterEmployer(lines: readonly Line[]): Fact<string> | null {
  let seen = 0
  for (const line of lines) {
    if (line.kind === 'blank' || line.noise) continue
    if (++seen > INTRO_LINES) break
    for (const sentence of line.text.split(/(?<=[.!?])\s+/)) {
      const intro = SELF_INTRO.exec(stripEmoji(sentence).trim())
      if (!intro) continue
      const rest = stripEmoji(sentence)
        .trim()
        .slice(intro[0].length - 1)
      const name = WORKS_AT.exec(rest)?.[1]?.replace(/[.’']+$/, '')
      if (name && !notACompany(name))
        return { value: name, raw: line.raw, from: "poster's employer" }
    }
  }
  return null
}

/** Why a value cannot be a company's name, or null when it can be one. */
export const notACompany = memoPerDocument(whyNotACompany, (value) => value)

/**
 * "Bereich Herdenmanagement", "Team Payments", "Área de Tecnología": a unit, then its name.
 * The unit's word in any case; the name's first letter (group 1) a capital, which the
 * pattern's ignoring case cannot ask itself.
 */
const INTERNAL_UNIT = new RegExp(
  `^${phraseSource(allLanguages(INTERNAL_UNIT_WORDS))}(?:\\s+(?:of|de|da|do|di|del|della|van|der|des|du|für))?\\s+(\\p{L})`,
  'iu',
)
/** Whether a name opens with a unit inside an employer, then the unit's own name. */
function namesInternalUnit(value: string): boolean {
  const first = INTERNAL_UNIT.exec(value)?.[1]
  return first !== undefined && first !== first.toLowerCase()
}

/** "eingegangen am 14.05.2025, 09:41 Uhr", "2025-05-14": a date written in figures, in no name. */
const NUMERIC_DATE = /(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)/

function whyNotACompany(value: string): string | null {
  // "Kingsmere University – Institute for …": the employer, without the unit after it.
  const v = withoutUnit(value.trim())
  if (v.length < 2) return 'too short'
  // "35" (a département), "1 842", "48 213 iscritti": figures and a channel's audience.
  if (!/\p{L}/u.test(v) || AUDIENCE.test(v) || APPLICANTS.test(v)) return 'a number or a count'
  if (DURATION.test(v)) return 'a length of time'
  if (NUMERIC_DATE.test(v)) return 'a date'
  if (ISSUE_NUMBER.test(v)) return "a newsletter's issue"
  if (NO_COMPANY_VALUE.test(v)) return `"${v}" says no company is given`
  if (v.length > 60 || wordCount(v) > maxNameWords(v) + 1) return 'too long for a name'
  if (HEADING_PHRASE.test(v.replace(/[:：]$/, ''))) return 'a heading'
  if (/[:：]$/.test(v)) return 'a heading'
  if (/^about\s/i.test(v)) return 'a heading'
  // "Our Engineering Team" of "Join Our Engineering Team and …".
  if (/^(?:our|your|their)\s/i.test(v)) return 'a phrase, not a name'
  // "Location: Waltham, MA": another field's label and value.
  const field = readFieldLine(v)
  if (field && field.field !== 'company') return 'a labelled field'
  const coded = LABEL_AND_CODE.exec(v)
  if (
    coded?.[2] &&
    CODE_DIGITS.test(coded[2]) &&
    readFieldLine(`${coded[1]}: ${coded[2]}`)?.field === 'reference'
  )
    return 'a reference number'
  // "Multiple positions in United States", "Several open roles": what is open, not who.
  if (
    /^(?:multiple|several|various|many|open|new)\s+(?:open\s+)?(?:positions|roles|openings|vacancies|jobs)\b/i.test(
      v,
    )
  )
    return 'a list of roles'
  // "Tamarind Cloud Services Pvt. Ltd." ends in a full stop as a sentence does.
  if (wordCount(v) >= 3 && /[a-z]{2}[.!?]$/.test(withoutLegalForm(v))) return 'a sentence'
  if (/\b(?:is|are)\s+hiring\b|\bwe\b|\byou\b/i.test(v)) return 'a sentence'
  // "Permanent Systems": a contract word opening a name an organisation's word ends.
  if ((WORK_WORDS.test(v) || isEmploymentLabel(v) || modeNamed(v)) && !ORGANISATION_END.test(v))
    return 'a work mode or contract'
  if (onlyContractOrMode(v, { b2b: true }) && !ORGANISATION_END.test(v) && !HOME_OFFICE.test(v))
    return 'a work mode or contract'
  if (LISTING_LINE.test(v)) return 'when the listing went up'
  if (START_LINE.test(v)) return 'when the role starts'
  if (techList(v)) return 'a list of technologies'
  if (PAY_WORDS.test(v) || BOUNDED_AMOUNT.test(v)) return 'pay'
  if (/https?:\/\/|\S@\S/.test(v)) return 'a link'
  if (COMPANY_STOPWORDS.test(v)) return 'a common word'
  if (FUNDING_STAGE.test(v)) return 'how the company is funded, not its name'
  if (INDUSTRY_WORD.test(v)) return 'its industry, not its name'
  if (TAGLINE.test(v) && !INSTITUTION_FIRST.test(v)) return 'a tagline, not a name'
  // "Engenharia", "Engineering": a tag above the title naming the department that hires.
  if (isWorkArea(v)) return 'an area of work'
  if (namesInternalUnit(v)) return 'a unit of the employer, not its name'
  const lower = v.toLowerCase()
  if (MENU_ITEMS.has(lower) || POST_A_JOB_LINK.test(lower)) return "an item of a site's menu"
  if (isSearchButton(lower)) return "a search form's button"
  if (ANNOUNCEMENT_ONLY.test(v)) return 'an announcement of a job'
  // "hw_bastler_ost", "1 hw_bastler_ost": a forum's or a chat's user name, not a company's.
  if (/\p{L}_\p{L}/u.test(v)) return 'a user name'
  // "Spanish is a plus": a language the role asks for.
  if (isLanguageName(v)) return 'a spoken language'
  if (resolvePlace(v) || readPlaces(v).locations.length) return 'a place'
  return null
}

/**
 * "Python/Java", "React, Node": technologies listed, each a known one. One name alone may be
 * a company's ("Docker", "Stripe").
 */
function techList(value: string): boolean {
  const parts = value.split(/\s*[/,&+|]\s*|\s+and\s+/)
  return parts.length >= 2 && parts.every((part) => part !== '' && techByName(part) !== undefined)
}

/** "All offers", "Jobs", "Sign in": what a site's menu says, never who hires. */
const MENU_ITEMS = new Set(SITE_MENU_ITEMS)

/** The UK's ministry, which hires too: a name, not working from home. */
const HOME_OFFICE = /^Home Office$/

/**
 * "Remoto", "Praca hybrydowa", "Télétravail partiel": a short value naming a work mode in
 * any supported language. Not "Home Office" written as a name (the UK's ministry hires).
 */
function modeNamed(value: string): boolean {
  return wordCount(value) <= 3 && modeWordsIn(value).length > 0 && !/^Home Office$/.test(value)
}

/** A place field's label before its value: "Sede: ", "Location - ". */
const FIELD_LABEL = /^[^:]{1,30}:\s*/

/**
 * "Milano" under the title and "Sede: Milano, Lombardia, Italia" below: a town's other name
 * ("Milano", "Wien"), which alone may be a company's ("Vanta"), is the town where the posting
 * places the role with its region or country.
 */
function townPlacedElsewhere(name: string, doc: Doc): boolean {
  if (wordCount(name) > 3) return false
  const town = readPlaces(name, { localNames: true }).locations[0]
  if (!town?.city) return false
  return doc.lines.some((line) => {
    if (line.text.length > 80 || line.text.trim() === name || !line.text.includes(name))
      return false
    const read = readPlaces(line.text.replace(FIELD_LABEL, ''), { field: true })
    return read.locations.some(
      (l, i) =>
        l.city === town.city && l.country === town.country && (read.confidence[i] ?? 0) >= 0.8,
    )
  })
}

/** How far down a page a company's card is read, in shown lines. */
const CARD_LINES = 40
/** Between a card's facts: "Fintech · Series B · 180 employees". */
const FACT_SEPARATOR = /\s+[·•|]\s+/

/**
 * "BRIGHTLOOP" over "Fintech · Series B · 180 employees": a board's or a marketplace's card of
 * the company, its name over a line of facts that states its size.
 */
function nameOverCompanyFacts(lines: Line[]): Fact<string> | null {
  const shown = lines.filter((l) => l.kind !== 'blank' && !l.noise).slice(0, CARD_LINES)
  for (let i = 1; i < shown.length; i++) {
    const facts = shown[i] as Line
    if (!facts.text.split(FACT_SEPARATOR).some((part) => COMPANY_SIZE.test(part.trim()))) continue
    const name = (shown[i - 1] as Line).text.trim()
    if (wordCount(name) > 4 || !COMPANY_NAME_SHAPE.test(name) || ROLE_NOUN.test(name)) continue
    return { value: name, raw: `${shown[i - 1]?.raw}\n${facts.raw}`, from: 'name over its size' }
  }
  return null
}

/** What a name read from a header that reads as a phrase counts: below the post's own words. */
const PHRASE_SCORE = 2
/** The candidates that name who posted the listing, a person or an organisation. */
const POSTED_BY_SOURCE = /posted by|listed by|advertised by/i
/** Where a page's link or a subject's words may stand for the name. */
const PHRASE_CAPPED = new Set(['job-board header', 'summary line', COMPANY_BEFORE_TITLE])

/**
 * Whether a capitalised name goes on in lower-case words that are not a name's particles
 * ("Skip to content" is a phrase, "Bank of America" and "Lumenvia s.r.o." are names). A name
 * all in lower case ("hims & hers") is a brand's style, and brackets or figures say nothing.
 */
function phraseNotName(name: string): boolean {
  const words = withoutLegalForm(name)
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false
  return !NAME_WORDS.test(words.join(' '))
}

/** The names a page's cookie notice gives as the site's owner, lower case. */
function cookieOwners(owners: readonly Candidate<string>[]): Set<string> {
  return new Set(owners.filter((c) => c.from === 'cookie notice').map((c) => c.value.toLowerCase()))
}

/**
 * Every place a post names its company, with a score: structured data, a "Company:" line,
 * the logo caption, the opening summary line, the job-board header, then the prose
 * ("At Acme, we ...", "Acme is hiring", "Join Acme", "Acme's platform").
 */
export function companyCandidates(doc: Doc, summary: SummaryLine | null): Candidate<string>[] {
  const out: Candidate<string>[] = []
  const add = (
    value: string | null | undefined,
    raw: string,
    from: string,
    score: number,
    placeName = false,
  ) => {
    if (!value) return
    // "Posted by" over "Ankita Rao" over "Senior Recruiter at Vertex Talent Solutions": a
    // person posted it, for their employer.
    if (POSTED_BY_SOURCE.test(from)) value = posterHeadlineEmployer(doc, raw) ?? value
    const name = cleanCompany(value.replace(/[®™]/g, ''))
    // "France Travail" atop its own listing of another employer's role: the board's name is
    // the employer only where nothing else names one.
    if (from !== 'JSON-LD' && isJobBoardName(name)) score = Math.min(score, 1)
    // "Preskočiť na obsah", "Acceso candidatos": a site's link in words the lists lack is a
    // phrase, not a name ("Intro call – <role>" neither); where the post names its employer
    // elsewhere, that name wins.
    if (PHRASE_CAPPED.has(from) && phraseNotName(name)) score = Math.min(score, PHRASE_SCORE)
    const why = notACompany(name) ?? (townPlacedElsewhere(name, doc) ? 'a place' : null)
    // A name that is also a town's ("Mesa") stands where only a company stands.
    if (!why || (from === 'summary line' && raw.includes('|') && titleCased(name, why)))
      out.push({ value: name, raw, from, score })
    // A name that is also a town's counts less: the post's own words about itself outweigh it
    // ("Bordeaux" under the title, "Vignoble Data est une start-up" below).
    else if (placeName && why === 'a place')
      out.push({ value: name, raw, from, score: Math.min(score, 2.5) })
  }
  // "About Every" over "Every’s mission is …": the name stands though a word or a town.
  for (const c of aboutHeadings(doc)) {
    const name = cleanCompany(c.value)
    const why = notACompany(name)
    if (!why || why === 'a place' || why === 'a common word') out.push({ ...c, value: name })
  }
  add(doc.facts.company, doc.facts.company ?? '', 'JSON-LD', 10)
  add(
    employerInPageTitle(doc.facts.pageTitle, doc.allText),
    doc.facts.pageTitle ?? '',
    'page title',
    2.5,
  )
  const under = lineUnderTitle(doc)
  const owners = siteOwner(doc)
  const header = doc.header.company
  if (header) {
    const keyed = header.from.startsWith('"')
    // The line under the title is the company only when it is not a heading or a place.
    const line = doc.lines.find((l) => l.raw === header.raw)
    const heading = line && !keyed ? headingKind(line) : null
    // A piece of a word ("Développeur" of "Développeur·euse", a gender form) is not a name;
    // nor is the title line itself when a summary line below names the company.
    const fragment = line ? wordFragment(line.text, header.value) : false
    const titleLine =
      line === firstLine(doc) &&
      summary &&
      // "Haarlem of Leiden · 36 uur · …" names the role's towns, not its company.
      !summary.companyIsPlace &&
      summary.raw !== header.raw &&
      header.from !== COMPANY_BEFORE_TITLE
    // "Keljob" atop the page, "Keljob et ses partenaires utilisent des cookies", another
    // name under the title: the site's own name, a board's, not the employer's.
    const site =
      !keyed &&
      under &&
      under.text.trim() !== header.value &&
      cookieOwners(owners).has(header.value.toLowerCase())
    // The header kept a small town's name ("Tracy") as the company only where a job board
    // puts the company, with the place on a line of its own.
    if ((!heading || heading === 'unknown') && !fragment && !(titleLine && !keyed))
      add(header.value, header.raw, header.from, keyed ? 8 : site ? 1 : 5, !keyed)
  }
  const named = employerAfterTitle(doc)
  if (named) add(named.value, named.raw, named.from, 4)
  // "Filderwerke Energie GmbH" under the title: a name with its legal form outweighs a page's
  // first line ("Stuttgarter Zeitung", a newspaper's job market).
  const formed = under && withoutLegalForm(under.text.trim()) !== under.text.trim()
  if (under)
    add(under.text.replace(EMPLOYER_AT, ''), under.raw, 'line under the title', formed ? 6 : 5)
  const logo = doc.noise.logoCompany
  if (logo) add(logo.value, logo.raw, logo.from, 6)
  const carded = nameOverCompanyFacts(doc.lines)
  if (carded) add(carded.value, carded.raw, carded.from, 5)
  const poster = posterEmployer(doc.lines)
  if (poster) add(poster.value, poster.raw, poster.from, 2)
  const author = doc.noise.authorEmployer
  if (author)
    add(author.value, author.raw, author.from, author.from === ORGANISATION_ACCOUNT ? 5 : 2)
  if (summary?.company && !ROLE_NOUN.test(summary.company))
    add(
      summary.company,
      summary.raw,
      'summary line',
      /\|/.test(summary.raw) ? 6 : 4,
      summary.companyIsPlace,
    )
  else if (summary?.company) add(summary.company, summary.raw, 'summary line', 2)
  const prose = companyFromText(doc.allText)
  if (prose) add(prose.value, prose.raw, prose.from, 3)
  for (const c of companyInLanguages(doc.allText)) add(c.value, c.raw, c.from, c.score)
  const headline = hiringHeadline(doc)
  if (headline) add(headline.company, headline.raw, 'hiring headline', 3)
  for (const m of allMatches(JOIN, doc.allText)) {
    if (m[1] && !COMPANY_STOPWORDS.test(m[1])) add(m[1], m[0].trim(), '"Join X" in the text', 2)
  }
  for (const c of [
    ...namesSpelledByLinks(doc),
    ...openingSubject(doc),
    ...employerAfterRole(doc),
    ...nameUnderAboutHeading(doc),
    ...owners,
    ...postedBy(doc),
  ])
    // A name a link spells, or a careers site's "Karriere bei Hays", is a name though a
    // town's too.
    add(
      c.value,
      c.raw,
      c.from,
      c.score,
      c.from === 'name spelled by a link' || c.from === OWNER_LINK,
    )
  for (const m of allMatches(TEAM_AT, doc.bodyText)) {
    if (m[1] && !COMPANY_STOPWORDS.test(m[1])) add(m[1], m[0].trim(), 'team at X in the text', 2)
  }
  for (const m of allMatches(POSSESSIVE, doc.bodyText)) {
    if (m[1] && !COMPANY_STOPWORDS.test(m[1])) add(m[1], m[0].trim(), 'possessive in the text', 1)
  }
  // A recruiter's posting that names its client: the client is the employer, and no mention
  // of the recruiter counts.
  const client = clientOfAgency(doc.allText, () =>
    doc.lines
      .filter((l) => l.noise)
      .map((l) => l.text)
      .join('\n'),
  )
  if (!client) {
    // "Voor onze opdrachtgever, een snelgroeiende scale-up …": a recruiter that keeps its
    // client unnamed is the employer a reader deals with; its site's name tops the page.
    const site = siteNameAtop(doc)
    if (site && speaksAsRecruiter(doc.allText))
      add(site.text.trim(), site.raw, "a recruiter's site name atop the page", 2)
    return out
  }
  add(client.value, client.raw, 'client a recruiter names', 8)
  return out.filter((c) => !client.isRecruiter(c.value))
}

/** A site's name in the menu's first line: one to three capitalised words. */
const SITE_NAME = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’-]*){0,2}$/u

/** The page's first line when it is its site's name at the top of its menu. */
function siteNameAtop(doc: Doc): Line | null {
  const first = doc.lines.find((l) => l.kind !== 'blank')
  if (!first || first.noise !== 'site menu' || !SITE_NAME.test(first.text.trim())) return null
  return MENU_ITEMS.has(first.text.trim().toLowerCase()) ? null : first
}

/**
 * "What We Grow", "We The Makers": on a pipe line's company part, a short name whose every
 * word is capitalised is a name though it holds "We" or "You".
 */
function titleCased(name: string, why: string): boolean {
  const words = name.split(/\s+/)
  return (
    why === 'a sentence' &&
    words.length <= 4 &&
    !/\bhiring\b|[.!?]$/i.test(name) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))
  )
}

function wordFragment(text: string, value: string): boolean {
  const at = text.indexOf(value)
  return at >= 0 && /^[·•/]\p{L}/u.test(text.slice(at + value.length))
}

function firstLine(doc: Doc): Line | undefined {
  return doc.lines.find((l) => l.kind !== 'blank' && !l.noise)
}

/** "at Acme" under the title (Greenhouse, "bei Acme", "chez Acme"): the company after "at". */
const EMPLOYER_AT = /^(?:at|@|bei|chez|presso|bij|en)\s+(?=\p{Lu}|\p{N})/u

/** Job boards print the company on the line under the title: the second short header line. */
/** The title's line among the first lines shown, and how far a name under it is read. */
const NEAR_TOP_LINES = 4
const UNDER_TITLE_REACH = 20

/** Parts of a line between middle dots or bullets: a board's facts. */
const FACTS_BETWEEN_DOTS = /\S\s[·•]\s\S.*\s[·•]\s\S/

function lineUnderTitle(doc: Doc): Line | null {
  const title = doc.header.title
  if (!title) return null
  const lines = doc.lines.filter((l) => l.kind !== 'blank' && !l.noise).slice(0, UNDER_TITLE_REACH)
  // A title the header read from two lines ("Machine Learning Engineer" over "Senior Machine
  // Learning Engineer, Search Ranking") has its company under the first.
  const first = title.from === 'job-board header' ? title.raw.split('\n')[0] : title.raw
  const at = lines.findIndex((l) => l.raw === first)
  const next = at >= 0 ? lines[at + 1] : undefined
  if (!next || next.n >= (doc.lines[doc.headerEnd]?.n ?? Infinity)) return null
  const text = next.text.trim()
  // Far down a page the board's furniture did not give away, only a name that says it is one.
  if (at >= NEAR_TOP_LINES && withoutLegalForm(text) === text) return null
  if (
    wordCount(text) > maxNameWords(text) ||
    ROLE_NOUN.test(text) ||
    HAS_MODE_WORD.test(text) ||
    // "Torino · Ibrido · Tempo indeterminato": a board's facts between dots, not one name.
    FACTS_BETWEEN_DOTS.test(text) ||
    /\d{3}|[|:]/.test(text) ||
    readFieldLabel(text)
  )
    return null
  return next
}

/**
 * The company: candidates naming the same company add up ("Acme" in the header and "At
 * Acme, we" in the text), and a short name that starts a longer one joins it.
 */
/** The readers of prose, whose readings of one sentence are one mention. */
const PROSE_READERS = new Set([
  'company named in the text',
  'the company named in the text',
  'subject of the opening sentence',
])

/**
 * One sentence is one mention: "Merkle is a leader …" read both as a company cue and as the
 * opening sentence's subject counts once, at its higher score.
 */
function onceEach(candidates: Candidate<string>[], key: (name: string) => string) {
  const best = new Map<string, Candidate<string>>()
  const out: Candidate<string>[] = []
  for (const c of candidates) {
    if (!PROSE_READERS.has(c.from)) {
      out.push(c)
      continue
    }
    const k = `${key(c.value)}\u0000${c.raw}`
    const kept = best.get(k)
    if (!kept || c.score > kept.score) best.set(k, c)
  }
  return [...out, ...best.values()]
}

function capitals(name: string): number {
  return name.replace(/[^\p{Lu}\s]/gu, '').length
}

/** A small letter: a name without one is written in capitals ("RHÔNALIS INFORMATIQUE"). */
const SMALL_LETTER = /\p{Ll}/u

/** A separator after a name, before what a line adds to it: "Acme · Turin", "Acme - Wichita, KS". */
const HAS_PART_AFTER = /[·|,/]|\s[-–—]\s/

/** The longer spelling of two. */
function longer(a: { value: string }, b: { value: string }): string {
  return a.value.length >= b.value.length ? a.value : b.value
}

export function resolveCompany(candidates: Candidate<string>[]): {
  value: string | null
  /** Where the surest evidence for the name was read ("job-board header", …). */
  from: string | null
  warnings: string[]
} {
  const key = (name: string) =>
    bareCompany(name)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  const votes = tally(onceEach(candidates, key), key)
  // "Acme" and "Acme Robotics" are one company: the strongest spelling keeps both scores.
  for (const vote of votes) {
    for (const other of votes) {
      if (other === vote || other.score === 0) continue
      const a = key(vote.value)
      const b = key(other.value)
      // "spruceinfotech" over "Spruce InfoTech is …": one name; the prose spells it.
      if (a.replace(/ /g, '') === b.replace(/ /g, '')) {
        const [keep, drop] =
          capitals(vote.value) >= capitals(other.value) ? [vote, other] : [other, vote]
        keep.score += drop.score
        drop.score = 0
        continue
      }
      if (b.startsWith(`${a} `) || a.startsWith(`${b} `)) {
        // The spelling of the surest single source stands ("Rainbow Insurance" on the
        // summary line over "Rainbow" in the prose); the scores add up.
        const surest = (v: typeof vote) => Math.max(...v.evidence.map((e) => e.score))
        // "RHÔNALIS INFORMATIQUE" in a board's capitals beside "Rhônalis conçoit …": the
        // name as the prose writes it.
        const shouted = (v: typeof vote) => !SMALL_LETTER.test(v.value)
        const [keep, drop] =
          shouted(vote) !== shouted(other)
            ? shouted(vote)
              ? [other, vote]
              : [vote, other]
            : surest(vote) > surest(other) ||
                (surest(vote) === surest(other) &&
                  (vote.score > other.score ||
                    // "Quernstone" in a mail's address and "Quernstone Labs builds …" in
                    // the prose, as sure: the name written out in full, unless what it adds
                    // is beside the name ("Lagunare Srl · Torino").
                    (vote.score === other.score &&
                      a.length >= b.length === !HAS_PART_AFTER.test(longer(vote, other)))))
              ? [vote, other]
              : [other, vote]
        keep.score += drop.score
        drop.score = 0
      }
    }
  }
  const best = votes.filter((v) => v.score > 0).sort((a, b) => b.score - a.score)[0]
  // A single weak mention in passing ("Acme's platform" once) is not enough to name it.
  if (!best || best.score < 2) {
    return {
      value: null,
      from: null,
      warnings: ['no company named: add `company:` to the front matter'],
    }
  }
  const surest = best.evidence.reduce((a, b) => (b.score > a.score ? b : a))
  // "OmniAI (YC W24)", "Lago (getlago.com)": the name, without what the post adds after it.
  return { value: bareCompany(best.value), from: surest.from, warnings: [] }
}
