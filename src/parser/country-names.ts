/** Countries by name in every supported language, from i18n-iso-countries' locales. */
import countries from 'i18n-iso-countries'
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' }
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' }
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' }
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' }
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' }
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' }
import { placeKey } from './place-key.ts'
import { STOP_WORDS } from './stop-words.ts'

/** Function words of the eight languages, which a header in capitals also writes. */
const CAPITALISED_WORDS = new Set(Object.values(STOP_WORDS).flat())
import { LEADING_ARTICLE } from './place-patterns.ts'

/** Country names in every supported language, English first (it wins a clash). */
const LOCALES = [english, de, fr, es, pt, it, nl, pl]
for (const locale of LOCALES) countries.registerLocale(locale)

const COUNTRY_BY_NAME = new Map<string, string>()
for (const locale of LOCALES) {
  for (const [code, names] of Object.entries(countries.getNames(locale.locale, { select: 'all' })))
    for (const name of names) {
      const key = placeKey(name.replace(LEADING_ARTICLE, ''))
      if (key && !COUNTRY_BY_NAME.has(key)) COUNTRY_BY_NAME.set(key, code)
    }
}
/** Everyday names the locale data lacks. */
for (const [name, code] of [
  ['holland', 'NL'],
  ['britain', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['u k', 'GB'],
  ['america', 'US'],
  ['turkiye', 'TR'],
  ['korea', 'KR'],
  ['uae', 'AE'],
] as const) {
  if (!COUNTRY_BY_NAME.has(name)) COUNTRY_BY_NAME.set(name, code)
}

export type CountryRead = { code: string; byCode: boolean }

/** A country written as a name (any supported language), an alpha-3 code, or an alpha-2 code. */
export function readCountry(text: string, codes: boolean): CountryRead | null {
  const trimmed = text.trim()
  if (/^[A-Z]{3}$/.test(trimmed)) {
    // A word written in capitals ("AND", "ARE", "CAN", "PER") is not a country's code.
    if (CAPITALISED_WORDS.has(trimmed.toLowerCase())) return null
    const code = countries.alpha3ToAlpha2(trimmed)
    return code ? { code, byCode: true } : null
  }
  const short = trimmed.replace(/\./g, '')
  const key = placeKey(trimmed.replace(LEADING_ARTICLE, ''))
  // Two-letter names ("US", "UK") only when written in capitals: "us" is a word.
  if (short.length <= 2 && short !== short.toUpperCase()) return null
  const byName = COUNTRY_BY_NAME.get(key)
  if (byName) return { code: byName, byCode: short.length <= 2 }
  if (codes && /^[A-Z]{2}$/.test(short) && countries.isValid(short))
    return { code: short, byCode: true }
  return null
}

/** ISO 3166-1 alpha-2 code for a country written as a name, alpha-3 or alpha-2 code. */
export function countryCode(text: string): string | null {
  return readCountry(text, true)?.code ?? null
}

/** English name of an ISO country code ("GB" -> "United Kingdom"). */
export function countryName(code: string): string | undefined {
  return countries.getName(code, 'en')
}
