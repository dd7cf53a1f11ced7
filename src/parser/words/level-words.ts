import type { Seniority } from '../../model/posting.ts'
import type { PerLanguage } from './languages.ts'

type LevelWord = readonly [word: string, level: Seniority]

/**
 * Words that state a role's level, per language, as a title or a "Level:" line writes them.
 * Matching is case-insensitive and whole-word; a longer word wins over a shorter one at the
 * same place ("Semi Senior" is mid, never senior). When a title holds several, the highest in
 * LEVEL_PRIORITY wins ("Sr Staff" is staff, "Lead Senior" is lead).
 */
export const LEVEL_WORDS: PerLanguage<LevelWord> = {
  en: [
    ['chief', 'executive'], ['vp', 'executive'], ['svp', 'executive'], ['evp', 'executive'],
    ['vice president', 'executive'], ['cto', 'executive'], ['ceo', 'executive'],
    ['cio', 'executive'], ['ciso', 'executive'], ['cpo', 'executive'],
    ['founding cto', 'executive'], ['head of engineering and', 'executive'],
    ['director', 'director'], ['head of', 'director'], ['head,', 'director'],
    ['principal', 'principal'], ['staff', 'staff'], ['senior staff', 'staff'],
    ['sr staff', 'staff'], ['sr. staff', 'staff'],
    ['engineering manager', 'manager'], ['software manager', 'manager'],
    ['development manager', 'manager'], ['data science manager', 'manager'],
    ['data engineering manager', 'manager'], ['platform manager', 'manager'],
    ['infrastructure manager', 'manager'], ['qa manager', 'manager'],
    ['technical manager', 'manager'], ['team manager', 'manager'],
    ['delivery manager', 'manager'], ['people manager', 'manager'], ['manager of', 'manager'],
    ['manager, engineering', 'manager'], ['manager engineering', 'manager'],
    ['manager, software', 'manager'], ['manager, data', 'manager'],
    ['manager, platform', 'manager'], ['manager, infrastructure', 'manager'],
    ['manager, development', 'manager'],
    ['lead', 'lead'], ['leader', 'lead'], ['team lead', 'lead'], ['tech lead', 'lead'],
    ['technical lead', 'lead'],
    ['senior', 'senior'], ['sr', 'senior'], ['sr.', 'senior'], ['snr', 'senior'],
    ['mid', 'mid'], ['mid-level', 'mid'], ['mid level', 'mid'], ['midlevel', 'mid'],
    ['mid-senior', 'mid'], ['mid senior', 'mid'], ['intermediate', 'mid'],
    ['semi senior', 'mid'], ['semi-senior', 'mid'], ['semisenior', 'mid'], ['ssr', 'mid'],
    ['junior', 'junior'], ['jr', 'junior'], ['jr.', 'junior'], ['entry-level', 'junior'],
    ['entry level', 'junior'], ['graduate', 'junior'], ['grad', 'junior'],
    ['new grad', 'junior'], ['early-career', 'junior'], ['early career', 'junior'],
    ['intern', 'intern'], ['internship', 'intern'], ['trainee', 'intern'],
    ['apprentice', 'intern'], ['apprenticeship', 'intern'], ['working student', 'intern'],
    ['co-op', 'intern'],
  ],
  de: [
    ['geschäftsführer', 'executive'], ['geschäftsführerin', 'executive'],
    ['bereichsleiter', 'director'], ['bereichsleiterin', 'director'],
    ['direktor', 'director'], ['direktorin', 'director'],
    ['abteilungsleiter', 'manager'], ['abteilungsleiterin', 'manager'],
    ['teamleiter', 'lead'], ['teamleiterin', 'lead'], ['teamleitung', 'lead'],
    ['leiter', 'lead'], ['leiterin', 'lead'], ['leitung', 'lead'],
    ['erfahrener', 'senior'], ['erfahrene', 'senior'],
    ['werkstudent', 'intern'], ['werkstudentin', 'intern'], ['praktikant', 'intern'],
    ['praktikantin', 'intern'], ['praktikum', 'intern'], ['azubi', 'intern'],
    ['auszubildender', 'intern'], ['auszubildende', 'intern'], ['ausbildung', 'intern'],
    ['berufseinsteiger', 'junior'], ['berufseinsteigerin', 'junior'],
    ['absolvent', 'junior'], ['absolventin', 'junior'],
  ],
  fr: [
    ['directeur', 'director'], ['directrice', 'director'],
    ['responsable', 'manager'], ["chef d'équipe", 'lead'], ['chef d’équipe', 'lead'],
    ['référent', 'lead'], ['référente', 'lead'], ['referent', 'lead'],
    ['expérimenté', 'senior'], ['expérimentée', 'senior'],
    ['confirmé', 'mid'], ['confirmée', 'mid'], ['confirmé·e', 'mid'], ['confirmé(e)', 'mid'],
    ['débutant', 'junior'], ['débutante', 'junior'], ['jeune diplômé', 'junior'],
    ['jeune diplômée', 'junior'],
    ['stagiaire', 'intern'], ['stage', 'intern'], ['alternant', 'intern'],
    ['alternante', 'intern'], ['alternance', 'intern'], ['apprenti', 'intern'],
    ['apprentie', 'intern'],
  ],
  es: [
    ['director', 'director'], ['directora', 'director'], ['gerente', 'manager'],
    ['jefe de equipo', 'lead'], ['jefa de equipo', 'lead'], ['líder', 'lead'],
    ['semi senior', 'mid'], ['semi-senior', 'mid'], ['ssr', 'mid'],
    ['becario', 'intern'], ['becaria', 'intern'], ['pasante', 'intern'],
    ['practicante', 'intern'], ['prácticas', 'intern'], ['trainee', 'intern'],
  ],
  pt: [
    ['diretor', 'director'], ['diretora', 'director'], ['gerente', 'manager'],
    ['líder', 'lead'], ['sênior', 'senior'], ['pleno', 'mid'], ['júnior', 'junior'],
    ['estagiário', 'intern'], ['estagiária', 'intern'], ['estágio', 'intern'],
  ],
  it: [
    ['direttore', 'director'], ['direttrice', 'director'], ['responsabile', 'manager'],
    ['capo progetto', 'manager'], ['esperto', 'senior'], ['esperta', 'senior'],
    ['neolaureato', 'junior'], ['neolaureata', 'junior'], ['stagista', 'intern'],
    ['tirocinante', 'intern'], ['tirocinio', 'intern'], ['stage', 'intern'],
  ],
  nl: [
    ['directeur', 'director'], ['teamleider', 'lead'], ['teamlead', 'lead'],
    ['medior', 'mid'], ['ervaren', 'senior'], ['starter', 'junior'],
    ['stagiair', 'intern'], ['afstudeerstage', 'intern'], ['werkstudent', 'intern'],
  ],
  pl: [
    ['dyrektor', 'director'], ['dyrektorka', 'director'], ['kierownik', 'manager'],
    ['kierowniczka', 'manager'], ['lider', 'lead'], ['liderka', 'lead'],
    ['starszy', 'senior'], ['starsza', 'senior'], ['regular', 'mid'], ['młodszy', 'junior'],
    ['młodsza', 'junior'], ['stażysta', 'intern'], ['stażystka', 'intern'],
    ['praktykant', 'intern'], ['praktykantka', 'intern'], ['staż', 'intern'],
  ],
}

/** Which level a title means when it holds several level words. */
export const LEVEL_PRIORITY: readonly Seniority[] = [
  'executive',
  'director',
  'principal',
  'staff',
  'manager',
  'lead',
  'senior',
  'mid',
  'junior',
  'intern',
]

/** Roman or Arabic numerals after a role noun ("Engineer II"), and the level each means. */
export const LEVEL_NUMERALS: Record<string, Seniority> = {
  i: 'junior',
  '1': 'junior',
  ii: 'mid',
  '2': 'mid',
  iii: 'senior',
  '3': 'senior',
  iv: 'staff',
  '4': 'staff',
}

/**
 * Level labels job boards print on their own line or after "Level:" that are not title words
 * ("Associate", "Entry", LinkedIn's "Mid-Senior level", which it gives to experienced hires).
 */
export const BOARD_LEVEL_LABELS: Record<string, Seniority> = {
  associate: 'junior',
  entry: 'junior',
  'mid-senior': 'senior',
  'mid senior': 'senior',
  executive: 'executive',
  manager: 'manager',
  director: 'director',
}
