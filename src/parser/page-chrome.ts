import { escapeRegExp } from './lib/escape-regexp.ts'
import { wordCount } from './text.ts'
import { anyLiteral } from './lib/any-literal.ts'
import { allLanguages } from './words/languages.ts'
import { NOISE_REGION_START, ROLE_NOUN, TABLE_CELL_GAP } from './patterns.ts'
import {
  BACK_LINK_OPENERS,
  CONSENT_OPENERS,
  CONSENT_VERBS,
  COOKIE_WORDS,
  PRIVACY_WORDS,
  SOCIAL_BUTTONS,
  BREADCRUMB_LABELS,
  CONSENT_WORDS,
  LISTING_ACTIONS,
  MAIL_LINKS,
  OTHER_LISTINGS_HEADINGS,
  PAGE_COUNTER_WORDS,
  PAGE_OWNER_OPENERS,
  RESULT_COUNT_WORDS,
  SEARCH_BUTTONS,
  SEARCH_FIELD_NOUNS,
  SEARCH_FILTER_LABELS,
  RIGHTS_RESERVED,
  SITE_OWNER_LINKS,
  SORT_LABELS,
} from './words/page-chrome-words.ts'
import { phraseRegex, phraseSource } from './words/compile.ts'
import { DOCUMENT_MARKINGS } from './words/document-markings.ts'

/**
 * A page's furniture around a listing that no word list of the posting names: its cookie
 * notice and the notice's buttons, its breadcrumb trail, its rows of buttons ("Jetzt bewerben
 * · Merken · Teilen"). Each is read from a line's lower-cased, space-collapsed key.
 */

/** A sticky search for one phrase of `phrases` ending at a separator or the end. */
function phraseAt(phrases: readonly string[]): RegExp {
  const alternation = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
  return new RegExp(`(?:${alternation})(?=$|[\\s|·•/,&])`, 'y')
}

const ACTION_AT = phraseAt([
  ...allLanguages(LISTING_ACTIONS),
  ...allLanguages(MAIL_LINKS),
  ...allLanguages(SOCIAL_BUTTONS),
])
const CONSENT_AT = phraseAt(allLanguages(CONSENT_WORDS))
/** "torna ai risultati di ricerca": a link back to the list, a few words after its opener. */
const BACK_LINK_AT = new RegExp(
  `(?:${[...allLanguages(BACK_LINK_OPENERS)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')}) [^\\s|·•/,&]+(?: [^\\s|·•/,&]+){0,4}(?=$|[\\s|·•/,&])`,
  'y',
)
const SEPARATORS = /[\s|·•/,&]+/y

/**
 * Whether the key is one or more of the phrases and nothing else, taken longest first: how
 * many links back to the list (`back`, tried where no phrase stands) it took, else -1.
 */
function phraseRun(key: string, at: RegExp, back?: RegExp): number {
  let pos = 0
  let found = 0
  let backs = 0
  while (pos < key.length) {
    at.lastIndex = pos
    if (at.exec(key)) pos = at.lastIndex
    else if (back) {
      back.lastIndex = pos
      if (!back.exec(key)) return -1
      pos = back.lastIndex
      backs++
    } else return -1
    found++
    SEPARATORS.lastIndex = pos
    if (SEPARATORS.exec(key)) pos = SEPARATORS.lastIndex
  }
  return found > 0 ? backs : -1
}

/** Whether the key is one or more of the phrases and nothing else. */
function onlyPhrases(key: string, at: RegExp): boolean {
  return phraseRun(key, at) >= 0
}

/**
 * "jetzt bewerben", "zur bewerbung merken drucken weiterempfehlen", "postuler | partager"; a
 * newsletter's "view this email in your browser", "unsubscribe · update your preferences".
 */
export function isListingActions(key: string): boolean {
  // "← Zurück zu allen Stellen": a link's arrow is no word of it.
  if (key.length > 240) return false
  const bare = unbracketed(key).replace(LEADING_ARROW, '')
  // "← Toutes les missions", "‹ All jobs": an arrow back before a few words naming no role.
  if (BACK_ARROW.test(key) && wordCount(bare) <= BACK_ARROW_WORDS && !ROLE_NOUN.test(bare))
    return true
  const backs = phraseRun(bare, ACTION_AT, BACK_LINK_AT)
  // "Return to Work Programme Engineer" is a role's title, not a link back.
  return backs === 0 || (backs > 0 && !ROLE_NOUN.test(bare))
}

/** "[Solliciteer]  [Bewaar vacature]": buttons copied with their brackets, read without. */
function unbracketed(key: string): string {
  return key.includes('[') ? key.replace(/[[\]]/g, ' ').replace(/\s+/g, ' ').trim() : key
}

const LEADING_ARROW = /^[←‹«<]\s*/
/** An arrow pointing back, which no quotation mark or markup's bracket is ("«", "<"). */
const BACK_ARROW = /^[←‹]/
/** The most words of a link back after its arrow. */
const BACK_ARROW_WORDS = 5

/** "alle akzeptieren ablehnen details": the buttons under a cookie notice. */
export function isConsentButtons(key: string): boolean {
  return key.length <= 80 && onlyPhrases(unbracketed(key), CONSENT_AT)
}

/** The most words of a button that names what it does to cookies. */
const COOKIE_BUTTON_WORDS = 4

/**
 * "Reject analytics cookies", "View cookies", "Cookie-Einstellungen": under a notice, a short
 * line that names cookies is one of its buttons, whatever its verb.
 */
export function isCookieButton(key: string): boolean {
  return key.split(' ').length <= COOKIE_BUTTON_WORDS && COOKIE.test(key)
}

/** The most words of a notice's own heading ("Cookies op werkenbijzeestroom.nl"). */
const NOTICE_HEADING_WORDS = 6

/**
 * "Cookies op werkenbijzeestroom.nl", "Nous respectons votre vie privée" over the notice: the
 * notice's heading.
 */
export function isCookieHeading(key: string): boolean {
  return key.split(' ').length <= NOTICE_HEADING_WORDS && (COOKIE.test(key) || PRIVACY.test(key))
}

const COOKIE = anyLiteral(allLanguages(COOKIE_WORDS))
const PRIVACY = anyLiteral(allLanguages(PRIVACY_WORDS))
const CONSENT_VERB = phraseRegex(allLanguages(CONSENT_VERBS))
/** Longer than this, a line naming cookies is prose of the posting's own, not a notice. */
const MAX_NOTICE = 600

/**
 * "Mots-clés : technicien informatique Lieu : Rennes (35)", "What: data engineer Where: Remote",
 * "O quê? analista de dados Onde? Recife": the board's search, as typed, over its results; in
 * the eight languages. A form labels its fields with a colon or asks them as questions.
 */
const SEARCH_ECHO =
  /^(?:keywords?|stichw(?:ort|örter)|suchbegriffe?|mots[- ]clés|palabras clave|palavras[- ]chave|parole chiave|trefwoorden|słowa kluczowe|what|was|quoi|qué|o qu[eê]|cosa|wat|co)\s?[:?]/

/** The place the search asked for, beside its keywords: a post's own "Keywords:" has none. */
const SEARCH_PLACE =
  /\s(?:lieu|localisation|où|ort|wo|location|where|ubicación|dónde|local|onde|luogo|dove|plaats|waar|lokalizacja|gdzie)\s?[:?]/

export function isSearchEcho(key: string): boolean {
  return (SEARCH_ECHO.test(key) && SEARCH_PLACE.test(key)) || isFilterEcho(key)
}

/** The place field of a search form on a line of its own ("Où : Canada", "Where: Remote"). */
const SEARCH_PLACE_LINE =
  /^(?:lieu|localisation|où|ort|wo|location|where|ubicación|dónde|local|onde|luogo|dove|plaats|waar|lokalizacja|gdzie)\s?:/

/**
 * "Rechercher : développeur python" over "Où : Canada": the query typed into a board's search
 * box, its place on the next line. The label is a keyword field's or the form's button.
 */
export function isSearchQueryOver(key: string, next: string): boolean {
  if (!SEARCH_PLACE_LINE.test(next) || key.length > 80) return false
  const colon = key.indexOf(':')
  if (colon < 2) return false
  const label = key.slice(0, colon).trim()
  return (
    SEARCH_ECHO.test(`${label}:`) || SEARCH_BUTTON.has(label) || FILTER_LABEL.test(`${label}: `)
  )
}

/**
 * "java developer   Utrecht          Vacatures zoeken": a board's search form copied as
 * text, its fields as typed and its button last, the cells apart by runs of spaces.
 */
export function isSearchFormCells(raw: string): boolean {
  const cells = raw.trim().split(TABLE_CELL_GAP)
  if (cells.length < 2 || cells.length > 6 || cells.some((cell) => cell.length > 60)) return false
  return SEARCH_BUTTON.has((cells.at(-1) ?? '').toLowerCase())
}

/**
 * "Rechercher un job, une entreprise...", "Search jobs, companies…": a search box's
 * placeholder, its verb first and its dots last.
 */
export function isSearchPlaceholder(key: string): boolean {
  if (key.length > 80 || !/(?:\.\.\.|…)$/.test(key)) return false
  const verb = key.split(' ')[0] ?? ''
  return SEARCH_BUTTON.has(verb)
}

const SEARCH_FIELD = new Set(allLanguages(SEARCH_FIELD_NOUNS))
/**
 * Between a search box's fields as its placeholder lists them (commas and "or" words), and
 * between its cells (a gap, written " | " in a line's key).
 */
const FIELD_LIST_SEPARATOR = /\s*[,|]\s*|\s+(?:or|oder|ou|of|lub|albo|and|und|et|[eioy])\s+/

/**
 * "job title, skill or company", "ort oder remote": a search box's placeholder that lists what
 * it searches, two fields or more and nothing else.
 */
export function isSearchFieldList(key: string): boolean {
  if (key.length > 120) return false
  // "rechercher : intitulé de poste, mots clés ou entreprise | lieu": the box's button or
  // label before its placeholder, the next field's label after a gap.
  const colon = key.indexOf(':')
  const labelled = colon > 0 && SEARCH_BUTTON.has(key.slice(0, colon).trim())
  const list = (labelled ? key.slice(colon + 1) : key).trim().replace(/[.…]+$/, '')
  const fields = list.split(FIELD_LIST_SEPARATOR)
  return fields.length >= 2 && fields.every((field) => SEARCH_FIELD.has(field))
}

const MARKINGS = new Set(allLanguages(DOCUMENT_MARKINGS))
/** The marking in capitals, alone or before a dash and a restriction that starts in lower case. */
const MARKING_LINE = /^(\P{Ll}{3,40}?)(?:\s+[-–—:]\s+\p{Ll}.*)?$/u

/**
 * "INTERN – niet verspreiden buiten Kaaiwerk zonder akkoord HR", "CONFIDENTIAL": a document's
 * classification marking. In capitals: "Intern" and "Intern – Data Science" are a role's level.
 */
export function isDocumentMarking(text: string): boolean {
  const marking = MARKING_LINE.exec(text.trim())?.[1]
  return !!marking && /\p{Lu}/u.test(marking) && MARKINGS.has(marking.toLowerCase())
}

/**
 * "Download the foundit app  Get it on Google Play | Download on the App Store": a site's
 * banner for its app, in the eight languages: a store's name with a word for getting it.
 */
const APP_STORE = /google play|app store|play store/i
const GET_THE_APP =
  /download|get it on|get the app|herunterlad|laden im|jetzt im|télécharg|disponible sur|descarg|disponible en|baix|disponível n|scaric|disponibile su|ontdek het in|pobierz/i
/** The longest such banner: a longer line is prose. */
const MAX_APP_BANNER = 160

/** Whether a line is a site's banner for its mobile app. */
export function isAppBanner(key: string): boolean {
  return key.length <= MAX_APP_BANNER && APP_STORE.test(key) && GET_THE_APP.test(key)
}

/** A search form's button alone on its line ("Trova offerte" under "Cosa" and "Dove"). */
export function isSearchButton(key: string): boolean {
  return SEARCH_BUTTON.has(key)
}

/** "Wat          Waar": the form's field labels over it, and nothing else. */
export function isSearchLabelCells(raw: string, isLabel: (cell: string) => boolean): boolean {
  const cells = raw.trim().split(TABLE_CELL_GAP)
  return cells.length >= 2 && cells.every((cell) => isLabel(cell.toLowerCase()))
}

const FILTER_LABEL = new RegExp(
  `^(?:${[...new Set(allLanguages(SEARCH_FILTER_LABELS))].map(escapeRegExp).join('|')})\\s?:\\s`,
)
/** Between the filters of one line. */
const FILTER_SEPARATOR = /\s[·•|]\s|,\s/

/**
 * "filter: devops · leipzig · all levels", "votre recherche : java | lyon": the filters a
 * board's results were asked with, two or more, over the listing.
 */
function isFilterEcho(key: string): boolean {
  return key.length <= 120 && FILTER_LABEL.test(key) && FILTER_SEPARATOR.test(key)
}

/** Two to eight bracketed labels and nothing else: a row of a page's controls. */
const CONTROL_ROW = /^(?:\[[^[\]\n]{1,60}\]\s*){2,8}$/
const SEARCH_BUTTON = new Set(allLanguages(SEARCH_BUTTONS))

/**
 * "[ qa automation ] [ Kansas City, MO ] [Search]": a board's search form, its fields as
 * typed and its button last, copied as a row of bracketed labels.
 */
export function isSearchFormRow(text: string): boolean {
  if (!CONTROL_ROW.test(text)) return false
  const last = text.slice(text.lastIndexOf('[') + 1, -1)
  return SEARCH_BUTTON.has(last.trim().toLowerCase())
}

/** "Wir verwenden Cookies, um …", "Ce site utilise des cookies": a site's cookie notice. */
export function isCookieNotice(key: string): boolean {
  if (key.length > MAX_NOTICE) return false
  if (CONSENT_OPENER.test(key)) return true
  return (
    COOKIE.test(key) &&
    (CONSENT_VERB.test(key) || (key.length <= MAX_NOTICE_IN_ANY_LANGUAGE && COOKIE_TWICE.test(key)))
  )
}

const CONSENT_OPENER = new RegExp(
  `^(?:${allLanguages(CONSENT_OPENERS).map(escapeRegExp).join('|')})(?!\\p{L})`,
  'u',
)

/**
 * "Tento web používá soubory cookies. Nastavení cookies | Přijmout vše": a notice in a language
 * the word lists lack still names cookies twice, its sentence and its settings button, in a
 * short line; a posting's own sentence on cookies rarely does.
 */
const COOKIE_TWICE = /cookie.{1,80}cookie/
const MAX_NOTICE_IN_ANY_LANGUAGE = 200

const CRUMB_SEPARATOR = /\s+[>›»]\s+/
const SLASH_SEPARATOR = /\s+\/\s+/
const MAX_CRUMB = 40
/** A board's category: "Information Technology and Computer Science". */
const MAX_CATEGORY_CRUMB = 60
const MAX_LAST_CRUMB = 90

/**
 * "Startseite > Jobs > IT > München", "Home › Handel › Nürnberg": a trail of three or more
 * short links (two, when the first is the site's home or a menu item).
 */
export function isBreadcrumb(key: string, isMenuItem: (item: string) => boolean): boolean {
  // "Home / Engineering / Senior Product Engineer", "Kestrel / Open roles / Platform
  // Engineer": slashes too, with a menu item before the last crumb (a title's own slash,
  // "Frontend / Backend Engineer", has none).
  const slashed =
    SLASH_SEPARATOR.test(key) && key.split(SLASH_SEPARATOR).slice(0, -1).some(isMenuItem)
  if (!slashed && !CRUMB_SEPARATOR.test(key)) return false
  const parts = key.split(slashed ? SLASH_SEPARATOR : CRUMB_SEPARATOR)
  // The last crumb is often the listing's own title, which may run longer.
  // Under a site's own page ("Jobs › …"), a board's category may run long.
  const maxCrumb = isMenuItem(parts[0] ?? '') ? MAX_CATEGORY_CRUMB : MAX_CRUMB
  const long = (part: string, i: number) =>
    part.length > (i === parts.length - 1 ? MAX_LAST_CRUMB : maxCrumb)
  if (parts.some((part, i) => !part || long(part, i) || /[.!?:]$/.test(part))) return false
  return parts.length >= 3 || isMenuItem(parts[0] ?? '')
}

const BREADCRUMB_LABEL = new Set(
  allLanguages(BREADCRUMB_LABELS).map((label) => label.replace(/\s*:$/, '')),
)

/** "You are here:", "Sie sind hier": the label over a breadcrumb trail one crumb a line. */
export function isBreadcrumbLabel(key: string): boolean {
  return key.length <= 30 && BREADCRUMB_LABEL.has(key.replace(/\s*:$/, ''))
}

/** A breadcrumb trail's crumbs, parted by arrows or else by slashes. */
function crumbsOf(text: string): string[] {
  return text.split(CRUMB_SEPARATOR.test(text) ? CRUMB_SEPARATOR : SLASH_SEPARATOR)
}

/** A breadcrumb trail's last crumb, as written ("Senior QA Engineer" of "Jobs > IT > Senior QA Engineer"). */
export function lastCrumb(text: string): string {
  return (crumbsOf(text).at(-1) ?? '').trim()
}

/** A breadcrumb trail's first crumb, as written ("Kestrel Robotics" of "Kestrel Robotics / Open roles / …"). */
export function firstCrumb(text: string): string {
  return (crumbsOf(text)[0] ?? '').trim()
}

const OTHER_LISTINGS = new RegExp(
  `^(?:${allLanguages(OTHER_LISTINGS_HEADINGS).map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'iu',
)

/** "Weitere Stellen bei Finory", "Offres similaires": the board's other listings start. */
export function isOtherListingsHeading(heading: string): boolean {
  return OTHER_LISTINGS.test(heading)
}

/** A heading over page furniture: "Similar jobs", "More roles at Acme", "Jobs for you". */
export function opensPageSection(heading: string): boolean {
  return NOISE_REGION_START.test(heading) || isOtherListingsHeading(heading)
}

const SORT_LINE = new RegExp(
  `^(?:${[...new Set(allLanguages(SORT_LABELS))].map(escapeRegExp).join('|')})\\s?:`,
)
/** "Ordenar por: relevância - data", "Sort by: date": how a board orders its results. */
export function isSortLine(key: string): boolean {
  return key.length <= 80 && SORT_LINE.test(key)
}

const COUNTS = Object.values(RESULT_COUNT_WORDS)
const RESULT_COUNT = new RegExp(
  `^(?:(?:${COUNTS.flatMap((c) => c.before).join('|')})\\s)?\\d[\\d.,\\s]*\\+?\\s(?:${COUNTS.flatMap((c) => c.nouns).join('|')})(?:\\s(?:${COUNTS.flatMap((c) => c.found).join('|')}))?$`,
)
/** "Mais de 600 vagas", "1.284 Jobs gefunden", "600+ jobs": a board's count of its results. */
export function isResultCount(key: string): boolean {
  return key.length <= 50 && RESULT_COUNT.test(key)
}

const RESULT_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${COUNTS.flatMap((c) => c.nouns).join('|')})(?![\\p{L}])`,
  'u',
)
/** "Vagas de python pleno em Remoto", "Data engineer jobs in Cork": the results' heading. */
export function isResultsHeading(key: string): boolean {
  return key.split(' ').length <= 10 && RESULT_NOUN.test(key)
}

/** Where a search asked for results: "near", "in der Nähe von", "près de" and the other languages. */
const NEAR = String.raw`near|around|in der nähe von|près de|cerca de|perto de|vicino a|in de buurt van|w pobliżu`
const RESULTS_NEAR = new RegExp(
  `(?<![\\p{L}])(?:${COUNTS.flatMap((c) => c.nouns).join('|')})\\s(?:${NEAR})\\s\\S|(?<![\\p{L}])jobs\\sin\\s\\S`,
  'u',
)
/**
 * "Lead iOS Engineer jobs near Nashville, TN", "Data engineer jobs in Cork": a board's heading
 * over the results of a search, above the listing it shows. Never the posting's title.
 */
export function isResultsHeadingNear(key: string): boolean {
  return key.split(' ').length <= 12 && RESULTS_NEAR.test(key)
}

/** "owned by núria puig", "last updated: apr 02, 2025 by tomás ferreira": a page's owner line. */
const PAGE_OWNER = new RegExp(
  `^(?:${[...allLanguages(PAGE_OWNER_OPENERS)].map(escapeRegExp).join('|')})(?=$|[\\s:])`,
)
/** The most words of such a line: an opener, a date, a name. */
const PAGE_OWNER_WORDS = 10

/** "5 min read", "👁 412 views", "1,2k aufrufe": a page's counter, alone on its line. */
const PAGE_COUNTER = new RegExp(
  `^(?:\\p{Extended_Pictographic}\\ufe0f?\\s?)?\\d[\\d.,]*\\s?k?\\s(?:${[...allLanguages(PAGE_COUNTER_WORDS)].map(escapeRegExp).join('|')})$`,
  'u',
)

/**
 * Whether a line is a page's own about itself: who owns or last changed it, how long it
 * takes to read, how often it was seen. Not the posting's employer, nor its title.
 */
export function isPageMetaLine(key: string): boolean {
  if (PAGE_COUNTER.test(key)) return true
  return PAGE_OWNER.test(key) && key.split(' ').length <= PAGE_OWNER_WORDS && !/[.!?]$/.test(key)
}

/** A footer's claim of its rights at the end of its copyright line, any case. */
const RIGHTS_AT_END = new RegExp(
  `[.,]?\\s*(?:${phraseSource(allLanguages(RIGHTS_RESERVED))})\\.?$`,
  'iu',
)
/** The copyright sign or word, the years, then the owner's name: up to six words. */
const COPYRIGHT_OWNER =
  /^(?:(?:Copyright|COPYRIGHT)(?:\s*(?:©|\([Cc]\)))?|©|\([Cc]\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?(?:\s*,)?\s*)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*|de|da|do|der|von|van|und|and|of|la|le|et|y|e)){0,5}?)\s*\.?$/u

/**
 * "© 2025 Tern & Tide Studio LLC", "Copyright © 2019–2026 Duinwater B.V. Alle rechten
 * voorbehouden.": the site owner a footer's copyright line names, or null.
 */
export function copyrightOwner(text: string): string | null {
  if (text.length > 160) return null
  // "© 2026 Kaaiwerk · Privacy · Cookies": the footer's links beside it are not the name.
  const part = text.split(/\s[|·•]\s/).find((piece) => /©|\(c\)|copyright/i.test(piece))
  return COPYRIGHT_OWNER.exec((part ?? '').trim().replace(RIGHTS_AT_END, ''))?.[1] ?? null
}

/** "Life at Havgrim", "Werken bij Duinwater": the words of a careers site's link to its own page. */
export const OWNER_LINK_WORDS = new RegExp(
  `^(?:${phraseSource(allLanguages(SITE_OWNER_LINKS))})\\s+`,
  'iu',
)
