import type { PerLanguage } from './languages.ts'

/**
 * What a job board prints about its listing rather than the role, in the eight languages:
 * "Publiée le 12 novembre", "Veröffentlicht vor 3 Tagen", "Publicado hace 2 días". A line
 * opening with one of these is never the company, the title or a place. Regex sources, read
 * case-insensitively at the start of a line or a summary line's part.
 */
export const LISTING_OPENERS: PerLanguage<string> = {
  en: ['posted', 'published', 'listed', 'reposted', 'updated', 'date posted'],
  de: [
    'veröffentlicht',
    'ver[öo]ffentlichungsdatum',
    'gepostet',
    'online seit',
    'eingestellt',
    'aktualisiert',
    'erstellt am',
  ],
  fr: ['publiée?s?', 'mise? à jour', 'date de publication', 'en ligne depuis'],
  es: ['publicad[oa]', 'actualizad[oa]', 'fecha de publicación'],
  pt: ['publicad[oa]', 'atualizad[oa]', 'data de publicação'],
  it: ['pubblicat[oa]', 'aggiornat[oa]', 'data di pubblicazione'],
  nl: ['geplaatst', 'gepubliceerd', 'bijgewerkt', 'plaatsingsdatum'],
  pl: ['opublikowan[oay]', 'dodan[oay]', 'zaktualizowan[oay]', 'data publikacji'],
}

/**
 * How long ago a listing went up, where the phrase stands alone: "vor 3 Tagen", "il y a 2
 * jours", "hace 5 días", "há 3 dias", "3 giorni fa", "2 dagen geleden", "4 dni temu".
 */
export const LISTING_AGO: PerLanguage<string> = {
  en: [
    '(?:\\d{1,3}|an?|one)\\+? ?(?:minutes?|mins?\\.?|m|hours?|hrs?\\.?|h|days?|d|weeks?|wks?\\.?|w|months?|mos?\\.?|years?|yrs?\\.?|y) ago',
  ],
  de: ['vor (?:\\d{1,3}|einem|einer|zwei|drei) (?:stunden?|tage?n?|wochen?|monate?n?)'],
  fr: ['il y a (?:\\d{1,3}|une?) (?:heures?|jours?|semaines?|mois)'],
  es: ['hace (?:\\d{1,3}|una?) (?:horas?|días?|semanas?|mes(?:es)?)'],
  pt: ['há (?:\\d{1,3}|uma?) (?:horas?|dias?|semanas?|m[eê]s(?:es)?)'],
  it: ['(?:\\d{1,3}|un[ao]?) (?:or[ae]|giorni?|settiman[ae]|mes[ei]) fa'],
  nl: ['(?:\\d{1,3}|een) (?:uur|uren|dagen|dag|weken|week|maanden|maand) geleden'],
  pl: ['(?:\\d{1,3}) (?:godzin[ya]?|dni|dzień|tygodni[ea]?|miesiące?|miesięcy) temu'],
}

/**
 * A social feed's age of a post, abbreviated and before its bullet
 * ("3d • Edited", "3 j • Modifié", "2 Tg. •", "1 sem •"): only where the bullet
 * follows, since "3 D printing" opens a sentence and "2U" is a company.
 */
export const FEED_AGO: PerLanguage<string> = {
  en: ['\\d{1,2} ?(?:m|h|d|w|mo|y)'],
  de: ['\\d{1,2} ?(?:min\\.?|std\\.?|tg\\.?|wo\\.?|mon\\.?)'],
  fr: ['\\d{1,2} ?(?:min|h|j|sem\\.?|mois|an)'],
  es: ['\\d{1,2} ?(?:min|h|d|sem\\.?|m)'],
  pt: ['\\d{1,2} ?(?:min|h|d|sem\\.?|m)'],
  it: ['\\d{1,2} ?(?:min|h|g|sett\\.?|m)'],
  nl: ['\\d{1,2} ?(?:min|u|d|w|mnd)'],
  pl: ['\\d{1,2} ?(?:min|godz\\.?|d|tydz\\.?|tyg\\.?|mies\\.?)'],
}

/** When the role starts, as a board prints it on a fact line: "ab sofort", "ASAP", "dès que possible". */
export const START_PHRASES: PerLanguage<string> = {
  en: ['asap', 'immediately', 'immediate start', 'start(?:ing)? (?:date )?asap'],
  de: ['ab sofort', 'sofort', 'zum nächstmöglichen zeitpunkt', 'nach vereinbarung'],
  fr: ['dès que possible', 'asap', 'dès maintenant', 'immédiatement'],
  es: ['de inmediato', 'incorporación inmediata', 'inmediata'],
  pt: ['imediato', 'início imediato', 'imediata'],
  it: ['da subito', 'subito', 'immediato'],
  nl: ['per direct', 'zo snel mogelijk', 'z\\.s\\.m\\.'],
  pl: ['od zaraz', 'od zaraz lub wg ustaleń', 'od teraz'],
}

/**
 * The openings a listing counts before its places ("2 vagas: Campinas - SP (1), São Paulo -
 * SP (1)", "3 postes : Lyon, Nantes"), in the eight languages. Regex sources, singular and
 * plural, read case-insensitively after the count.
 */
export const OPENINGS_NOUNS: PerLanguage<string> = {
  en: ['openings?', 'positions?', 'vacanc(?:y|ies)'],
  de: ['stellen?', 'positionen'],
  fr: ['postes?'],
  es: ['vacantes?', 'plazas?', 'puestos?'],
  pt: ['vagas?'],
  it: ['posti', 'posizioni'],
  nl: ['vacatures?', 'plaatsen'],
  pl: ['wakat(?:y|ów)', 'miejsc[ae]?'],
}

/** The word after "Posted on … " that names who posted the listing: "by", "par", "von". */
export const POSTED_BY_WORDS: PerLanguage<string> = {
  en: ['by'],
  de: ['von'],
  fr: ['par'],
  es: ['por'],
  pt: ['por'],
  it: ['da'],
  nl: ['door'],
  pl: ['przez'],
}
