import type { PostingLocation } from '../model/posting.ts'
import { escapeRegExp } from './lib/escape-regexp.ts'
import { allMatches } from './matches.ts'
import { readPlaces } from './places.ts'
import { FIELD_LABELS } from './words/field-labels.ts'
import { allLanguages } from './words/languages.ts'

/** A place as a sentence writes it: capitalised words, a state's code after a comma. */
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:,?\s\p{Lu}[\p{L}'’.-]*){0,3}`
/** One office: "our San Francisco or Dallas offices" are the company's, not a choice. */
const OFFICE = String.raw`(?:office|hub|studio|site|campus)`
/** "(Ancoats)", "(Crossroads District)": a remark on the office, not a place of its own. */
const REMARK = String.raw`(?:\s*\([^()\n]{1,60}\))?`
const OUR = String.raw`[Oo]ur\s+`
/** "technology hubs:", "offices -": the company's sites, before the ones the role may sit at. */
const HUBS = String.raw`(?:\p{L}+\s+){0,2}(?:offices|hubs|locations|sites|studios|campuses)(?:\s*[:,–-]\s*|\s+)`

/** "hubs in", "offices in": the company's sites, in a town or another. */
const HUBS_IN = String.raw`(?:offices|hubs|studios|sites|campuses)\s+in\s+`
/** A role said to be open in a town: "is open in", "est ouvert à", "está abierto en". */
const ROLE_OPEN_IN = String.raw`(?:[Rr]ole|[Pp]osition|[Pp]oste|[Pp]uesto|[Pp]osición|[Vv]aga|[Pp]osizione|Stelle)\s+(?:(?:is|est|está|é|è|ist)\s+)?(?:open|based|ouvert|basé|abierto|abierta|aberta|aperta|basata)\s+(?:in|à|en|em|a)`
/**
 * A label for where the hire is based, a board's location field in any of the languages
 * ("Standplaats", "Arbeitsort", "Lieu de travail", "Sede") or "Base"; its first letter in
 * either case.
 */
const BASE_LABEL = `(?:${[...allLanguages(FIELD_LABELS.location), 'base']
  .sort((a, b) => b.length - a.length)
  .map(
    (label) =>
      `[${label.charAt(0).toUpperCase()}${label.charAt(0)}]${escapeRegExp(label.slice(1))}`,
  )
  .join('|')})`
/** Or, in the languages: the words a choice of two offices is made with. */
const CHOICE_OR = String.raw`(?:or|of|oder|ou|o|oppure|lub|albo)`
/** An office and the preposition before its town, in the seven other languages. */
const OFFICE_IN_LANGUAGES = String.raw`(?:[Bb][üu]ro|bureau|oficina|escrit[óo]rio|ufficio|sede|kantoor|biurze|locaux)\s+(?:in|de|en|em|di|op|[àaw])`

/** The office named again after "or": "l'ufficio di", "notre bureau de", "das Büro in". */
const OFFICE_AGAIN = String.raw`(?:l['’]|la\s+|il\s+|el\s+|le\s+|o\s+|a\s+|het\s+|das\s+|dem\s+)?(?:nostr[oa]\s+|notre\s+|nuestr[oa]\s+|noss[oa]\s+|unser(?:em)?\s+|ons\s+|nasz(?:ym|e)?\s+)?${OFFICE_IN_LANGUAGES}\s+`

/**
 * The offices a sentence offers the role at, one of several: "in either our Manchester or Leeds
 * office", "in our Kansas City, MO office or our Omaha, NE office", "based in either Pittsburgh,
 * PA or Columbus, OH". A list of the company's offices ("offices in Leeds, York and Hull")
 * offers no choice.
 */
const CHOICES: readonly RegExp[] = [
  // "You can be based in either Pittsburgh, PA or Columbus, OH", "based at either the Leeds or
  // Manchester office", "can sit in either of our technology hubs: Columbus, Ohio or
  // Indianapolis, Indiana".
  new RegExp(
    `\\b(?:based|located|work|working|sit)\\s+(?:in|at|from|out\\s+of)\\s+either\\s+(?:${OUR}|the\\s+|of\\s+${OUR}${HUBS})?(${PLACE})(?:\\s+${OFFICE})?${REMARK}\\s+or\\s+(?:${OUR}|the\\s+)?(${PLACE})`,
    'gu',
  ),
  // "Hybrid, in the office Tue–Thu, either Denver, CO or Austin, TX": two towns after
  // "either" are a choice of where to work, whatever stands before them.
  new RegExp(
    `\\beither\\s+(?:in\\s+|at\\s+|from\\s+)?(${PLACE})${REMARK},?\\s+or\\s+(?:in\\s+|at\\s+|from\\s+)?(${PLACE})`,
    'gu',
  ),
  // "Bengaluru (HSR Layout) or Pune (Baner). Hybrid – …" under a "Location" heading: a line
  // that opens with two towns and "or" between them.
  new RegExp(
    `^(${PLACE})${REMARK},?\\s+${CHOICE_OR}\\s+(${PLACE})${REMARK}(?=[.,;:–—-]|\\s*$)`,
    'gmu',
  ),
  // "in either our Manchester or Leeds office".
  new RegExp(`\\b${OUR}(${PLACE})${REMARK}\\s+or\\s+(${PLACE})${REMARK}\\s+${OFFICE}\\b`, 'gu'),
  // "in our Kansas City, MO office or our Omaha, NE office".
  new RegExp(
    `\\b${OUR}(${PLACE})\\s+${OFFICE}${REMARK},?\\s+or\\s+(?:in\\s+|at\\s+|from\\s+)?${OUR}(${PLACE})\\s+${OFFICE}\\b`,
    'gu',
  ),
  // "either at our Leeds office on Wellington Street or at our Bristol office near Temple
  // Meads": a few words on each office between.
  new RegExp(
    `\\beither\\s+(?:at|in|from)\\s+${OUR}(${PLACE})\\s+${OFFICE}[^.;:]{0,40}?\\s+or\\s+(?:at|in|from)\\s+${OUR}(${PLACE})\\s+${OFFICE}\\b`,
    'gu',
  ),
  // "use our hubs in Lisbon (Cais do Sodré) or Porto (Bonfim)".
  new RegExp(`\\b${OUR}${HUBS_IN}(${PLACE})${REMARK}\\s+or\\s+(${PLACE})`, 'gu'),
  // "Le poste est ouvert à Lyon (Part-Dieu) comme à Nantes", "Poste basé à Nantes (…), ou à
  // Angers", "the role is open in Leeds or York", "el puesto está abierto en Sevilla o en
  // Málaga": the role open in either town.
  new RegExp(
    `(?<!\\p{L})${ROLE_OPEN_IN}\\s+(${PLACE})${REMARK},?\\s+(?:or|comme\\s+à|ou\\s+à|ou|o\\s+en|o|oder|ou\\s+em)\\s+(${PLACE})`,
    'gu',
  ),
  // "Je kiest zelf je standplaats: Utrecht (naast Utrecht Centraal) of Eindhoven": a base
  // the hire chooses, labelled.
  new RegExp(
    `(?<!\\p{L})${BASE_LABEL}\\s?:\\s+(${PLACE})${REMARK},?\\s+${CHOICE_OR}\\s+(${PLACE})`,
    'gu',
  ),
  // "• Arbeitsort Graz (Reininghaus) oder Wien (Neubau) – du entscheidest": the label opens
  // a bullet without its colon.
  new RegExp(
    `(?:^|(?<=^[-•*·]\\s?))${BASE_LABEL}\\s+(${PLACE})${REMARK},?\\s+${CHOICE_OR}\\s+(${PLACE})`,
    'gmu',
  ),
  // "2 dagen per week op kantoor in Utrecht of Amsterdam", "im Büro in Köln oder Bonn", "au
  // bureau de Lyon ou de Nantes", "na oficina de Madrid o Valencia", "w biurze w Gdańsku lub
  // Gdyni": the same choice in the other seven languages.
  // "la nostra sede di Torino (Lingotto) oppure l'ufficio di Milano": an office named again
  // after "or".
  new RegExp(
    `(?<!\\p{L})${OFFICE_IN_LANGUAGES}\\s+(${PLACE})${REMARK},?\\s+(?:oder|ou|o|of|lub|oppure|albo)\\s+(?:${OFFICE_AGAIN}|(?:in|de|en|em|di|[àaw])\\s+)?(${PLACE})`,
    'gu',
  ),
]

/** Each choice of offices the text offers, as the towns it names (every one read as a town). */
export function officeChoices(body: string): PostingLocation[][] {
  const choices: PostingLocation[][] = []
  // Every choice says "or" in one of the languages: only the lines that do are read.
  const text = body
    .split('\n')
    .filter((line) => OR_WORD.test(line) || (DUTCH_OR.test(line) && DUTCH_BASE.test(line)))
    .join('\n')
  if (!text) return choices
  const town = (name: string) => {
    const read = readPlaces(name, { field: true }).locations
    // "either Cork or Limerick. We're …": a name may run on into the next sentence.
    const sentence = /^(.+?\p{Ll})\.\s/u.exec(name)?.[1]
    return read.length === 1 || !sentence ? read : readPlaces(sentence, { field: true }).locations
  }
  const take = (names: string[]) => {
    const towns = names.map(town)
    if (!towns.every((read) => read.length === 1 && read[0]?.city)) return
    const choice = towns.map((read) => read[0] as PostingLocation)
    // "based in either Pittsburgh, PA or Columbus, OH": two patterns read one choice.
    const key = JSON.stringify(choice)
    if (!choices.some((other) => JSON.stringify(other) === key)) choices.push(choice)
  }
  for (const pattern of CHOICES)
    for (const m of allMatches(pattern, text)) take(m.slice(1).map((name) => name ?? ''))
  for (const m of allMatches(OFFICE_LIST, text))
    take(
      [...(m[1] ?? '').replace(REMARKS, '').split(LIST_SEPARATOR), m[2]].flatMap((name) =>
        name?.trim() ? [name.trim()] : [],
      ),
    )
  return choices
}

/** "or" in the eight languages, and the French "comme à" ("as in"). */
const OR_WORD = /\s(?:or|oder|ou|o|oppure|lub|albo|comme)\s/
/** Dutch "of" is English "of" too: read only beside a Dutch office or base. */
const DUTCH_OR = /\sof\s/
const DUTCH_BASE = /kantoor|standplaats|locatie|vestiging/i

/** A town without a state's code after it, as a list of towns writes it. */
const TOWN = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}`
/**
 * "at our New York (Flatiron), Chicago (West Loop) or Austin office, or at our Denver (LoHi)
 * office": three offices or more, one of them the role's. The list is the first group, a
 * last office offered after it the second.
 */
const OFFICE_LIST = new RegExp(
  `\\b(?:at|in|from)\\s+${OUR}((?:${TOWN}${REMARK},\\s+){1,4}${TOWN}${REMARK},?\\s+or\\s+${TOWN}${REMARK})\\s+${OFFICE}s?\\b(?:,?\\s+or\\s+(?:in\\s+|at\\s+|from\\s+)?${OUR}(${TOWN})${REMARK}\\s+${OFFICE}\\b)?`,
  'gu',
)
const REMARKS = /\s*\([^()\n]{1,60}\)/g
const LIST_SEPARATOR = /,?\s+or\s+|,\s+/
