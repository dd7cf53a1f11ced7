/**
 * Work-mode and office-day phrases in the supported languages beyond English (de, fr, es,
 * pt, it, nl, pl), beside the English ones in patterns.ts. One place for these words so
 * work-mode.ts reads every language the same way.
 */

/** Number words up to five, for "zwei Tage", "deux jours", "dos días", "trzy dni". */
export const NUMBER_WORDS_I18N: Readonly<Record<string, number>> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  funf: 5,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  três: 3,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  een: 1,
  // "één dag per week thuiswerken": Dutch writes the number one with its accents
  één: 1,
  eén: 1,
  twee: 2,
  drie: 3,
  vijf: 5,
  jeden: 1,
  dwa: 2,
  dwóch: 2,
  trzy: 3,
  cztery: 4,
  pięć: 5,
}

const NUM = String.raw`(?:\d|ein(?:e[mn]?|s)?|zwei|drei|vier|f[üu]nf|une?|deux|trois|quatre|cinq|un[ao]|dos|tres|cuatro|cinco|uma?|dois|duas|três|due|tre|quattro|cinque|één|eén|een|twee|drie|vijf|jeden|dwa|dwóch|trzy|cztery|pięć)`
const RANGE = String.raw`(${NUM}(?:\s?[-–]\s?${NUM}|\s(?:bis|ou|tot|lub|do|[aào])\s${NUM})?)`
const DAYS = String.raw`(?:(?:arbeits)?tage?n?|jours?|d[ií]as?|giorn[oi]|(?:werk)?dagen|dag|dni|dzień)`
/** "3x", "3 vezes", "deux fois", "zwei Mal": times, in the eight languages. */
const TIMES = String.raw`(?:\s?x|\s(?:mal|fois|veces|vezes|volte|keer|razy))`
/** "2 dni pracy w biurze", "2 jours de travail au bureau": days of work. */
const OF_WORK = String.raw`(?:pracy|de\stravail|de\strabajo|de\strabalho|di\slavoro)`
/** "su 5", "sur 5": of the five days of a working week ("5 giorni su 5", "3 jours sur 5"). */
const OF_FIVE = String.raw`(?:su|sur|de|von|van|na|z|out\sof)\s(?:5|cinque|cinq|cinco|f[üu]nf|vijf|pięciu|five)`
const PER_WEEK = String.raw`(?:(?:\/\s?|(?:pro|die|par|a\sla|por|al|alla|per|na|in\sder|dans\sla|[aàw])\s)(?:woche|semaine|semana|settimana|week|tygodniu|tydzień)|${OF_FIVE})`
/** "im Büro", "in unserem Büro", "w naszym biurze", "dans nos locaux", "en nuestra oficina". */
const OUR = String.raw`(?:unserem|unseren|unserer|notre|nos|nuestras?|nuestros?|noss[oa]s?|nostr[oaie]|ons|onze|naszym|naszej|naszego)`
/** "in einem unserer Büros", "dans l'un de nos bureaux", "en una de nuestras oficinas": one of several. */
const ONE_OF = String.raw`(?:einem|einer|l['’]un\sde|l['’]une\sde|uno\sde|una\sde|um\sdos|uma\sdas|uno\sdei|una\sdelle|een\svan|jednym\sz)`
const AT_OFFICE = String.raw`(?:(?:im|ins|au|dans|en\sla|en|no|na|nel|nell'|in|op|del|dall'|[wz])\s)?(?:${ONE_OF}\s)?(?:${OUR}\s)?(?:b[üu]ros?(?:tag(?:en?)?)?|pr[äa]senztag(?:en?)?|offices?|bureaux?|oficinas?|escrit[óo]rios?|uffic(?:io|i)|kantoor(?:dag(?:en)?)?|kantoren|biurze|biura|biur|sede|locaux|campus)|vor\sort|sur\s(?:site|place)|(?:en\s)?pr[ée]sentiel|presencia(?:l(?:es|mente)?|is)|in\spresenza|stacjonarnie|on[- ]?site`

/** Days, in the eight languages ("2j/semaine" is French shorthand). */
const DAYS_ANY = String.raw`(?:days?|(?:arbeits)?tage?n?|jours?|j|d[ií]as?|giorn[oi]|(?:werk)?dagen|dag|dni|dzień)`
const PER_WEEK_ANY = String.raw`(?:\/\s?|(?:per|a|each|every|pro|die|par|a\sla|por|al|alla|na|in\sder|dans\sla|[aàw])\s)(?:week|wk|woche|semaine|semana|settimana|tygodniu|tydzień|sem)`
/** The office after the few words of such a sentence in English: "at our office", "in the office". */
const EN_AT_OFFICE = String.raw`(?:at|in|from)\s(?:the|our)\s(?:office|hq|headquarters|studio|hub)`

/**
 * "2 Tage pro Woche im Büro", "2 Tage/Woche im Büro", "3 jours par semaine au bureau", "2 días
 * presenciales".
 */
export const OFFICE_DAYS_I18N: readonly RegExp[] = [
  new RegExp(
    String.raw`(?:^|[\s(])${RANGE}\s?${DAYS}(?:\s${OF_WORK})?(?:\s?${PER_WEEK})?(?:\s?[-–,])?\s(?:${AT_OFFICE})`,
    'iu',
  ),
  new RegExp(String.raw`(?:${AT_OFFICE})\s?[:(,]?\s?${RANGE}\s?${DAYS}\s?${PER_WEEK}`, 'iu'),
  // "2 días de oficina a la semana", "2 jours de bureau", "2 Bürotage pro Woche",
  // "2 kantoordagen": the days named by the office they are spent at.
  new RegExp(
    String.raw`(?:^|[\s(])${RANGE}\s?${DAYS}\s(?:de|di|da|do)\s(?:b[üu]ro|bureau|oficina|escrit[óo]rio|ufficio|kantoor)(?!\p{L})`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:^|[\s(])${RANGE}\s?(?:b[üu]ro|präsenz|kantoor)(?:tage?n?|dag(?:en)?)(?!\p{L})`,
    'iu',
  ),
  // "une présence au bureau de 2 jours par semaine", "Anwesenheit am Dienstort an mindestens
  // 3 Tagen pro Woche": the presence asked for, a few words before its count.
  new RegExp(
    // No word boundary first: the engine then scans for the words instead of trying every place.
    String.raw`(?:anwesenheit|präsenz|pr[ée]sence|presencia|presença|presenza|aanwezigheid|obecno\p{L}+)(?:\s\S+){0,5}?\s${RANGE}\s?${DAYS}\s${PER_WEEK}`,
    'iu',
  ),
  // "3x por semana no escritório", "3 vezes por semana no escritório": times a week.
  new RegExp(String.raw`(?:^|[\s(])${RANGE}${TIMES}\s${PER_WEEK}\s(?:${AT_OFFICE})`, 'iu'),
  // "presença no escritório 3 vezes por semana", "au bureau deux fois par semaine".
  new RegExp(
    String.raw`(?<!\p{L})(?:${AT_OFFICE})(?:\s\S+){0,4}?\s${RANGE}${TIMES}\s${PER_WEEK}`,
    'iu',
  ),
]

/**
 * Office days with a few words between the week and the office: "An drei Tagen pro Woche
 * arbeitest du bei uns im Büro", "2 dni w tygodniu pracujesz w biurze", "at least 2 days per
 * week you'll be with the team at our office". Only after a stated week, and the caller drops
 * it where the sentence counts days worked away.
 */
export const OFFICE_DAYS_SPACED_I18N = new RegExp(
  String.raw`(?:^|[\s(])${RANGE}\s?${DAYS_ANY}\s${PER_WEEK_ANY}(?:\s[\p{L}'’]+){1,6}?\s(?:${AT_OFFICE}|${EN_AT_OFFICE})(?!\p{L})`,
  'iu',
)

/**
 * The office first, then a few words (its town) and the days a week: "spotykamy się w biurze
 * w Gdańsku Oliwie jeden dzień w tygodniu", "im Büro in Leipzig an zwei Tagen pro Woche".
 */
export const OFFICE_THEN_DAYS_I18N = new RegExp(
  String.raw`(?<!\p{L})(?:${AT_OFFICE})(?:\s\S+){1,4}?\s(?:an\s)?${RANGE}\s?${DAYS}\s${PER_WEEK}`,
  'iu',
)

/** The days counted are per month, not per week. */
export const PER_MONTH_I18N =
  /^[^.\n]{0,25}?(?:pro|par|al|por|per|w|na|im)\s*(?:monat|mois|mes|mês|maand|miesiąc)/iu

/** Remote-day counts ("2 Tage Home-Office", "télétravail 2 jours"): not office days. */
export const REMOTE_DAYS_I18N =
  /^\s*(?:\/\s*)?(?:home[- ]?office|mobil(?:es)?\s+arbeiten|t[ée]l[ée]travail|teletrabajo|remoto|smart\s*working|thuis(?:werken)?|telewerk|zdaln)/iu

/** Fully remote in the supported languages ("100 % remote", "vollständig remote", "télétravail complet"). */
export const REMOTE_STRONG_I18N: readonly RegExp[] = [
  /(?:^|[\s(])100\s?%\s*(?:(?:im|in|en|em|da|w|op)\s+)?(?:remote|home[- ]?office|mobil|t[ée]l[ée]travail|teletrabajo|teletrabalho|remoto|da\s+remoto|zdaln|op\s+afstand|thuis|[àa]\s+dist(?:ance|ancia|anza|ância)(?!\p{L}))/iu,
  // "entièrement à distance", "totalmente a distancia", "completamente a distanza"
  /(?<!\p{L})(?:entièrement|totalement|complètement|intégralement|totalmente|completamente|interamente|integralmente)\s+(?:en\s+)?[àa]\s+dist(?:ance|ancia|anza|ância)(?!\p{L})/iu,
  // "full remote", "full télétravail", "full remoto": said so in every language
  /(?<![\p{L}-])full[- ](?:remote|t[ée]l[ée]travail|remoto)(?!\p{L})/iu,
  /\b(?:vollständig|komplett|voll|ausschließlich|rein)\s+(?:remote|im\s+home[- ]?office|mobil)\b/iu,
  /\bt[ée]l[ée]travail\s+(?:complet|total|int[ée]gral|à\s+100)/iu,
  /\b(?:en\s+)?remoto\s+(?:al\s+)?100\b|\b(?:totalmente|completamente|100%)\s+(?:en\s+)?remot[oa]\b|\btrabajo\s+(?:en\s+)?remoto\b|\btrabalho\s+remoto\b|\bteletrabajo\s+total\b/iu,
  /\b(?:completamente|interamente|full)\s+(?:da\s+)?remoto\b|\blavoro\s+da\s+remoto\b/iu,
  /\bvolledig\s+(?:op\s+afstand|remote|thuis)\b/iu,
  // "praca zdalna", "pracę zdalną" (offered), "pracujemy zdalnie"; not "możliwość pracy zdalnej"
  /(?<!\p{L})(?:prac[aę]|pracuj\p{L}*)\s+(?:w\s+pełni\s+|w\s+100\s?%\s+|całkowicie\s+)?zdaln(?:a|ą|ie)(?!\p{L})|(?<!\p{L})(?:w\s+pełni|całkowicie)\s+zdaln/iu,
  /\bremote\s*[,(–-]\s*(?:based|located)\s+(?:in|anywhere)\b/i,
  /\bremote\s+(?:from\s+)?anywhere\b/i,
]

/** Hybrid in the supported languages, and a share of remote time short of all of it. */
export const HYBRID_I18N =
  /(?<!\p{L})(?:hybride[nmrs]?(?![\s-](?:cloud|apps?|mobile|infra\p{L}*|archite[ck]t\p{L}*|KI|AI)(?!\p{L}))|h[íi]brid[oa]s?|ibrid[oa]|hybrydow\p{L}*)(?!\p{L})|\bhome[- ]?office[- ](?:tage?|möglich|option|anteil)|\bmobiles?\s+arbeiten\b|\bt[ée]l[ée]travail\s+(?:partiel|possible|\d|deux|trois|un)|\bteletraba(?:jo|lho)\s+parcial\b|\bsemi[- ]?presencial\b|\bsmart\s*working\b|\blavoro\s+agile\b|(?:^|\s)[1-9]\d\s?%\s*(?:(?:im|in|en|em|da|w|op)\s+)?(?:remote|home[- ]?office|t[ée]l[ée]travail|remoto|zdaln)/iu

/** A word or two, none of them "mostly" ("überwiegend vor Ort" leaves room for home working). */
const NOT_MOSTLY = String.raw`(?:\s+(?!überwiegend|teilweise|meist|hauptsächlich|größtenteils)\p{L}+){0,2}?`

/** On site in the supported languages ("100 % vor Ort", "présentiel", "presencial"). */
const ONSITE_PHRASES = [
  String.raw`100\s?%\s*(?:vor\s+ort|(?:en\s+)?pr[ée]sentiel|presencial|in\s+sede|stacjonarn)`,
  // de: "nur vor Ort", "vor Ort in unserem Büro", "im Büro vor Ort", "in Präsenz"
  String.raw`(?:ausschließlich|nur|komplett|vollständig)\s+vor\s+ort`,
  // "vor Ort in der Linzer Zentrale": a town's adjective before the office
  String.raw`vor\s+ort\s+(?:in|im|bei|an)\s+(?:(?:unserem|unserer|unseren|dem|der|einem)\s+)?(?:\p{L}+er\s+)?(?:büro|office|standort|hauptsitz|zentrale)`,
  String.raw`(?:büro|standort)\s+vor\s+ort|präsenzarbeit|in\s+präsenz`,
  // de: "als Vor-Ort-Position ausgelegt", "eine Präsenzstelle": the role named as on-site
  String.raw`vor-ort-(?:position|stelle|tätigkeit|rolle|job)|präsenzstelle`,
  // de: "die Tätigkeit erfolgt vor Ort", "erfolgt die Arbeit ausschließlich vor Ort"
  String.raw`(?:tätigkeit|arbeit)\s+(?:erfolgt|findet)${NOT_MOSTLY}\s+vor\s+ort|(?:erfolgt|findet)\s+die\s+(?:tätigkeit|arbeit)${NOT_MOSTLY}\s+vor\s+ort`,
  // fr: "poste en présentiel", "travail sur site", "100 % en présentiel"
  String.raw`(?:poste|travail|mission|emploi|stage|alternance)\s+(?:\p{L}+\s+){0,3}?(?:en\s+pr[ée]sentiel|sur\s+site)`,
  // fr: "sur site dans nos locaux", "sur site au siège": where the work is done, named
  String.raw`sur\s+site\s+(?:dans|à|au|en|sur)\s+(?:(?:nos|notre|le|la|les|l['’])\s*)?(?:locaux|bureaux?|siège|agence|campus|usine)`,
  String.raw`(?:en\s+)?pr[ée]sentiel\s+(?:à\s+100|complet|total)`,
  // es, pt: "puesto presencial", "trabajo presencial", "modalidad: presencial", "de forma presencial"
  String.raw`(?:trabajo|trabalho|puesto|posici[óo]n|empleo|vaga|cargo|modalidad|modalidade|modelo|regime|r[ée]gimen|formato|jornada)(?:\s+de\s+(?:trabajo|trabalho))?(?:\s*:|\s+(?:es|é|será))?\s+presencial`,
  String.raw`(?:de\s+forma|en\s+modalidad|em\s+regime|em\s+formato|totalmente)\s+presencial`,
  // it: "il lavoro si svolge in sede", "posizione in presenza"
  String.raw`(?:lavoro|attivit[àa]|posizione|ruolo|impiego)\s+(?:\p{L}+\s+){0,3}?in\s+(?:sede|presenza)`,
  // pl: "pracujemy stacjonarnie", "praca stacjonarna", "tryb stacjonarny"
  String.raw`stacjonarn\p{L}*`,
  // nl: "volledig op kantoor", "je werkt op ons kantoor", "we werken samen op ons kantoor"
  String.raw`volledig\s+op\s+kantoor|werk(?:t|en)?\s+(?:(?:samen|dagelijks|elke\s+dag|iedere\s+dag)\s+)?op\s+(?:ons\s+|het\s+)?kantoor`,
]
export const ONSITE_I18N = new RegExp(
  String.raw`(?<![\p{L}-])(?:${ONSITE_PHRASES.join('|')})(?!\p{L})`,
  'iu',
)

/** Mode words in a header or a location field, in the supported languages. */
export const MODE_WORD_I18N =
  /(?<!\p{L})(remoto|remota|zdalnie|zdalna|télétravail|teletravail|teletrabajo|teletrabalho|telelavoro|home[- ]?office|hybride|semi[- ]?presencial|híbrido|hibrido|ibrido|hybrydowo|hybrydowa|presencial|présentiel|vor\s+ort|stacjonarnie|in\s+sede)(?!\p{L})/giu

// ---------------------------------------------------------------- remote-day counts

const NUM_ANY = String.raw`(?:one|two|three|four|${NUM.slice(3, -1)})`
const RANGE_ANY = String.raw`(${NUM_ANY}(?:\s?[-–]\s?${NUM_ANY}|\s(?:to|or|bis|ou|tot|lub|do|[aào])\s${NUM_ANY})?)`
/** Working away from the office, in the eight languages: "remote", "home working", "Homeoffice", "télétravail" … */
const AWAY = String.raw`(?:remote(?:ly)?|telework(?:ing)?|from\shome|home[- ]?working|work(?:ing)?\sat\shome|wfh|mobile\sworking|work(?:ing)?\sfrom\shome|home[- ]?office|mobil(?:es|em)?\s(?:zu\s)?(?:arbeiten|arbeit)|t[ée]l[ée]travail|teletraba(?:jo|lho)|telelavoro|lavoro\s(?:da\s|in\s)?remoto|trabajo\s(?:en\s)?remoto|(?:en\s|da\s)?remoto|trabalho\sremoto|smart\s?working|lavoro\sagile|thuis(?:werk(?:en)?|\swerken)?|telewerk(?:en)?|pracy\szdalnej|praca\szdalna|zdalnie)`

/** A count written in words, then in figures as a contract writes it: "two (2) days". */
const IN_FIGURES = String.raw`(?:\s\(\d\))?`

/**
 * Words that may stand between working away and its count of days: "Télétravail possible 2
 * jours par semaine", "Homeoffice ist an bis zu 2 Tagen pro Woche möglich", "Thuiswerken
 * mogelijk 2 dagen per week", "Praca zdalna możliwa 2 dni w tygodniu", "a telework schedule of
 * up to two (2) days per week".
 */
const BETWEEN = String.raw`(?:schedule|of|possibles?|possível|possibile|posible|mogelijk|möglich|możliw[aey]|ist|est|es|is|jest|an|de|du|per|por|for|on|up\sto|bis\szu|jusqu(?:'|’)à|hasta|até|fino\sa|tot|do|zu|max(?:imum|imal)?\.?|raison\sde|razón\sde|ao|al|en|op|[aàéè])`

/**
 * Days a week worked away from the office ("3 days remote", "2 Tage Homeoffice",
 * "télétravail 2 jours par semaine", "2 días de teletrabajo", "2 giorni di smart working",
 * "2 dagen thuiswerken", "2 dni pracy zdalnej"). With a five-day week implied, the office
 * days are the rest of it. The count is the first group.
 */
export const REMOTE_DAYS_PER_WEEK: readonly RegExp[] = [
  new RegExp(
    String.raw`(?:^|[\s(])(?:up\sto\s|bis\szu\s|jusqu(?:'|’)à\s|hasta\s|até\s|fino\sa\s|tot\s|do\s)?${RANGE_ANY}\s?${DAYS_ANY}(?:\s${PER_WEEK_ANY})?\s(?:(?:of|de|di|van|im|in|en|da|z)\s)?${AWAY}(?![\p{L}-])`,
    'iu',
  ),
  new RegExp(
    String.raw`${AWAY}\s?[:(]?\s?(?:${BETWEEN}\s){0,4}${RANGE_ANY}${IN_FIGURES}\s?${DAYS_ANY}\s?${PER_WEEK_ANY}`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:^|[\s(])${RANGE_ANY}\s(?:remote|wfh|home[- ]?office)[- ](?:days?|tage)(?:\s${PER_WEEK_ANY})?`,
    'iu',
  ),
]

/** Counted days that are per month, quarter or year, not per week. */
export const PER_LONGER_PERIOD =
  /^[^.\n]{0,25}?(?:per|each|every|pro|par|al|por|na|im|in|[aw/])\s*(?:month|quarter|year|monat|quartal|jahr|mois|trimestre|an|année|mes|año|mês|ano|mese|anno|maand|kwartaal|jaar|miesiąc|kwartał|rok)(?!\p{L})/iu

// ---------------------------------------------------------------- where a remote hire lives

// "the Home Office in Columbia" is a company's headquarters in American English, no home working.
const AWAY_FROM = String.raw`(?:[Rr]emot[eoa]|[Rr]emotamente|[Dd]a\sremoto|[Zz]dalnie|[Tt][ée]l[ée]travail|[Tt]eletrabajo|à\sdistance|op\safstand|(?<![Tt]he\s)[Hh]ome[- ]?[Oo]ffice)`
const FROM_PLACE = String.raw`(?:aus|von|in|innerhalb|desde|en|para|de|em|a\spartir\sd[eo]|depuis|dans|da|dall(?:'|’)|vanuit|uit|binnen|z)`
const WHOLE = String.raw`(?:(?:ganz|todo|toda|tout|toute|tutta|tutto|heel|całej|cualquier\s(?:lugar|parte|ciudad|pa[ií]s|sitio|punto)\sde|qualquer\s(?:lugar|parte|cidade|pa[ií]s|ponto)\sd[eoa]s?|n['’]importe\soù\s(?:en|au|aux|dans))\s|qualsiasi\s(?:parte|luogo|città|zona)\s(?:d['’]|dell['’]|di\s|del(?:la)?\s))`
const ARTICLE = String.raw`(?:(?:el|la|los|las|o|a|os|as|le|les|il|lo|der|die|dem|den|het)\s|l(?:'|’))`
const PLACE_WORDS = String.raw`(\p{Lu}[\p{L}'’.-]*(?:,?\s(?:\p{Lu}[\p{L}'’.-]*|[eiouy]|und|oder|ou|et|en|em|la|of|lub|del|de|do|da|dos|das)(?!\p{L})){0,5})`

/**
 * Where a remote hire may live, stated in prose in the languages beyond English: "remote aus
 * ganz Deutschland", "100 % remoto desde España", "remoto para todo o Brasil", "télétravail
 * depuis toute la France", "da remoto dall'Italia", "remote vanuit heel Nederland", "remoto, de
 * qualquer lugar do Brasil", "depuis n'importe où en France", and after
 * a colon, a clause of its own ("remoto: puedes trabajar desde cualquier país de …"). The
 * place words are the first group; remote-regions.ts reads them.
 */
export const REMOTE_REGION_IN_TEXT_I18N = new RegExp(
  String.raw`${AWAY_FROM}(?:,?\s(?:\S+\s)?|:\s(?:\S+\s){0,3})\(?${FROM_PLACE}(?:\s|(?<=['’]))${WHOLE}?${ARTICLE}?${PLACE_WORDS}`,
  'u',
)
/**
 * "Anywhere" in a rule of residence: before its preposition ("wohnhaft überall in", "résidant
 * n'importe où en") or after it ("mora em qualquer lugar do Brasil", "vivan en cualquier parte
 * de España", "en toda España", "in ganz Deutschland").
 */
const ANYWHERE_BEFORE = String.raw`(?:(?:überall|n['’]importe\soù|ovunque|overal|gdziekolwiek)\s)`
const ANYWHERE_AFTER = String.raw`(?:(?:qualquer|cualquier)\s(?:lugar|parte|ponto|sitio|ciudad|cidade|pa[ií]s)\s(?:del?|d[oa]s?)\s|tod[oa]s?\s|ganz\s|tout(?:e|es)?\s|tutt[ao]\s|heel\s|całej\s)`

/**
 * The stems of the words of living somewhere that `RESIDENCE_IN_TEXT_I18N` reads, in lower
 * case: a sentence without one of them holds no rule of residence.
 */
export const RESIDENCE_STEMS = [
  'resid',
  'résid',
  'radicad',
  'wohn',
  'ansässig',
  'domicili',
  'viv',
  'mor',
  'woonachtig',
  'wonend',
  // "zamieszkania" too
  'mieszka',
  'bas',
  'gevestigd',
] as const

/**
 * A rule of residence in the languages beyond English, where the hire must live: "residir no
 * Brasil", "residentes no Brasil", "la residenza in Italia", "résider en France", "ein
 * Wohnsitz in Deutschland", "ansässig in Österreich", "domiciliée en Belgique", "que vivan en
 * España", "quem mora no Brasil", "woonachtig in Nederland", "zamieszkania w Polsce", "osoby
 * mieszkające na terenie Polski" (on its territory), "freelances basés en France", "basados en
 * México". The place words are the first group,
 * read as `REMOTE_REGION_IN_TEXT_I18N`'s are.
 */
export const RESIDENCE_IN_TEXT_I18N = new RegExp(
  String.raw`(?<!\p{L})(?:[Rr]esid(?:ir|ire|ere|er|e|an|en|am|em|ent[ei]s?|ência|encia|enza|ence|ant[es]?)|[Rr]ésid(?:er|ent[es]?|ence|ant[es]?)|[Rr]adicad[oa]s?|[Ww]ohnsitz|[Ww]ohnhaft|[Aa]nsässig(?:e[nr]?)?|[Dd]omicili(?:é|ée|és|ées|ad[oa]s?|at[oaie])|[Vv]iv(?:ir|an|en|iendo|ant|ent|em|am|endo)|[Mm]or(?:ar|am|em|a|ando|adores)|[Ww]oonachtig(?:\szijn)?|[Ww]onend|[Gg]evestigd|[Bb]as(?:é|ée|és|ées|ad[oa]s?|ead[oa]s?)|(?:[Zz]a)?[Mm]ieszka(?:nia|ły|li|ła|łe|ć|jąc(?:[aey]|ych|ym|ymi)?|ńc(?:y|ów|om))?)\s(?:(?:fiscal|fiscale|permanente|legal|legale)\s)?${ANYWHERE_BEFORE}?(?:in|en|em|no|na\sterenie|na|au|aux|dans|w|we|im|nel(?:l['’])?|in\shet|dentro\sd[eo])\s${ANYWHERE_AFTER}?${ARTICLE}?${PLACE_WORDS}`,
  'u',
)

/**
 * Between places of one list in the supported languages: "España y Portugal", "Deutschland
 * oder Österreich", with the preposition said again: "en France ou en Belgique".
 */
export const REGION_LIST_SEPARATOR_I18N =
  /\s(?:or|and|[eiouy]|und|oder|ou|et|en|of|lub)\s(?:(?:en|em|in|au|aux|w|we|im|nel|la)\s)?|\s?[,/&]\s?/

// ---------------------------------------------------------------- part of the time remote

/**
 * Remote for most of the time, in the eight languages: "mostly remote", "überwiegend remote",
 * "principalement en télétravail", "mayormente remoto", "principalmente remoto",
 * "prevalentemente da remoto", "grotendeels remote", "głównie zdalnie". Remote still, unless
 * the same sentence gives days a week at the office.
 */
export const HEDGED_REMOTE =
  /(?<![\p{L}-])(?:mostly|largely|mainly|primarily|predominantly|überwiegend|hauptsächlich|principalement|majoritairement|mayormente|principalmente|prevalentemente|grotendeels|voornamelijk|głównie|przeważnie)\s+(?:(?:en|da|in|im)\s+)?(?:remote(?:ly)?|t[ée]l[ée]travail|remoto|remota|op\s+afstand|zdaln\p{L}*)(?![\p{L}-])/iu

/**
 * The days left after the office ones, worked away: "the rest of the week remote", "pozostałe
 * dni pracujesz zdalnie", "die restlichen Tage im Homeoffice", "les autres jours en
 * télétravail". Beside a count of office days, the week is hybrid.
 */
export const REST_OF_WEEK_AWAY =
  /(?<![\p{L}-])(?:the\s+)?(?:rest\s+of\s+the\s+(?:week|time)|other\s+days|remaining\s+days|restlichen\s+tage|übrigen\s+tage|autres\s+jours|jours\s+restants|resto\s+de\s+la\s+semana|demás\s+días|restantes\s+dias|outros\s+dias|altri\s+giorni|giorni\s+restanti|overige\s+dagen|andere\s+dagen|pozostałe\s+dni|pozostałych\s+dniach)(?![\p{L}-])/iu

/**
 * A board's pill about how it hires, not where one works: "rekrutacja zdalna", "remote
 * interviews", "Online-Bewerbung", "entretiens à distance", "proceso de selección online".
 */
export const REMOTE_RECRUITING =
  /(?:rekrutacj\p{L}*|proces\s+rekrutacji)\s+(?:zdaln\p{L}*|online)|zdaln\p{L}*\s+rekrutacj\p{L}*|remote\s+(?:recruitment|recruiting|interviews?|hiring(?:\s+process)?|onboarding)|(?:online|virtual|video)\s+(?:interviews?|recruitment|recruiting|onboarding)|(?:entretiens?|recrutement)\s+(?:à\s+distance|en\s+ligne)|(?:proceso\s+de\s+selecci[oó]n|entrevistas?)\s+(?:remot[oa]s?|online|en\s+l[ií]nea)|processo\s+seletivo\s+(?:remoto|online)|(?:colloqui|selezione)\s+(?:da\s+remoto|online)|(?:sollicitatie\p{L}*|gesprekken)\s+(?:op\s+afstand|online)|(?:online|remote|video)[- ]?(?:bewerbung\p{L}*|vorstellungsgespräch\p{L}*|interviews?)/iu

/**
 * Working from anywhere for some days or weeks a year, a perk of an office or hybrid role:
 * "Up to 20 days a year you can work from anywhere in the EU", "bis zu 4 Wochen im Jahr aus
 * dem Ausland", "jusqu'à 20 jours par an depuis l'étranger". A count of days or weeks a
 * year, in a sentence that says anywhere or abroad.
 */
export const DAYS_A_YEAR =
  /(?<!\p{L})\d{1,3}\s?(?:days?|weeks?|tage|wochen|jours|semaines|d[ií]as|semanas|giorni|settimane|dagen|weken|dni|tygodni)\s(?:a|per|each|every|im|pro|par|al|por|all['’]|w|na|in)\s?(?:year|jahr|an|année|año|ano|anno|jaar|roku?)(?!\p{L})/iu
export const ANYWHERE_OR_ABROAD =
  /anywhere|any\s+(?:location|place|country)|wherever|abroad|workation|überall|(?:jedem|beliebigen)\s+ort|ausland|n['’]importe\s+(?:où|quel)|étranger|cualquier\s+(?:lugar|parte|sitio|país)|extranjero|qualquer\s+(?:lugar|parte|país|sítio)|exterior|ovunque|qualsiasi\s+(?:luogo|località|posto|parte|paese)|estero|overal|waar\s+(?:dan\s+)?ook|buitenland|dowoln\p{L}+\s+(?:miejsc\p{L}*|kraj\p{L}*)|zagranic/iu

/**
 * Remote for part of the time, which is hybrid: "ONSITE (part remote)", "partially remote",
 * "part-time remote", "teilweise remote", "partiellement en télétravail", "parcialmente
 * remoto", "parzialmente da remoto", "gedeeltelijk thuis", "częściowo zdalnie", and a job
 * board's "Hybrid remote in Leeds"; the noun first: "Remoto parcial", "remote partial".
 */
export const PARTLY_REMOTE =
  /(?<![\p{L}-])(?:part(?:ly|ially)?|partial|part[- ]time|semi|hybrid|teilweise|anteilig|partiellement|parcialmente|parzialmente|gedeeltelijk|deels|częściowo)[\s-]+(?:(?:en|da|in|im|op|w)\s+)?(?:remote(?:ly)?|wfh|home[- ]?office|t[ée]l[ée]travail|remoto|remota|thuis(?:werken)?|op\s+afstand|zdaln\p{L}*)(?![\p{L}-])|(?<![\p{L}-])(?:remote|remoto|remota|zdaln\p{L}*)[\s-]+(?:partial|parcial|parziale|częściow\p{L}*)(?![\p{L}-])/iu

/**
 * Remote said of some of the team, not of the role: "part of the team works fully remote",
 * "some of our engineers are remote", "ein Teil des Teams arbeitet remote", "une partie de
 * l'équipe est en télétravail", "parte del equipo trabaja en remoto", "parte do time
 * trabalha remoto", "parte del team lavora da remoto", "een deel van het team werkt op
 * afstand", "część zespołu pracuje zdalnie".
 */
export const OTHERS_REMOTE =
  /(?<!\p{L})(?:(?:part|some|many|most|half|several|a few)\s+of\s+(?:the|our)\s+(?:team|teams|people|colleagues|engineers|staff|employees)|(?:ein\s+teil|viele|einige)\s+(?:des|der|unseres|unserer)\s+(?:teams?|kolleg\p{L}*|mitarbeit\p{L}*)|une\s+partie\s+de\s+(?:l['’]équipe|nos\s+(?:équipes|collaborateurs))|parte\s+del\s+(?:equipo|team)|parte\s+d[oa]\s+(?:time|equipa|equipe)|een\s+deel\s+van\s+(?:het|ons)\s+team|część\s+(?:zespołu|naszego\s+zespołu|pracowników|osób|z\s+nas)|(?:some|many|most)\s+of\s+us)\s+(?:\p{L}+\s+){0,3}?(?:remote(?:ly)?|t[ée]l[ée]travail|remoto|da\s+remoto|op\s+afstand|zdalnie|(?:w\s+pełni|komplett|entièrement|totalmente|completamente)\s+(?:zdalnie|remote|remoto|à\s+distance))(?!\p{L})/iu

/**
 * Monday to Friday in every posting language, as `Intl` names them, with the forms a
 * habit takes ("dienstags", "les mardis", "dinsdagen", "às terças", "we wtorki"). Index 0 is
 * Monday.
 */
export const WEEKDAYS_I18N: readonly (readonly string[])[] = [0, 1, 2, 3, 4].map((day) => {
  const forms = new Set<string>()
  for (const language of ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl']) {
    const name = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2024, 0, 1 + day)))
      .toLowerCase()
    forms.add(name)
    if (language === 'en' || language === 'de' || language === 'fr' || language === 'nl')
      forms.add(`${name}s`)
    if (language === 'nl') forms.add(`${name}en`)
    if (language === 'it') forms.add(name.normalize('NFD').replace(/\p{M}/gu, ''))
    if (language === 'pt') {
      const short = name.replace(/-feira$/, '')
      forms.add(short).add(`${short}s`).add(`${short}s-feiras`)
    }
    if (language === 'pl') forms.add(name.replace(/ek$/, 'ki').replace(/a$/, 'y'))
  }
  return [...forms]
})
const WEEKDAY_I18N = WEEKDAYS_I18N.flat()
  .sort((a, b) => b.length - a.length)
  .join('|')
/**
 * Between the first and last day of a run: "de lunes a viernes", "du lundi au vendredi",
 * "Montag bis Freitag", "dal lunedì al venerdì", "maandag tot vrijdag", "de segunda a sexta".
 */
const DAY_TO = String.raw`a|à|au|al|bis|tot|até|to|through|thru`
/** Between two weekdays of a list: ", ", " et le ", " und ", " y ", " e ", " en ", " i ". */
const WEEKDAY_JOIN = String.raw`\s?(?:[,/&+]|[-–]|\s(?:and|et|und|oder|y|o|e|ou|en|of|i|oraz|lub|${DAY_TO}))\s?(?:(?:le|les|la|el|los|las|o|os|a|as|às|il|i|de|w|we|am|op|on)\s)?`
/** The words between two weekdays that make them a run, every day between them counted. */
export const WEEKDAY_RUN_BETWEEN = new RegExp(String.raw`^\s?(?:[-–]|\s(?:${DAY_TO})\s)`, 'iu')
/** A list of weekdays: "le mardi et le jeudi", "dienstags und donnerstags", "martes y jueves". */
const WEEKDAY_RUN = String.raw`((?:${WEEKDAY_I18N})(?:${WEEKDAY_JOIN}(?:${WEEKDAY_I18N})){0,4})(?!\p{L})`
/** Words of working away from the office, in every posting language. */
const AWAY_FROM_OFFICE = String.raw`home|remot|thuis|telewerk|casa|domu|zdaln|t[ée]l[ée]travail|distanc|afstand|rest of the week|resto|reste|rest der`

/** Weekdays named as those spent at the office, after the office or before it. */
export const WEEKDAY_LIST_I18N: readonly RegExp[] = [
  new RegExp(String.raw`(?:${AT_OFFICE})(?!\p{L})[^.\n]{1,40}?(?<!\p{L})${WEEKDAY_RUN}`, 'iu'),
  // "op dinsdag en donderdag zijn we allemaal samen op kantoor": a few words between, none
  // that sends the days home ("op maandag en vrijdag werken we thuis, de rest op kantoor").
  new RegExp(
    String.raw`(?<!\p{L})${WEEKDAY_RUN}(?:(?!${AWAY_FROM_OFFICE})[^.\n]){0,45}?(?:${AT_OFFICE})(?!\p{L})`,
    'iu',
  ),
]
/** One weekday in the other languages, for counting those a list names. */
export const WEEKDAY_I18N_WORD = new RegExp(`(?<!\\p{L})(?:${WEEKDAY_I18N})(?!\\p{L})`, 'giu')

/** Working away from the office named in a sentence, in the eight languages. */
export const AWAY_WORD_I18N = new RegExp(String.raw`(?<!\p{L})${AWAY}(?!\p{L})`, 'iu')
/** "100 % Homeoffice", "volledig thuiswerken", "télétravail complet" ask all of the week away. */
export const ALL_AWAY_BEFORE =
  /(?:100\s?%|volledig|vollständig|komplett|ausschließlich|full|total|totalmente|completamente|interamente|w\s+pełni)\s*$/iu

/**
 * Working away denied by a word before it: "pas de télétravail", "sans télétravail", "kein
 * Homeoffice", "sin teletrabajo", "sem home office", "niente smart working", "non prevede
 * lo smart working", "geen thuiswerken", "bez pracy zdalnej", "brak możliwości pracy
 * zdalnej". Not "pas de full remote" or "kein 100 % Homeoffice", which deny only all of the week.
 */
const AWAY_NEGATED = String.raw`(?<!\p{L})(?:pas\s+de|sans|aucun|kein(?:e[nrs]?)?|sin|sem|senza|niente|nessun[oa]?|non\s+(?:prevede|offre|consente)(?:\s+(?:lo|il|la))?|geen|bez|brak(?:\s+możliwości)?)\s+(?:(?:possibilit[éà]|posibilidad|possibilidade|möglichkeit|mogelijkheid)\s+(?:de|di|d['’]|zum|zu|für|tot|voor)\s*)?${AWAY}(?!\p{L})`

/**
 * Full remote refused in the other languages, in a sentence that names it: "Volledig remote
 * is geen optie", "100 % Homeoffice ist nicht möglich", "Homeoffice ist nicht vorgesehen",
 * "Homeoffice bieten wir leider nicht an", "le télétravail total n'est pas
 * possible", "trabajo remoto no es una opción". The sentence offers no remote work.
 */
export const REMOTE_REFUSED_I18N = new RegExp(
  String.raw`geen optie|niet mogelijk|niet voorzien|keine option|nicht möglich|nicht vorgesehen|ausgeschlossen|nicht\s+(?:angeboten|anbieten)|nicht\s+an(?=\s*(?:[.,;:–—-]|$))|n['’]est pas (?:possible|une option|envisageable|prévue?)|no es (?:posible|una opción)|no (?:se )?contempla|no está previst[oa]|não é (?:possível|uma opção)|não está previst[oa]|non è (?:possibile|un['’]opzione|previst[oa])|nie jest możliw|nie jest przewidzian|nie ma możliwości|nie przewiduj[eą]|${AWAY_NEGATED}`,
  'iu',
)

/**
 * Not able, or not possible, in the eight languages, with a word of regret or a few words
 * between: "we cannot", "is unfortunately not something we", "können wir diese Stelle leider
 * nicht", "n'est malheureusement pas possible", "no podemos", "não conseguimos", "non è
 * purtroppo possibile", "kunnen we helaas niet", "nie możemy".
 */
const NOT_ABLE = String.raw`(?<!\p{L})(?:can(?:no|'|’)?t(?!\s+wait)|(?:are|is|am)\s+(?:unable|not\s+able)\s+to|(?:is|are)\s+(?:unfortunately\s+|sadly\s+|currently\s+)?not\s+(?:something\s+we|possible|an\s+option)|(?:können|dürfen)\s+wir\s+(?:[\p{L}-]+\s+){0,4}?nicht|wir\s+können\s+(?:[\p{L}-]+\s+){0,4}?nicht|(?:ist|sind)\s+(?:leider\s+|aktuell\s+|derzeit\s+)+nicht\s+(?:möglich|vorgesehen|machbar)|ne\s+(?:pouvons|pouvez|peut|peuvent|proposons|permet)\s+(?:malheureusement\s+|hélas\s+)?pas|n['’](?:est|sont)\s+(?:malheureusement|hélas|actuellement)\s+pas|no\s+(?:podemos|puede|pueden|ofrecemos|contemplamos|es\s+(?:\p{L}+\s+)?posible)|não\s+(?:podemos|pode|conseguimos|oferecemos|é\s+(?:\p{L}+\s+)?possível)|non\s+(?:possiamo|può|possono|offriamo|è\s+(?:\p{L}+\s+)?possibile)|(?:kunnen|mogen)\s+(?:we|wij)\s+(?:[\p{L}-]+\s+){0,4}?niet|(?:we|wij)\s+kunnen\s+(?:[\p{L}-]+\s+){0,3}?(?:geen|niet)|nie\s+(?:możemy|oferujemy|jest\s+(?:\p{L}+\s+)?możliw\p{L}*))(?!\p{L})`

/**
 * A few words of one clause: no stop, comma or joining word ("fully remote across Europe and
 * cannot offer relocation" refuses the relocation).
 */
const SAME_CLAUSE = String.raw`(?:(?!\s(?:and|but|und|aber|sondern|et|mais|pero|mas|ma|en|maar|ale|or|oder|ou|of|lub|[eioy])\s)[^.;:!?,\n]){1,50}?`

/**
 * Working away said not to be offered, the refusal a few words before or after it in the same
 * clause: "We cannot fill this position fully remote", "Fully remote is unfortunately not
 * something we can offer", "Vollständig remote können wir diese Stelle leider nicht besetzen",
 * "Le full remote n'est malheureusement pas possible", "Non possiamo offrire il full remote".
 * Not a refusal of something else beside it ("we can't sponsor visas; the role is remote").
 */
export const REMOTE_NOT_OFFERED = new RegExp(
  String.raw`${NOT_ABLE}${SAME_CLAUSE}(?<!\p{L})${AWAY}(?!\p{L})|(?<!\p{L})${AWAY}(?!\p{L})${SAME_CLAUSE}${NOT_ABLE}`,
  'iu',
)

/**
 * A way of working said not to be this role's: "Our product team works hybrid, but this
 * doesn't apply to this role", "trabaja en esquema híbrido, pero no aplica para esta vacante",
 * "gilt nicht für diese Stelle", "ne s'applique pas à ce poste". The sentence states no mode.
 */
export const NOT_THIS_ROLE =
  /(?:does\s*n[o’']t|do\s*n[o’']t|is\s+not|isn[’']t)\s+(?:apply|applicable)\s+(?:to|for)\s+(?:this|the)\s+(?:role|position|job|vacancy|opening)|not\s+(?:the\s+case|an\s+option)\s+for\s+this\s+(?:role|position|job)|gilt\s+(?:jedoch\s+|aber\s+|leider\s+)?nicht\s+für\s+diese\s+(?:stelle|position|rolle)|ne\s+s['’]applique\s+pas\s+(?:à|au)\s+(?:ce|cette)\s+(?:poste|offre|mission)|no\s+(?:se\s+)?aplica\s+(?:para|a)\s+(?:esta|este)\s+(?:vacante|puesto|cargo|posición|rol|oferta)|não\s+se\s+aplica\s+(?:a|à|para)\s+(?:esta|este)\s+(?:vaga|função|cargo|posição)|non\s+(?:si\s+)?applica\s+(?:a|per)\s+(?:questa|questo)\s+(?:posizione|ruolo|offerta)|geldt\s+niet\s+voor\s+deze\s+(?:functie|vacature|rol)|nie\s+dotyczy\s+(?:tego|tej)\s+(?:stanowiska|roli|oferty)/iu

/**
 * Full remote as an exception in the other languages, as "for the right candidate" and "in
 * exceptional cases" are in English (`REMOTE_EXCEPTION`): "Volledig remote is alleen in
 * uitzonderlijke gevallen bespreekbaar", "100 % Homeoffice nur in Ausnahmefällen", "le
 * télétravail complet à titre exceptionnel", "remoto para el candidato adecuado". The
 * sentence does not offer remote work to every hire.
 */
export const REMOTE_EXCEPTION_I18N =
  /(?<!\p{L})(?:ausnahmsweise|in\s+ausnahmef[äa]llen|(?:à|a)\s+titre\s+exceptionnel|dans\s+des\s+cas\s+exceptionnels|en\s+casos\s+excepcionales|em\s+casos\s+excep?cionais|in\s+casi\s+eccezionali|in\s+uitzonderlijke\s+gevallen|in\s+uitzonderingsgevallen|bij\s+uitzondering|w\s+wyjątkowych\s+(?:przypadkach|sytuacjach)|f[üu]r\s+(?:den|die)\s+richtigen?\s+(?:kandidat|person|bewerber)|pour\s+(?:le\s+bon|la\s+bonne)\s+(?:candidat|profil|personne)|para\s+(?:el|la)\s+(?:candidat[oa]|persona|perfil)\s+(?:adecuad[oa]|indicad[oa]|correct[oa])|para\s+o\s+(?:candidato|perfil)\s+certo|per\s+il\s+(?:candidato|profilo)\s+giusto|voor\s+de\s+juiste\s+(?:kandida(?:at|ten)|persoon)|dla\s+(?:właściwego|odpowiedniego)\s+kandydata)(?!\p{L})/iu

/** The time a share is of: "of the working time", "der Arbeitszeit", "du temps de travail". */
const OF_THE_TIME = String.raw`(?:of\s+(?:the|your|their|our)\s+(?:working\s+|work\s+)?(?:time|week|hours)|der\s+(?:Arbeitszeit|Zeit|Woche)|du\s+temps(?:\s+de\s+travail)?|de\s+la\s+(?:jornada|semana)|del\s+tiempo(?:\s+de\s+trabajo)?|d[oa]\s+(?:tempo|jornada|semana)(?:\s+de\s+trabalho)?|del\s+tempo(?:\s+di\s+lavoro)?|dell['’]orario(?:\s+di\s+lavoro)?|van\s+de\s+(?:werk)?(?:tijd|week)|czasu\s+pracy)`
/** "up to 40 %" in the eight languages; the share is the first group. */
const UP_TO_SHARE = String.raw`(?<!\p{L})(?:up\s+to|bis\s+zu|jusqu['’]à|hasta\s+(?:el|un)|até|fino\s+al|tot|do)\s+(\d{2})\s?%\s+`
/**
 * The most of the time a hire may work away, in a sentence that names working away: "mobile
 * working for up to 40 % of the working time", "bis zu 40 % der Arbeitszeit", "jusqu'à 60 %
 * du temps de travail"; or the way of working right after the share, "bis zu 60 % mobiles
 * Arbeiten". The share is the first group; the rest of the week is at the office.
 */
export const AWAY_SHARE: readonly RegExp[] = [
  new RegExp(UP_TO_SHARE + OF_THE_TIME, 'iu'),
  new RegExp(UP_TO_SHARE + String.raw`(?:(?:im|in|en|em|w|op)\s+)?` + AWAY, 'iu'),
]

/** Where a share of the week is spent, after it: at the office, in the eight languages. */
const AT_OFFICE_SHARE = String.raw`on[- ]?site|in[- ]office|in (?:the|our) office|at (?:the|our) office|on campus|de présence|sur site|au bureau|vor ort|im büro|präsenz|presencial|en (?:la )?oficina|no escritório|in sede|in ufficio|in presenza|op kantoor|w biurze|stacjonarnie`
/**
 * A share of the week at the office: "60% on site", "40 % im Büro", "80% presencial", the
 * noun first, "une présence sur site de 60 %", "Präsenz von 60 %", and the place first. The
 * share is the first group.
 */
export const OFFICE_SHARE: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\d.,])(\d{2})\s?%\s+(?:${AT_OFFICE_SHARE})(?!\p{L})`, 'iu'),
  /(?<!\p{L})(?:présence|presence|präsenz|presencia|presença|presenza|aanwezigheid|obecność)(?:\s+(?:sur site|au bureau|on[- ]?site|in the office|vor ort|im büro|en (?:la )?oficina|no escritório|in sede|op kantoor|w biurze))?\s(?:(?:de|of|von|del|di|van)\s)?(\d{2})\s?%/iu,
  // "expected on site at the Madison engineering center approximately 60% of the work week",
  // "im Büro in Graz zu 60 % der Arbeitszeit": where, a few words, then the share of the week.
  new RegExp(
    String.raw`(?<!\p{L})(?:${AT_OFFICE_SHARE})(?!\p{L})[^.\n\d%]{0,60}(?<![\d.,])(\d{2})\s?%\s+${OF_THE_TIME}`,
    'iu',
  ),
  // "a minimum of 60% of your working time at one of the office locations": the share of the
  // week, then where.
  new RegExp(
    String.raw`(?<![\d.,])(\d{2})\s?%\s+${OF_THE_TIME}\s+(?:${AT_OFFICE_SHARE}|(?:at|in)\s+(?:one\s+of\s+)?(?:the|our|an?)\s+(?:[\p{L}-]+\s+){0,2}offices?)(?!\p{L})`,
    'iu',
  ),
]
