import { list, type PerLanguage } from './languages.ts'

/**
 * What a recruiter calls itself, or says it does ("are recruiting on behalf of"): a posting
 * that says so of its author may be for a client. Matched as whole words, without case.
 */
export const AGENCY_SELF: PerLanguage<string> = {
  en: list(`recruitment agency, recruiting agency, staffing agency, employment agency,
    recruitment consultancy, recruitment firm, staffing firm, talent agency, executive search firm,
    recruiting on behalf of, recruit on behalf of, recruiting for our client,
    delighted to be partnering, pleased to be partnering, excited to be partnering,
    partnering exclusively with, exclusively partnering with, specialist recruitment firm,
    recruiting for its client, on behalf of its client`),
  de: list(`Personalvermittlung, Personalberatung, Personaldienstleister, Personaldienstleistung,
    Arbeitnehmerüberlassung, Headhunter, Recruiting-Agentur, Personalagentur,
    sucht für seinen Kunden, sucht im Auftrag seines Kunden`),
  fr: list(`cabinet de recrutement, agence de recrutement, cabinet de conseil en recrutement,
    agence d'intérim, agence d’intérim, chasseur de têtes, cabinet spécialisé dans le recrutement,
    cabinet spécialisé en recrutement, recherche pour son client`),
  es: list(`agencia de reclutamiento, agencia de selección, consultora de selección,
    consultora de recursos humanos, empresa de trabajo temporal, headhunter,
    busca para su cliente, selecciona para su cliente, ETT`),
  pt: list(`agência de recrutamento, consultoria de recrutamento, empresa de recrutamento,
    consultoria de RH, headhunter, procura para o seu cliente, recruta para o seu cliente`),
  it: list(`agenzia per il lavoro, società di selezione, agenzia di selezione,
    società di ricerca e selezione, head hunter, ricerca per un suo cliente,
    ricerca per il suo cliente, seleziona per il suo cliente`),
  nl: list(`recruitmentbureau, wervings- en selectiebureau, werving- en selectiebureau,
    uitzendbureau, detacheringsbureau, voor onze opdrachtgever, namens onze opdrachtgever`),
  pl: list(
    `agencja rekrutacyjna, agencja pracy, firma rekrutacyjna, agencja doradztwa personalnego`,
  ),
}

/**
 * What stands right before the client a recruiter names ("partnering with", "notre client",
 * "im Auftrag unseres Kunden,"): the client's name follows, capitalised. Lower case; a
 * comma and an article after the words are allowed by the pattern.
 */
export const CLIENT_BEFORE: PerLanguage<string> = {
  en: list(`partnering with, partnered with, partnering exclusively with, partnered exclusively with,
    exclusively partnering with, working in partnership with, on behalf of our client,
    on behalf of, our client, we are supporting, we're supporting, we are proud to represent,
    on behalf of its client, for its client, its client, we are working with, we're working with,
    to join`),
  de: list(`im Auftrag unseres Kunden, im Auftrag unseres Endkunden, im Auftrag von,
    für unseren Kunden, für unseren Endkunden, unser Kunde, unser Endkunde, wir unterstützen,
    für seinen Kunden, im Auftrag seines Kunden`),
  fr: list(`pour notre client, pour le compte de notre client, pour le compte de, notre client,
    nous accompagnons aujourd'hui, nous accompagnons aujourd’hui, nous accompagnons,
    pour son client, son client, nous collaborons avec`),
  es: list(
    `para nuestro cliente, por encargo de nuestro cliente, nuestro cliente, para su cliente,
    colaboramos con`,
  ),
  pt: list(`para o nosso cliente, para nosso cliente, nosso cliente, para o seu cliente,
    colaboramos com`),
  it: list(`per conto del nostro cliente, per conto di, per il nostro cliente, il nostro cliente,
    nostro cliente, per un suo cliente, per il suo cliente, collaboriamo con`),
  nl: list(`namens onze opdrachtgever, voor onze opdrachtgever, voor onze klant, namens,
    onze opdrachtgever, onze klant, werken samen met`),
  pl: list(`dla naszego klienta, w imieniu naszego klienta, nasz klient, współpracujemy z`),
}

/**
 * What kind or size of firm a client is, which a recruiter writes where a name would stand
 * ("son client, ETI industrielle française", "our client, a multinational"): the client is
 * described, not named. Lower case, the first word of what follows the client's lead.
 */
export const FIRM_KINDS: PerLanguage<string> = {
  en: list('sme, smb, startup, start-up, scale-up, scaleup, multinational, corporation'),
  de: list('kmu, mittelständler, mittelstandsunternehmen, konzern, großunternehmen, startup'),
  fr: list('eti, pme, tpe, pmi, start-up, startup, multinationale'),
  es: list('pyme, multinacional, startup'),
  pt: list('pme, multinacional, startup'),
  it: list('pmi, multinazionale, startup'),
  nl: list('mkb, mkb-bedrijf, multinational, scale-up, startup'),
  pl: list('mśp, korporacja, startup'),
}
