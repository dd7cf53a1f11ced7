import { list, type PerLanguage } from './languages.ts'

/**
 * The heading a newsletter or a blog puts over the one role it features, deep in an issue
 * about something else ("💼 Job of the week"), in the eight languages. Lower case, whole lines.
 */
export const FEATURED_ROLE_HEADINGS: PerLanguage<string> = {
  en: list(`job of the week, role of the week, this week's job, this week’s job, featured job,
      featured role, job spotlight, role spotlight, hiring spotlight`),
  de: list('job der woche, stelle der woche, jobangebot der woche, stellenangebot der woche'),
  fr: list(`offre de la semaine, offre d'emploi de la semaine, offre d’emploi de la semaine, job de
      la semaine, poste de la semaine`),
  es: list('empleo de la semana, oferta de la semana, vacante de la semana, trabajo de la semana'),
  pt: list('vaga da semana, emprego da semana, oferta da semana'),
  it: list('lavoro della settimana, offerta della settimana, annuncio della settimana'),
  nl: list('vacature van de week, baan van de week'),
  pl: list('oferta tygodnia, praca tygodnia, ogłoszenie tygodnia'),
}
