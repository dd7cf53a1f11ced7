import type { Seniority } from '../../model/posting.ts'
import type { PerLanguage } from './languages.ts'

type LevelPhrase = readonly [phrase: string, level: Seniority]

/**
 * Phrases in the body of a posting that state the role's level without a level word in the
 * title: "entry-level role", "early-career", "Berufseinsteiger", "expérience confirmée",
 * "jeune diplômé", "perfil sênior", "neolaureato", "op medior niveau", "absolwent". Read only when the
 * title, the job-board header and a sentence naming the level ("this is a senior role") say
 * nothing. "New grads welcome" opens a role to juniors without making it junior: not here. A count of years ("5+ years", "mehrjährige Berufserfahrung") is not here: the
 * labelled postings leave the level open when only years are stated (3 of the 7 corpus
 * postings without a level state 2, 3 or 5+ years).
 */
export const LEVEL_PHRASES: PerLanguage<LevelPhrase> = {
  en: [
    ['entry-level role', 'junior'],
    ['entry-level position', 'junior'],
    ['early-career', 'junior'],
    ['early career', 'junior'],
    ['no prior experience required', 'junior'],
    ['no experience required', 'junior'],
    ['senior-level experience', 'senior'],
    ['senior-level role', 'senior'],
    ['mid-level role', 'mid'],
  ],
  de: [
    ['berufseinsteiger', 'junior'],
    ['berufseinsteigerin', 'junior'],
    ['berufseinsteiger:innen', 'junior'],
    ['berufseinstieg', 'junior'],
    ['hochschulabsolvent', 'junior'],
    ['hochschulabsolventin', 'junior'],
    ['erste berufserfahrung', 'junior'],
    ['senior-level', 'senior'],
  ],
  fr: [
    ['jeune diplômé', 'junior'],
    ['jeune diplômée', 'junior'],
    ['jeunes diplômés', 'junior'],
    ['débutant accepté', 'junior'],
    ['débutants acceptés', 'junior'],
    ['première expérience', 'junior'],
    ['expérience confirmée', 'mid'],
    ['profil confirmé', 'mid'],
    ['profil senior', 'senior'],
  ],
  es: [
    ['recién graduado', 'junior'],
    ['recién graduada', 'junior'],
    ['recién titulado', 'junior'],
    ['sin experiencia previa', 'junior'],
    ['primer empleo', 'junior'],
    ['perfil junior', 'junior'],
    ['perfil semi senior', 'mid'],
    ['perfil senior', 'senior'],
  ],
  pt: [
    ['recém-formado', 'junior'],
    ['recém-formada', 'junior'],
    ['primeiro emprego', 'junior'],
    ['perfil júnior', 'junior'],
    ['perfil pleno', 'mid'],
    ['perfil sênior', 'senior'],
    ['perfil senior', 'senior'],
  ],
  it: [
    ['neolaureato', 'junior'],
    ['neolaureata', 'junior'],
    ['neolaureati', 'junior'],
    ['prima esperienza', 'junior'],
    ['profilo junior', 'junior'],
    ['profilo senior', 'senior'],
  ],
  nl: [
    ['pas afgestudeerd', 'junior'],
    ['net afgestudeerd', 'junior'],
    ['startersfunctie', 'junior'],
    ['op medior niveau', 'mid'],
    ['medior niveau', 'mid'],
  ],
  pl: [
    ['absolwent', 'junior'],
    ['absolwentka', 'junior'],
    ['absolwentów', 'junior'],
    ['bez doświadczenia', 'junior'],
    ['pierwsza praca', 'junior'],
    ['poziom mid', 'mid'],
    ['poziom senior', 'senior'],
  ],
}

/**
 * Verbs of working for other people ("supporting PhD students and early-career researchers",
 * "junge Kolleg:innen begleiten"): a level phrase right after one is theirs, not the role's.
 * Stems (`stem*`): any ending of the word.
 */
export const FOR_OTHERS_VERBS: PerLanguage<string> = {
  en: [
    'support*',
    'mentor*',
    'coach*',
    'train*',
    'guid*',
    'help*',
    'teach*',
    'supervis*',
    'onboard*',
  ],
  de: ['unterstütz*', 'betreu*', 'begleit*', 'coach*', 'förder*', 'schul*'],
  fr: ['accompagn*', 'encadr*', 'soutien*', 'souten*', 'guid*'],
  es: ['apoy*', 'acompañ*', 'mentor*', 'guí*', 'ayud*'],
  pt: ['apoi*', 'acompanh*', 'orient*', 'mentor*', 'ajud*'],
  it: ['support*', 'affianc*', 'guid*', 'aiut*'],
  nl: ['begeleid*', 'ondersteun*', 'coach*', 'help*'],
  pl: ['wspier*', 'wspiera*', 'szkol*', 'mentor*', 'pomag*'],
}

/**
 * Said of a level beside the one asked for: "(Berufseinsteiger mit Praxissemestern sind
 * ebenfalls willkommen)", "new graduates are also welcome", "les jeunes diplômés sont aussi
 * les bienvenus". The role is open to them too; its level is not theirs.
 */
export const ALSO_WELCOME: PerLanguage<string> = {
  en: ['also welcome', 'welcome too', 'also encouraged to apply', 'also be considered'],
  de: ['ebenfalls willkommen', 'auch willkommen', 'ebenso willkommen'],
  fr: [
    'également les bienvenus',
    'également les bienvenues',
    'aussi les bienvenus',
    'aussi les bienvenues',
    'également bienvenus',
  ],
  es: ['también son bienvenidos', 'también son bienvenidas', 'también bienvenidos'],
  pt: ['também são bem-vindos', 'também são bem-vindas', 'também serão considerados'],
  it: ['sono benvenuti anche', 'sono ben accetti anche', 'anche benvenuti'],
  nl: ['zijn ook welkom', 'ook van harte welkom', 'eveneens welkom'],
  pl: ['również mile widziani', 'także mile widziani', 'też mile widziani'],
}
