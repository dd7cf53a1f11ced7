import type { Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import type { Line } from './types.ts'
import { JOB_LINK_HOSTS } from './job-link-hosts.ts'
import { isCommonWord } from './common-words.ts'
import { readFieldLabel } from './field-line.ts'
import { LEGAL_FORM_IN_PROSE, withoutLegalForm } from './legal-form.ts'
import { isJobLink } from './links.ts'
import { copyrightOwner, firstCrumb, OWNER_LINK_WORDS } from './page-chrome.ts'
import { allMatches, allMatchesInRuns } from './matches.ts'
import { COMPANY_PREDICATE, COMPANY_STOPWORDS, NAME_WORDS, ROLE_NOUN } from './patterns.ts'
import { placeKey } from './place-key.ts'
import { headingKind } from './segment.ts'
import { techByName } from './taxonomy.ts'
import { STOP_WORDS } from './stop-words.ts'
import { COMPANY_VERBS } from './words/company-cues.ts'
import { GENERAL_HOSTS } from './words/general-hosts.ts'
import { allLanguages } from './words/languages.ts'
import { LISTING_OPENERS, POSTED_BY_WORDS } from './words/listing-words.ts'
import { wordCount } from './text.ts'

/**
 * Evidence of the company's name that needs no fixed phrase: a name the post's own links
 * spell ("Wayward (wayward.com)", "keep FetLife fast" beside fetlife.com/jobs), the subject
 * of the post's opening sentence ("Cinderford Maps builds offline maps", "Tidewell's platform
 * tells …"), and the employer after a role ("Engineer at Hyperbound", "Engineers @Artemis").
 */

/** How far into the text the name is looked for: a post names its company early. */
const NEAR_TOP = 2_500
/** A host name, with or without a scheme: "https://jobs.acme.io/x", "wayward.com", "Mem0.ai". */
const HOST =
  /(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|io|ai|co|dev|app|org|net|tech|so|xyz|sh|gg|me|inc|health|bio|cloud|studio|systems|ventures|de|fr|es|it|nl|pl|pt|br|uk|eu|us|ca|ch|at|be|se|dk|no|fi|ie|au|nz|mx|ar|cl|in|sg|jp))(?![\p{L}\p{N}-])(\/[^\s<>()[\]"'`]*)?/giu
/** The part of a host before which a second-level suffix sits: "acme.co.uk", "acme.com.br". */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov'])
/** Sub-domain and path words that are never a company's name. */
const GENERIC_LABEL =
  /^(?:www|jobs?|careers?|apply|boards?|job-boards|app|api|en|de|fr|es|embed|[ojp]|companies|company|positions?|postings?|openings?|view|share|s|go|hire|recruiting|ats|team)$/
/** A brand's domain often adds a word to its name: "clutchapp.io", "getacme.com", "acmehq.com". */
const LABEL_AFFIX =
  /^(?:get|try|join|use|go|hello|with|meet|the)?(.+?)(?:hq|app|labs?|inc|ai|io|tech|jobs|careers|team|co|group)?$/

function endsWithHost(host: string, list: readonly string[]): boolean {
  return list.some((h) => host === h || host.endsWith(`.${h}`))
}

/** The names a link may spell: the host's own label, or an applicant-tracking path's slug. */
function linkLabels(host: string, path: string): string[] {
  const h = host.toLowerCase()
  if (endsWithHost(h, GENERAL_HOSTS)) return []
  const parts = h.split('.')
  if (endsWithHost(h, JOB_LINK_HOSTS)) {
    // jobs.ashbyhq.com/acme, acme.recruitee.com, boards.greenhouse.io/acme/jobs/1
    const slugs = [...parts.slice(0, -2), ...path.split('/').slice(1, 3)]
    return slugs.filter((s) => s && !GENERIC_LABEL.test(s) && !/^\d+$/.test(s)).slice(0, 2)
  }
  let at = parts.length - 2
  if (at > 0 && SECOND_LEVEL.has(parts[at] ?? '') && (parts.at(-1) ?? '').length === 2) at--
  const label = parts[at] ?? ''
  return label && !GENERIC_LABEL.test(label) ? [label] : []
}

const key = (text: string) => placeKey(text).replace(/ /g, '')

/** Words of a name as written, in Latin script: letters and digits, inner dots, hyphens, "&". */
const NAME_WORD =
  /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}&'’-]*(?:\.[\p{Script=Latin}\p{N}]+)*/gu
const TLD_END = /\.(?:com|io|ai|co|dev|app|org|net|tech|so|xyz|sh|gg|me)$/i
/** Links and e-mail addresses: where a label is written, not where a name is. */
const LINK_OR_MAIL = /https?:\/\/\S+|\S+@\S+|\bwww\.\S+/g

/** A word of the prose, its key and whether it is a domain worked out when first asked. */
type NameWord = { text: string; at: number; key?: string; domain?: boolean }

function wordKey(word: NameWord): string {
  return (word.key ??= key(word.text.replace(TLD_END, '')))
}

function isDomain(word: NameWord): boolean {
  return (word.domain ??= TLD_END.test(word.text))
}

/** Every start of every label spelling ("", "a", "ac", "acm", "acme" for "acme"). */
function labelPrefixes(spelled: ReadonlyMap<string, string>): Set<string> {
  const prefixes = new Set<string>()
  for (const label of spelled.keys())
    for (let n = 0; n <= label.length; n++) prefixes.add(label.slice(0, n))
  return prefixes
}

/** Names the post's links spell, with where they stand. */
export function namesSpelledByLinks(doc: Doc): Candidate<string>[] {
  const labels = new Set<string>()
  // A host has a dot and no space: only the runs around the text's dots can hold one.
  for (const m of allMatchesInRuns(HOST, doc.allText, '.')) {
    for (const label of linkLabels(m[1] ?? '', m[2] ?? '')) labels.add(key(label))
  }
  if (!labels.size) return []
  const spelled = labelKeys(labels)
  const prose = doc.allText
    .slice(0, NEAR_TOP)
    .replace(LINK_OR_MAIL, (link) => ' '.repeat(link.length))
  // Each word's key once, and only for a word that may begin or continue a label's
  // spelling; a name of up to three words is their keys joined.
  const words: NameWord[] = allMatches(NAME_WORD, prose).map((m) => ({ text: m[0], at: m.index }))
  const starts = labelPrefixes(spelled)
  const found = new Map<string, { name: string; at: number; capital: boolean }>()
  for (let i = 0; i < words.length; i++) {
    // A name's first word keys to the start of a label: most words key to none.
    if (!starts.has(wordKey(words[i]!))) continue
    let joined = ''
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const last = words[i + n - 1] as NameWord
      const first = words[i] as NameWord
      // Words of one name stand side by side: a line break or punctuation ends it.
      if (
        n > 1 &&
        /\S/.test(prose.slice(words[i + n - 2]!.at + words[i + n - 2]!.text.length, last.at))
      )
        break
      if (n > 1 && isDomain(last)) break
      joined += wordKey(last)
      if (joined.length < 3) continue
      const label = spelled.get(joined)
      if (!label) continue
      const name = prose.slice(first.at, last.at + last.text.length)
      const capital = /^[\p{Lu}\p{N}]/u.test(name) || /\p{Lu}/u.test(name.slice(1))
      // A lower-case "acme.com" is the link written out, not the name.
      if (n === 1 && isDomain(first) && !capital) continue
      const best = found.get(label)
      if (!best || (capital && !best.capital)) found.set(label, { name, at: first.at, capital })
    }
  }
  const out: Candidate<string>[] = []
  for (const best of found.values()) {
    if (COMPANY_STOPWORDS.test(best.name) || ROLE_NOUN.test(best.name)) continue
    // A technology's site (rust-lang.org, "Rust") says what the post uses, not who hires;
    // so does a technology whose name reads as an address ("ASP.NET").
    if (techByName(best.name) || techByName(best.name.replace(TLD_END, ''))) continue
    out.push({
      value: best.name,
      raw: best.name,
      from: 'name spelled by a link',
      score: 2.5,
      at: best.at,
    })
  }
  return out
}

/** Per link label, the letters a name spells it with: the label, and the label less a brand affix. */
function labelKeys(labels: ReadonlySet<string>): Map<string, string> {
  const keys = new Map<string, string>()
  for (const label of labels) {
    keys.set(label, label)
    const bare = LABEL_AFFIX.exec(label)?.[1] ?? label
    if (bare.length >= 3 && !keys.has(bare)) keys.set(bare, label)
  }
  return keys
}

/** What opens a post before its first sentence: a greeting ("Hello!", "Hi HN,", "Hey all —"). */
const GREETING =
  /^(?:hello|hi|hey|greetings|howdy)(?:\s+(?:hn|all|everyone|folks|there))?[!,.:]?\s*[-–—]?\s*/i
/** A proper name of up to four words, "of"/"&"/"and" inside: "Trail of Bits", "Cinderford Maps". */
const SUBJECT =
  /^([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}(?:\s(?:(?:of|&|and|for|de|the)\s)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}){0,3})(?:\s*\([^()\n]{1,60}\))?(?:[’']s\s+\p{Ll}+)?\s+(?:(?:is|are|was)\s+(?:a|an|the|one|\p{Lu}\p{L}+[’']s|building|creating|developing|making|hiring|backed|headquartered|based|now|currently|reinventing|rebuilding|redefining|changing|bringing|helping|transforming|on\s+a\s+mission)|builds|helps|makes|acquires|develops|creates|provides|offers|powers|enables|gives|runs|designs|lets|turns|brings|operates|delivers|automates|connects|backs|tells|plans|sells|serves|protects|simplifies|transforms|specializes|specialises|invests|needs|wants|seeks)\b/u
/** "We're Orquidea Labs.", "We are Copperline, a …": the post names its writer. */
const WE_ARE =
  /^(?:[Ww]e(?:['’]re|\s+are)|[Tt]his\s+is)\s+([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}(?:\s(?:(?:of|&|and)\s)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}){0,3}?)(?:[.!,;:]|\s[-–—]\s|$)/u
/**
 * The same in the other posting languages ("Rebstock Digital entwickelt", "A Cepa Digital
 * desenvolve"): the name is the second group, after an article that is no part of it.
 */
const SUBJECT_IN_LANGUAGES = new RegExp(
  `^(L['’]|(?:Die|Der|Das|La|Le|Les|El|Los|Il|Lo|A|O|De|Het)\\s+)?([\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]{0,30}(?:\\s(?:(?:de|&|e|y|et|und|en|i)\\s)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]{0,30}){0,3})(?:\\s*\\([^()\\n]{1,60}\\))?\\s+(?:${allLanguages(COMPANY_VERBS).join('|')})(?!\\p{L})`,
  'u',
)
/** A heading run into its paragraph: "Wer wir sind: Fahrwerk ist …", "About us: Acme builds …". */
const INLINE_HEADING = /^(?:[\p{L}’'-]+\s){0,3}[\p{L}’'-]+\s?:\s+(?=\p{Lu})/u
/** A clause on funding, founding or seat before the sentence's subject, up to its comma. */
const OPENING_CLAUSE =
  /^(?:(?:[Bb]acked|[Ff]unded|[Ff]ounded|[Hh]eadquartered|[Bb]ased)\s(?:by|in|at|out of)\s[^,.]{2,80}|[Ss]ince\s\d{4}|[Ii]n\s\d{4}),\s+(?=\p{Lu})/u
/** Function words of every language read: "Unser Team entwickelt" names no company. */
const FUNCTION_WORDS = new Set(
  Object.values(STOP_WORDS)
    .flat()
    .map((w) => w.toLowerCase()),
)

/** Words that open a sentence and are never the company: pronouns, articles, time words. */
const NOT_SUBJECT =
  /^(?:we|our|you|your|i|my|it|its|this|that|these|those|there|here|the|a|an|what|who|why|how|each|every|everyone|all|some|one|no|if|when|while|today|now|currently|recently|after|before|since|hiring|remote|location|salary|compensation|role|job|position|team|company|about|apply|please|note|also|and|but|so|as|at|in|on|for|with|by|from|to|more|most|many|both|either|neither|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday)$/i

/** A section heading of a known kind ("About us", "O firmie"), not a lone name. */
function isHeadingLine(line: Line): boolean {
  const kind = headingKind(line)
  return kind !== null && kind !== 'unknown'
}

/** The first sentence of the post's body, and of its first two paragraphs after the header. */
function openingSentences(doc: Doc): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = []
  let paragraphs = 0
  let previousBlank = true
  for (const line of doc.lines) {
    if (line.noise) continue
    if (line.kind === 'blank') {
      previousBlank = true
      continue
    }
    // "O firmie" over "Odrapex tworzy …": the paragraph starts under its heading.
    if (out.length && previousBlank && isHeadingLine(line)) continue
    if (previousBlank || !out.length) {
      const text = line.text.trim()
      if (text) out.push({ text, at: line.n })
      if (++paragraphs >= 3) break
    }
    previousBlank = false
  }
  // "Über uns" over "Routemeister digitalisiert …": the company's own paragraph opens there too.
  for (const { next } of underAboutHeadings(doc))
    if (next.kind === 'text') out.push({ text: next.text.trim(), at: next.n })
  return out
}

/**
 * The subject of the post's opening sentences when it is a proper name and its verb says
 * what a company does ("Cinderford Maps builds …", "Trail of Bits is a …", "Tidewell's
 * platform tells …").
 */
export function openingSubject(doc: Doc): Candidate<string>[] {
  const found: Candidate<string>[] = []
  for (const { text, at } of openingSentences(doc)) {
    // Every sentence of the paragraph's first line: "Hello! Cinderford Maps builds …".
    for (const sentence of text
      .replace(GREETING, '')
      .split(/(?<=[.!?])\s+/)
      .slice(0, 2)) {
      // "Backed by Lightspeed, Eagle acquires …": an opening clause before the subject.
      const opening = sentence
        .replace(GREETING, '')
        .replace(INLINE_HEADING, '')
        .replace(OPENING_CLAUSE, '')
      const english = SUBJECT.exec(opening) ?? WE_ARE.exec(opening)
      const other = english ? null : SUBJECT_IN_LANGUAGES.exec(opening)
      const m = english ?? other
      const name = (english ? english[1] : other?.[2])?.trim().replace(/[.’']+$/, '')
      if (!name) continue
      const firstWord = name.split(/\s+/)[0] ?? ''
      if (NOT_SUBJECT.test(firstWord) || COMPANY_STOPWORDS.test(name)) continue
      // "Die Plattform verbindet": after an article, one capitalised word is a noun (German
      // capitalises every noun), not a name; nor is "Unser Team".
      if (other && ((other[1] && !/\s/.test(name)) || FUNCTION_WORDS.has(firstWord.toLowerCase())))
        continue
      if (ROLE_NOUN.test(name)) continue
      // "Honeycomb is the observability platform for …": a technology's name is the company
      // when the sentence says what the company is or does, not "React is a must".
      if (techByName(name) && !(english && COMPANY_PREDICATE.test(opening.slice(name.length))))
        continue
      found.push({
        value: name,
        raw: m?.[0] ?? name,
        from: 'subject of the opening sentence',
        score: 2.5,
        at,
      })
      return found
    }
  }
  return found
}

/** "Senior Recruiter at Vertex Talent Solutions": a person's headline, their role at their employer. */
const HEADLINE_AT =
  /^(.{2,60}?)\s(?:at|@|bei|chez|en|na|presso|bij|w)\s?([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}(?:\s\p{Lu}[\p{L}\p{N}&.'’-]{0,30}){0,3})\s*$/u

/**
 * The employer of the person a listing was posted by, from the headline under their name
 * ("Ankita Rao" over "Senior Recruiter at Vertex Talent Solutions"); null when the name has
 * none under it (a company's own account).
 */
export function posterHeadlineEmployer(doc: Doc, raw: string): string | null {
  const nameLine = raw.split('\n').at(-1)
  const at = doc.lines.findIndex((line) => line.raw === nameLine)
  if (at < 0) return null
  const next = doc.lines.slice(at + 1).find((line) => line.kind !== 'blank')
  const headline = next ? HEADLINE_AT.exec(next.text.trim()) : null
  return headline?.[2] && ROLE_NOUN.test(headline[1] ?? '') ? headline[2] : null
}

/** "Engineer at Hyperbound", "Engineers @Artemis in NYC", "co-founder at SightlineOS". */
const AT_EMPLOYER =
  /\s(?:at|@)\s?([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}(?:\s\p{Lu}[\p{L}\p{N}&.'’-]{0,30}){0,2})/gu
/** The word before " at ": read backwards from the match, so the scan starts only at "at". */
const WORD_BEFORE = /(\p{L}+)\s*$/u
const FOUNDER = /^(?:co-?founder|founder|ceo|cto|coo|head)$/i

/** The employer a role or a founder is "at" in the post's first lines. */
export function employerAfterRole(doc: Doc): Candidate<string>[] {
  const found: Candidate<string>[] = []
  const text = doc.allText.slice(0, NEAR_TOP)
  for (const m of allMatches(AT_EMPLOYER, text)) {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? ''
    const name = (m[1] ?? '').replace(/[.’']+$/, '')
    if (!word || (!ROLE_NOUN.test(word) && !FOUNDER.test(word))) continue
    const firstWord = name.split(/\s+/)[0] ?? ''
    if (NOT_SUBJECT.test(firstWord) || COMPANY_STOPWORDS.test(name) || ROLE_NOUN.test(name))
      continue
    if (techByName(name)) continue
    found.push({
      value: name,
      raw: `${word}${m[0]}`,
      from: 'employer after a role',
      score: 2,
      at: m.index,
    })
  }
  return found
}

/**
 * "About Every", "Über Kranwerk", "À propos de Vellmar", "Sobre a Maré Labs": a heading naming
 * what it is about, perhaps with the article the language puts before a company's name.
 */
const ABOUT_NAME =
  /^(?:About|Über|À propos de|A propos de|Acerca de|Sobre|Over)\s+(?:(?:a|o|la|el|die|das|der|de|l['’])\s*)?([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}(?:\s[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}){0,3})\s*[:：]?$/u
/** The article a paragraph may open with before the name ("A Maré Labs nasceu …"). */
const NAME_ARTICLE = /^(?:(?:A|O|La|El|Die|Das|Der|De)\s+|L['’]\s*)/u
/** More capitalised words after a name, up to its legal form: " Pagamentos, S.A." */
const WHOLE_NAME = new RegExp(
  `^((?:\\s\\p{Lu}[\\p{L}&'’-]*){1,3}),?\\s(?:${LEGAL_FORM_IN_PROSE})(?![\\p{L}])`,
  'u',
)
/** "About Us", "About the role": what follows is no name. */
const PRONOUN = /^(?:us|uns|nous|nosotros|nós|ons|our|the|this|you|your|we|me|my|it|its|their)$/i
/** How many lines are read for such a heading: a post says who it is early. */
const ABOUT_LINES = 60

/**
 * A heading "About X" whose next paragraph opens with X ("About Every" over "Every’s
 * mission is …", "About Kendal" over "Kendal is building …"): two statements that agree, so
 * the name stands even when it is also a common word or a town's name.
 */
export function aboutHeadings(doc: Doc): Candidate<string>[] {
  const lines = doc.lines.slice(0, ABOUT_LINES).filter((l) => !l.noise && l.kind !== 'blank')
  const found: Candidate<string>[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line
    if (line.kind === 'bullet' || line.text.length > 60) continue
    const name = ABOUT_NAME.exec(line.text.trim())?.[1]
    if (!name || PRONOUN.test(name.split(/\s/)[0] ?? '')) continue
    const paragraph = (lines[i + 1] as Line).text.trimStart()
    const next = paragraph.startsWith(name) ? paragraph : paragraph.replace(NAME_ARTICLE, '')
    if (!next.startsWith(name) || !/^(?:[’']s\s|\s|,)/u.test(next.slice(name.length))) continue
    // "About Marés" over "Marés Pagamentos, S.A. is …": the paragraph gives the name whole.
    const whole = WHOLE_NAME.exec(next.slice(name.length))?.[1]
    found.push({
      value: whole ? `${name}${whole}` : name,
      raw: line.raw,
      from: '"About X" over a paragraph on X',
      score: 4,
    })
  }
  return found
}

/** Where a name was read from a careers site's link to its own page. */
export const OWNER_LINK = '"Life at X" in the menu'
const COPYRIGHT_LINE = "the footer's copyright line"
/**
 * "Life at Havgrim", "Karriere bei Hays": a careers site's link to its own page, one item of
 * its menu (items parted by separators or runs of spaces); the name after the link's words.
 */
const OWNER_NAME = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}$/u
const MENU_ITEM_BREAK = /\s{2,}|\s*[|•·›»]\s*|\s+\/\s+/
function ownerLinkName(raw: string): string | null {
  for (const item of raw.trim().split(MENU_ITEM_BREAK)) {
    const link = OWNER_LINK_WORDS.exec(item)
    const name = link ? item.slice(link[0].length) : ''
    if (OWNER_NAME.test(name)) return name
  }
  return null
}
/**
 * "Havgrim and our selected partners use cookies", "Keljob et ses partenaires utilisent des
 * cookies", "X und seine Partner verwenden Cookies": the site's owner, in its cookie notice.
 */
const COOKIE_OWNER =
  /^(?:This website uses cookies[^.]*\.\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})\s+(?:(?:and (?:our|its) (?:selected )?partners|et ses partenaires|und (?:seine|ihre|unsere) Partner|y sus socios|e (?:seus|os seus) parceiros|e i suoi partner|en (?:zijn|haar|onze) partners|i (?:jego|nasi) partnerzy)\s+)?(?:uses?|utilisen?t|verwende[nt]|nutz(?:en|t)|utiliza[mn]?|usa[mn]?|utilizza(?:no)?|gebruik(?:t|en)|używa(?:ją)?)\s+(?:des\s+|plików\s+)?[Cc]ookies?\b/u

/**
 * A careers site names its owner in its furniture: the menu's "Life at Havgrim", the cookie
 * notice's "Havgrim and our partners use cookies", the first crumb of its trail ("Havgrim /
 * Open roles / …"), its footer's "Karriere bei Hays". A board's furniture names the board,
 * which the caller weighs as such.
 */
export function siteOwner(doc: Doc): Candidate<string>[] {
  const found: Candidate<string>[] = []
  for (const line of doc.lines.slice(0, SITE_FURNITURE_LINES)) {
    if (line.noise === 'site menu') {
      const name = ownerLinkName(line.raw)
      if (name) found.push({ value: name, raw: line.raw, from: OWNER_LINK, score: 2 })
    } else if (line.noise === 'cookie notice') {
      const name = COOKIE_OWNER.exec(line.text.trim())?.[1]
      // "We use cookies", "Wir verwenden Cookies", "Nous utilisons …": no name.
      const first = name?.split(/\s/)[0] ?? ''
      if (name && !/^(?:We|This|Our|The)$/.test(first) && !FUNCTION_WORDS.has(first.toLowerCase()))
        found.push({ value: name, raw: line.raw, from: 'cookie notice', score: 2 })
    } else if (line.noise === 'breadcrumb') {
      // "Kestrel Robotics / Open roles / Platform Engineer": the trail starts at the site's owner.
      const head = firstCrumb(line.text)
      // A menu item there ("Home / Careers / …") is no name: the caller's check says so. A
      // trail laid out one crumb a line ("Canada.ca" over "Job Bank") names no owner first.
      if (CRUMB_NAME.test(head) && head !== line.text.trim())
        found.push({ value: head, raw: line.raw, from: 'first crumb of the trail', score: 2 })
    }
  }
  // "Jobs · Über uns · Karriere bei Spring Professional · Presse": the footer's links too.
  doc.lines.forEach((line, i) => {
    if (i < doc.lines.length - SITE_FURNITURE_LINES) return
    // "© 2025 Tern & Tide Studio LLC": the footer's copyright names the site's owner, the
    // employer on its own careers page and a board on a board's (which then names the
    // employer higher up, more surely).
    const owner = copyrightOwner(line.text)
    if (owner) found.push({ value: owner, raw: line.raw, from: COPYRIGHT_LINE, score: 2 })
    if (!line.noise) return
    if (i < SITE_FURNITURE_LINES && line.noise === 'site menu') return
    const name = ownerLinkName(line.raw)
    if (name) found.push({ value: name, raw: line.raw, from: OWNER_LINK, score: 2 })
  })
  return found
}
/** A crumb that may be a name: capitalised, up to four words. */
const CRUMB_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s[\p{L}\p{N}&.'’-]+){0,3}$/u

/** How far down a page its menu and cookie notice are read for the owner's name. */
const SITE_FURNITURE_LINES = 40

/** The longest heading over a company's name, and the longest name under it. */
const ABOUT_HEADING_CHARS = 40
const NAME_UNDER_CHARS = 60
const NAME_UNDER_WORDS = 6

/** Whether a text is one word of the frequent words of the posting languages. */
function oneCommonWord(text: string): boolean {
  const word = text.trim()
  return !/\s/.test(word) && isCommonWord(word)
}

/**
 * Each "About us"-style heading of the page, or a company's label alone on its line
 * ("Pracodawca", "Arbeitgeber" over a public register's name), and the shown line right
 * under it.
 */
function underAboutHeadings(doc: Doc): { heading: Line; next: Line }[] {
  const lines = doc.lines.filter((l) => !l.noise && l.kind !== 'blank')
  const found: { heading: Line; next: Line }[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const heading = lines[i] as Line
    if (heading.kind === 'bullet' || heading.text.length > ABOUT_HEADING_CHARS) continue
    const next = lines[i + 1] as Line
    if (headingKind(heading) === 'about') found.push({ heading, next })
    // "Advertised By" over "Agency": a kind of advertiser, not its name.
    else if (readFieldLabel(heading.text) === 'company' && !oneCommonWord(next.text))
      found.push({ heading, next })
  }
  return found
}

/**
 * "Entreprise" over "ATELIER GIRONDIN DU NUMERIQUE" over its size and its blurb, "Sobre a
 * empresa" over "Ipêverde Sistemas Ltda.": a board's block about the employer, its name on
 * the line under its heading. A sentence there ("Wir sind ein Team …") names nobody.
 */
export function nameUnderAboutHeading(doc: Doc): Candidate<string>[] {
  const found: Candidate<string>[] = []
  for (const { heading, next } of underAboutHeadings(doc)) {
    const name = next.text.trim()
    // "… SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ": a legal form written out is long.
    const bare = withoutLegalForm(name)
    if (
      // A bold line there is a tagline ("POWERING CRYPTO WITH DATA"), a heading of its own.
      next.kind !== 'text' ||
      next.marked ||
      bare.length > NAME_UNDER_CHARS ||
      bare.split(/\s+/).length > NAME_UNDER_WORDS ||
      !NAME_WORDS.test(name) ||
      /[!?:]$|[a-z]{2}\.$/.test(name) ||
      ROLE_NOUN.test(name)
    )
      continue
    const kind = headingKind(next)
    if (kind !== null && kind !== 'unknown') continue
    found.push({
      value: name,
      raw: `${heading.raw}\n${next.raw}`,
      from: 'name under "About"',
      score: 4,
    })
  }
  return found
}

/** A brand's domain may open with a verb before the name: "getduranta.com", "trychroma.com". */
const DOMAIN_VERB = /^(?:get|try|join)(?=[a-z]{4})/
const RESERVED_HOST =
  /(?:^|\.)(?:example\.(?:com|net|org)|[^.]+\.(?:example|test|invalid|localhost))$/i
/** A label a name can be read from: letters and inner hyphens ("category-labs"), no digits. */
const NAME_LABEL = /^[a-z]{3,}(?:-[a-z]+)*$/

/**
 * The employer an apply link names, when the post names no company: the link's own host
 * ("careers.sched.com" → "Sched") or an applicant-tracking link's slug ("jobs.ashbyhq.com/
 * bliro" → "Bliro"), spelled as the text spells it ("PostHog" beside posthog.com/careers) or
 * else capitalised. A link where the post itself lives (`pageUrl`, a job board's page) names
 * the board, not the employer; general hosts and random slugs name nobody.
 */
export function companyFromApplyLink(
  doc: Doc,
  applyUrl: string | undefined,
  pageUrl: string | undefined,
): Candidate<string> | null {
  if (!applyUrl) return null
  let host: string
  let path: string
  try {
    ;({ hostname: host, pathname: path } = new URL(applyUrl))
    if (pageUrl && new URL(pageUrl).hostname === host) return null
  } catch {
    return null
  }
  // Names reserved for examples (RFC 2606, RFC 6761: example.com, .test) are placeholders.
  if (RESERVED_HOST.test(host)) return null
  const label = linkLabels(host, path)[0]?.toLowerCase().replace(DOMAIN_VERB, '')
  if (!label || !NAME_LABEL.test(label)) return null
  // "Research Affiliates" spells researchaffiliates.com: a space or hyphen may part the letters.
  const letters = label.replace(/-/g, '').split('').join('[- ]?')
  const spelled = new RegExp(`(?<![\\p{L}\\p{N}])${letters}(?![\\p{L}\\p{N}])`, 'iu').exec(
    doc.allText.slice(0, NEAR_TOP).replace(LINK_OR_MAIL, ' '),
  )?.[0]
  // A link that is neither a careers page nor spelled in the text (a link shortener's
  // "zrec.ca/uMnqA") is no evidence of the employer.
  if (!spelled && !isJobLink(applyUrl)) return null
  const name =
    spelled && /\p{Lu}/u.test(spelled)
      ? spelled
      : (spelled ?? label)
          .split(/[- ]/)
          .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
          .join(' ')
  return { value: name, raw: applyUrl, from: 'the apply link', score: 2 }
}

/** How far down a listing says who posted it. */
const POSTED_BY_REACH = 40
/** The most words of a poster's name on the line under "Posted on … by". */
const POSTER_WORDS = 8

/**
 * "Posted on May 20, 2025 by" over "Prairie Ledger Systems Inc.", "Publiée le 3 mai par
 * Ardoise SAS": who posted the listing, after the date it went up; on a board, the employer.
 */
const POSTED_BY = new RegExp(
  `^(?:${allLanguages(LISTING_OPENERS).join('|')})(?![\\p{L}])[^\\n]{0,40}?\\s(?:${allLanguages(POSTED_BY_WORDS).join('|')})(?:\\s+(\\S.{1,60}))?$`,
  'iu',
)

export function postedBy(doc: Doc): Candidate<string>[] {
  const lines = doc.lines.slice(0, POSTED_BY_REACH)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank') continue
    const m = POSTED_BY.exec(line.text.trim())
    if (!m) continue
    if (m[1])
      return [
        { value: m[1].trim(), raw: line.raw, from: 'name the listing was posted by', score: 5 },
      ]
    const next = lines.slice(i + 1).find((l) => l.kind !== 'blank')
    if (next && wordCount(next.text) <= POSTER_WORDS)
      return [
        {
          value: next.text.trim(),
          raw: `${line.raw}\n${next.raw}`,
          from: 'name the listing was posted by',
          score: 5,
        },
      ]
  }
  return []
}
