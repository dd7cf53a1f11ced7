import type { PerLanguage } from './languages.ts'

/**
 * Words that announce a job ahead of its title, followed by a colon: an e-mail's subject or a
 * post's first line ("Stellenangebot: Linux-Administrator", "Vacature: Medior Developer",
 * "Estamos a contratar: Estágio …"). Not part of the role's name. Regex sources, matched
 * case-insensitively at the start of a title; those marked so need no colon ("Vaga de …").
 */
export const TITLE_ANNOUNCEMENTS: PerLanguage<string> = {
  en: [
    'job',
    'job (?:opening|offer|ad|posting)',
    'open (?:role|position)',
    'opening',
    'vacancy',
    '(?:now )?hiring',
    "we(?:'|’)re hiring",
    'we are hiring',
  ],
  de: ['stellenangebot', 'stellenausschreibung', 'jobangebot', 'wir suchen', 'wir stellen ein'],
  fr: ["offre d(?:'|’)emploi", 'nous recrutons', 'on recrute', 'recrutement'],
  es: ['oferta de (?:empleo|trabajo)', 'vacante', 'buscamos', 'estamos contratando'],
  pt: ['vaga', 'oportunidade', 'estamos a contratar', 'estamos contratando', 'procuramos'],
  it: ['offerta di lavoro', 'posizione aperta', 'cerchiamo', 'stiamo assumendo'],
  nl: ['vacature', 'wij zoeken', 'we zoeken'],
  pl: ['oferta pracy', 'szukamy', 'rekrutujemy', 'zatrudnimy'],
}

/** The same announcing a title with no colon: "Vaga de Desenvolvedor Java", "Vacante para …". */
export const TITLE_ANNOUNCEMENTS_BEFORE_OF: PerLanguage<string> = {
  en: [],
  de: [],
  fr: [],
  es: ['vacante (?:de|para)'],
  pt: ['vaga (?:de|para)'],
  it: [],
  nl: [],
  pl: [],
}
