import { list, type PerLanguage } from './languages.ts'

/**
 * The first word of a part of an organisation that hires in its name: "Kingsmere University –
 * School of Computing", "Universität Hafenberg – Institut für Informatik", "Groupe Ardoise –
 * Direction des systèmes d'information". After the employer's name and a dash it names the
 * unit, not the employer.
 */
export const ORGANISATION_UNIT_WORDS: PerLanguage<string> = {
  en: list(`school, faculty, department, dept., institute, division, centre, center, college,
    directorate, office of, laboratory`),
  de: list(`fakultät, fachbereich, institut, lehrstuhl, abteilung, zentrum, bereich, referat`),
  fr: list(`faculté, département, institut, laboratoire, direction, service, pôle, école`),
  es: list(`facultad, departamento, instituto, escuela, dirección, servicio, centro, laboratorio`),
  pt: list(`faculdade, departamento, instituto, escola, direção, direcção, centro, laboratório`),
  it: list(`facoltà, dipartimento, istituto, scuola, direzione, servizio, centro, laboratorio`),
  nl: list(`faculteit, afdeling, instituut, school, directie, dienst, centrum, laboratorium`),
  pl: list(`wydział, instytut, katedra, zakład, departament, dział, centrum, laboratorium`),
}

/**
 * A unit inside an employer, opening its name: "Bereich Herdenmanagement", "Team Payments",
 * "Équipe Data", "Área de Tecnología". Under a title it names the team, never the employer.
 */
export const INTERNAL_UNIT_WORDS: PerLanguage<string> = {
  en: list(`team, business unit, squad, tribe`),
  de: list(`bereich, geschäftsbereich, abteilung, team`),
  fr: list(`équipe, pôle`),
  es: list(`equipo, área`),
  pt: list(`equipe, equipa, área`),
  it: list(`team, area`),
  nl: list(`team, afdeling`),
  pl: list(`zespół, dział`),
}
