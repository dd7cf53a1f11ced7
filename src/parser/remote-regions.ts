/**
 * Where a remote hire may live: regions as stated ("EMEA", "US only", "UTC-3 to UTC+3") and
 * the same resolved to ISO countries, from region-groups.ts and world-regions.data.json.
 */
import { regionsNamed } from './gazetteer.ts'
import { placeKey } from './place-key.ts'
import { countryCode } from './country-names.ts'
import {
  ANYWHERE_SPELLINGS,
  REGION_GROUPS,
  TIME_ZONE_OFFSETS,
  ZONE_GROUPS,
  type GroupRule,
} from './region-groups.ts'
import world from './world-regions.data.json' with { type: 'json' }

type CountryFacts = readonly [
  continent: string,
  subregion: string,
  minOffset: number,
  maxOffset: number,
  currency?: string,
]
const COUNTRY_FACTS = world.countries as unknown as Record<string, CountryFacts>
const COUNTRIES = Object.entries(COUNTRY_FACTS)

/** The continents' and subregions' names: "Central America", "Northern Europe". */
const WORLD_REGION_NAMES = new Set(
  COUNTRIES.flatMap(([, [continent, subregion]]) => [continent, subregion].map(placeKey)),
)

/** Whether a text names a continent or a subregion of one ("Central America"). */
export function isWorldRegionName(text: string): boolean {
  return WORLD_REGION_NAMES.has(placeKey(text))
}

/** A first-level region as remoteRegion names it: "PT-11", "DE-BE", "US-CA". */
export const FIRST_LEVEL_REGION = /^[A-Z]{2}-\w{1,3}$/

/** A country's currency (ISO 4217), when it has only one: "US" → "USD", "DE" → "EUR". */
export function countryCurrency(country: string): string | null {
  return COUNTRY_FACTS[country]?.[4] || null
}

const GROUP_BY_SPELLING = new Map<string, string>()
for (const group of REGION_GROUPS)
  for (const s of [group.name, ...group.spellings]) GROUP_BY_SPELLING.set(placeKey(s), group.name)
const ANYWHERE = new Set(ANYWHERE_SPELLINGS.map(placeKey))

export const WORLDWIDE = 'Worldwide'

function membersOf(rule: GroupRule): string[] {
  const members = new Set<string>(rule.countries ?? [])
  for (const [code, [continent, subregion]] of COUNTRIES) {
    if (rule.continents?.includes(continent) || rule.subregions?.includes(subregion))
      members.add(code)
  }
  for (const code of rule.except ?? []) members.delete(code)
  return [...members].sort()
}

const GROUP_MEMBERS = new Map(REGION_GROUPS.map((g) => [g.name, membersOf(g.rule)]))

/** A UTC offset written "+3", "-05:00", "+5:30", "−3" in minutes. */
function offsetMinutes(sign: string, hours: string, minutes: string | undefined): number {
  const value = Number(hours) * 60 + Number(minutes ?? 0)
  return sign === '+' ? value : -value
}

/** A zone and an optional offset: "UTC-3", "GMT+5:30", "CET". */
const ZONE = /^([a-z]{2,4})(?:\s?([-+\u2212\u2013])\s?(\d{1,2})(?::?(\d{2}))?)?$/i
/** An offset alone, after a zone named before it: the "+3" of "UTC-3 to +3". */
const BARE_OFFSET = /^([-+\u2212\u2013])\s?(\d{1,2})(?::?(\d{2}))?$/
/** Between the two ends of a window: "UTC-3 to UTC+3", "CET – EET", "GMT+1 bis GMT+4". */
const RANGE_SEPARATOR = /\s+(?:to|through|until|bis|and|à|a)\s+|\s*[\u2013\u2014]\s*|\s+-\s+/i
/** "CET ±2h", "CET +/- 2 hours": a zone, then a spread either side. */
const PLUS_MINUS =
  /^(.{2,12}?)\s*(?:±|\+\/-|\+-|plus or minus|plus\/minus)\s*(\d{1,2})\s*(?:h|hrs?|hours?|stunden|heures|horas|ore|uur|godzin[ay]?)?$/i
/** "within 3 hours of CET". */
const WITHIN_OF =
  /^(?:within\s+|±\s*|\+\/-\s*)?(\d{1,2})\s*(?:h|hrs?|hours?)\s+(?:of|from)\s+(.{2,12})$/i
const ZONE_GROUP = /^(\w+)\s+time\s?zones?$/i

export type ZoneWindow = { from: number; to: number }

function zoneOffset(name: string, sign?: string, hours?: string, minutes?: string): number | null {
  const zone = name.toLowerCase()
  if (!Object.hasOwn(TIME_ZONE_OFFSETS, zone)) return null
  const base = TIME_ZONE_OFFSETS[zone] ?? 0
  return base + (sign && hours ? offsetMinutes(sign, hours, minutes) : 0)
}

function zoneAt(text: string): { zone: string; offset: number } | null {
  const m = ZONE.exec(text.trim())
  if (!m?.[1]) return null
  const offset = zoneOffset(m[1], m[2], m[3], m[4])
  return offset === null ? null : { zone: m[1], offset }
}

/** A time-zone window a text states, in minutes from UTC. */
export function zoneWindow(text: string): ZoneWindow | null {
  const t = text.trim()
  const spread = PLUS_MINUS.exec(t)
  const within = spread ? null : WITHIN_OF.exec(t)
  if (spread || within) {
    const center = zoneAt((spread ? spread[1] : within?.[2]) ?? '')
    const hours = Number((spread ? spread[2] : within?.[1]) ?? 0) * 60
    return center ? { from: center.offset - hours, to: center.offset + hours } : null
  }
  const ends = t.split(RANGE_SEPARATOR)
  if (ends.length === 2) {
    const from = zoneAt(ends[0] ?? '')
    if (!from) return null
    const bare = BARE_OFFSET.exec((ends[1] ?? '').trim())
    const to = bare
      ? zoneOffset(from.zone, bare[1], bare[2], bare[3])
      : (zoneAt(ends[1] ?? '')?.offset ?? null)
    if (to === null) return null
    return { from: Math.min(from.offset, to), to: Math.max(from.offset, to) }
  }
  const at = zoneAt(t)
  // A lone zone ("CET", "EST") means working its hours: the zones an hour either side.
  return at ? { from: at.offset - 60, to: at.offset + 60 } : null
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const h = Math.floor(abs / 60)
  const min = abs % 60
  return `UTC${sign}${h}${min ? `:${String(min).padStart(2, '0')}` : ''}`
}

/** The countries with a time zone inside the window. */
export function countriesInWindow(window: ZoneWindow): string[] {
  return COUNTRIES.filter(([, [, , min, max]]) => max >= window.from && min <= window.to)
    .map(([code]) => code)
    .sort()
}

/**
 * Macro regions ("EU", "Europe", "EMEA", "worldwide", "CET ±2h") in one spelling: the group's
 * name, "Worldwide", or a time-zone window written "UTC-3 to UTC+3".
 */
export function macroRegion(text: string): string | null {
  const t = withoutArticle(text)
  const key = placeKey(t)
  if (!key) return null
  const group = groupSpelled(key)
  if (group) return group
  const zoneGroup = ZONE_GROUP.exec(t)
  if (zoneGroup?.[1]) {
    const word = zoneGroup[1].toLowerCase()
    if (Object.hasOwn(ZONE_GROUPS, word)) return ZONE_GROUPS[word] ?? null
  }
  const window = zoneWindow(t)
  if (window) return `${formatOffset(window.from)} to ${formatOffset(window.to)}`
  return null
}

/**
 * Whether a text names the whole world ("Worldwide", "Anywhere", "the Globe only"): what
 * `remoteRegion` gives as WORLDWIDE, asked without its country and region lookups.
 */
export function isWorldwide(text: string): boolean {
  const key = placeKey(withoutArticle(withoutHedge(text)))
  return key !== '' && groupSpelled(key) === WORLDWIDE
}

/** The text without "the" before it: "the EU", "the Americas". */
function withoutArticle(text: string): string {
  return text.trim().replace(/^the\s+/i, '')
}

/** The region without a hedge after it ("US-only", "EU based"), nor "the" before it. */
function withoutHedge(text: string): string {
  return withoutArticle(text).replace(/[-\s]+(?:only|based)$/i, '')
}

/** The group a spelling names ("emea", "anywhere"): Worldwide for the whole world. */
function groupSpelled(key: string): string | null {
  return ANYWHERE.has(key) ? WORLDWIDE : (GROUP_BY_SPELLING.get(key) ?? null)
}

/** Time zones said of a region after its name. */
const ZONES_OF = /\s+time\s?zones?$/i

/** A remote region as an ISO code, a subdivision ("US-CA") or a macro region ("EU"). */
export function remoteRegion(text: string): string | null {
  const t = withoutHedge(text)
  if (!t) return null
  const macro = macroRegion(t)
  if (macro) return macro
  const country = countryCode(t)
  if (country && (t.length > 2 || /^[A-Z]{2}$/.test(t))) return country
  const regions = t.length > 3 ? regionsNamed(t) : []
  const region = regions[0]
  if (region && regions.length === 1) return `${region.country}-${region.code}`
  // "North America time zones": the region whose hours are meant.
  const bare = t.replace(ZONES_OF, '')
  return bare !== t ? remoteRegion(bare) : null
}

/**
 * The regions a list names ("ES, PT", "EU or UK"), in its order. In a list of countries
 * only, one of them nothing else, a code that is also a time zone ("PT", "ET") is a country
 * too; alone or beside a zone ("PT, ET", "US, ET/CT") it stays the zone.
 */
export function regionsOfList(pieces: readonly string[]): string[] {
  const trimmed = pieces.map((p) => p.trim())
  const amongCountries =
    trimmed.every((p) => countryCode(p) !== null) && trimmed.some((p) => macroRegion(p) === null)
  const regions: string[] = []
  for (const piece of trimmed) {
    const code = amongCountries && /^[A-Z]{2}$/.test(piece) ? countryCode(piece) : null
    const region = code ?? remoteRegion(piece)
    if (region) regions.push(region)
  }
  return regions
}

const OFFSET_LABEL = /^UTC([+-])(\d{1,2})(?::(\d{2}))? to UTC([+-])(\d{1,2})(?::(\d{2}))?$/

/** The countries one stated region stands for; 'anywhere' for worldwide. */
export function countriesOf(region: string): string[] | 'anywhere' | null {
  if (region === WORLDWIDE) return 'anywhere'
  const group = GROUP_MEMBERS.get(region)
  if (group) return group
  if (/^[A-Z]{2}$/.test(region)) return [region]
  if (FIRST_LEVEL_REGION.test(region)) return [region.slice(0, 2)]
  const label = OFFSET_LABEL.exec(region)
  if (label)
    return countriesInWindow({
      from: offsetMinutes(label[1] ?? '+', label[2] ?? '0', label[3]),
      to: offsetMinutes(label[4] ?? '+', label[5] ?? '0', label[6]),
    })
  return null
}

/**
 * Resolves the stated remote regions to ISO countries: their union, 'anywhere' when one of
 * them is worldwide, null when none is stated or none could be resolved.
 */
export function remoteCountries(regions: readonly string[]): string[] | 'anywhere' | null {
  const found = new Set<string>()
  for (const region of regions) {
    const countries = countriesOf(region)
    if (countries === 'anywhere') return 'anywhere'
    for (const c of countries ?? []) found.add(c)
  }
  return found.size ? [...found].sort() : null
}
