/**
 * Where a remote hire may live: regions as stated ("EMEA", "US only", "UTC-3 to UTC+3") and
 * the same resolved to ISO countries, from region-groups.ts and world-regions.data.json.
 */
import { placeKey, regionsNamed } from './gazetteer.ts'
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
]
const COUNTRIES = Object.entries(world.countries as unknown as Record<string, CountryFacts>)

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
  return sign === '-' || sign === '−' || sign === '–' ? -value : value
}

const ZONE = String.raw`(utc|gmt|[a-z]{2,4})\s?(?:([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?)?`
/** "UTC-3 to UTC+3", "GMT+1 – GMT+4", "CET to EET". */
const ZONE_RANGE = new RegExp(
  String.raw`^${ZONE}\s*(?:to|through|until|bis|à|a|-|–|—|and)\s*(?:(utc|gmt|[a-z]{2,4})\s?)?([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?$|^${ZONE}\s*(?:to|through|until|bis|à|a|-|–|—|and)\s*${ZONE}$`,
  'i',
)
/** "CET ±2h", "CET +/- 2 hours", "within 3 hours of CET", "UTC+1". */
const ZONE_PLUS_MINUS = new RegExp(
  String.raw`^${ZONE}\s*(?:±|\+\/-|\+-|plus or minus|plus\/minus)\s*(\d{1,2})\s*(?:h|hrs?|hours?|stunden|heures|horas|ore|uur|godzin[ay]?)?$`,
  'i',
)
const WITHIN_OF_ZONE = new RegExp(
  String.raw`^(?:within\s+)?(?:±|\+\/-)?\s*(\d{1,2})\s*(?:h|hrs?|hours?)\s+(?:of|from)\s+${ZONE}$`,
  'i',
)
const SINGLE_ZONE = new RegExp(String.raw`^${ZONE}$`, 'i')
const ZONE_GROUP = /^(\w+)\s+time\s?zones?$/i

export type ZoneWindow = { from: number; to: number }

function zoneOffset(name: string, sign?: string, hours?: string, minutes?: string): number | null {
  const zone = name.toLowerCase()
  if (!Object.hasOwn(TIME_ZONE_OFFSETS, zone)) return null
  const base = TIME_ZONE_OFFSETS[zone] ?? 0
  return base + (sign && hours ? offsetMinutes(sign, hours, minutes) : 0)
}

/** A time-zone window a text states, in minutes from UTC. */
export function zoneWindow(text: string): ZoneWindow | null {
  const t = text.trim()
  let m = ZONE_PLUS_MINUS.exec(t)
  if (m) {
    const center = zoneOffset(m[1] ?? '', m[2], m[3], m[4])
    const spread = Number(m[5]) * 60
    return center === null ? null : { from: center - spread, to: center + spread }
  }
  m = WITHIN_OF_ZONE.exec(t)
  if (m) {
    const center = zoneOffset(m[2] ?? '', m[3], m[4], m[5])
    const spread = Number(m[1]) * 60
    return center === null ? null : { from: center - spread, to: center + spread }
  }
  m = ZONE_RANGE.exec(t)
  if (m) {
    const from = m[1]
      ? zoneOffset(m[1], m[2], m[3], m[4])
      : zoneOffset(m[9] ?? '', m[10], m[11], m[12])
    const to = m[1]
      ? zoneOffset(m[5] ?? m[1], m[6], m[7], m[8])
      : zoneOffset(m[13] ?? '', m[14], m[15], m[16])
    if (from === null || to === null) return null
    return { from: Math.min(from, to), to: Math.max(from, to) }
  }
  m = SINGLE_ZONE.exec(t)
  if (m && (m[2] || /^(?:utc|gmt)$/i.test(m[1] ?? '') === false)) {
    const at = zoneOffset(m[1] ?? '', m[2], m[3], m[4])
    // A lone zone ("CET", "EST") means working its hours: the zones an hour either side.
    return at === null ? null : { from: at - 60, to: at + 60 }
  }
  return null
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
  const t = text.trim().replace(/^the\s+/i, '')
  const key = placeKey(t)
  if (!key) return null
  if (ANYWHERE.has(key)) return WORLDWIDE
  const group = GROUP_BY_SPELLING.get(key)
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

/** A remote region as an ISO code, a subdivision ("US-CA") or a macro region ("EU"). */
export function remoteRegion(text: string): string | null {
  const t = text
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[-\s]+(?:only|based)$/i, '')
  if (!t) return null
  const macro = macroRegion(t)
  if (macro) return macro
  const country = countryCode(t)
  if (country && (t.length > 2 || /^[A-Z]{2}$/.test(t))) return country
  const regions = t.length > 3 ? regionsNamed(t) : []
  const region = regions[0]
  if (region && regions.length === 1) return `${region.country}-${region.code}`
  return null
}

const OFFSET_LABEL = /^UTC([+-])(\d{1,2})(?::(\d{2}))? to UTC([+-])(\d{1,2})(?::(\d{2}))?$/

/** The countries one stated region stands for; 'anywhere' for worldwide. */
export function countriesOf(region: string): string[] | 'anywhere' | null {
  if (region === WORLDWIDE) return 'anywhere'
  const group = GROUP_MEMBERS.get(region)
  if (group) return group
  if (/^[A-Z]{2}$/.test(region)) return [region]
  if (/^[A-Z]{2}-\w{1,3}$/.test(region)) return [region.slice(0, 2)]
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
