import { list, type PerLanguage } from './languages.ts'

/**
 * Gender marks that postings add to a role title and that are no part of the role's name:
 * German "(m/w/d)", French "(H/F)", Dutch "(m/v/x)", Polish "(k/m)" or "(K/M/N)", English
 * "(m/f/x)".
 *
 * - `letters`: the one-letter codes such a tag is made of; a tag is two to four of them,
 *   separated by `/`, `|` or `,`, in any order ("(w/m/d)", "(F/H)", "(d/f/m)").
 * - `phrases`: written-out tags, per language ("(all genders)", "(alle Geschlechter)").
 * - `suffixes`: inclusive endings glued to the noun ("Développeur·euse", "Entwickler:in",
 *   "Desarrollador/a"); only removed right after a letter, at the end of a word.
 */
export const GENDER_TAG_LETTERS = list(`m, w, d, f, x, h, v, k, n, div, gn`)

export const GENDER_TAG_PHRASES: PerLanguage<string> = {
  en: list(`all genders, any gender, all gender, gn`),
  de: list(`alle Geschlechter, gn, divers`),
  fr: list(`tous genres, toutes et tous, tous les genres`),
  es: list(`todos los géneros, cualquier género`),
  pt: list(`todos os gêneros, todos os géneros, qualquer gênero`),
  it: list(`tutti i generi, ambo i sessi, entrambi i sessi`),
  nl: list(`alle genders, m/v, v/m`),
  pl: list(`wszystkie płcie, k/m, m/k`),
}

export const GENDER_SUFFIXES: PerLanguage<string> = {
  en: [],
  de: list(`:in, :innen, *in, *innen, _in, _innen, /-in, /in, (in)`),
  fr: list(`·euse, ·se, ·e, ·ne, ·rice, .euse, .e, (e), (se), (euse), -euse, /euse`),
  es: list(`/a, (a), /ra, @`),
  pt: list(`/a, (a), /ra`),
  it: list(`/a, /trice, (a)`),
  nl: [],
  pl: list(`/ka, (ka)`),
}
