import { CURRENCY_SHORT_NAMES, PAY_CURRENCIES, SYMBOL_LOCALES } from './words/currencies.ts'
import { allLanguages, POSTING_LANGUAGES } from './words/languages.ts'

function symbolOf(locale: string, code: string, display: 'symbol' | 'narrowSymbol'): string | null {
  try {
    const parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: code,
      currencyDisplay: display,
    }).formatToParts(1)
    return parts.find((p) => p.type === 'currency')?.value ?? null
  } catch {
    return null
  }
}

/**
 * Every way a posting writes a currency, mapped to its ISO 4217 code: the codes themselves
 * ("EUR"), the symbols `Intl` prints in the posting languages ("€", "zł", "R$", "CA$"), the
 * names `Intl.DisplayNames` gives ("Euro", "złoty polski", "dólar estadounidense") and the
 * short spoken names of currencies.ts. Where two currencies share a symbol the more common
 * one keeps it ("$" is USD).
 */
function buildCurrencyTable(): Map<string, string> {
  const table = new Map<string, string>()
  const add = (written: string | null | undefined, code: string) => {
    const key = written?.trim()
    if (key && !table.has(key)) table.set(key, code)
  }
  for (const code of PAY_CURRENCIES) add(code, code)
  for (const code of PAY_CURRENCIES)
    for (const locale of SYMBOL_LOCALES) {
      add(symbolOf(locale, code, 'symbol'), code)
      add(symbolOf(locale, code, 'narrowSymbol'), code)
    }
  for (const language of POSTING_LANGUAGES) {
    let names: Intl.DisplayNames
    try {
      names = new Intl.DisplayNames([language], { type: 'currency' })
    } catch {
      continue
    }
    for (const code of PAY_CURRENCIES) {
      const name = names.of(code)
      if (name && name !== code) {
        add(name, code)
        add(name.toLowerCase(), code)
        add(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase(), code)
      }
    }
  }
  for (const [name, code] of allLanguages(CURRENCY_SHORT_NAMES)) {
    add(name, code)
    add(name.charAt(0).toUpperCase() + name.slice(1), code)
  }
  // "US $" as well as "US$": postings put a space inside prefixed dollar signs.
  for (const [key, code] of [...table]) {
    const prefixed = /^(\p{Lu}{1,3})\$$/u.exec(key)
    if (prefixed) add(`${prefixed[1]} $`, code)
  }
  // A bare letter is no currency sign, whatever a locale prints ("F" or "R" alone).
  for (const key of [...table.keys()]) if (/^\p{L}$/u.test(key)) table.delete(key)
  return table
}

export const CURRENCY_OF: ReadonlyMap<string, string> = buildCurrencyTable()

/** A currency as written in a text: its code, the text and how many characters it takes. */
export type WrittenCurrency = { code: string; text: string; length: number }

const LONGEST = Math.max(...[...CURRENCY_OF.keys()].map((k) => k.length))
const LETTER = /\p{L}/u
/**
 * The characters a currency's name starts and ends with: a slice of text whose first (or
 * last) character is none of them, even lower-cased, is no currency, so most of the lengths
 * tried below are ruled out by one set lookup instead of a slice and two map lookups.
 */
const FIRST_CHARS = new Set([...CURRENCY_OF.keys()].map((k) => k.charAt(0)))
const LAST_CHARS = new Set([...CURRENCY_OF.keys()].map((k) => k.charAt(k.length - 1)))
function mayStart(c: string): boolean {
  return FIRST_CHARS.has(c) || FIRST_CHARS.has(c.toLowerCase().charAt(0))
}
function mayEnd(c: string): boolean {
  return LAST_CHARS.has(c) || LAST_CHARS.has(c.toLowerCase().slice(-1))
}

function lookup(written: string): string | null {
  const key = written.replace(/\s+/g, ' ')
  return CURRENCY_OF.get(key) ?? CURRENCY_OF.get(key.toLowerCase()) ?? null
}

/**
 * The currency written at the end of a text ("Salary: €", "PLN "), at most one space before
 * the figure that follows, by looking the text's tails up in the table (longest first): a
 * lookup per length instead of one regex over hundreds of names.
 */
export function currencyAtEnd(text: string): WrittenCurrency | null {
  const trimmed = text.replace(/\s$/, '')
  for (let n = Math.min(LONGEST, trimmed.length); n >= 1; n--) {
    if (!mayStart(trimmed.charAt(trimmed.length - n))) continue
    const tail = trimmed.slice(-n)
    if (/^\s/.test(tail)) continue
    if (LETTER.test(tail.charAt(0)) && LETTER.test(trimmed.charAt(trimmed.length - n - 1))) continue
    const code = lookup(tail)
    if (code) return { code, text: tail, length: text.length - trimmed.length + n }
  }
  return null
}

/** The currency written at the start of a text (" EUR brutto", "€/Jahr"), after one space at most. */
export function currencyAtStart(text: string): WrittenCurrency | null {
  const trimmed = text.replace(/^\s/, '')
  for (let n = Math.min(LONGEST, trimmed.length); n >= 1; n--) {
    if (!mayEnd(trimmed.charAt(n - 1))) continue
    const head = trimmed.slice(0, n)
    if (/\s$/.test(head)) continue
    if (LETTER.test(head.charAt(n - 1)) && LETTER.test(trimmed.charAt(n))) continue
    const code = lookup(head)
    if (code) return { code, text: head, length: text.length - trimmed.length + n }
  }
  return null
}

/** The ISO code of a currency as written, or null. */
export function currencyCode(written: string | undefined): string | null {
  if (!written) return null
  const key = written.replace(/\s+/g, ' ').trim()
  return CURRENCY_OF.get(key) ?? CURRENCY_OF.get(key.toLowerCase()) ?? null
}
