import { list, type PerLanguage } from './languages.ts'

/**
 * What a "Label: value" line of a job board's fact box states, whatever language the board
 * is in ("Location: Berlin", "Standort: München, Bayern, Deutschland", "Lieu : Lyon",
 * "Modalidad: Híbrido", "Tryb pracy: zdalna").
 */
export type FieldLabel =
  | 'title'
  | 'company'
  | 'team'
  | 'location'
  | 'workMode'
  | 'salary'
  | 'employment'
  | 'posted'
  | 'level'
  | 'reference'
  | 'remoteRegion'
  | 'languages'
  | 'listing'
  | 'reportsTo'

/**
 * What a board may add to any label to say it is the posting's: "Localidad del puesto",
 * "Lieu du poste", "Local da vaga", "Sede dell'offerta". The label so followed is the label.
 */
export const OF_THE_POSTING: PerLanguage<string> = {
  en: ['of the role', 'of the job', 'of the position'],
  de: ['der stelle', 'des jobs'],
  fr: ['du poste', "de l'offre", 'de l’offre', 'de la mission'],
  es: ['del puesto', 'de la oferta', 'de la vacante'],
  pt: ['da vaga', 'do cargo', 'da oportunidade'],
  it: ['del posto', "dell'offerta", 'dell’offerta', 'della posizione'],
  nl: ['van de vacature', 'van de functie'],
  pl: ['stanowiska', 'oferty'],
}

/** Labels per field and language; matched whole, ignoring case, before a colon. */
export const FIELD_LABELS: Record<FieldLabel, PerLanguage<string>> = {
  title: {
    en: list(
      'title, job title, role, position, job, job position, open role, open position, the role, the position, position title, role title, designation, job designation',
    ),
    de: list(
      'stellenbezeichnung, jobtitel, position, stelle, berufsbezeichnung, stellenangebot, stellenanzeige, jobangebot, die stelle, die position, projekt, projektangebot, projekttitel',
    ),
    fr: list(
      "poste, intitulé du poste, titre du poste, intitulé, offre d’emploi, offre d'emploi, le poste, fonction, la fonction",
    ),
    es: list(
      'puesto, cargo, título del puesto, puesto vacante, vacante, oferta de empleo, oferta de trabajo, el puesto, el cargo',
    ),
    pt: list('cargo, vaga, função, título da vaga, a vaga, o cargo'),
    it: list(
      'posizione, ruolo, titolo, mansione, profilo ricercato, offerta di lavoro, la posizione, il ruolo',
    ),
    nl: list('functie, functietitel, vacature, functienaam, de functie, de vacature'),
    pl: list('stanowisko, nazwa stanowiska, oferta pracy'),
  },
  // Who posted the listing ("Posted by", "Eingetragen von") is its employer, or the agency
  // that advertises for a client it does not name.
  company: {
    en: list(
      'company, employer, organisation, organization, hiring company, company name, studio, posted by, listed by, advertised by',
    ),
    de: list(
      'unternehmen, firma, arbeitgeber, unternehmensname, eingetragen von, ausgeschrieben von, inseriert von, veröffentlicht von',
    ),
    fr: list(
      'entreprise, société, employeur, nom de l’entreprise, publiée par, publié par, proposée par',
    ),
    es: list('empresa, compañía, empleador, nombre de la empresa, publicado por, publicada por'),
    pt: list('empresa, companhia, empregador, publicado por, publicada por, anunciada por'),
    // a public body's competition names the hiring body its "Ente"
    it: list('azienda, società, datore di lavoro, pubblicato da, pubblicata da, ente'),
    nl: list('bedrijf, organisatie, werkgever, bedrijfsnaam, geplaatst door, aangeboden door'),
    pl: list('firma, pracodawca, spółka, nazwa firmy, dodane przez, opublikowane przez'),
  },
  team: {
    en: list('team, department, business unit'),
    de: list('abteilung, bereich, team, fachbereich'),
    fr: list('équipe, département, service'),
    es: list('equipo, departamento, área'),
    pt: list('equipe, equipa, time, departamento, área'),
    it: list('reparto, dipartimento, area, funzione aziendale'),
    nl: list('afdeling, team'),
    pl: list('zespół, dział'),
  },
  location: {
    en: list(
      'location, locations, based in, office, office location, job location, job locations, location of the job, place of work, primary location, work location, work locations, other locations, city, where, country, countries, hiring in, hiring from, eligible countries, duty station, duty stations',
    ),
    de: list(
      'standort, standorte, arbeitsort, einsatzort, dienstort, ort, arbeitsplatz, land, länder',
    ),
    fr: list(
      "lieu, lieux, lieu de travail, lieu d'affectation, lieu d’affectation, localisation, localisations, ville, adresse, pays",
    ),
    es: list(
      'ubicación, ubicaciones, localización, ciudad, lugar de trabajo, lugar de destino, provincia, localidad, zona, región, país, países',
    ),
    pt: list(
      'localização, localizações, local, locais, local de trabalho, cidade, localidade, zona, região, distrito, país, países',
    ),
    it: list(
      'sede, sedi, sede di lavoro, luogo di lavoro, località, città, zona, regione, provincia, paese, paesi',
    ),
    nl: list(
      'locatie, locaties, standplaats, werklocatie, plaats, vestiging, vestigingen, werkplek, land, landen',
    ),
    pl: list('lokalizacja, miejsce pracy, miasto, lokalizacje, kraj, kraje'),
  },
  workMode: {
    en: list(
      'work mode, working mode, work model, working model, work type, work arrangement, workplace type, workplace, location type, remote, remote work, remote policy, remote eligible, hybrid eligible, remote/hybrid eligible, remote or hybrid eligible, remote/hybrid, remote status, remote type, remote option, remote options',
    ),
    de: list(
      'arbeitsmodell, arbeitsmodus, arbeitsweise, homeoffice, home office, mobiles arbeiten, remote-arbeit, arbeitsform',
    ),
    fr: list('télétravail, mode de travail, modalité de travail, organisation du travail'),
    es: list('modalidad, modalidad de trabajo, teletrabajo, modelo de trabajo, trabajo remoto'),
    pt: list(
      'modelo de trabalho, modalidade, regime de trabalho, formato de trabalho, trabalho remoto',
    ),
    it: list('modalità di lavoro, modalità, lavoro da remoto, smart working, modello di lavoro'),
    nl: list('werkmodel, thuiswerken, werkvorm, werkwijze, hybride werken'),
    pl: list('tryb pracy, model pracy, praca zdalna, forma pracy'),
  },
  salary: {
    en: list('salary, compensation, pay, salary range, base salary, pay range'),
    de: list('gehalt, vergütung, jahresgehalt, gehaltsspanne, bruttojahresgehalt'),
    fr: list('salaire, rémunération, fourchette de salaire'),
    es: list('salario, sueldo, remuneración, retribución, rango salarial, salario bruto'),
    pt: list('salário, remuneração, faixa salarial'),
    it: list('retribuzione, stipendio, ral, compenso, retribuzione annua lorda'),
    nl: list('salaris, beloning, salarisindicatie'),
    pl: list('wynagrodzenie, widełki, widełki płacowe'),
  },
  employment: {
    en: list('job type, employment type, contract, contract type, employment, time type'),
    de: list('anstellungsart, beschäftigungsart, vertragsart, arbeitszeit, anstellung'),
    fr: list('type de contrat, contrat, type d’emploi, temps de travail'),
    es: list('tipo de contrato, jornada, tipo de jornada, contrato, tipo de empleo'),
    pt: list('tipo de contrato, regime, tipo de vaga, contrato, tipo de emprego'),
    it: list('tipo di contratto, contratto, tipologia contrattuale, orario'),
    nl: list('dienstverband, contract, contractvorm, uren, soort dienstverband, uren per week'),
    pl: list('rodzaj umowy, typ umowy, wymiar pracy, forma zatrudnienia, wymiar etatu'),
  },
  posted: {
    en: list('posted, date posted, published, posted on'),
    de: list('veröffentlicht, erschienen, online seit, datum'),
    fr: list('publié, publiée le, publié le, date de publication'),
    es: list('publicado, fecha de publicación, publicada'),
    pt: list('publicado, publicada em, data de publicação'),
    it: list('pubblicato, data di pubblicazione'),
    nl: list('geplaatst, gepubliceerd, plaatsingsdatum'),
    pl: list('opublikowano, data publikacji, dodano'),
  },
  level: {
    en: list(
      'level, seniority, seniority level, career level, job level, experience level, experience, minimum experience, min. experience, position level',
    ),
    de: list('karrierestufe, erfahrung, berufserfahrung, hierarchieebene, karrierelevel, level'),
    fr: list('niveau, expérience, niveau d’expérience, niveau d’études, éducation'),
    es: list('nivel, experiencia, experiencia mínima, nivel profesional, estudios mínimos'),
    pt: list('nível, senioridade, experiência, nível de experiência'),
    it: list('livello, esperienza, seniority, livello di esperienza'),
    nl: list('niveau, ervaring, werkervaring, opleidingsniveau, opleiding'),
    pl: list('poziom, doświadczenie, poziom stanowiska, poziom doświadczenia'),
  },
  reference: {
    en: list(
      'job id, job requisition id, requisition id, req id, requisition, reference, job reference, ref, id, posting id, job number',
    ),
    de: list('referenznummer, kennziffer, stellen-id, job-id, referenz'),
    fr: list('référence, réf, référence de l’offre'),
    es: list('referencia, código, código de oferta'),
    pt: list('código da vaga, referência, código'),
    it: list('codice, riferimento, rif, codice annuncio'),
    nl: list('referentienummer, vacaturenummer, referentie'),
    pl: list('numer referencyjny, nr ref, numer oferty'),
  },
  // Where a remote hire may work from: time zones ("Timezones: UTC-5 to UTC+2") or
  // countries (Wellfound's "Hires remotely in: United States, Canada").
  remoteRegion: {
    en: list(
      'timezone, timezones, time zone, time zones, preferred timezones, preferred time zones, hires in time zones, hires remotely in, remote in, remote from, remote locations, remote countries, location requirements, location requirement, candidate location, applicant location requirements',
    ),
    de: list('zeitzone, zeitzonen, remote aus, remote-länder'),
    fr: list('fuseau horaire, fuseaux horaires, télétravail depuis, pays du télétravail'),
    es: list('zona horaria, zonas horarias, huso horario, remoto desde, países en remoto'),
    pt: list('fuso horário, fusos horários, remoto de, países em remoto'),
    it: list('fuso orario, fusi orari, da remoto da, paesi da remoto'),
    nl: list('tijdzone, tijdzones, remote vanuit'),
    pl: list('strefa czasowa, strefy czasowe, zdalnie z'),
  },

  // The languages a role asks for ("Talen: Nederlands, Engels"): no place ("Engels" is no
  // Engel's), read from the text by languages.ts.
  languages: {
    en: list(
      'languages, language, spoken languages, language skills, working language, language of work',
    ),
    de: list('sprachen, sprache, sprachkenntnisse, arbeitssprache, unternehmenssprache'),
    fr: list('langues, langue, langues parlées, langue de travail'),
    es: list('idiomas, idioma, idioma de trabajo'),
    pt: list('idiomas, idioma, línguas, idioma de trabalho, língua de trabalho'),
    it: list('lingue, lingua, conoscenze linguistiche, lingua di lavoro'),
    nl: list('talen, taal, talenkennis, voertaal, werktaal'),
    pl: list('języki, język, języki obce, język pracy, język roboczy'),
  },
  // The listing's own record on a careers page or a shared document (Notion, an ATS's
  // property table): its state, its owner, its edits. Says nothing of the role; not read.
  listing: {
    en: list(
      'status, job status, posting status, hiring manager, last edited, last edited time, last updated, created by, owner',
    ),
    de: list('stellenstatus, zuletzt bearbeitet, zuletzt aktualisiert, erstellt von'),
    fr: list('statut, dernière modification, créé par'),
    es: list('estado de la oferta, última edición, última actualización, creado por'),
    pt: list('situação da vaga, última edição, última atualização, criado por'),
    it: list('stato annuncio, ultima modifica, creato da'),
    nl: list('laatst bewerkt, laatst bijgewerkt, aangemaakt door'),
    pl: list('status oferty, ostatnia edycja, ostatnia aktualizacja, utworzone przez'),
  },
  // Whom the role reports to ("Reporting to: Director of Technology"): a role's name that is
  // not this role's.
  reportsTo: {
    en: list('reporting to, reports to, reporting line, line manager'),
    de: list('berichtet an, berichtslinie, disziplinarisch an, vorgesetzte, vorgesetzter'),
    fr: list('rattaché à, rattachée à, rattachement, sous la responsabilité de'),
    es: list('reporta a, reportando a, depende de, dependencia'),
    pt: list('reporta a, reporta-se a, reportando a'),
    it: list('riporta a, riporto, responsabile diretto'),
    nl: list('rapporteert aan, leidinggevende'),
    pl: list('raportuje do, raportowanie do, przełożony'),
  },
}

/**
 * Location labels that name a region, not a town: "Provincia: Madrid" under "Localidad:
 * Getafe" says where the town lies, and names no second place.
 */
export const REGION_FIELD_LABELS: PerLanguage<string> = {
  en: list('region, state, province, county'),
  de: list('region, bundesland, kanton'),
  fr: list('région, département, canton'),
  es: list('provincia, región, comunidad, comunidad autónoma'),
  pt: list('região, distrito, estado'),
  it: list('regione, provincia'),
  nl: list('provincie, regio'),
  pl: list('województwo, region'),
}
