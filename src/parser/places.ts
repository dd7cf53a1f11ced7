import type { PostingLocation } from '../model/posting.ts'
import type { Candidate } from './candidate.ts'
import {
  citiesInflected,
  citiesNamed,
  namesProvinceOf,
  regionIn,
  LARGE_CITY_RANK,
  regionsNamed,
  type CityEntry,
  type RegionEntry,
} from './gazetteer.ts'
import { memoPerDocument } from './lib/document-memo.ts'
import { placeKey } from './place-key.ts'
import {
  CITY_SHORT_NAMES,
  CITY_STATES,
  HAS_PLACE_PREPOSITION,
  MODE_HEAD,
  MODE_THEN_PLACE,
  N_LOCATIONS,
  SPREAD_LOCATIONS,
  NEAR_PLACE,
  OFFICE_FIELD,
  TOWNS_JOIN,
  SPACED_DASH,
  PLACE_ALTERNATIVES,
  PLACE_NOISE_WORDS,
  PLACE_BRACKETED,
  PLACE_PARENTHETICAL,
  PLACE_WORD,
  POSTAL_CODE,
  REMOTE_FIELD,
  STREET,
  MAP_LINK_AFTER,
  TOWN_ON_RIVER,
  TOWN_ON_RIVER_COUNTRIES,
} from './place-patterns.ts'
import { ROLE_NOUN } from './patterns.ts'
import { countryCode, countryName, readCountry, type CountryRead } from './country-names.ts'
import { codeIsAnotherWord } from './place-code-words.ts'
import {
  isWorldRegionName,
  isWorldwide,
  macroRegion,
  remoteRegion,
  WORLDWIDE,
} from './remote-regions.ts'
import { trimSet } from './text.ts'
import { OFFICE_DAYS_I18N } from './work-mode-words.ts'
import { isLegalForm } from './legal-form.ts'
import { isEmploymentLabel } from './employment.ts'
import { DATE_WITH_MONTH } from './month-names.ts'

export { countryCode, countryName, macroRegion, remoteRegion }

/** What the posting says elsewhere that settles an ambiguous place. */
export type PlaceContext = {
  /** Countries the posting names elsewhere (its header, a "based in" line). */
  countries?: ReadonlySet<string>
  /** The text is a location field, where a lone code ("DE") names a country. */
  field?: boolean
  /** A town's local or other name alone is the town (a job-board header under its company). */
  localNames?: boolean
}

/** A reading's key for the per-document memo: the text and the flags (none with countries). */
function contextKey(text: string, context: PlaceContext = {}): string | null {
  if (context.countries) return null
  return `${context.field ? 'F' : '-'}${context.localNames ? 'L' : '-'}${text}`
}

/** A place read from a string, and how sure the reading is (0..1). */
export type PlaceRead = { location: PostingLocation; confidence: number }

const LEADING_PREPOSITION =
  /^(?:in|at|from|within|near|out of|across|aus|in der|im|en|desde|au|aux|em|no|na|we|uit|vanuit|nabij|[aàwz])\s+/i

/**
 * Postal codes and district numbers around a town that the five-digit pattern misses: "1100
 * Wien", "Wien, 1010" (a part that is only a code), "CH-8001 Zürich", "1012 AB Amsterdam",
 * "00-950 Warszawa", "1000-001 Lisboa", "Toulouse - 31" and "35 - RENNES" (a French département), "Paris 8e"
 * (an arrondissement), "Lyon 3e - 69", "Lyon 03 - 69" (both), "Dublin 2" (a district), "Manchester M1", "London EC2A 4NE" (a
 * British postcode), "Cork T12 X70A" (an Irish Eircode), "Leeds, LS1 4AW" (either as a part of its own), "Sydney NSW 2000" (an Australian
 * postcode after the state's code), "Aarhus C", "København SØ" (a Danish postal district; not
 * two letters a US state's code could be: "Reno NV").
 */
const LOCAL_POSTAL_CODE =
  /^(?:[A-Z]{1,2}-)?(?:\d{4}(?:-\d{3}|\s[A-Z]{2})?|\d{2}-\d{3})\s+(?=\p{Lu})|^\d{4}$|^(?:\d{2}|2[AB])\s[-–]\s(?=\p{Lu})|(?<=\s[A-Z]{2,3})\s\d{4}$|\s(?:[-–]\s)?(?:\d{1,2}|2[AB])$|\s\d{1,2}(?:(?:e|er|ème)(?:\s[-–]\s(?:\d{2}|2[AB]))?|\s[-–]\s(?:\d{2}|2[AB]))$|(?<=\p{Ll})\s(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s\d[A-Z]{2})?|[AC-FHKNPRTV-Y]\d{2}(?:\s[\dAC-FHKNPRTV-Y]{4})?|[CKMNSVØ]|[NS]Ø)$|^(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s[\dAC-FHKNPRTV-Y]{4})$/gu

/** A county named before its name: "County Cork", "Co. Galway", "County Durham". */
const COUNTY = /^(?:County|Co\.?)\s\p{Lu}[\p{L}'-]+$/u
const COUNTY_WORD = /^(?:County|Co\.?)\s/

/**
 * The word for a province around its name, in the eight languages: "Madrid provincia"
 * (Indeed España), "provincia di Milano", "woj. mazowieckie", "Bundesland: Bayern". The name
 * alone says as much.
 */
const PROVINCE_WORD =
  /^(?:provincia|province|provinz|provincie|província|prov\.|woj\.|województwo|bundesland|kanton|canton|département|departamento|regione)(?:\s*:)?\s+(?:(?:de|di|of|del|della|van|do|da)\s+)?(?=\p{L})|\s+(?:provincia|province|provinz|provincie|província)$/iu

/**
 * A unit smaller than a province, named with its word after a town: a public register's
 * "Lublin, powiat: Lublin", "Buchholz, Landkreis: Harburg". It says where the town lies and is
 * no place of its own (its name is often a town's elsewhere).
 */
const LOCAL_UNIT =
  /^(?:(?:powiat|gmina|landkreis|kreis|bezirk|comarca|comune|arrondissement)(?:\s*:)?|(?:county|district)\s*:)\s+(?=\p{L})/iu

function cleanPart(part: string): string {
  const cleaned = part
    .trim()
    .replace(LOCAL_POSTAL_CODE, '')
    .replace(POSTAL_CODE, ' ')
    .replace(/[`"“”*_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_PREPOSITION, '')
  return trimSet(cleaned, ' ,-–—.', ' ,-–—')
}

/** Two capitalised names with a slash between them, as one town's ("Biel/Bienne"). */
const SLASHED_NAME = /^\p{Lu}[\p{L}-]+\/\p{Lu}[\p{L}-]+$/u

function isPlaceShaped(text: string): boolean {
  return (PLACE_WORD.test(text) || slashedTown(text)) && !ROLE_NOUN.test(text) && !STREET.test(text)
}

/** "Biel/Bienne": a town the data knows by its two names with a slash; no other slashed words. */
function slashedTown(text: string): boolean {
  return SLASHED_NAME.test(text) && knownWhole(text)
}

/** Whether the data knows a town by exactly this name ("Biel/Bienne"). */
function knownWhole(name: string): boolean {
  return citiesNamed(name).some((city) => city.city === name)
}

/** Largest first, own name before an alternate name; a country stated nearby wins. */
function cityPrior(city: CityEntry, context: PlaceContext): number {
  return (
    (city.alias ? 1 : 2) -
    Math.log10(city.rank + 1) * 0.25 +
    (context.countries?.has(city.country) ? 1.5 : 0)
  )
}

function cityLocation(city: CityEntry, region: RegionEntry | null): PostingLocation {
  // A city-state's subdivisions are districts, not a region worth naming.
  const cityState = placeKey(countryName(city.country) ?? '') === placeKey(city.city)
  return {
    city: city.city,
    region: cityState ? null : (region?.name ?? city.region),
    country: city.country,
  }
}

const LOWER_CASE_NAME = /^\p{Ll}+(?:[ -]\p{Ll}+){0,2}$/u

/** One part alone: a city, a country or a region. */
function readOne(written: string, context: PlaceContext): PlaceRead | null {
  const text = CITY_SHORT_NAMES.get(written) ?? written
  const country = readCountry(text, context.field === true)
  const cities = isPlaceShaped(text)
    ? citiesNamed(text)
    : context.field && LOWER_CASE_NAME.test(text)
      ? // "stockholm ONSITE": a location field written in lower case names a large town by
        // its own name; a small one could be any word ("reading", "bath").
        citiesNamed(text).filter((c) => !c.alias && c.rank < LARGE_CITY_RANK)
      : []
  if (country) {
    // A city-state ("Singapore", "Luxembourg") is both: keep the city.
    const same = cities.find((c) => c.country === country.code && !c.alias)
    if (same) return { location: cityLocation(same, null), confidence: 0.9 }
    // "GTM", "SWE", "PT": a code the parser also reads as another word is a country alone
    // only beside another country (see readPlacesAnew); after a city, readTail reads it.
    const code = country.byCode || /^[A-Z]{3}$/.test(text)
    return {
      location: { city: null, region: null, country: country.code },
      confidence: code ? (codeIsAnotherWord(text) ? AMBIGUOUS_CODE : 0.6) : 0.9,
    }
  }
  if (!cities.length && !country) {
    // Only a town the data knows by that word alone: "Frankfurt an der Oder" is no "Frankfurt
    // am Main", which the data also knows as "Frankfurt".
    const town = TOWN_ON_RIVER.exec(text)?.[1]
    const named = town
      ? citiesNamed(town).filter((c) => c.city === town && TOWN_ON_RIVER_COUNTRIES.has(c.country))
      : []
    if (named.length === 1 && named[0])
      return { location: cityLocation(named[0], null), confidence: 0.8 }
  }
  let best: CityEntry | null = null
  for (const city of cities)
    if (!best || cityPrior(city, context) > cityPrior(best, context)) best = city
  const regions = text.length > 3 && isPlaceShaped(text) ? regionsNamed(text) : []
  const region =
    regions.find((r) => context.countries?.has(r.country)) ??
    (regions.length === 1 ? regions[0] : undefined)
  const ownRegion = region && best && region.country === best.country && region.admin === best.admin
  // "Krakowie", "Zielonej Górze", "Gdańska": a Polish town in the case a sentence put it in.
  // The inflection is evidence as its own name is, a little weaker.
  const inflected =
    (!best || best.alias) && isPlaceShaped(text) ? citiesInflected(text)[0] : undefined
  const inflectedConfidence = inflected && inflected.rank < LARGE_CITY_RANK ? 0.7 : 0.55
  if (best && (!region || ownRegion || !best.alias)) {
    const ambiguous = cities.some((c) => c !== best && c.country !== best.country)
    // A lone alternate name is weak ("Lime" is an old name of Lima, and a company's):
    // only a location field, or a region or country beside it, makes it a place, or its
    // being an inflected form of the town's name ("Gdańska" is both).
    // A large city's name in its own language ("München", "Zürich", "Genève") is written with
    // letters English has not: no English word or brand, as sure as a field.
    const endonym = best.rank < LARGE_CITY_RANK && /\P{ASCII}/u.test(text)
    const alias = Math.max(
      context.field || context.localNames || ownRegion || endonym ? 0.65 : 0.45,
      inflected?.city === best.city && inflected.country === best.country ? inflectedConfidence : 0,
    )
    // A town's own name alone: a large city is sure, a small town may be a company's name.
    const own = best.rank < LARGE_CITY_RANK ? 0.8 : 0.6
    return {
      location: cityLocation(best, null),
      confidence: (best.alias ? alias : own) - (ambiguous ? 0.1 : 0),
    }
  }
  if (region)
    return {
      location: { city: null, region: region.name, country: region.country },
      confidence: 0.7,
    }
  if (inflected && !best)
    return { location: cityLocation(inflected, null), confidence: inflectedConfidence }
  return null
}

type TailRead = {
  score: number
  region: RegionEntry | null
  country: string | null
  /** The tail is a district of the city: a smaller town the data files in its region. */
  district?: boolean
}

/**
 * "Warszawa, Mokotów", "Kraków, Podgórze": the data lists some districts of a large city as
 * towns of their own, in the city's region. A smaller town of the same region beside a city
 * is the city's district.
 */
// A large city is no district of another: "Leeds, Manchester", "Bristol, London" and "Pune,
// Mumbai" name two cities of one region each; nor is a seat of its own district ("Stuttgart,
// Ulm").
function districtOf(part: string, city: CityEntry): boolean {
  return townOfRegionBeside(
    part,
    city,
    (town) =>
      town.rank > city.rank * DISTRICT_RANK_RATIO && town.rank >= LARGE_CITY_RANK && !town.seat,
  )
}

/**
 * How many times further down the list a district stands than its city (about as many times
 * smaller): Mokotów 12 times Warsaw's rank, Gràcia 20 times Barcelona's; "Gent, Antwerpen",
 * a region's two cities, are twice apart.
 */
const DISTRICT_RANK_RATIO = 4

/** The city itself is a district of a larger town of its region named beside it. */
function largerBeside(part: string, city: CityEntry): boolean {
  return (
    city.rank >= LARGE_CITY_RANK &&
    !city.seat &&
    townOfRegionBeside(part, city, (town) => town.rank * DISTRICT_RANK_RATIO < city.rank)
  )
}

/** `part` names a town of the city's own region for which `ranked` holds. */
function townOfRegionBeside(
  part: string,
  city: CityEntry,
  ranked: (town: CityEntry) => boolean,
): boolean {
  if (!isPlaceShaped(part)) return false
  return citiesNamed(part).some(
    (town) => town.country === city.country && town.admin === city.admin && ranked(town),
  )
}

/**
 * Reads the parts after a city ("Bavaria, Germany", "CA", "Mitte") for one candidate city:
 * each part must be its country, a region of it, or a district-like name.
 */
/** A street and its house number, either way round: "Grunwaldzka 472", "10 Downing Street". */
const STREET_ADDRESS =
  /^(?:\p{Lu}[\p{L}.'’-]+ ){0,3}\p{Lu}[\p{L}.'’-]+ \d{1,4}[a-z]?$|^\d{1,4}[a-z]? (?:\p{Lu}[\p{L}.'’-]+ ){0,3}\p{Lu}[\p{L}.'’-]+$/u

/** A line that is an office's street and house number: "Annenstraße 34", "11 rue du Pré Noir". */
export function isStreetLine(text: string): boolean {
  return STREET_ADDRESS.test(text.trim())
}

/** An office's building by its name: "Lune House", "Kestrel Tower", "Haus Birkenhof". */
const BUILDING =
  /^(?:(?:\p{Lu}[\p{L}.'’-]+ ){1,3}(?:House|Building|Tower|Court|Centre|Center|Hall|Campus|Haus|Gebäude|Turm|Maison|Edificio|Edifício|Torre|Palazzo|Gebouw)|(?:Haus|Maison|Edificio|Edifício|Torre|Palazzo|Gebouw)(?: \p{Lu}[\p{L}.'’-]+){1,3})$/u

/** An area of a town named after it: "Salford Quays", "Leeds Dock", "Cambridge Science Park". */
const TOWN_AREA =
  /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?) (?:Quays?|Docks?|Wharf|Harbour|Harbor|Waterfront|Business Park|Science Park|Tech Park|City Centre|City Center|Old Town)$/u

/** The town of "Salford Quays" (the area itself is no town the data knows). */
function townBeforeArea(text: string, context: PlaceContext): PlaceRead | null {
  const town = TOWN_AREA.exec(stripRemark(text))?.[1]
  const read = town ? readPlace(town, context) : null
  return read?.location.city ? read : null
}

/** Without a bracketed remark at the end: "Salford Quays (MediaCityUK)". */
function stripRemark(text: string): string {
  return text.replace(/\s*\([^()]{1,40}\)$/, '')
}

/** The first part of a place field, up to its first comma. */
const FIRST_PART = /^([^,]{3,60}),\s*(?=\S)/

/**
 * "Europaplatz 3, 7000 Eisenstadt", "Vesterbrogade 1, 1620 København", "Lune House, Lancaster":
 * an office's street and house number, or its building, before its town are no place of
 * their own; the town is read alone.
 */
function withoutStreet(field: string, context: PlaceContext): string {
  const first = FIRST_PART.exec(field)
  const part = first?.[1]?.trim() ?? ''
  // "1003 Lausanne, 1201 Genève": a postcode and its town are a place, not a house number.
  return first && (STREET_ADDRESS.test(part) || BUILDING.test(part)) && !readPlace(part, context)
    ? field.slice(first[0].length)
    : field
}

/**
 * "Wrocław, Krzyki, Powstańców Śląskich 95": the town, its district, then the office's street
 * and house number, as Polish boards write an office's address. The street is no place of its
 * own (its short house number would be read as a département's or a district's).
 */
function withoutTrailingStreet(text: string, context: PlaceContext): string {
  const last = text.lastIndexOf(',')
  if (last < 0 || text.indexOf(',') === last) return text
  const part = text.slice(last + 1).trim()
  return STREET_ADDRESS.test(part) && !readPlace(part, context) ? text.slice(0, last) : text
}

function readTail(city: CityEntry, tail: string[], province?: string): TailRead | null {
  let score = 0
  let region: RegionEntry | null = null
  let country: string | null = null
  let district = false
  // "Campinas - SP, Taquaral", "Lyon, France, Part-Dieu": a district the data does not know,
  // after the town's own region or country (as Brazilian boards write a neighbourhood).
  const last = tail[tail.length - 1] ?? ''
  const before = tail[tail.length - 2]
  if (
    before !== undefined &&
    isPlaceShaped(last) &&
    !knownPlace(last) &&
    (regionIn(city.country, before)?.admin === city.admin ||
      readCountry(before, true)?.code === city.country)
  ) {
    tail = tail.slice(0, -1)
    score -= 0.25
  }
  for (let i = tail.length - 1; i >= 0; i--) {
    const part = tail[i] ?? ''
    const asRegion: RegionEntry | null = region ? null : regionIn(city.country, part)
    // The city's own region first ("Palo Alto, CA" is California, not Canada), or its
    // province's code written as Italian postings do, without a comma ("Roma RM": "Milan,
    // MI" is Michigan's), or with one before the country that confirms it ("Bologna, BO, IT").
    if (
      (asRegion && asRegion.admin === city.admin) ||
      ((part === province || country === city.country) && city.province === part)
    ) {
      region = asRegion
      score += 3
      continue
    }
    // "Chiavari, Genova, Liguria", "Liguria – Genova – Chiavari": the town's province, named
    // after its largest town, between the town and a region or country that confirms it (two
    // towns alone may be two places: "Rapallo, Chiavari").
    if ((region || country) && namesProvinceOf(part, city)) {
      score += 1
      continue
    }
    const asCountry: CountryRead | null = country ? null : readCountry(part, true)
    if (asCountry?.code === city.country) {
      country = asCountry.code
      score += 3
      continue
    }
    // Another region of the same country (the data may file the city elsewhere), unless
    // the region is named after its own city ("Berlin, Hamburg": a city-state beside a
    // city of another region is a second city, not where the first lies).
    if (
      asRegion &&
      part.length > 3 &&
      citiesNamed(part).some((c) => c.country === city.country && c.admin === asRegion.admin)
    )
      return null
    if (asRegion && part.length > 3) {
      region = asRegion
      score += 0.5
      continue
    }
    if (asCountry) return null
    if (i === 0 && tail.length <= 2) {
      // "Warszawa, Mokotów": a district the data knows confirms the city's region.
      if (districtOf(part, city)) {
        score += 1.5
        district = true
        continue
      }
      // "Mokotów, Warszawa": the city read is the district of the larger town after it.
      if (largerBeside(part, city)) return null
      // "Berlin, Mitte": a district after the city, named but not known (a place the data
      // knows elsewhere is a second place: "SF, London").
      if (isPlaceShaped(part) && !knownPlace(part)) {
        score -= 0.25
        continue
      }
      // "Gdańsk, Grunwaldzka 472", "London, 10 Downing Street": the office's street address.
      if (STREET_ADDRESS.test(part)) {
        score -= 0.25
        continue
      }
    }
    return null
  }
  return { score, region, country, district }
}

/** Several parts with no known city first: "Region, Country", or a small town as written. */
function readUnknownCity(parts: string[], context: PlaceContext): PlaceRead | null {
  const first = parts[0] ?? ''
  const last = parts[parts.length - 1] ?? ''
  let country: CountryRead | null = null
  let region: RegionEntry | null = null
  // "Scottsdale, AZ": a US state or Canadian province code after a town.
  if (/^[A-Z]{2}$/.test(last) && parts.length === 2) {
    region = regionIn('US', last) ?? regionIn('CA', last)
    // "Vlaskamp Mobility NV", "Tallbrook Systems AB": after a name the data does not know, a
    // code that also closes a company's name is that company's legal form.
    if (region && (!isPlaceShaped(first) || isLegalForm(last))) return null
  }
  if (!region) country = readCountry(last, true)
  const rest = region || country ? parts.slice(0, -1) : parts
  const countryCode = region?.country ?? country?.code ?? null
  // "Kreuzberg, Berlin": a district before a known city.
  if (!countryCode) {
    const lastCity = readOne(last, context)
    // Not when the first part is a place of its own ("New York, Paris" names two cities).
    if (lastCity?.location.city && parts.length === 2 && isPlaceShaped(first) && !knownPlace(first))
      return { location: lastCity.location, confidence: lastCity.confidence - 0.2 }
    return null
  }
  if (!region && rest.length >= 2) region = regionIn(countryCode, rest[rest.length - 1] ?? '')
  if (region && rest.length >= 2) rest.pop()
  if (rest.length === 0) return null
  if (rest.length > 1) return null
  // "California, USA": the region is not the city.
  const asRegion = regionIn(countryCode, first)
  if (asRegion && !region)
    return {
      location: { city: null, region: asRegion.name, country: countryCode },
      confidence: 0.8,
    }
  const firstCountry = readCountry(first, false)
  if (firstCountry?.code === countryCode && !region)
    return { location: { city: null, region: null, country: countryCode }, confidence: 0.8 }
  // An alpha-2 country code after an unknown word is too weak ("Machine Learning, AI"); a
  // city's short name, a code or another country is no unknown town ("SF, NY", "NL, IN",
  // "Canada, United States" name two places each).
  if (
    !isPlaceShaped(first) ||
    (country?.byCode && !region) ||
    CITY_SHORT_NAMES.has(first) ||
    /^[A-Z]{2,3}$/.test(first) ||
    firstCountry !== null
  )
    return null
  // "Central Region, Singapore": a quarter of a country that is one city is that city.
  const cityOfState = CITY_STATES.get(countryCode)
  if (cityOfState && !region)
    return {
      location: { city: cityOfState, region: null, country: countryCode },
      confidence: 0.7,
    }
  return {
    location: { city: first, region: region?.name ?? null, country: countryCode },
    // A town the data does not know: surer when a region confirms where it is.
    confidence: region ? 0.7 : 0.55,
  }
}

/** A name the data knows as a place: a city, a region, a country or a region's code. */
function knownPlace(text: string): boolean {
  const cleaned = cleanPart(text)
  const name = CITY_SHORT_NAMES.get(cleaned) ?? cleaned
  return (
    /^[A-Z]{2,3}$/.test(name) ||
    readCountry(name, false) !== null ||
    (isPlaceShaped(name) && (citiesNamed(name).length > 0 || regionsNamed(name).length > 0))
  )
}

/**
 * "São Paulo, SP - Brasil", "Spain - Barcelona": a spaced dash parts a place as a comma
 * does when every piece is a known place ("Backend - Canada" names a team and a country), and
 * no piece after the first is a district's capitals ("Dubai – JLT").
 */
function dashParts(part: string): string[] {
  const pieces = part.split(/\s[-–—]\s/).map((piece) => piece.trim())
  const first = pieces[0] ?? ''
  return pieces.length > 1 &&
    knownPlace(first) &&
    pieces.slice(1).every((piece) => listedBeside(first, piece))
    ? pieces
    : [part]
}

/** "Köln-Ehrenfeld", "Dubai – JLT": a town, then one of its districts or quarters. */
const TOWN_THEN_DISTRICT = /^(\p{Lu}[\p{L}.'’ ]*?\p{L})(-|\s[-–—]\s)(\p{Lu}[\p{L}\p{N}.'’ -]*)$/u

/** Whether what follows a town's spaced dash is a place of its own ("Austin - TX", "Spain"). */
function listedBeside(town: string, after: string): boolean {
  // "Dubai – JLT": capitals that are no country's or region's code name a district.
  if (/^[A-Z]{2,3}$/.test(after))
    return (
      readCountry(after, true) !== null ||
      citiesNamed(town).some((city) => regionIn(city.country, after) !== null)
    )
  return knownPlace(after)
}

/**
 * The town of "Köln-Ehrenfeld", "Berlin-Mitte", "Dubai – JLT", "Bratislava - Ružinov": a
 * known town, then a district the gazetteer lacks or shares with a town elsewhere, is the
 * town. A name known whole stands ("Hamburg-Altona", "Baden-Württemberg", "Cluj-Napoca"),
 * and so do two known places a spaced dash lists ("Berlin - Hamburg").
 */
function townOfDistrict(part: string): string {
  const match = TOWN_THEN_DISTRICT.exec(part)
  const town = match?.[1]
  const district = match?.[3]
  if (!town || !district || knownPlace(part) || !citiesNamed(town).length) return part
  // "Rennes - CDI": the board's facts after the town are read as facts.
  if (isEmploymentLabel(district)) return part
  if (match[2] !== '-' && listedBeside(town, district)) return part
  return town
}

/**
 * A place written as one string ("Barcelona, Cataluña", "London, UK", "Scottsdale, AZ",
 * "Würzburg, Bayern, Deutschland", "ESP"), read with its confidence, or null when the string
 * is not a place.
 */
export const readPlace = memoPerDocument(readPlaceAnew, contextKey, (read) =>
  read ? { location: { ...read.location }, confidence: read.confidence } : read,
)

/** "Austin TX", "Sydney NSW", "Oxford UK": a town and a state's or country's code without a comma. */
const CODE_AFTER = /^(\p{Lu}.*\S)\s+([A-Z]{2,3})$/u
/** "AZ US": a state's code and its country's, written without a comma. */
const TWO_CODES = /^[A-Z]{2} [A-Z]{2,3}$/

/** "USA-CA-San Jose", "GBR-London": an applicant-tracking system's codes before the town. */
const CODES_THEN_TOWN = /^([A-Z]{2,3})-(?:([A-Z]{2,3})-)?(\p{Lu}[^-,]*)$/u

/**
 * "Milano (MI)", "Bari (BA)", "Nantes (44)": an Italian town, its province's code in brackets;
 * a French one, its département's number.
 */
const TOWN_THEN_BRACKETED_CODE = /^(\p{Lu}[^()]*\S)\s*\(([A-Z]{2}|\d{2,3}|2[AB])\)$/u
/** A French département's number: "44", "2A", "974". */
const DEPARTMENT_NUMBER = /^(?:\d{2,3}|2[AB])$/
/** How sure a town is whose département's number follows it. */
const CONFIRMED_BY_CODE = 0.9

function readPlaceAnew(text: string, context: PlaceContext = {}): PlaceRead | null {
  // "March 26, 2025": a date, whatever town shares its month's name.
  if (DATE_WITH_MONTH.test(text.trim())) return null
  // Read as "Milano MI" is: the code must be the town's province.
  const bracketed = TOWN_THEN_BRACKETED_CODE.exec(text.trim())
  const town = bracketed?.[1] ?? ''
  const ofProvince = town
    ? citiesNamed(town).find((city) => city.province === bracketed?.[2])
    : undefined
  // "Nantes (44)": a French town and its département's number, which says the town is meant.
  if (ofProvince && DEPARTMENT_NUMBER.test(bracketed?.[2] ?? '')) {
    const read = readPlaceAnew(town, context)
    return read?.location.city === ofProvince.city
      ? { ...read, confidence: Math.max(read.confidence, CONFIRMED_BY_CODE) }
      : read
  }
  if (ofProvince) text = `${town} ${bracketed?.[2]}`
  text = withoutTrailingStreet(text, context)
  const coded = CODES_THEN_TOWN.exec(text.trim())
  if (coded?.[1] && coded[3] && readCountry(coded[1], true))
    text = [coded[3], coded[2], coded[1]].filter(Boolean).join(', ')
  const parts = text
    .replace(PLACE_PARENTHETICAL, ' ')
    .split(',')
    .flatMap(dashParts)
    .map(cleanPart)
    .map(townOfDistrict)
    .filter(Boolean)
    .flatMap((part, i) => (i > 0 && TWO_CODES.test(part) ? part.split(' ') : [part]))
  // "Cork, County Cork", "Durham, County Durham": an Irish or British county after its town
  // says which country the town is in, and no more.
  const county = parts.findIndex((part, i) => i > 0 && COUNTY.test(part))
  if (county > 0) {
    const named = citiesNamed((parts[county] ?? '').replace(COUNTY_WORD, ''))
    const country = named.find((city) => city.country === 'IE' || city.country === 'GB')?.country
    if (country)
      context = { ...context, countries: new Set([...(context.countries ?? []), country]) }
    parts.splice(county, 1)
  }
  for (let i = parts.length - 1; i > 0; i--) if (LOCAL_UNIT.test(parts[i] ?? '')) parts.splice(i, 1)
  // "Madrid, Madrid provincia", "Rozzano, provincia di Milano": a province after its town
  // named with the word for it is where the town lies, not a second place.
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? ''
    const bare = part.replace(PROVINCE_WORD, '')
    if (bare === part || !bare) continue
    const town = parts[0] ?? ''
    const lies =
      i > 0 &&
      (placeKey(bare) === placeKey(town) ||
        citiesNamed(town).some((city) => namesProvinceOf(bare, city)))
    if (lies) parts.splice(i, 1)
    else parts[i] = bare
  }
  if (parts.length === 0 || parts.length > 4) return null
  if (parts.some((part) => part.length > 40)) return null
  let provinceCode: string | undefined
  // "Washington, DC" and "Washington, D.C." are the short name "Washington DC" with a comma.
  const joined = parts.length === 2 ? `${parts[0]} ${parts[1]}`.replace(/\.$/, '') : ''
  if (CITY_SHORT_NAMES.has(joined)) parts.splice(0, 2, joined)
  if (parts.length === 1) {
    const one = readOne(parts[0] ?? '', context)
    // "Austin TX", "Sydney NSW", "Oxford UK", "Milano MI": a US state's, Canadian
    // province's or Australian state's code, a country's, or an Italian province's after a
    // town without a comma (read as "Town, CODE": the code must be the town's).
    const coded = CODE_AFTER.exec(parts[0] ?? '')
    const code = coded?.[2]
    const town = coded?.[1] ?? ''
    const province = code && citiesNamed(town).some((city) => city.province === code)
    // "Munich Germany": a town and its country without a comma, read only when the town is
    // one of that country's.
    if (!one && !coded) return townThenCountry(parts[0] ?? '', context)
    if (
      !town ||
      !code ||
      (one && !province) ||
      !(
        province ||
        regionIn('US', code) ||
        regionIn('CA', code) ||
        regionIn('AU', code) ||
        readCountry(code, true)
      )
    )
      return one
    parts.splice(0, 1, town, code)
    if (province) provinceCode = code
  }

  const first = parts[0] ?? ''
  const tail = parts.slice(1)
  let best: { city: CityEntry; tail: TailRead; score: number } | null = null
  const firstName = CITY_SHORT_NAMES.get(first) ?? first
  for (const city of isPlaceShaped(firstName) ? citiesNamed(firstName) : []) {
    const read = readTail(city, tail, provinceCode)
    if (!read) continue
    const score = cityPrior(city, context) + read.score
    if (!best || score > best.score) best = { city, tail: read, score }
  }
  // "Washington, USA", "Virginia, USA": the name of a region of the country, and of a town
  // in another region of it, is the region ("Faro, Portugal", "New York, USA": a region's
  // own town keeps its name).
  const region = best && !best.tail.region ? regionIn(best.city.country, firstName) : null
  if (best && region && region.admin !== best.city.admin)
    return {
      location: { city: null, region: region.name, country: best.city.country },
      confidence: 0.8,
    }
  if (best && best.score > 1) {
    return {
      location: cityLocation(best.city, best.tail.region),
      confidence: Math.min(1, 0.5 + best.score / 8),
    }
  }
  return readCityLast(parts, context) ?? readUnknownCity(parts, context)
}

/** The last one to three words of `text` as a country, the words before them as its town. */
function townThenCountry(text: string, context: PlaceContext): PlaceRead | null {
  const words = text.split(' ')
  if (words.length < 2 || !isPlaceShaped(text)) return null
  // "Central America", "South Africa": a region's name, not a town and a country.
  if (macroRegion(text) || isWorldRegionName(text) || readCountry(text, true)) return null
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const country = readCountry(words.slice(-n).join(' '), true)
    if (!country) continue
    const town = words.slice(0, -n).join(' ')
    if (!citiesNamed(town).some((city) => city.country === country.code)) return null
    const read = readPlace(`${town}, ${words.slice(-n).join(' ')}`, context)
    return read?.location.city && read.location.country === country.code ? read : null
  }
  return null
}

/**
 * "Netherlands - Eindhoven", "Spain, Barcelona": the country or region first and the city
 * last, read only when what stands before the city confirms it.
 */
function readCityLast(parts: string[], context: PlaceContext): PlaceRead | null {
  const last = parts[parts.length - 1] ?? ''
  const head = parts.slice(0, -1).reverse()
  let best: { city: CityEntry; tail: TailRead; score: number } | null = null
  for (const city of isPlaceShaped(last) ? citiesNamed(last) : []) {
    const read = readTail(city, head)
    // Confirmed by a country or region before it, or a district of it ("Mokotów, Warszawa").
    if (!read || (read.score < 3 && !(read.district && head.length === 1))) continue
    const score = cityPrior(city, context) + read.score
    if (!best || score > best.score) best = { city, tail: read, score }
  }
  if (!best) return null
  return {
    location: cityLocation(best.city, best.tail.region),
    confidence: Math.min(1, 0.5 + best.score / 8),
  }
}

/** The place a string names, or null. */
export function resolvePlace(text: string, context: PlaceContext = {}): PostingLocation | null {
  const read = readPlace(text, context)
  return read && read.confidence >= MIN_READING ? read.location : null
}

/**
 * "Lausanne, Genève", "Reading, Bath": towns of one country named together vouch for each
 * other, none of them sure alone.
 */
function oneCountry(reads: (PlaceRead | null)[]): boolean {
  const towns = reads.filter((r): r is PlaceRead => r !== null && r !== QUALIFIER)
  return (
    towns.length >= 2 &&
    towns.length === reads.length &&
    towns.every((r) => r.location.city && r.location.country === towns[0]?.location.country)
  )
}

/**
 * A town whose own name holds a slash ("Biel/Bienne"), unless each side is a sure town of its
 * own ("Utrecht/Amsterdam" is two towns, not a hamlet in Newfoundland so named).
 */
function slashedTowns(read: PlaceRead | null, context: PlaceContext): PlaceRead | null {
  const name = read?.location.city
  if (!name?.includes('/')) return read
  // "Lisbon/Porto, Portugal": no town of that name, two towns and their country.
  if (!knownWhole(name)) return null
  const sides = name.split('/').map((side) => readPlace(side, context))
  return sides.every((side) => side && side.confidence >= STRONG_PLACE) ? null : read
}

/** A reading at least this sure is a place even where a company's name could stand. */
export const STRONG_PLACE = 0.7

/** "Remote UK", "remote from Spain", "Remote - EU": one alternative of a location field. */
const REMOTE_ALTERNATIVE =
  /^remote(?:\s?[-–,:])?\s(?:(?:in|from|within)\s)?(\p{Lu}[\p{L} .]{1,30})$/iu
/** Readings less sure than this are not places (a lone alternate name outside a location field). */
const MIN_READING = 0.5
/** The least confidence of a reading kept beside a sure place of the same country. */
const WEAK_BESIDE_SURE = 0.4
/** A country's code that is also another word ("GTM", "PT"): below MIN_READING alone. */
const AMBIGUOUS_CODE = 0.45

export type PlaceReading = {
  locations: PostingLocation[]
  /** How sure each reading is, in the order of `locations`. */
  confidence: number[]
  remoteRegions: string[]
  /** Parts that named a place too vaguely to keep ("9 Locations"). */
  vague: string[]
}

/**
 * A bracket's remark that opens with a work mode and goes on: "(Hybrid, 2 days/week in
 * office)". A mode alone after each place ("Canada (Remote), India (on-site)") stays.
 */
const MODE_REMARK = /^\s*(?:hybrid|remote|on[- ]?site|in[- ]office|in[- ]person)\b/i

/** A cheap test before OFFICE_DAYS_I18N: a word for days in one of the languages. */
const DAY_WORD_I18N = /tag|jour|d[ií]a|giorn|dag|dni|dzie/i

function stripModeWords(text: string): string {
  // "Lyon 7e, en hybride : 3 jours par semaine au bureau": the office days after the place.
  if (DAY_WORD_I18N.test(text))
    for (const officeDays of OFFICE_DAYS_I18N) text = text.replace(officeDays, ' ')
  const stripped = text
    .replace(PLACE_NOISE_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,:])/g, '$1')
    .replace(/[,:](?: ?[,:])+/g, ',')
    // The sentence's full stop after the words taken out, not an abbreviation's ("D.C.").
    .replace(/[\s,:]+\.$/, '')
  return trimSet(stripped, ' ,/-–—:', ' ,/-–—:')
}

/**
 * Reads a location field ("Amsterdam or Remote (EU and UK)", "remote,Kraków, Poland",
 * "München/Berlin", "London | Hybrid", "9 Locations") into places and remote regions.
 * Work-mode words are left to work-mode.ts.
 */
export const readPlaces = memoPerDocument(readPlacesAnew, contextKey, (reading) => ({
  locations: reading.locations.map((l) => ({ ...l })),
  confidence: [...reading.confidence],
  remoteRegions: [...reading.remoteRegions],
  vague: [...reading.vague],
}))

/** What leads to a region in a remote field: "within", "from the", "anywhere in". */
const TO_A_REGION =
  /^(?:(?:anywhere|only|based)\s+)?(?:in|from|within|across|inside)\s+(?:the\s+)?/i

const REMOTE_BRACKETS = /\bremote(?:[- ](?:first|friendly|only))?\s*\(([^()]{1,80})\)/gi

/**
 * "United States-Ohio-Columbus", "US-MN-Minneapolis": an applicant tracker's country, region and
 * town joined by hyphens, the country first.
 */
const COUNTRY_REGION_TOWN =
  /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L} .]{1,30})-(\p{Lu}[\p{L} .]{0,30})-(\p{Lu}[\p{L}\p{N} .'’]{1,40})(?![\p{L}\p{N}-])/gu

/** The tracker's "Country-Region-Town" written as a town is: "Columbus, Ohio, United States". */
function townFirst(text: string): string {
  if (!text.includes('-')) return text
  return text.replace(
    COUNTRY_REGION_TOWN,
    (whole, country: string, region: string, town: string) =>
      countryCode(country.trim()) ? `${town.trim()}, ${region.trim()}, ${country.trim()}` : whole,
  )
}

/** The most characters a map's link after a place takes, its separator with it. */
const MAP_LINK_CHARS = 40

/** The text without a map's link at its end, looked for in the end alone. */
function withoutMapLink(text: string): string {
  const tail = text.slice(-MAP_LINK_CHARS)
  return MAP_LINK_AFTER.test(tail)
    ? text.slice(0, text.length - tail.length) + tail.replace(MAP_LINK_AFTER, '')
    : text
}

function readPlacesAnew(text: string, context: PlaceContext = {}): PlaceReading {
  const reading: PlaceReading = { locations: [], confidence: [], remoteRegions: [], vague: [] }
  const reads: PlaceRead[] = []
  const push = (read: PlaceRead) => {
    reads.push(read)
  }
  let rest = townFirst(withoutMapLink(text.replace(/\s+/g, ' ')))
  // "Location: Worldwide", a board's "🌏 Worldwide" line: naming the whole world names no
  // office, but where a remote hire may live.
  const trimmed = trimSet(rest, ' .', ' .')
  if ((context.field || /^\p{Lu}/u.test(trimmed)) && isWorldwide(trimmed)) {
    reading.remoteRegions.push(WORLDWIDE)
    return reading
  }
  // "Remote (EU and UK)": the brackets name where a remote hire may live.
  // "Remote-first (US, Canada, UK)": a list of them, by commas too.
  rest = rest.replace(REMOTE_BRACKETS, (_, inner: string) => {
    const add = (text: string) => {
      const region = remoteRegion(
        text
          .replace(/\bonly\b/i, '')
          .trim()
          .replace(TO_A_REGION, ''),
      )
      if (region && !reading.remoteRegions.includes(region)) reading.remoteRegions.push(region)
      return region
    }
    // "US/Canada" is two countries, but "UTC+3" one zone, not "UTC" and "3".
    for (const part of inner.split(',')) {
      const pieces = part.split(PLACE_ALTERNATIVES)
      const each = pieces.length > 1 && pieces.every((piece) => remoteRegion(piece.trim()))
      if (each || !add(part)) for (const piece of pieces) add(piece)
    }
    return ' '
  })
  // "London or Remote UK": an alternative that is remote from a country or group names
  // where a remote hire may live, beside the office named in the other.
  const alternatives = rest.split(PLACE_ALTERNATIVES)
  if (alternatives.length > 1)
    for (const alternative of alternatives) {
      const where = REMOTE_ALTERNATIVE.exec(alternative.trim())?.[1]
      const region = where ? remoteRegion(where) : null
      if (region && !reading.remoteRegions.includes(region)) reading.remoteRegions.push(region)
    }
  // "Remote - EMEA", "Remote, Europe or LatAm": the same without brackets, when all the
  // field names besides the mode are groups of countries.
  // "Remote US/EU/UK": groups among countries are taken out, the countries read as usual.
  if (REMOTE_FIELD.test(rest) && !OFFICE_FIELD.test(rest)) {
    // "Remote within Europe (CET ±2h)", "Remote from the EU": the words that lead to a
    // region and a zone in brackets after it are pieces of the same list.
    const pieces = stripModeWords(rest)
      .split(PLACE_ALTERNATIVES)
      .flatMap((piece) => piece.split(/[,()]/))
      .map((piece) => piece.trim().replace(TO_A_REGION, ''))
      .filter(Boolean)
    // "ES/PT": a code that is a country's and a time zone's ("PT") is the country among
    // countries, and the zone among zones ("PT/ET").
    const asGroups = pieces.map((piece) => macroRegion(piece))
    const groups = asGroups.every((group) => group !== null)
      ? asGroups
      : pieces.map((piece, i) => (countryCode(piece) ? null : asGroups[i]))
    if (
      groups.some((group) => group !== null) &&
      pieces.every((piece, i) => groups[i] !== null || remoteRegion(piece) !== null)
    ) {
      for (const group of groups)
        if (group && !reading.remoteRegions.includes(group)) reading.remoteRegions.push(group)
      rest = pieces.filter((_, i) => groups[i] === null).join(' / ') || ' '
    }
  }
  // "Engineer @ Acme (Halifax, Canada)": a bracketed town is a place on its own, not a
  // remark on what stands before it (brackets naming only a country or a mode still are).
  // "Hybrid (NYC)": brackets after nothing but a work mode name the place.
  const outside = stripModeWords(rest.replace(PLACE_BRACKETED, ' '))
  const onlyMode = !outside
  // "Krems (near Vienna)", "Uxbridge, ON (Greater Toronto)": brackets after a place qualify
  // it. Asked only when there are brackets, of the text without them (no recursion).
  let afterPlace: boolean | undefined
  rest = rest.replace(PLACE_BRACKETED, (group, round: string | undefined, square?: string) => {
    const inner = round ?? square ?? ''
    // "Onsite (Malmö, Sweden / Copenhagen, Denmark)", "Onsite (Berkeley)": after nothing but
    // a work mode the brackets hold the place field itself, read as the rest of it is.
    if (onlyMode) return ` ${inner} `
    const read = inner.includes(',') ? readPlace(inner, context) : null
    if (read?.location.city && read.confidence >= STRONG_PLACE) {
      push(read)
      return ' '
    }
    // "Spiich Labs (Stockholm)", "Parabola Labs (NYC / SF)", "Engineer @ Acme (San Francisco,
    // ONSITE)": brackets holding nothing but towns, each a sure reading, and mode words.
    afterPlace ??= readPlaces(outside, context).locations.length > 0
    const towns = afterPlace ? [] : bracketTowns(inner, context)
    for (const town of towns) push(town)
    if (towns.length) return ' '
    // "Lisbon or Porto, Portugal (Hybrid, 2 days/week in office)": a remark on the work mode
    // after the places, naming none, is no part of them.
    return afterPlace &&
      MODE_REMARK.test(inner) &&
      /[,\d]/.test(inner) &&
      !readPlaces(inner, context).locations.length
      ? ' '
      : group
  })
  // "Teilweise Homeoffice in 20457 Hamburg": the place after a board's work mode (not after
  // one alternative of several: "Tokyo or Remote in Japan").
  const moded = HAS_PLACE_PREPOSITION.test(rest) ? MODE_THEN_PLACE.exec(rest.trim()) : null
  const head = moded?.[1] ?? ''
  if (moded?.[2] && MODE_HEAD.test(head) && !PLACE_ALTERNATIVES.test(` ${head} `)) rest = moded[2]
  const whole = slashedTowns(readPlace(stripModeWords(rest), context), context)
  if (whole && whole.confidence >= MIN_READING) {
    for (const read of [...reads, whole]) {
      if (reading.locations.some((l) => sameLocation(l, read.location))) continue
      reading.locations.push(read.location)
      reading.confidence.push(read.confidence)
    }
    return remoteCountriesOfField(text, reading)
  }
  for (const alternative of rest.split(PLACE_ALTERNATIVES)) {
    const cleaned = withoutStreet(stripModeWords(alternative), context)
    if (!cleaned) continue
    if (N_LOCATIONS.test(cleaned)) {
      reading.vague.push(cleaned)
      continue
    }
    // "Multiple US locations (VA, PA, NC)": the brackets may list them.
    const listed = /^([^()]*[^\s()]) ?\(([^()]+)\)$/.exec(cleaned)
    const spread = SPREAD_LOCATIONS.exec(listed?.[1] ?? cleaned)
    if (spread) {
      const within = readPlace(spread[1] ?? spread[2] ?? '', context)
      const country =
        within && !within.location.city && !within.location.region ? within.location.country : null
      const named = country && listed?.[2] ? readPlaces(listed[2], context) : null
      if (named?.locations.length && named.locations.every((l) => l.country === country))
        named.locations.forEach((location, i) =>
          push({ location, confidence: named.confidence[i] ?? MIN_READING }),
        )
      // Else the country the places are in is all the field says of them.
      else if (within && country) push(within)
      else reading.vague.push(cleaned)
      continue
    }
    const place = readPlace(cleaned, context) ?? townBeforeArea(cleaned, context)
    if (place) {
      push(place)
      continue
    }
    // "Rotterdam of Amsterdam", "Utrecht en Eindhoven", "Bologna (BO) - Milano (MI)": Dutch
    // "or" and "and", or a spaced dash, between towns, read so only when every side is a
    // town ("City of London" is no "City" and "London").
    const joined = cleaned.split(TOWNS_JOIN)
    if (joined.length > 1) {
      const towns = joined.map((piece) => readPlace(piece, context))
      const sure = (r: PlaceRead | null) => r !== null && r.confidence >= STRONG_PLACE
      // "Milano" beside "Bologna": a town's local name, weak alone, beside a sure town of its country.
      const beside = (r: PlaceRead) =>
        r.confidence >= WEAK_BESIDE_SURE &&
        towns.some((o) => o !== r && sure(o) && o?.location.country === r.location.country)
      // A word in capitals is a shout more often than a town ("Washington DC - INTERNATIONAL
      // OK" is no town of Oklahoma).
      const shouted = joined.some(
        (piece) => /\p{Lu}{4}/u.test(piece) && piece === piece.toUpperCase(),
      )
      if (
        !shouted &&
        towns.every((r) => r?.location.city && (r.confidence >= MIN_READING || beside(r))) &&
        (towns.some(sure) || oneCountry(towns))
      ) {
        for (const town of towns) if (town) push(town)
        continue
      }
      // "Newcastle upon Tyne – Science Central", "Leeds – Headingley": a town, then the site or
      // district of the office within it, which the data does not know.
      const [town, site] = towns
      const siteName = joined[1]?.trim() ?? ''
      if (
        joined.length === 2 &&
        SPACED_DASH.test(cleaned) &&
        town?.location.city &&
        town.confidence >= MIN_READING &&
        !site &&
        isPlaceShaped(siteName) &&
        !knownPlace(siteName)
      ) {
        push(town)
        continue
      }
    }
    // "remote,Kraków, Poland": drop a leading piece that is only a work mode.
    const pieces = cleaned.split(',').map((p) => p.trim())
    // "New York, Paris", "SF, Seattle, US", "Budapest, Debrecen, Pécs": a list of places,
    // each a place on its own and one of them sure, is read one by one.
    const states =
      pieces.length > 1 && pieces.every((p) => /^[A-Z]{2}$/.test(p) && regionIn('US', p))
    const read = pieces.length > 1 && !states ? pieces.map((p) => readPlace(p, context)) : []
    const each = states
      ? pieces.map((p) => stateInList(p, [], context))
      : read.map((r, i) => r ?? stateInList(pieces[i] ?? '', read, context, read[i - 1]))
    // "Whitefield, Bengaluru, Karnataka, India": a list that closes on its country names one
    // place; a town of another country right before a town of that one is its district.
    const last = each[each.length - 1]
    const closing = last && last !== QUALIFIER && !last.location.city ? last.location.country : null
    if (closing)
      for (let i = 0; i < each.length - 1; i++) {
        const r = each[i]
        const next = each[i + 1]
        if (
          r &&
          r !== QUALIFIER &&
          r.location.city &&
          r.location.country !== closing &&
          next?.location.city &&
          next.location.country === closing
        )
          each[i] = QUALIFIER
      }
    // A bare code names a country only closing the list ("SF, SJ, NYC": "SJ" is San Jose), or
    // among countries alone ("USA, Canada").
    const countriesOnly = each.every(
      (r) => r && r !== QUALIFIER && !r.location.city && !r.location.region,
    )
    const code = (r: PlaceRead, i: number) =>
      !countriesOnly &&
      i < pieces.length - 1 &&
      r !== QUALIFIER &&
      !r.location.city &&
      !r.location.region &&
      /^[A-Z]{2,3}$/.test(pieces[i] ?? '')
    // "Berlin, München": a town's local name, weak alone, beside a sure town of its country.
    const besideSure = (r: PlaceRead) =>
      r.confidence >= WEAK_BESIDE_SURE &&
      each.some(
        (o) =>
          o && o !== r && o.location.country === r.location.country && o.confidence >= STRONG_PLACE,
      )
    if (
      each.length &&
      each.every((r, i) => r && (r.confidence >= MIN_READING || besideSure(r)) && !code(r, i)) &&
      (each.some((r) => r && r.confidence >= STRONG_PLACE) || oneCountry(each))
    ) {
      for (const r of each) if (r && r !== QUALIFIER) push(r)
      continue
    }
    for (let start = 1; start < pieces.length; start++) {
      const tail = readPlace(pieces.slice(start).join(', '), context)
      if (tail) {
        push(tail)
        break
      }
    }
  }
  // "München/Berlin": a weak reading beside a sure place in the same country is a place.
  // "ES/PT": a code that is also another word names a country beside another country named.
  for (const read of reads) {
    const beside = reads.some(
      (r) =>
        (r.location.country === read.location.country && r.confidence >= STRONG_PLACE) ||
        (read.confidence === AMBIGUOUS_CODE &&
          !r.location.city &&
          r.location.country !== null &&
          r.confidence >= MIN_READING),
    )
    if (read.confidence < MIN_READING && !beside) continue
    reading.locations.push(read.location)
    reading.confidence.push(Math.max(read.confidence, MIN_READING))
  }
  // "Munich/Berlin, Germany": a country stated once after the last city applies to all.
  const stated = reading.locations.map((l) => l.country).filter(Boolean)
  if (new Set(stated).size === 1 && reading.locations.length > 1) {
    const country = stated[0] ?? null
    for (let i = 0; i < reading.locations.length; i++) {
      const l = reading.locations[i] as PostingLocation
      if (l.country === country || !l.city) continue
      const there = citiesNamed(l.city).find((c) => c.country === country)
      if (there) reading.locations[i] = cityLocation(there, null)
    }
  }
  return remoteCountriesOfField(text, reading)
}

/** A piece of a list that qualifies the town before it and names no place of its own. */
const QUALIFIER: PlaceRead = {
  location: { city: null, region: null, country: null },
  confidence: 1,
}

/**
 * "SF, NY", "VA, PA, TX": a US state's (or a Canadian province's) code in a list of places
 * is the state, and beside towns the town its state is named after, as the state's name alone
 * reads ("New York"): Hacker News headers write "NY" for New York City.
 */
function stateInList(
  piece: string,
  list: readonly (PlaceRead | null)[],
  context: PlaceContext,
  before?: PlaceRead | null,
): PlaceRead | null {
  if (!/^[A-Z]{2}$/.test(piece)) return null
  const countries = new Set(list.map((r) => r?.location.country))
  const country = countries.has('CA') && !countries.has('US') ? 'CA' : 'US'
  const region = regionIn(country, piece)
  if (!region) return null
  // "Vancouver, BC, Toronto": the code after a town of its state says where that town is.
  if (before?.location.city && before.location.region === region.name) return QUALIFIER
  if (list.some((r) => r?.location.city)) {
    const town = readPlace(region.name, context)
    if (town?.location.city && town.location.country === country && town.confidence >= STRONG_PLACE)
      return { location: town.location, confidence: STRONG_PLACE }
  }
  return { location: { city: null, region: region.name, country }, confidence: STRONG_PLACE }
}

/** The towns a bracket names when it names nothing else but work modes, each a sure reading. */
function bracketTowns(inner: string, context: PlaceContext): PlaceRead[] {
  const bare = stripModeWords(inner)
  if (!bare || bare.includes('(') || NEAR_PLACE.test(bare)) return []
  const reading = readPlaces(bare, context)
  // "(Stockholm)", "(NYC / SF)"; "(US or Canada)": towns each sure, or a list of countries
  // one of which is ("ML" is no Mali). One country is a remark on a name ("Acme (Philippines)
  // Inc.").
  const towns =
    reading.locations.every((l) => l.city) && reading.confidence.every((c) => c >= STRONG_PLACE)
  const countries =
    reading.locations.length >= 2 &&
    reading.locations.every((l) => !l.city && !l.region && l.country) &&
    reading.confidence.every((c) => c >= MIN_READING) &&
    reading.confidence.some((c) => c >= STRONG_PLACE)
  const sure = reading.locations.length > 0 && (towns || countries)
  return sure
    ? reading.locations.map((location, i) => ({
        location,
        confidence: reading.confidence[i] ?? STRONG_PLACE,
      }))
    : []
}

/**
 * "Remote - UK or Ireland", "Remote, Germany": a field that says remote and names only
 * countries (no city, no office) names where the remote hire may live. The countries stay
 * the role's places too, as a reader of the field would list them.
 */
function remoteCountriesOfField(text: string, reading: PlaceReading): PlaceReading {
  if (!reading.locations.length || !REMOTE_FIELD.test(text) || OFFICE_FIELD.test(text))
    return reading
  if (reading.locations.some((l) => l.city || l.region || !l.country)) return reading
  for (const l of reading.locations)
    if (l.country && !reading.remoteRegions.includes(l.country))
      reading.remoteRegions.push(l.country)
  return reading
}

/** Place candidates from one location text: each reading's confidence scales `score`. */
export function placeCandidates(
  text: string,
  from: string,
  score: number,
  context: PlaceContext = {},
  at?: number,
): Candidate<PostingLocation>[] {
  const reading = readPlaces(text, context)
  return reading.locations.map((value, i) => ({
    value,
    raw: text,
    from,
    score: score * (reading.confidence[i] ?? 0.5),
    ...(at === undefined ? {} : { at }),
  }))
}

/** Below this a reading is too weak to list ("Reading" as a town in a sentence). */
const MIN_PLACE_SCORE = 0.4

/**
 * The role's places: every candidate strong enough, strongest first, without duplicates or
 * a bare country that a city already covers.
 */
export function resolveLocations(
  candidates: readonly Candidate<PostingLocation>[],
): PostingLocation[] {
  const ordered = [...candidates]
    .filter((c) => c.score >= MIN_PLACE_SCORE)
    .sort((a, b) => b.score - a.score || (a.at ?? Infinity) - (b.at ?? Infinity))
  const locations: PostingLocation[] = []
  for (const c of ordered) addLocation(locations, c.value)
  return locations
}

export function sameLocation(a: PostingLocation, b: PostingLocation): boolean {
  return (
    a.country === b.country &&
    placeKey(a.city ?? '') === placeKey(b.city ?? '') &&
    (a.city !== null || placeKey(a.region ?? '') === placeKey(b.region ?? ''))
  )
}

/** Adds a location unless it is already there or only restates a country already there. */
export function addLocation(into: PostingLocation[], location: PostingLocation): void {
  if (into.some((l) => sameLocation(l, location))) return
  // A country, or a region, already in a finer place is no place of its own; but "VA, PA"
  // are two regions of one country. Only a town makes a country already there finer.
  const within = (outer: PostingLocation, inner: PostingLocation) =>
    outer.country === inner.country &&
    !outer.city &&
    (!outer.region || (outer.region === inner.region && inner.city !== null))
  if (
    location.country &&
    into.some((l) => within(location, l) || (!location.city && within(l, location)))
  )
    return
  const coarser = into.findIndex((l) => within(l, location))
  if (coarser >= 0) into.splice(coarser, 1)
  into.push(location)
}
