import type { PerLanguage } from './languages.ts'

/**
 * Words that announce a job ahead of its title, followed by a colon: an e-mail's subject or a
 * post's first line ("Stellenangebot: Linux-Administrator", "Vacature: Medior Developer",
 * "Estamos a contratar: Estágio …"). Not part of the role's name. Regex sources, matched
 * case-insensitively at the start of a title; those marked so need no colon ("Vaga de …").
 */
export const TITLE_ANNOUNCEMENTS: PerLanguage<string> = {
  en: [
    'call for applications',
    'job',
    // a platform's notice of an offer made to the reader: "NEW JOB OFFER · received on …"
    '(?:new )?job (?:opening|offer|ad|posting|description)',
    '(?:position|role) description',
    'open (?:role|position)',
    // an internal page's heading over a role's budget: "Open headcount – Engineering Manager"
    '(?:open |approved )?headcount',
    'open req(?:uisition)?',
    'opening',
    'vacancy',
    // a post open to the company's own people first
    'internal (?:transfer|vacancy|opening|move|mobility)',
    '(?:now )?hiring',
    "we(?:'|’)re hiring",
    'we are hiring',
    "i(?:'|’)m hiring",
    'i am hiring',
    // "Exciting opportunity: …", "New role: …": a recruiter's teaser before the title.
    '(?:(?:new|exciting|interesting|great|unique) )?(?:job |career )?(?:opportunity|position|role)',
  ],
  de: [
    '(?:neues )?stellenangebot',
    'offene (?:stelle|position)',
    'stellenausschreibung',
    'interne (?:stellenausschreibung|ausschreibung|stelle)',
    'stellenbeschreibung',
    '(?:neues )?jobangebot',
    'wir suchen',
    'wir stellen ein',
    '(?:(?:spannende|neue|interessante|attraktive|tolle) )?(?:position|stelle|herausforderung|jobchance|karrierechance)',
  ],
  fr: [
    'appel à candidatures',
    "offre d(?:'|’)emploi",
    'fiche de poste',
    'description (?:de|du) poste',
    'nous recrutons',
    'poste (?:à pourvoir|ouvert)',
    'on recrute',
    'je recrute',
    'recrutement',
    'mobilité interne',
    '(?:(?:belle|nouvelle|superbe) )?(?:opportunité|offre)',
  ],
  es: [
    'convocatoria(?: abierta)?',
    'proceso de selección',
    'movilidad interna',
    'oferta de (?:empleo|trabajo)',
    'descripción del puesto',
    '(?:nueva )?vacantes?(?: abiertas?)?',
    'buscamos',
    'estamos contratando',
    'estoy contratando',
    '(?:(?:nueva|gran) )?oportunidad(?: laboral)?',
  ],
  pt: [
    'processo seletivo',
    'mobilidade interna',
    'recrutamento',
    // "VAGA ABERTA: …", "Nova vaga: …"
    '(?:nova )?vagas?(?: (?:abertas?|em aberto))?',
    'descrição (?:da vaga|do cargo)',
    '(?:(?:nova|ótima|excelente) )?oportunidade',
    'estamos a contratar',
    'estamos contratando',
    'procuramos',
  ],
  it: [
    'selezione',
    'mobilità interna',
    'offerta di lavoro',
    'descrizione (?:del ruolo|della posizione)',
    'posizione aperta',
    'cerchiamo',
    'stiamo assumendo',
    'sto assumendo',
    '(?:(?:nuova|interessante) )?opportunità(?: di lavoro)?',
  ],
  nl: [
    '(?:nieuwe |openstaande )?vacature',
    'functieomschrijving',
    'interne (?:vacature|mobiliteit)',
    'wij zoeken',
    'we zoeken',
    '(?:(?:nieuwe|leuke|mooie|uitdagende) )?(?:kans|functie|baan)',
  ],
  pl: [
    'rekrutacja',
    'nabór',
    'rekrutacja wewnętrzna',
    'oferta pracy',
    'opis stanowiska',
    'szukamy',
    'rekrutujemy',
    'rekrutuję',
    'zatrudnimy',
    '(?:(?:nowa|ciekawa) )?(?:oferta|propozycja|okazja)',
  ],
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

/**
 * A form's name after the role it is for ("Junior Data Analyst – Application form"): the
 * heading of an application form, not part of the role's name. Lower case.
 */
export const APPLICATION_FORM_NAMES: PerLanguage<string> = {
  en: ['application', 'application form', 'applications', 'apply'],
  de: ['bewerbung', 'bewerbungsformular', 'bewerbungen'],
  fr: ['candidature', 'formulaire de candidature', 'candidatures'],
  es: [
    'solicitud',
    'formulario de solicitud',
    'candidatura',
    'postulación',
    'formulario de postulación',
  ],
  pt: ['candidatura', 'formulário de candidatura', 'inscrição', 'formulário de inscrição'],
  it: ['candidatura', 'modulo di candidatura', 'candidature'],
  nl: ['sollicitatie', 'sollicitatieformulier', 'sollicitaties'],
  pl: ['aplikacja', 'formularz aplikacyjny', 'formularz zgłoszeniowy', 'zgłoszenie'],
}

/**
 * A headline that says the role is sought, as a freelance board's or a small ad's does: the
 * word after the role ("WooCommerce developer needed for …", "React-Entwickler gesucht",
 * "Développeur React recherché", "Frontend developer gezocht"). What follows it is the work,
 * not the role. Regex sources, matched case-insensitively after the role.
 */
export const SOUGHT_AFTER_ROLE: PerLanguage<string> = {
  en: ['needed', 'wanted', 'required'],
  de: ['gesucht'],
  fr: ['recherchée?', 'recherché·e', 'recherché\\(e\\)'],
  es: ['buscad[oa]'],
  pt: ['procurad[oa]', 'precisa-se'],
  it: ['cercasi'],
  nl: ['gezocht', 'gevraagd'],
  pl: ['poszukiwan[ya]'],
}

/** The same word before the role, where a language puts it first ("Cercasi sviluppatore PHP"). */
export const SOUGHT_BEFORE_ROLE: PerLanguage<string> = {
  en: ['wanted:?'],
  de: ['gesucht:'],
  fr: ['recherche:'],
  es: ['se busca', 'se necesita', 'busco'],
  pt: ['procura-se', 'precisa-se(?: de)?', 'contrata-se'],
  it: ['cercasi', 'si cerca'],
  nl: ['gezocht:'],
  pl: ['poszukiwany:?', 'zatrudnię'],
}

/** How a freelance headline opens before the role: how long the work lasts, how soon. */
export const FREELANCE_HEADLINE_OPENERS: readonly string[] = [
  'long[- ]term',
  'short[- ]term',
  'urgent(?:ly)?',
  'immediate(?:ly)?',
]
