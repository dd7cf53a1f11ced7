/**
 * Cues that a text which names no role still offers work, in the eight languages the parser
 * reads. A post that names no role ("NYC ONSITE" over a link, a company line over prose
 * asking for help) is a posting when it gathers several of these with a way to reach the
 * employer. Regex sources, matched case-insensitively on the lower-cased text.
 */
export const POSTING_CUES = {
  /** Saying the writer hires or wants help. */
  hiring: [
    // en
    "\\b(?:we(?:'|’)re|we are|i(?:'|’)m|i am) (?:\\w+ )?(?:looking for|seeking|hiring|recruiting)\\b",
    '\\b(?:is|are) (?:now |currently )?hiring\\b',
    '\\bjoin (?:us|our team)\\b',
    '\\b(?:looking for|seeking) (?:paid |a |an |someone|people|engineers|developers|help|experts?|contractors?|freelancers?)',
    '\\b(?:we|i) (?:need|want) (?:help|someone|an? (?:expert|engineer|developer|contractor))',
    '\\b(?:paid|contract|freelance|consulting) (?:work|role|gig|engagement|project|conversations?)\\b',
    // de, fr, es, pt, it, nl, pl
    '\\b(?:wir suchen|wir stellen ein|verstärkung)\\b',
    '\\b(?:nous recrutons|nous cherchons|on recrute|rejoignez)\\b',
    '\\b(?:buscamos|estamos contratando|únete)\\b',
    '\\b(?:procuramos|contratamos|estamos contratando|junte-se)\\b',
    '\\b(?:cerchiamo|assumiamo|stiamo (?:assumendo|cercando)|unisciti)\\b',
    '\\b(?:wij zoeken|we zoeken|kom ons team versterken)\\b',
    '\\b(?:szukamy|zatrudnimy|rekrutujemy|dołącz)\\b',
  ],
  /** Asking the reader to get in touch or apply. */
  contact: [
    '\\breach out\\b',
    '\\b(?:e-?mail|message|dm|ping|contact) (?:me|us)\\b',
    '\\bget in touch\\b',
    '\\b(?:love|like|happy) to hear from you\\b',
    '^\\s*(?:contact|apply|email|e-mail|kontakt|bewerbung|candidature|contacto|contato|contatto|aplikuj)\\s*[:：]',
    '\\b(?:schreib(?:en sie)? uns|écrivez-nous|escríbenos|fale conosco|scrivici|mail ons|napisz do nas)\\b',
    // Sending an application or a CV somewhere, in each language but English.
    '\\b(?:bewirb dich|schick(?:e|en sie)? uns (?:deine |ihre )?(?:bewerbung|unterlagen))\\b',
    '\\b(?:envoyez|adressez)(?:-nous)? (?:votre |vos )?(?:cv|candidature)',
    '\\b(?:envía(?:nos)?|manda(?:nos)?) (?:tu )?(?:cv|currículum)',
    '\\b(?:envie|mande)(?:-nos)? (?:o )?(?:seu )?(?:cv|currículo)',
    '\\b(?:invia(?:ci)?|manda(?:ci)?) (?:il )?(?:tuo )?(?:cv|curriculum)|\\bscrivi (?:a|ad)\\b',
    '\\b(?:stuur|mail) (?:je |uw )?(?:cv|sollicitatie|motivatie)|\\bmail naar\\b',
    '\\b(?:wyślij|prześlij) (?:nam )?(?:swoje )?(?:cv|zgłoszenie)|\\bcv na\\b',
  ],
} as const

/**
 * Marks of a reply or remark in a hiring thread rather than a post: the writer addresses the
 * thread, another post or its readers. They keep a text that names no role from being read
 * as a posting (a post that names its role is judged on its role, not on these).
 */
export const REMARK_CUES: readonly string[] = [
  "\\bthis (?:thread|month(?:'|’)s thread)\\b",
  '\\b(?:can|could) (?:also )?be found (?:on|at|here)\\b',
  '\\bfeel free to use\\b',
  '\\bhope (?:it|this) helps\\b',
  '\\bi applied\\b',
  '\\b(?:search|aggregator) tools?\\b',
  '^\\s*@\\w',
  '^\\s*>',
  "\\b(?:i|we) don(?:'|’)t work there\\b",
]
