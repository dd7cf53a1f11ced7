import { list, type PerLanguage } from './languages.ts'

/**
 * How prose in each language names the company it is about, as regex sources around the
 * name (written NAME in `before` + NAME + `after`): "Bei Eulenwerk entwickelst du", "Chez
 * Cigale, nous", "En Lunaris buscamos", "Na Cajueiro, somos", "In Gabbiano cerchiamo", "Bij
 * Zeemeeuw werk je", "W Bocian tworzymy"; "X ist ein …", "X est une …", "X sucht", "X
 * recrute", "X busca", "X procura", "X cerca", "X zoekt", "X poszukuje"; "Somos a X, uma …", "We are
 * X, a …" (the name in apposition). English is mostly read
 * by the patterns of text-facts.ts. Each starts a sentence: a name in mid-sentence is too loose.
 */
export type CompanyCue = { before: string; after: string; weight: number }

export const COMPANY_CUES: PerLanguage<CompanyCue> = {
  en: [
    // "Join the Ferrowby team": the team's owner, also when its name is a technology's
    // ("Join the Netlify team").
    { before: 'Join\\s+the\\s+', after: '\\s+team\\b', weight: 3 },
    // "We are Kestrel, a …": the name in apposition, with its article after the comma.
    { before: "We(?:\\s+are|['’]re)\\s+", after: ',\\s+(?:a|an)\\s', weight: 3 },
  ],
  de: [
    { before: 'Bei\\s+', after: ',?\\s+\\p{Ll}+\\s+(?:du|Sie|wir|ihr)\\b', weight: 3 },
    {
      before: '',
      after:
        '\\s+(?:ist|sind)\\s+(?:ein|eine|einer|seit|der\\s+führende|die\\s+führende|Marktführer)\\b',
      weight: 3,
    },
    // "Deshalb suchen wir": a word before "suchen wir" is no subject ("wir" is).
    { before: '', after: '\\s+(?:sucht|suchen(?!\\s+wir\\b))\\b', weight: 3 },
    // "Expectra, leader de l'intérim …, recherche pour son client": the name, a phrase saying
    // what it is between commas, then what it seeks (in every language).
    { before: '', after: ',\\s[^,.;:!?\\n]{3,120},\\s+sucht\\b', weight: 3 },
    {
      // "Wir sind die Kranich GmbH, ein …", "Wir sind die Kaffeerösterei Wendt aus Fürth".
      before: 'Wir\\s+sind\\s+(?:die\\s+|der\\s+|das\\s+)?',
      after: '(?:,\\s+(?:ein|eine)\\s|\\s+aus\\s+(?=\\p{Lu}))',
      weight: 3,
    },
  ],
  fr: [
    { before: "Rejoignez\\s+l['’]équipe\\s+(?:de\\s+|d['’])?", after: '(?=[\\s.,!])', weight: 3 },
    { before: 'Chez\\s+', after: ',?\\s+(?:nous|vous|on|notre|nos)\\b', weight: 3 },
    {
      before: '',
      after: "\\s+(?:est|sont)\\s+(?:un|une|le|la|l['’]|leader|spécialiste)(?![\\p{L}])",
      weight: 3,
    },
    { before: '', after: '\\s+(?:recrute|recherche)\\b', weight: 3 },
    { before: '', after: ',\\s[^,.;:!?\\n]{3,120},\\s+(?:recrute|recherche)\\b', weight: 3 },
    { before: 'Nous\\s+sommes\\s+', after: ',\\s+(?:un|une)\\s', weight: 3 },
  ],
  es: [
    { before: 'Únete\\s+al\\s+equipo\\s+de\\s+', after: '(?=[\\s.,!])', weight: 3 },
    { before: 'En\\s+', after: ',?\\s+\\p{Ll}+mos\\b', weight: 3 },
    { before: '', after: '\\s+(?:es|son)\\s+(?:un|una|el|la|líder)\\b', weight: 3 },
    { before: '', after: '\\s+(?:busca|selecciona|necesita|incorpora)\\b', weight: 3 },
    {
      before: '',
      after: ',\\s[^,.;:!?\\n]{3,120},\\s+(?:busca|selecciona|incorpora)\\b',
      weight: 3,
    },
    { before: 'Somos\\s+', after: ',\\s+(?:un|una)\\s', weight: 3 },
  ],
  pt: [
    { before: 'Junte-se\\s+à\\s+equipe\\s+(?:da\\s+|do\\s+)?', after: '(?=[\\s.,!])', weight: 3 },
    { before: 'N[ao]\\s+', after: ',?\\s+(?:nós\\s+)?\\p{Ll}+mos\\b', weight: 3 },
    { before: '', after: '\\s+(?:é|são)\\s+(?:um|uma|o|a|líder)\\b', weight: 3 },
    { before: '', after: '\\s+(?:está\\s+contratando|contrata|procura)\\b', weight: 3 },
    { before: '', after: ',\\s[^,.;:!?\\n]{3,120},\\s+(?:contrata|procura)\\b', weight: 3 },
    { before: 'Somos\\s+(?:a\\s+|o\\s+)?', after: ',\\s+(?:um|uma)\\s', weight: 3 },
  ],
  it: [
    { before: 'Unisciti\\s+al\\s+team\\s+(?:di\\s+)?', after: '(?=[\\s.,!])', weight: 3 },
    { before: '(?:In|Presso)\\s+', after: ',?\\s+\\p{Ll}+iamo\\b', weight: 3 },
    {
      before: '',
      after: "\\s+(?:è|sono)\\s+(?:un|una|uno|un['’]|il|la|l['’]|leader)(?![\\p{L}])",
      weight: 3,
    },
    { before: '', after: '\\s+(?:cerca|ricerca|seleziona|assume)\\b', weight: 3 },
    {
      before: '',
      after: ',\\s[^,.;:!?\\n]{3,120},\\s+(?:cerca|ricerca|seleziona|assume)\\b',
      weight: 3,
    },
    { before: 'Siamo\\s+', after: ',\\s+(?:un|una|uno)\\s', weight: 3 },
  ],
  nl: [
    { before: 'Kom\\s+bij\\s+het\\s+team\\s+van\\s+', after: '(?=[\\s.,!])', weight: 3 },
    { before: 'Bij\\s+', after: ',?\\s+\\p{Ll}+\\s+(?:je|jij|we|wij|u)\\b', weight: 3 },
    { before: '', after: '\\s+(?:is|zijn)\\s+(?:een|marktleider)\\b', weight: 3 },
    { before: '', after: '\\s+(?:zoekt|werft)\\b', weight: 3 },
    { before: '', after: ',\\s[^,.;:!?\\n]{3,120},\\s+(?:zoekt|werft)\\b', weight: 3 },
    { before: 'W(?:ij|e)\\s+zijn\\s+', after: ',\\s+een\\s', weight: 3 },
  ],
  pl: [
    { before: 'W\\s+', after: ',?\\s+\\p{Ll}+my\\b', weight: 3 },
    {
      before: '',
      after:
        '\\s+(?:jest|to)\\s+(?:firmą|firma|spółką|spółka|liderem|lider|dostawcą|producentem)\\b',
      weight: 3,
    },
    { before: '', after: '\\s+(?:poszukuje|szuka|zatrudni|rekrutuje)\\b', weight: 3 },
    {
      before: '',
      after: ',\\s[^,.;:!?\\n]{3,120},\\s+(?:poszukuje|szuka|zatrudni|rekrutuje)\\b',
      weight: 3,
    },
    { before: 'Jesteśmy\\s+', after: ',\\s+(?:firmą|spółką|startupem|zespołem)\\s', weight: 3 },
  ],
}

/**
 * What a company does, said of it as the subject of a post's opening sentence, in the
 * present tense: "Rebstock Digital entwickelt …", "Cuvée Logiciel conçoit …", "Viñasol
 * fabrica …", "A Cepa Digital desenvolve …", "Vendemmia Soft progetta …", "Wijnrank maakt …",
 * "Bocian tworzy …". English verbs are in company-clues.ts's SUBJECT.
 */
export const COMPANY_VERBS: PerLanguage<string> = {
  en: [],
  de: list(`entwickelt, baut, bietet, betreibt, hilft, macht, plant, vertreibt, produziert,
      gestaltet, digitalisiert, unterstützt, verbindet, automatisiert, liefert, schafft, revolutioniert`),
  fr: list(`conçoit, développe, construit, aide, accompagne, propose, édite, fabrique, crée,
      offre, fournit, exploite, permet, simplifie, automatise, connecte, révolutionne, recrute`),
  es: list(`desarrolla, fabrica, construye, ayuda, ofrece, crea, diseña, proporciona, gestiona,
      conecta, automatiza, acompaña, impulsa, transforma, revoluciona`),
  pt: list(`desenvolve, constrói, cria, ajuda, oferece, fabrica, fornece, conecta, automatiza,
      transforma, apoia, projeta, revoluciona`),
  it: list(`sviluppa, progetta, costruisce, realizza, aiuta, offre, crea, produce, fornisce,
      gestisce, supporta, connette, automatizza, accompagna, rivoluziona`),
  nl: list(`ontwikkelt, bouwt, maakt, helpt, levert, biedt, ontwerpt, verbindt, automatiseert,
      ondersteunt`),
  pl: list(`tworzy, rozwija, buduje, dostarcza, pomaga, projektuje, produkuje, oferuje, wspiera,
      łączy, automatyzuje`),
}

/**
 * What a careers site calls itself before its employer's name, on the line above its menu:
 * "Careers at Zeestroom", "Werken bij Zeestroom", "Karriere bei …", "Carrières chez …",
 * "Trabaja en …", "Trabalhe na …", "Lavora in …", "Kariera w …". The name is the employer's.
 */
export const CAREERS_SITE_NAMES: PerLanguage<string> = {
  en: list('careers at, career at, jobs at, work at, working at'),
  de: list('karriere bei, jobs bei, arbeiten bei, karriere at'),
  fr: list('carrières chez, carrière chez, travailler chez, emplois chez, rejoindre'),
  es: list('trabaja en, trabaja con, trabajar en, empleo en, carreras en'),
  pt: list(
    'trabalhe na, trabalhe no, trabalhe conosco na, carreiras na, carreiras no, vagas na, vagas no',
  ),
  it: list('lavora in, lavora con, lavorare in, carriere in, lavora da'),
  nl: list('werken bij, werk bij, vacatures bij, carrière bij'),
  pl: list('kariera w, pracuj w, praca w'),
}
