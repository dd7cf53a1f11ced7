import type { PostingLocation } from '../model/posting.ts'
import { readCountry } from './country-names.ts'
import {
  citiesNamed,
  regionIn,
  regionsNamed,
  type CityEntry,
  type RegionEntry,
} from './gazetteer.ts'
import { allMatches } from './matches.ts'
import { placeKey } from './place-key.ts'
import { EU_MEMBERS } from './region-groups.ts'
import { PAY_CURRENCIES } from './words/currencies.ts'

/**
 * A town named alone goes to its largest namesake ("Valencia" is Venezuela's, "Córdoba"
 * Argentina's). What else the posting says settles it: a region or country written right
 * after the name, a region of one namesake named elsewhere, another of its places, its pay's
 * currency, the countries it names, its language. Evidence about the place itself settles any
 * namesake; evidence about the posting in general settles only between namesakes of
 * comparable size, so a US company's "offices in New York and Paris" keeps Paris in France.
 */

export type PostingSignals = {
  /** The posting's text, where its places, regions and countries are named. */
  text: string
  /** The currency of its pay (ISO 4217), when it states pay. */
  currency?: string | null
  /** Its language (ISO 639-1). */
  language?: string | null
}

/** Evidence about the place itself: the name's own qualifier, its region named. */
const QUALIFIED = 3
const REGION_NAMED = 2
/** A currency issued only where one namesake is (not the dollar, paid the world over). */
const OWN_CURRENCY = 2
/** Evidence about the posting in general: another of its places, its pay, its words. */
const SAME_REGION = 1.5
const SAME_COUNTRY = 1
const CURRENCY = 1
const COUNTRY_NAMED = 0.75
/** The posting's own addresses end in a country's domain (".co.uk", ".de"). */
const COUNTRY_DOMAIN = 0.75
const LANGUAGE = 0.5
/** Namesakes within this many powers of ten in population rank (about 3x) are comparable. */
const COMPARABLE = 0.5
/** How much the larger namesake is preferred, per power of ten of rank (as places.ts does). */
const SIZE = 0.25

/** Capitalised runs of words: where a text names places, regions and countries. */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}/gu
/**
 * What stands right after a name and may qualify it: ", Spain", " (ON)", " - Texas", and
 * ", AL" before the sentence goes on in small letters ("Huntsville, AL facility").
 */
const QUALIFIER =
  /^\s*(?:[,(/]|\s[-–—]\s)\s*(\p{L}[\p{L}.'’ ]{0,30}?)\s*(?=[,)\n.;|/]|\s[-–—(]|\s\p{Ll}|$)/u
/** A web or mail address's country-code top-level domain ("acme.co.uk", "jobs@acme.de"). */
const COUNTRY_TLD = /(?<=[\p{L}\p{N}-])\.(?:(?:co|com|org|ac|gov)\.)?([a-z]{2})(?![\p{L}\p{N}.-])/gu
/**
 * Country domains sold the world over as generic names ("acme.io", "acme.ai"): they tell
 * nothing of where the employer is.
 */
const VANITY_TLDS = new Set([
  'io',
  'ai',
  'co',
  'me',
  'tv',
  'ly',
  'so',
  'gg',
  'sh',
  'to',
  'fm',
  'am',
  'is',
  'it',
  'cc',
  'ws',
  'la',
  'vc',
  'dev',
])
/** The country each ISO code's domain stands for where the two differ. */
const TLD_COUNTRY: Readonly<Record<string, string>> = { uk: 'GB' }

/** Countries whose domains the posting's own addresses use. */
function domainCountries(text: string): ReadonlySet<string> {
  const found = new Set<string>()
  for (const m of allMatches(COUNTRY_TLD, text.slice(0, SCAN_LIMIT))) {
    const tld = m[1] ?? ''
    if (!VANITY_TLDS.has(tld)) found.add(TLD_COUNTRY[tld] ?? tld.toUpperCase())
  }
  return found
}

/** How much text is read for names: a posting's places are stated near its top. */
const SCAN_LIMIT = 20_000

const EU = new Set<string>(EU_MEMBERS)
/** EU members that pay in a currency of their own, so do not pay in euros. */
const OWN_CURRENCY_EU = new Set(
  PAY_CURRENCIES.map((code) => code.slice(0, 2)).filter((country) => EU.has(country)),
)

/**
 * Countries that pay in a currency: ISO 4217 codes begin with the issuing country's code
 * ("CAD" Canada, "ARS" Argentina); the euro is the EU members' without a currency of their own.
 */
function currencyCountries(code: string): ReadonlySet<string> {
  if (code === 'EUR') return new Set([...EU].filter((c) => !OWN_CURRENCY_EU.has(c)))
  return new Set([code.slice(0, 2)])
}

/**
 * The country a language is first spoken in ("es" Spain), by Unicode's likely subtags. Kept
 * per language: `Intl.Locale#maximize` costs about 80 µs, as much as reading a short posting's
 * header, and a posting asks it once per place it settles.
 */
function languageCountry(language: string): string | null {
  let country = LANGUAGE_COUNTRY.get(language)
  if (country === undefined) {
    try {
      country = new Intl.Locale(language).maximize().region ?? null
    } catch {
      country = null
    }
    LANGUAGE_COUNTRY.set(language, country)
  }
  return country
}
const LANGUAGE_COUNTRY = new Map<string, string | null>()

/**
 * The largest namesake in each other country or region than the one read (Portland, Maine
 * beside Portland, Oregon).
 */
function othersNamed(entries: readonly CityEntry[], read: CityEntry): CityEntry[] {
  const byRegion = new Map<string, CityEntry>()
  for (const entry of entries) {
    if (entry.country === read.country && entry.admin === read.admin) continue
    const key = `${entry.country}.${entry.admin}`
    const held = byRegion.get(key)
    if (!held || entry.rank < held.rank) byRegion.set(key, entry)
  }
  return [...byRegion.values()]
}

/** A name the text writes, with what it names itself and what stands after it. */
type Named = {
  key: string
  after: string
  /** The country it names ("Spain", "España"), if any. */
  country: string | null
  /** The regions it names that are no town's name too ("Andalusia"; not "New York"). */
  regions: readonly RegionEntry[]
}

function namesIn(text: string): Named[] {
  const slice = text.slice(0, SCAN_LIMIT)
  return allMatches(NAME_RUN, slice).map((m) => {
    const key = placeKey(m[0])
    const regions = regionsNamed(key)
    return {
      key,
      after: slice.slice(m.index + m[0].length, m.index + m[0].length + 40),
      country: readCountry(m[0], false)?.code ?? null,
      // A region's name that is also a town's ("New York", "Washington", "Córdoba") tells neither.
      regions: regions.length && citiesNamed(key).length === 0 ? regions : [],
    }
  })
}

function evidence(
  namesake: CityEntry,
  cityKey: string,
  others: readonly PostingLocation[],
  names: readonly Named[],
  signals: PostingSignals,
  domains: ReadonlySet<string>,
): { specific: number; general: number } {
  let specific = 0
  let general = 0
  const { country } = namesake
  let qualified = false
  let regionNamed = false
  let countryNamed = false
  for (const named of names) {
    if (named.key === cityKey) {
      const qualifier = qualified ? undefined : QUALIFIER.exec(named.after)?.[1]?.trim()
      if (
        qualifier &&
        (readCountry(qualifier, true)?.code === country ||
          regionIn(country, qualifier)?.admin === namesake.admin)
      ) {
        qualified = true
        specific += QUALIFIED
      }
      continue
    }
    if (
      !regionNamed &&
      named.regions.some((r) => r.country === country && r.admin === namesake.admin)
    ) {
      regionNamed = true
      specific += REGION_NAMED
    }
    if (!countryNamed && named.country === country) {
      countryNamed = true
      general += COUNTRY_NAMED
    }
  }
  if (others.some((o) => o.country === country && o.region && o.region === namesake.region))
    general += SAME_REGION
  else if (others.some((o) => o.country === country)) general += SAME_COUNTRY
  if (signals.currency && currencyCountries(signals.currency).has(country)) {
    if (signals.currency === 'USD') general += CURRENCY
    else specific += OWN_CURRENCY
  }
  if (domains.has(country)) general += COUNTRY_DOMAIN
  const { language } = signals
  if (language && language !== 'en' && languageCountry(language) === country) general += LANGUAGE
  return { specific, general }
}

/**
 * The locations with each town named alone moved to the namesake the posting's other
 * signals point to, when they point away from the one read.
 */
export function settleNamesakes(
  locations: readonly PostingLocation[],
  signals: PostingSignals,
): PostingLocation[] {
  let names: Named[] | null = null
  let domains: ReadonlySet<string> | null = null
  return locations.map((location, i) => {
    if (!location.city) return location
    const entries = citiesNamed(location.city)
    const read = entries.find(
      (e) =>
        e.country === location.country &&
        e.city === location.city &&
        (!location.region || e.region === location.region),
    )
    const namesakes = read ? othersNamed(entries, read) : []
    if (!read || namesakes.length === 0) return location
    names ??= namesIn(signals.text)
    domains ??= domainCountries(signals.text)
    const others = locations.filter((_, j) => j !== i)
    const cityKey = placeKey(location.city)
    const size = (n: CityEntry) => Math.log10(n.rank + 1)
    const weigh = (n: CityEntry) => {
      const found = evidence(n, cityKey, others, names ?? [], signals, domains ?? new Set())
      const comparable = Math.abs(size(n) - size(read)) <= COMPARABLE
      return found.specific + (comparable ? found.general : 0)
    }
    const held = weigh(read) - size(read) * SIZE
    let best: { entry: CityEntry; score: number } | null = null
    for (const n of namesakes) {
      const weight = weigh(n)
      // Only evidence moves a town: size alone chose the one read.
      if (weight <= 0) continue
      const score = weight - size(n) * SIZE
      if (score > held && (!best || score > best.score)) best = { entry: n, score }
    }
    if (!best) return location
    return { city: best.entry.city, region: best.entry.region, country: best.entry.country }
  })
}
