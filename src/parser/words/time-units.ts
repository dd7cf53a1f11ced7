import { list, type PerLanguage } from './languages.ts'

/**
 * Units a contract's or an internship's length is counted in ("6 mois", "12 months",
 * "24 Monate"), singular and plural, in the eight languages. Lower case, whole words.
 */
export const DURATION_UNITS: PerLanguage<string> = {
  en: list('week, weeks, month, months, year, years'),
  de: list('woche, wochen, monat, monate, monaten, jahr, jahre, jahren'),
  fr: list('semaine, semaines, mois, an, ans, année, années'),
  es: list('semana, semanas, mes, meses, año, años'),
  pt: list('semana, semanas, mês, meses, ano, anos'),
  it: list('settimana, settimane, mese, mesi, anno, anni'),
  nl: list('week, weken, maand, maanden, jaar, jaren'),
  pl: list('tydzień, tygodnie, tygodni, miesiąc, miesiące, miesięcy, rok, lata, lat'),
}
