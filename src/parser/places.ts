import countries from 'i18n-iso-countries'
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import type { PostingLocation } from '../model/posting.ts'
import { trimSet } from './text.ts'
import { CITIES, REGIONS, REGIONS_BY_NAME, placeKey, type RegionEntry } from './gazetteer.ts'
import {
  MACRO_REGION,
  N_LOCATIONS,
  PLACE_ALTERNATIVES,
  PLACE_NOISE_WORDS,
  PLACE_PARENTHETICAL,
  POSTAL_CODE,
  ROLE_NOUN,
} from './patterns.ts'

countries.registerLocale(english)

const COUNTRY_BY_NAME = new Map<string, string>()
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) COUNTRY_BY_NAME.set(placeKey(name), code)
}
for (const [name, code] of [
  ['holland', 'NL'],
  ['britain', 'GB'],
  ['u k', 'GB'],
  ['america', 'US'],
  ['czechia', 'CZ'],
  ['turkiye', 'TR'],
  ['korea', 'KR'],
  ['uae', 'AE'],
] as const) {
  COUNTRY_BY_NAME.set(name, code)
}

/** ISO 3166-1 alpha-2 code for a country written as a name, alpha-3 or alpha-2 code. */
export function countryCode(text: string): string | null {
  const trimmed = text.trim().replace(/^the\s+/i, '')
  if (/^[A-Z]{3}$/.test(trimmed)) return countries.alpha3ToAlpha2(trimmed) ?? null
  const key = placeKey(trimmed)
  const byName = COUNTRY_BY_NAME.get(key)
  if (byName) return byName
  if (/^[A-Z]{2}$/.test(trimmed) && countries.isValid(trimmed)) return trimmed
  return null
}

/** English name of an ISO country code ("GB" -> "United Kingdom"). */
export function countryName(code: string): string | undefined {
  return countries.getName(code, 'en')
}

function regionOf(text: string, country: string | null): RegionEntry | null {
  const key = placeKey(text)
  if (country)
    return REGIONS.get(country)?.get(/^[A-Z]{2,3}$/.test(text) ? text.toLowerCase() : key) ?? null
  return REGIONS_BY_NAME.get(key) ?? null
}

/** US state or Canadian province written as a code, as in "Scottsdale, AZ". */
function regionCode(text: string): { name: string; country: string } | null {
  if (!/^[A-Z]{2}$/.test(text)) return null
  const code = text.toLowerCase()
  const us = REGIONS.get('US')?.get(code)
  if (us) return us
  return REGIONS.get('CA')?.get(code) ?? null
}

function cleanPart(part: string): string {
  const cleaned = part
    .replace(PLACE_PARENTHETICAL, ' ')
    .replace(POSTAL_CODE, ' ')
    .replace(/[`"“”*_]/g, ' ')
    .replace(/\s+/g, ' ')
  return trimSet(cleaned, ' ,-', ' ,.-')
}

const PLACE_WORD =
  /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?:[ -](?:\p{Lu}[\p{L}'’.-]*|de|del|la|le|les|du|upon|on|am|im|sur|do|da|dos|an der|of))*$/u

/**
 * A place written as one string ("Barcelona, Cataluña", "London, UK", "Scottsdale, AZ",
 * "Utrecht, The Netherlands", "ESP"), or null when the whole string is not a place.
 */
export function resolvePlace(text: string): PostingLocation | null {
  const parts = text.replace(PLACE_PARENTHETICAL, ' ').split(',').map(cleanPart).filter(Boolean)
  if (parts.length === 0 || parts.length > 4) return null
  if (parts.some((part) => part.length > 40)) return null

  if (parts.length === 1) {
    const only = parts[0] ?? ''
    const city = CITIES.get(placeKey(only))
    if (city) return { city: city.city, region: city.region, country: city.country }
    const country = countryCode(only)
    if (country && (only.length > 2 || only === only.toUpperCase())) {
      return { city: null, region: null, country }
    }
    const region = regionOf(only, null)
    if (region && only.length > 3)
      return { city: null, region: region.name, country: region.country }
    return null
  }

  const first = parts[0] ?? ''
  const known = CITIES.get(placeKey(first))
  let country: string | null = null
  let region: string | null = null
  const rest = parts.slice(1)
  // Read from the end: the country, then a region, whatever is left is the city.
  for (let i = rest.length - 1; i >= 0; i--) {
    const part = rest[i] ?? ''
    if (!country) {
      const asRegionCode = known ? null : regionCode(part)
      if (asRegionCode && i === rest.length - 1) {
        country = asRegionCode.country
        region = asRegionCode.name
        continue
      }
      const code = countryCode(part)
      if (code && (part.length > 2 || (known ? known.country === code : true))) {
        country = code
        continue
      }
    }
    const asRegion: RegionEntry | null =
      regionOf(part, country ?? known?.country ?? null) ?? (country ? null : regionOf(part, null))
    if (asRegion && !region) {
      region = asRegion.name
      country ??= asRegion.country
      continue
    }
    const code = regionCode(part)
    if (code && !region && (!country || code.country === country)) {
      region = code.name
      country ??= code.country
      continue
    }
    return null
  }
  if (known && (!country || known.country === country)) {
    return { city: known.city, region: region ?? known.region, country: known.country }
  }
  if (!country && !region) return null
  if (!PLACE_WORD.test(first) || ROLE_NOUN.test(first)) return null
  const firstCountry = countryCode(first)
  if (firstCountry && !region && firstCountry === country)
    return { city: null, region: null, country }
  return { city: first, region, country }
}

export type PlaceReading = {
  locations: PostingLocation[]
  remoteRegions: string[]
  /** Parts that named a place too vaguely to keep ("9 Locations"). */
  vague: string[]
}

/** Macro regions ("EU", "Europe", "EMEA", "worldwide") keep their usual spelling. */
export function macroRegion(text: string): string | null {
  const t = text.trim()
  if (!MACRO_REGION.test(t)) return null
  const upper = t.toUpperCase()
  if (['EU', 'EMEA', 'APAC', 'LATAM', 'DACH', 'CET', 'CEST', 'GMT', 'UTC'].includes(upper))
    return upper
  if (/^(?:worldwide|global|anywhere|international)$/i.test(t)) return 'Worldwide'
  if (/^european union$/i.test(t)) return 'EU'
  return t.replace(/\b\w/g, (c) => c.toUpperCase())
}

/** A remote region as an ISO code, a region ("CA-QC") or a macro region ("EU"). */
export function remoteRegion(text: string): string | null {
  const t = text.trim().replace(/^the\s+/i, '')
  const macro = macroRegion(t)
  if (macro) return macro
  const country = countryCode(t)
  if (country && (t.length > 2 || /^[A-Z]{2}$/.test(t))) return country
  const region = regionOf(t, null)
  if (region) return `${region.country}-${region.code}`
  return null
}

/**
 * Reads a location field ("Amsterdam or Remote (EU and UK)", "remote,Kraków, Poland",
 * "London | Hybrid", "9 Locations") into places and remote regions. Work-mode words are
 * left to work-mode.ts.
 */
export function readPlaces(text: string): PlaceReading {
  const reading: PlaceReading = { locations: [], remoteRegions: [], vague: [] }
  let rest = text.replace(/\s+/g, ' ')
  // "Remote (EU and UK)": the brackets name where a remote hire may live.
  rest = rest.replace(/\bremote\s*\(([^()]{1,80})\)/gi, (_, inner: string) => {
    for (const piece of inner.split(PLACE_ALTERNATIVES)) {
      const region = remoteRegion(piece.replace(/\bonly\b/i, ''))
      if (region) reading.remoteRegions.push(region)
    }
    return ' '
  })
  const whole = resolvePlace(stripModeWords(rest))
  if (whole) {
    reading.locations.push(whole)
    return reading
  }
  for (const alternative of rest.split(PLACE_ALTERNATIVES)) {
    const cleaned = stripModeWords(alternative)
    if (!cleaned) continue
    if (N_LOCATIONS.test(cleaned)) {
      reading.vague.push(cleaned)
      continue
    }
    const place = resolvePlace(cleaned)
    if (place) {
      reading.locations.push(place)
      continue
    }
    // "remote,Kraków, Poland": drop a leading piece that is only a work mode.
    const pieces = cleaned.split(',').map((p) => p.trim())
    for (let start = 1; start < pieces.length; start++) {
      const tail = resolvePlace(pieces.slice(start).join(', '))
      if (tail) {
        reading.locations.push(tail)
        break
      }
    }
  }
  return reading
}

function stripModeWords(text: string): string {
  const stripped = text
    .replace(PLACE_NOISE_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',')
    .replace(/,(?: ?,)+/g, ',')
  return trimSet(stripped, ' ,/-')
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
  if (!location.city && location.country && into.some((l) => l.country === location.country)) return
  const coarser = into.findIndex(
    (l) => !l.city && l.country === location.country && location.city !== null,
  )
  if (coarser >= 0) into.splice(coarser, 1)
  into.push(location)
}
