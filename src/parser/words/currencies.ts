import { list, POSTING_LANGUAGES, type PerLanguage } from './languages.ts'

/**
 * Currencies a posting's pay is stated in, most common first: where two share a symbol ("$"),
 * the first one takes it. PHP and TRY are left out: as words they are a language and a verb. Their symbols and names in the posting languages come from `Intl`
 * (currency-names.ts); only short spoken names that `Intl` lacks are listed here.
 */
export const PAY_CURRENCIES = list(`USD, EUR, GBP, CAD, AUD, NZD, CHF, PLN, BRL, SEK, NOK, DKK,
  CZK, HUF, RON, BGN, INR, JPY, CNY, SGD, HKD, MXN, ARS, CLP, COP, PEN, UYU, ZAR, ILS, AED,
  UAH, KRW, TWD, IDR, MYR, THB, VND, NGN, KES, EGP`)

/** Everyday names for a currency (plurals, short forms) that `Intl.DisplayNames` does not give. */
export const CURRENCY_SHORT_NAMES: PerLanguage<readonly [name: string, code: string]> = {
  en: [
    ['euro', 'EUR'],
    ['euros', 'EUR'],
    ['dollars', 'USD'],
    ['us dollars', 'USD'],
    ['pounds', 'GBP'],
    ['pounds sterling', 'GBP'],
    ['zloty', 'PLN'],
    ['reais', 'BRL'],
    ['rupees', 'INR'],
    ['rs', 'INR'],
    ['rs.', 'INR'],
  ],
  de: [
    ['euro', 'EUR'],
    ['franken', 'CHF'],
    ['dollar', 'USD'],
    ['zloty', 'PLN'],
  ],
  fr: [
    ['euros', 'EUR'],
    ['dollars', 'USD'],
    ['francs', 'CHF'],
    ['francs suisses', 'CHF'],
  ],
  es: [
    ['euros', 'EUR'],
    ['dólares', 'USD'],
    ['dolares', 'USD'],
  ],
  pt: [
    ['euros', 'EUR'],
    ['reais', 'BRL'],
    ['dólares', 'USD'],
  ],
  it: [
    ['euro', 'EUR'],
    ['dollari', 'USD'],
  ],
  nl: [
    ['euro', 'EUR'],
    ['euro’s', 'EUR'],
    ['dollar', 'USD'],
  ],
  pl: [
    ['zł', 'PLN'],
    ['zl', 'PLN'],
    ['złotych', 'PLN'],
    ['złote', 'PLN'],
    ['euro', 'EUR'],
  ],
}

/** Locales whose currency symbols are read: the posting languages, and Brazil's "R$". */
export const SYMBOL_LOCALES = [...POSTING_LANGUAGES, 'pt-BR', 'en-CA', 'en-AU'] as const

/**
 * Countries whose own dollar is written "$" in their postings: a bare "$" in a posting
 * placed only there is that dollar ("$140,000" for a role in Vancouver is CAD). Elsewhere,
 * and wherever the US is among the places, "$" stays USD.
 */
export const LOCAL_DOLLAR: Readonly<Record<string, string>> = {
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
}

/**
 * Countries whose peso is written "$": a bare "$" in a posting placed only there is the peso
 * when the posting is in Spanish or says "pesos" ("$ 7.000.000 (Mensual)" in Bogotá is COP);
 * an English post hiring there often pays in US dollars.
 */
export const LOCAL_PESO: Readonly<Record<string, string>> = {
  MX: 'MXN',
  CO: 'COP',
  CL: 'CLP',
  AR: 'ARS',
  UY: 'UYU',
}
