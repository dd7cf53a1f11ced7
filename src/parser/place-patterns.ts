import { escapeRegExp } from './lib/escape-regexp.ts'
import { allLanguages } from './words/languages.ts'
import { MAP_LINKS } from './words/map-links.ts'
/**
 * Patterns for reading places, kept apart from patterns.ts so places.ts owns its words.
 * Place names themselves come from data (gazetteer.data.json, i18n-iso-countries).
 */

/** Canadian, US and Brazilian (CEP, "30130-000") postal codes inside an address. */
export const POSTAL_CODE = /\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b\d{5}(?:-\d{3,4})?\b/g
export const PLACE_PARENTHETICAL = /\(([^()]{0,120})\)/g
/** A bracketed "(Town, Country)" or "[Town, Region]": read as a place of its own. */
export const PLACE_BRACKETED = /\(([^()[\]]{3,80})\)|\[([^()[\]]{3,80})\]/g
/**
 * Words around a place in a location field that are not the place: modes, office days, links,
 * and "anywhere in it" ("US National", "UK nationwide", "bundesweit").
 */
export const PLACE_NOISE_WORDS =
  /(?:https?:\/\/|www\.)\S+|\b\d\+?\s?days?\b(?:\s?(?:a|per|\/|each|every)?\s?(?:week|wk)\b)?|\b\d\+?\s?x\s?(?:a|per|\/|each|every)?\s?(?:week|wk)\b|\b\d{2,3}\s?%|\b(?:\d\s)?(?:(?:en|em|da|op)\s+)?(?:office|offices|hq|headquarters|greater|metropolitan area|metro area|(?<!\bbay )area|based|(?:or|and)\s+remote|remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|full[- ]time|part[- ]time|fully|full|partially|semi|sur[- ]site|sur place|partiel(?:le)?|parcial|parziale|teilweise|gedeeltelijk|częściowo|remoto|híbrido|hibrido|ibrido|hybride|hybrydowo|hybrydowa|zdalnie|zdalna|présentiel|presencial|télétravail|teletrabajo|vor ort|homeoffice|home[- ]office|oficina|büro|biuro|ufficio|kantoor|escritório|optional|opcional|opcjonalnie|facoltativo|optioneel|nationwide|countrywide|bundesweit|landesweit|deutschlandweit|österreichweit|schweizweit|landelijk)\b|(?<=\p{L}\s)national(?=\s*(?:$|[,;(/|]))/giu
/**
 * "Teilweise Homeoffice in 20457 Hamburg", "Parzialmente da remoto a Bologna BO", "Hybride
 * werken in Utrecht": a job board's location line, a few words of work mode (MODE_HEAD) and
 * then where, after a preposition.
 */
const PLACE_PREPOSITION = String.raw`(?:in|at|en|em|we|op|bei|[aàw])`
export const MODE_THEN_PLACE = new RegExp(
  String.raw`^((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+${PLACE_PREPOSITION}\s+(\S.{1,80})$`,
  'u',
)
/**
 * "our engineering hubs in Leeds (Wellington Place) and Manchester (Ancoats)", "unsere Büros
 * in Köln oder Düsseldorf": a location field written as a phrase of up to five words ending
 * in a word for offices (OFFICE_NOUN_END), then a preposition and the places.
 */
export const PHRASE_THEN_PLACES = new RegExp(
  String.raw`^((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s+${PLACE_PREPOSITION}\s+(\p{Lu}.*)$`,
  'u',
)
/** A phrase that ends in a word for an employer's offices, in the eight languages. */
export const OFFICE_NOUN_END =
  /(?<!\p{L})(?:offices?|hubs?|sites?|bases?|headquarters|hq|studios?|campus(?:es)?|büros?|standort(?:e|en)?|niederlassung(?:en)?|bureaux?|locaux|agences?|oficinas?|sedes?|escritórios?|ufficio|uffici|sedi|kantoor|kantoren|vestiging(?:en)?|biur[oa]|oddziały?)$/iu
/** A cheap test before MODE_THEN_PLACE: one of the prepositions it needs. */
export const HAS_PLACE_PREPOSITION = new RegExp(String.raw`\s${PLACE_PREPOSITION}\s`)
/** A work mode in a few words before a place, in the eight languages ("Hybrides Arbeiten"). */
export const MODE_HEAD =
  /(?<!\p{L})(?:remote|hybrid\p{L}*|on[- ]?site|wfh|work from home|remot[oa]|zdaln\p{L}+|t[ée]l[ée]travail|teletraba(?:jo|lho)|telelavoro|home[- ]?office|h[ií]brid[oa]|ibrid[oa]|hybrydow\p{L}+|présentiel|presencial|vor ort|in sede|thuiswerk\p{L}*|telewerk\p{L}*|smart working)(?!\p{L})/iu
/** A location field saying the role is remote ("Remote - UK or Ireland", "Remoto, España"). */
export const REMOTE_FIELD =
  /(?<!\p{L})(?:remote|remoto|remota|zdalnie|zdalna|télétravail|teletravail|teletrabajo|telelavoro|op afstand)(?!\p{L})/iu
/** A location field that also names an office or another mode: its countries are not where a remote hire lives. */
export const OFFICE_FIELD =
  /(?<!\p{L})(?:office|offices|hq|headquarters|hybrid|on[- ]?site|in[- ]office|híbrido|hibrido|ibrido|hybride|hybrydowo|hybrydowa|présentiel|presencial|vor ort|büro|bureau|oficina|escritório|ufficio|kantoor|biuro)(?!\p{L})/iu
/** Where a trimmed title ends in its role's place: after "in", in closing brackets, after a dash. */
export const TITLE_PLACE: readonly RegExp[] = [
  /\s(?:in|at|en|em|à)\s+(\p{Lu}[\p{L} .,'’/-]{1,40})$/u,
  /\(([^()]{2,40})\)$/u,
  /\s[-–—]\s+\(?([^\s()\-–—][^()\-–—]{1,39})\)?$/u,
]
/** Splits a place field into alternatives; the field has its spaces collapsed first. */
// A header in capitals writes the linking words in capitals too ("NEW YORK AND BOSTON").
export const PLACE_ALTERNATIVES =
  / (?:or|and|oder|und|ou|et|lub|albo|oppure|OR|AND|ODER|UND|OU|ET|LUB|[eioy]) |\s?[/&+;|·•]\s?| : /
/** A dash with spaces around it, between a header's parts or two places: "Leeds – Headingley". */
export const SPACED_DASH = /\s+[-–—]\s+/
/**
 * Dutch "or" and "and" between two places, or a spaced dash ("Bologna (BO) - Milano (MI)"):
 * split only when every side is a town.
 */
export const TOWNS_JOIN = / (?:of|en) |\s[-–—]\s/
/** "(near Vienna)", "(bei München)", "(près de Lyon)": a town the place is close to, not the place. */
export const NEAR_PLACE =
  /^(?:near|nearby|close to|outside(?: of)?|bei|nahe|in der nähe von|près de|proche de|cerca de|perto de|vicino a|nabij|in de buurt van|koło|niedaleko)\s/iu
export const N_LOCATIONS =
  /^\d+\s+(?:locations?|standorte|sites|lieux|ubicaciones|sedi|locais|lokalizacje)$/i
/** "Kraków +2 Locations", "Berlin, 3 more locations": a place and a count of the others. */
export const MORE_LOCATIONS =
  /\S[\s,]+\+?\s?\d+\s+(?:more\s+|other\s+)?(?:locations?|standorte|sites|lieux|ubicaciones|sedi|locais|lokalizacj[ei])$/i
/**
 * "Multiple US locations", "various locations across Scotland", "mehrere Standorte in
 * Deutschland", "plusieurs sites en France": several places not named, within one country
 * (group 1 or 2; the caller checks that it names a country) or anywhere ("Multiple locations").
 */
export const SPREAD_LOCATIONS = new RegExp(
  String.raw`^(?:multiple|various|several|many|different|numerous|select|mehrere|verschiedene|diverse|plusieurs|différents|différentes|divers|varias|varios|diferentes|múltiples|várias|vários|diversas|diversos|múltiplas|varie|più|meerdere|verschillende|wiele|różne|kilka) ` +
    String.raw`(?:([\p{L}.]+(?: [\p{L}.]+){0,2}) )?` +
    String.raw`(?:locations?|offices|cities|sites|states|standorten?|städten?|niederlassungen|lieux|villes|agences|ubicaciones|ciudades|sedes|oficinas|localidades|locais|cidades|unidades|sedi|città|uffici|locaties|vestigingen|steden|kantoren|lokalizacj[ai]|lokalizacjach|miast(?:ach)?|biur(?:ach)?)` +
    String.raw`(?: (?:in|across|throughout|around|within|im|en|au|aux|à|dans|em|no|na|nos|nas|w|we|op) (?:the )?(\S.{1,39}))?$`,
  'iu',
)
/** A place written as words: capitals, with the small linking words place names use. */
export const PLACE_WORD =
  /^(?:['’]\p{Ll}{1,2}-)?[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?:[ -](?:\p{Lu}[\p{L}'’.-]*|de|del|la|le|les|du|upon|on|am|im|an der|sur|do|da|dos|of|en|di|nad|pod))*$/u
/** A leading article a country name may carry ("the Netherlands", "la France"). */
export const LEADING_ARTICLE = /^(?:the|la|le|les|el|los|die|der|das|il|lo|het|de|os|as|o|a)\s+/i
/** A part of an address that is a street, not a place ("Main Street 5"). */
export const STREET =
  /\d|\b(?:street|st\.|road|avenue|ave\.|straße|strasse|str\.|rue|calle|via|rua|ulica|ul\.|laan|weg|plein|plaza|suite|floor)\b/i

/**
 * Countries that are one city: a quarter or district named before the country ("Central
 * Region, Singapore", "Quarry Bay, Hong Kong") is that city. Not Luxembourg, whose communes
 * are towns of their own. The city as the gazetteer names it.
 */
export const CITY_STATES: ReadonlyMap<string, string> = new Map([
  ['SG', 'Singapore'],
  ['HK', 'Hong Kong'],
  ['MO', 'Macau'],
  ['MC', 'Monaco'],
  ['GI', 'Gibraltar'],
  ['VA', 'Vatican City'],
])

/**
 * "Esslingen am Neckar", "Freiburg im Breisgau", "Mülheim an der Ruhr": a German-speaking
 * town's name, then the river or country it lies on or in, which tells it from its namesakes.
 * The data may know the town by the first word alone.
 */
export const TOWN_ON_RIVER =
  /^(\p{Lu}[\p{L}-]+) (?:am|an der|im|in der|ob der|a\. ?d\.|i\. ?d\.) \p{Lu}[\p{L}.-]+$/u
/** Where such names are written. */
export const TOWN_ON_RIVER_COUNTRIES: ReadonlySet<string> = new Set(['DE', 'AT', 'CH'])

/** Short names for cities that postings use and GeoNames does not record as names. */
export const CITY_SHORT_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    NYC: 'New York City',
    SF: 'San Francisco',
    'SF Bay Area': 'San Francisco',
    'San Francisco Bay Area': 'San Francisco',
    'Bay Area': 'San Francisco',
    LA: 'Los Angeles',
    // Tech hubs' short names in "SF, NYC, ATX, LON" header lists.
    SJ: 'San Jose',
    ATX: 'Austin',
    LON: 'London',
    SLC: 'Salt Lake City',
    NOLA: 'New Orleans',
    Philly: 'Philadelphia',
    DC: 'Washington D.C.',
    'Washington DC': 'Washington D.C.',
    'Washington D.C': 'Washington D.C.',
    CDMX: 'Mexico City',
    // Argentine boards' name for the city of Buenos Aires ("Palermo, Capital Federal").
    'Capital Federal': 'Buenos Aires',
    CABA: 'Buenos Aires',
  }),
)

/** A link to a map at the end of a place: "69 - LYON 03 - Localiser avec Mappy". */
export const MAP_LINK_AFTER = new RegExp(
  `\\s*[-–—|·•]?\\s*(?:${allLanguages(MAP_LINKS).map(escapeRegExp).join('|')})\\s*$`,
  'iu',
)
