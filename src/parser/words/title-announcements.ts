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
    'job (?:opening|offer|ad|posting|description)',
    '(?:position|role) description',
    'open (?:role|position)',
    'opening',
    'vacancy',
    '(?:now )?hiring',
    "we(?:'|’)re hiring",
    'we are hiring',
  ],
  de: [
    'stellenangebot',
    'stellenausschreibung',
    'stellenbeschreibung',
    'jobangebot',
    'wir suchen',
    'wir stellen ein',
  ],
  fr: [
    "offre d(?:'|’)emploi",
    'fiche de poste',
    'description (?:de|du) poste',
    'nous recrutons',
    'on recrute',
    'recrutement',
  ],
  es: [
    'oferta de (?:empleo|trabajo)',
    'descripción del puesto',
    'vacante',
    'buscamos',
    'estamos contratando',
  ],
  pt: [
    'vaga',
    'descrição (?:da vaga|do cargo)',
    'oportunidade',
    'estamos a contratar',
    'estamos contratando',
    'procuramos',
  ],
  it: [
    'offerta di lavoro',
    'descrizione (?:del ruolo|della posizione)',
    'posizione aperta',
    'cerchiamo',
    'stiamo assumendo',
  ],
  nl: ['vacature', 'functieomschrijving', 'wij zoeken', 'we zoeken'],
  pl: ['oferta pracy', 'opis stanowiska', 'szukamy', 'rekrutujemy', 'zatrudnimy'],
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
