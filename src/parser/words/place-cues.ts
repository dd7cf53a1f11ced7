import type { PerLanguage } from './languages.ts'

/** Polish "in", and "in the centre / outskirts / near" before a town in the genitive. */
const PL_IN = 'we?(?: (?:centrum|okolicach|pobliżu))?'

/**
 * Words that put the role's place right after them in prose, as regex sources (case does
 * not matter; the place after them must be capitalised): "el puesto está basado en
 * Valencia", "no nosso escritório em Braga", "la sede di lavoro è Verona", "le poste est basé
 * à Montpellier", "in unserem Büro in Freiburg", "vanuit ons kantoor in Eindhoven". The
 * role's place in English is read by LOCATION_IN_TEXT in patterns.ts.
 */
export const PLACE_CUES: PerLanguage<string> = {
  en: [],
  de: [
    'in unserem (?:büro|office|standort|hauptsitz|headquarter) in',
    'in unseren (?:büros|standorten) in',
    'in unserer (?:niederlassung|zentrale|geschäftsstelle) in',
    'an unserem standort in',
    'am standort',
    // "für unser Produktteam in Leipzig": a compound's team too
    '(?:für )?unser(?:em)? \\p{L}*team in',
    'die stelle ist in',
    '(?:einsatzort|arbeitsort|dienstort)(?: ist)?',
  ],
  fr: [
    '(?:poste|emploi) (?:est )?basé à',
    'basée? à',
    'dans nos (?:locaux|bureaux) (?:de|à)',
    'au sein de notre (?:agence|bureau|site|siège) (?:de|à)',
    // "on se retrouve au bureau de Nantes 2 jours par semaine"
    '(?:au|(?:dans|à) notre) (?:bureau|siège) (?:de|à)',
    'sur notre site (?:de|à)',
    'notre équipe (?:de|à)',
    '(?:poste|emploi) (?:est )?situé à',
    'situés? à',
    'lieu de travail(?: est)?(?: à)?',
  ],
  es: [
    'basad[oa] en',
    'ubicad[oa] en',
    '(?:en |para |a )?nuestras? (?:oficinas?|sede) (?:de|en)',
    'desde nuestras? (?:oficinas?|sede) (?:de|en)',
    'el puesto (?:está|es) en',
    // "la sede del Consorcio, sita en Ponferrada", "la oficina situada en Gijón"
    'sit[oa] en',
    'situad[oa] en',
    'nuestro equipo (?:de|en)',
    'lugar de trabajo(?: es)?(?: en)?',
  ],
  pt: [
    'basead[oa] em',
    'localizad[oa] em',
    'situad[oa] em',
    'noss[oa]s? (?:escritórios?|sede) (?:de|em|no|na)',
    'nossa equip[ae] (?:de|em)',
    'local de trabalho(?: é)?(?: em)?',
  ],
  it: [
    'sede di lavoro(?: è| e)?',
    'presso (?:la nostra|il nostro|i nostri) (?:sede|ufficio|uffici) di',
    // "nel / per il / al nostro ufficio di Milano", "nella / per la nostra sede di Bari"
    '(?:nel|per il|al) nostro ufficio (?:di|a)',
    '(?:nella|per la|alla) nostra sede (?:di|a)',
    '(?:nei|per i) nostri uffici (?:di|a)',
    // "1-2 giorni a settimana in ufficio a Milano", "in sede a Torino"
    "(?:in|dall['’]) ?ufficio (?:di|a)",
    'in sede (?:di|a)',
    'basat[oa] a',
    'nostro team (?:di|a)',
    'luogo di lavoro(?: è)?(?: a)?',
  ],
  nl: [
    '(?:op|vanuit|in) ons kantoor in',
    'op onze (?:locatie|vestiging) in',
    'standplaats(?: is)?',
    'werklocatie(?: is)?',
    'ons team in',
  ],
  // "w" is "we" before some consonant clusters ("we Wrocławiu"); places are in the locative
  // or genitive ("w Krakowie", "w centrum Gdańska"): places.ts reads them.
  pl: [
    `w (?:naszym )?biurze ${PL_IN}`,
    `z (?:naszego )?biura ${PL_IN}`,
    `(?:nasze )?biuro (?:mieści się |znajduje się )?${PL_IN}`,
    `(?:do )?(?:naszego )?zespołu ${PL_IN}`,
    `(?:nasz )?zespół ${PL_IN}`,
    `w (?:naszym )?zespole ${PL_IN}`,
    `w (?:naszym )?oddziale ${PL_IN}`,
    `praca (?:stacjonarna |hybrydowa |biurowa )?${PL_IN}`,
    'miejsce pracy(?: to)?',
  ],
}

/**
 * Words after which a posting says where the company or its office is ("we're a small studio
 * based in Leeds", "our office is in London, Ontario", "con sede en Sevilla", "z siedzibą w
 * Poznaniu"): the role's place when the role is worked there, not when it is remote.
 */
export const COMPANY_SEAT_CUES: PerLanguage<string> = {
  en: [
    // Not where candidates are sought ("we are only considering candidates based in ...").
    "(?:we are|we're|we’re|the company is|our team is) (?:(?!candidates|applicants|applications|people|anyone|hires)[\\p{L}-]+ ){0,6}?(?:based|located|headquartered) in",
    '(?:our|the) (?:office|offices|studio|hq|headquarters) (?:is|are) (?:located |based )?in',
    // "a research and consulting firm based in Pittsburgh, PA"
    '(?:company|firm|startup|start-up|studio|agency|consultancy|business|lab|labs) (?:that is |which is )?(?:based|located|headquartered) in',
  ],
  de: ['mit (?:haupt)?sitz in', '(?:gmbh|ag|se|kg|ug|start-?up|unternehmen|softwarehaus) aus'],
  fr: ['dont le siège est à', 'implantée? à'],
  es: ['con sede en'],
  pt: ['com sede em'],
  it: ['con sede a'],
  nl: ['gevestigd in'],
  pl: [`z siedzibą ${PL_IN}`],
}

/**
 * Words after which a posting says where people meet in person ("trabajo presencial en
 * Sevilla", "encuentro anual presencial en Santiago"): the role's place when the role is
 * worked on site, a gathering's when it is remote.
 */
export const IN_PERSON_CUES: PerLanguage<string> = {
  en: [],
  de: [],
  fr: [],
  es: ['presencial en'],
  pt: ['presencial em'],
  it: [],
  nl: [],
  pl: [],
}
