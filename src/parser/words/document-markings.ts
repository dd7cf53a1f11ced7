import { list, type PerLanguage } from './languages.ts'

/**
 * A document's classification marking, written in capitals at the top of a job description
 * kept as a file ("INTERNAL – do not distribute", "VERTRAULICH"), in the eight languages.
 * Lower case, whole phrases.
 */
export const DOCUMENT_MARKINGS: PerLanguage<string> = {
  en: list(`internal, internal use only, for internal use only, confidential, strictly
      confidential, company confidential, restricted, not for distribution`),
  de: list(`intern, vertraulich, streng vertraulich, nur für den internen gebrauch, interne
      verwendung`),
  fr: list(`interne, usage interne, confidentiel, strictement confidentiel, diffusion restreinte,
      diffusion interne`),
  es: list('interno, uso interno, confidencial, estrictamente confidencial'),
  pt: list('interno, uso interno, confidencial'),
  it: list('interno, uso interno, ad uso interno, riservato, confidenziale'),
  nl: list('intern, intern gebruik, vertrouwelijk, strikt vertrouwelijk'),
  pl: list('wewnętrzne, do użytku wewnętrznego, poufne, ściśle poufne'),
}
