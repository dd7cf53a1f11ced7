import type { EmploymentType } from '../model/posting.ts'
import { list, type PerLanguage } from './words/languages.ts'

/**
 * Label words per posting language, and `everywhere` the terms of one country's labour law
 * that postings in any language write as they are ("CLT contract", "CDI", "B2B").
 */
export type EmploymentLabels = PerLanguage<string> & { readonly everywhere: readonly string[] }

/**
 * How postings state the kind of employment, in the eight languages the parser reads.
 * `label`: words that settle it on a short line or a title ("Full-time", "CDI", "Praktikum"),
 * per language (`EmploymentLabels`): a word of one language is another word in the next
 * ("stage" is an internship in French and a funding round in English, "temporal" a fixed
 * term in Spanish and a company's name in English).
 * `phrase`: wordings that settle it inside a sentence ("on a contract basis", "umowa B2B"),
 * unambiguous in any language. Regex sources, matched case-insensitively on word boundaries.
 */
export const EMPLOYMENT_WORDS: Readonly<
  Record<EmploymentType, { label: EmploymentLabels; phrase: readonly string[] }>
> = {
  'full-time': {
    label: {
      everywhere: list('cdi, clt'),
      en: list('full[- ]?time, permanent, fte'),
      de: list('vollzeit, festanstellung, unbefristet'),
      fr: list('temps plein, plein temps'),
      es: list('tiempo completo, jornada completa, indefinido'),
      pt: list('tempo integral, tempo inteiro, efetivo, contrato sem termo'),
      it: list('tempo pieno, tempo indeterminato'),
      nl: list(
        'voltijd, fulltime, vast, vaste baan, vast dienstverband, vaste aanstelling, vast contract',
      ),
      pl: list('pełny etat, pełen etat, umowa o pracę'),
    },
    phrase: [
      'full[- ]time (?:role|position|job|employment|employee|opportunity)',
      'permanent (?:role|position|contract)',
      'in vollzeit',
      'en cdi',
      'contrat à durée indéterminée',
      'a tiempo completo',
      'contrato indefinido',
      'em tempo integral',
      'a tempo pieno',
      'contratto a tempo indeterminato',
      'fulltime baan',
      'vast contract',
      'na pełny etat',
      'umowa o pracę',
    ],
  },
  'part-time': {
    label: {
      everywhere: [],
      en: list('part[- ]?time'),
      de: list('teilzeit'),
      fr: list('temps partiel'),
      es: list('tiempo parcial, media jornada, medio tiempo'),
      pt: list('meio período, tempo parcial'),
      it: list('tempo parziale'),
      nl: list('deeltijd'),
      pl: list('niepełny etat, część etatu'),
    },
    phrase: [
      'part[- ]time (?:role|position|job|contract)',
      'in teilzeit',
      'à temps partiel',
      'a tiempo parcial',
      'em tempo parcial',
      'meio período',
      'a tempo parziale',
      'in deeltijd',
      'na część etatu',
      'niepełny etat',
    ],
  },
  contract: {
    label: {
      everywhere: list('b2b, zzp'),
      en: list('contract, contractor, freelance, freelancer, 1099, c2c, contract[- ]to[- ]hire'),
      de: list('freiberuflich, freelance'),
      fr: list('indépendant, freelance'),
      es: list('autónomo, freelance'),
      pt: list('pj, freelance'),
      it: list('partita iva, freelance'),
      nl: list('freelance'),
      pl: list('kontrakt, umowa zlecenie'),
    },
    phrase: [
      'contract (?:role|position|basis|engagement|assignment)',
      'on a contract',
      'contract[- ]to[- ]hire',
      '(?:freelance|contractor) (?:role|position|basis)',
      'as an? (?:contractor|freelancer)',
      'b2b contract',
      'umowa b2b',
      'kontrakt b2b',
      'als freelancer',
      'auf freiberuflicher basis',
      'en freelance',
      'como freelance',
      'como pj',
      'contrato pj',
      'in partita iva',
      'als zzp(?:er)?',
      'umowa zlecenie',
    ],
  },
  internship: {
    label: {
      everywhere: [],
      en: list('internship, intern, apprenticeship, apprentice'),
      de: list('praktikum, praktikant(?:in)?, werkstudent(?:in)?'),
      fr: list('stage, stagiaire, alternance, alternant'),
      es: list('prácticas, becario, becaria'),
      pt: list('estágio, estagiário, estagiária'),
      it: list('tirocinio, stagista'),
      nl: list('stage, stagiair'),
      pl: list('staż, stażysta, praktyki'),
    },
    phrase: [
      '(?:summer |paid )?internship',
      'ein praktikum',
      'un stage',
      'en alternance',
      'prácticas (?:profesionales|remuneradas)',
      'programa de estágio',
      'un tirocinio',
      'een stage',
      'staż (?:płatny|w)',
      'praktyki (?:studenckie|w)',
    ],
  },
  temporary: {
    label: {
      everywhere: list('cdd'),
      en: list('temporary, temp, fixed[- ]term, seasonal'),
      de: list('befristet'),
      fr: [],
      es: list('temporal'),
      pt: list('temporário, contrato a termo, contrato a termo certo'),
      it: list('tempo determinato'),
      nl: list('tijdelijk'),
      pl: list('umowa na czas określony'),
    },
    phrase: [
      'fixed[- ]term (?:contract|role|position)',
      '\\d{1,2}[- ]months? (?:contract|role|position)',
      'temporary (?:role|position|contract)',
      'befristet(?:er|en)? (?:vertrag|stelle)',
      'contrat à durée déterminée',
      'en cdd',
      'contrato temporal',
      'contrato temporário',
      'contratto a tempo determinato',
      'tijdelijk contract',
      'umowa na czas określony',
    ],
  },
}
