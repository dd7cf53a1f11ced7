import { list, type PerLanguage } from './languages.ts'

/**
 * Labels of a board's company profile box ("Company size" over "1-10", "Founded" over
 * "2017"): a "Location" beside them is where the company sits, not where the role is.
 * Matched as a whole line, case and a trailing colon aside.
 */
export const COMPANY_PROFILE_LABELS: PerLanguage<string> = {
  en: list(`company size, size, employees, number of employees, headcount, founded, founded in,
      year founded, industry, industries, sector, total raised, funding, funding stage, stage,
      company type, type of company, headquarters, hq, website, company website`),
  de: list(`Unternehmensgröße, Firmengröße, Mitarbeiter, Mitarbeitende, Anzahl Mitarbeiter,
      Gegründet, Gründungsjahr, Branche, Finanzierung, Unternehmensart, Hauptsitz, Website`),
  fr: list(`Taille de l'entreprise, Taille, Effectif, Effectifs, Salariés, Fondée en, Création,
      Année de création, Secteur, Secteur d'activité, Levée de fonds, Siège, Siège social,
      Site web, Site internet`),
  es: list(`Tamaño de la empresa, Tamaño, Empleados, Número de empleados, Fundada en, Fundación,
      Año de fundación, Sector, Industria, Financiación, Tipo de empresa, Sede, Sede central,
      Sitio web`),
  pt: list(`Tamanho da empresa, Tamanho, Funcionários, Colaboradores, Número de funcionários,
      Fundada em, Fundação, Ano de fundação, Setor, Indústria, Financiamento, Tipo de empresa,
      Sede, Site`),
  it: list(`Dimensione aziendale, Dimensioni, Dipendenti, Numero di dipendenti, Fondata nel,
      Anno di fondazione, Settore, Finanziamento, Tipo di azienda, Sede centrale, Sito web`),
  nl: list(`Bedrijfsgrootte, Grootte, Medewerkers, Werknemers, Aantal medewerkers, Opgericht,
      Opgericht in, Sector, Branche, Financiering, Type bedrijf, Hoofdkantoor, Website`),
  pl: list(`Wielkość firmy, Wielkość, Pracownicy, Liczba pracowników, Założona, Rok założenia,
      Branża, Sektor, Finansowanie, Typ firmy, Siedziba, Strona internetowa, Strona www`),
}

/**
 * The noun after a company's headcount on a board's profile line ("120 employees", "201-500
 * funcionários"), in the eight languages. Lower case.
 */
export const COMPANY_SIZE_NOUNS: PerLanguage<string> = {
  en: list('employees, staff, people'),
  de: list('mitarbeiter, mitarbeiterinnen, mitarbeitende'),
  fr: list('salariés, collaborateurs'),
  es: list('empleados'),
  pt: list('funcionários, colaboradores'),
  it: list('dipendenti'),
  nl: list('medewerkers, werknemers'),
  pl: list('pracowników'),
}
