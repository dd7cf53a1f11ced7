import { list, type PerLanguage, type PostingLanguage } from './languages.ts'

/**
 * A job board's buttons around a listing, in the eight languages: "Jetzt bewerben", "Merken",
 * "Postuler", "Guardar", and its pager between listings ("Previous Job", "Nächste Stelle"). A line made only of these (one or several) is the page's, never the
 * company, the title or a heading. Lower case, whole phrases.
 */
export const LISTING_ACTIONS: PerLanguage<string> = {
  // English buttons are page prompts in patterns.ts (NOISE_LINE).
  en: [
    'print',
    'previous job',
    'next job',
    'quick apply',
    'show salary',
    'apply online',
    'apply for this job online',
    'add to my job cart',
    'send to a friend',
    'refer a friend',
    'email this job to a friend',
    'refer this job to a friend',
    'share on your newsfeed',
    'printable format',
    // the link to the employer's page on the board, beside its name
    'view company page',
    'view company profile',
    'view company',
    'see company page',
    'visit company page',
  ],
  de: [
    'vorherige stelle',
    'nächste stelle',
    'jetzt bewerben',
    'bewerben',
    'direkt bewerben',
    'schnelle bewerbung',
    'zur bewerbung',
    'merken',
    'job merken',
    'job speichern',
    'projekt merken',
    'stelle merken',
    'speichern',
    'teilen',
    'drucken',
    'weiterempfehlen',
    'gehalt anzeigen',
    'unternehmensprofil ansehen',
    'zum unternehmensprofil',
    'firmenprofil ansehen',
    'zum firmenprofil',
    'unternehmen ansehen',
  ],
  fr: [
    'offre précédente',
    'offre suivante',
    'postuler',
    'postuler maintenant',
    'candidature simplifiée',
    'sauvegarder',
    'enregistrer',
    'partager',
    'imprimer',
    'voir la page entreprise',
    "voir l'entreprise",
    'voir l’entreprise',
    "voir le profil de l'entreprise",
    'voir le profil de l’entreprise',
    'voir la fiche entreprise',
  ],
  es: [
    'oferta anterior',
    'oferta siguiente',
    'postularme',
    'postular',
    'postúlate',
    'inscribirme',
    'inscribirme en esta oferta',
    'aplicar',
    'guardar',
    'compartir',
    'imprimir',
    'solicitar',
    'solicitar ahora',
    'aplicar ahora',
    'ver empresa',
    'ver perfil de la empresa',
    'ver página de la empresa',
  ],
  pt: [
    'vaga anterior',
    'próxima vaga',
    'candidatar-me',
    'candidatar-se',
    'candidatura simplificada',
    'candidatar',
    'salvar',
    'guardar',
    'partilhar',
    'compartilhar',
    'imprimir',
    'ver empresa',
    'ver perfil da empresa',
    'ver página da empresa',
  ],
  it: [
    'offerta precedente',
    'offerta successiva',
    'candidati',
    'candidati ora',
    'candidatura semplice',
    'salva',
    'condividi',
    'stampa',
    'vedi azienda',
    'visualizza profilo aziendale',
    'vai alla pagina aziendale',
    'vedi profilo aziendale',
  ],
  nl: [
    'vorige vacature',
    'volgende vacature',
    'solliciteer',
    'solliciteer nu',
    'direct solliciteren',
    'solliciteren',
    'opslaan',
    'bewaren',
    'delen',
    'afdrukken',
    'bekijk bedrijf',
    'bekijk bedrijfsprofiel',
    'bedrijfsprofiel bekijken',
  ],
  pl: [
    'poprzednia oferta',
    'następna oferta',
    'aplikuj',
    'aplikuj teraz',
    'aplikuj szybko',
    'zapisz',
    'zapisz ofertę',
    'udostępnij',
    'drukuj',
    'zobacz profil firmy',
    'zobacz firmę',
  ],
}

/**
 * What a link back to the board's list opens with, in the eight languages: "Back to search
 * results", "Torna ai risultati di ricerca", "Zurück zur Übersicht". Such a link names at most
 * a few words after it, none a role: the line is the page's.
 */
export const BACK_LINK_OPENERS: PerLanguage<string> = {
  en: ['back to', 'return to'],
  de: ['zurück zu', 'zurück zur', 'zurück zum'],
  fr: ['retour à', 'retour aux', 'retour au', 'revenir à', 'revenir aux'],
  es: ['volver a', 'volver al', 'regresar a', 'regresar al'],
  pt: ['voltar a', 'voltar ao', 'voltar aos', 'voltar às', 'voltar para'],
  it: ['torna a', 'torna al', 'torna ai', 'torna alla', 'torna alle', 'torna all’', "torna all'"],
  nl: ['terug naar'],
  pl: ['wróć do', 'powrót do'],
}

/**
 * Who owns or last changed a wiki's or a shared document's page, over its text ("Owned by
 * Núria Puig", "Last updated: Apr 02, 2025 by Tomás Ferreira", "Erstellt von Jana Roth"):
 * what opens the line. The name after it is a person's, never the employer.
 */
export const PAGE_OWNER_OPENERS: PerLanguage<string> = {
  en: [
    'owned by',
    'created by',
    'last updated',
    'last edited',
    'last modified',
    'maintained by',
    'page owner',
  ],
  de: [
    'erstellt von',
    'zuletzt aktualisiert',
    'zuletzt bearbeitet',
    'zuletzt geändert',
    'verantwortlich:',
    'eigentümer',
  ],
  fr: ['créé par', 'créée par', 'dernière modification', 'mis à jour par', 'propriétaire'],
  es: [
    'creado por',
    'creada por',
    'última actualización',
    'última edición',
    'propietario',
    'propietaria',
  ],
  pt: [
    'criado por',
    'criada por',
    'última atualização',
    'última edição',
    'proprietário',
    'proprietária',
  ],
  it: [
    'creato da',
    'creata da',
    'ultima modifica',
    'ultimo aggiornamento',
    'proprietario',
    'proprietaria',
  ],
  nl: ['aangemaakt door', 'gemaakt door', 'laatst bijgewerkt', 'laatst gewijzigd', 'eigenaar'],
  pl: [
    'utworzone przez',
    'utworzył',
    'utworzyła',
    'ostatnia aktualizacja',
    'ostatnia edycja',
    'właściciel',
  ],
}

/**
 * A social network's buttons and badges beside the poster's name ("Verified", "Follow",
 * "Seguir", "Abonnieren"): a line of these names no employer. Lower case, whole line.
 */
export const SOCIAL_BUTTONS: PerLanguage<string> = {
  en: ['verified', 'follow', 'following', 'follow back', 'subscribe', 'subscribed'],
  de: ['verifiziert', 'folgen', 'gefolgt', 'abonnieren', 'abonniert'],
  fr: ['vérifié', 'suivre', 'abonné', 'abonnée', 's’abonner', "s'abonner"],
  es: ['verificado', 'verificada', 'seguir', 'siguiendo', 'suscribirse', 'suscrito'],
  pt: ['verificado', 'verificada', 'seguir', 'seguindo', 'inscrever-se', 'inscrito'],
  it: ['verificato', 'verificata', 'segui', 'segui già', 'iscriviti', 'iscritto'],
  nl: ['geverifieerd', 'volgen', 'volgend', 'abonneren', 'geabonneerd'],
  pl: ['zweryfikowane', 'zweryfikowany', 'obserwuj', 'obserwujesz', 'subskrybuj'],
}

/**
 * A careers site's link to its own culture or careers page, in its menu, before the site
 * owner's name ("Life at Havgrim", "Karriere bei Hays", "Werken bij Vierhaven"). Lower case.
 */
export const SITE_OWNER_LINKS: PerLanguage<string> = {
  en: ['life at', 'careers at', 'working at', 'work at'],
  de: ['karriere bei', 'arbeiten bei', 'jobs bei', 'leben bei'],
  fr: ['carrières chez', 'travailler chez', 'la vie chez'],
  es: ['trabaja en', 'trabajar en', 'la vida en', 'empleo en'],
  pt: ['carreiras na', 'carreiras no', 'trabalhe na', 'trabalhe no', 'a vida na', 'a vida no'],
  it: ['lavora in', 'lavorare in', 'carriere in', 'lavora con', 'lavorare con'],
  nl: ['werken bij', 'carrière bij'],
  pl: ['kariera w', 'pracuj w', 'praca w'],
}

/**
 * What a page counts under its title after a number: its reading time ("5 min read", "3 Min.
 * Lesezeit") and its views ("412 views", "1.204 Aufrufe"). Lower case.
 */
export const PAGE_COUNTER_WORDS: PerLanguage<string> = {
  en: ['min read', 'minute read', 'minutes read', 'views'],
  de: ['min. lesezeit', 'min lesezeit', 'minuten lesezeit', 'aufrufe'],
  fr: ['min de lecture', 'minutes de lecture', 'vues'],
  es: ['min de lectura', 'minutos de lectura', 'visualizaciones', 'vistas'],
  pt: ['min de leitura', 'minutos de leitura', 'visualizações'],
  it: ['min di lettura', 'minuti di lettura', 'visualizzazioni'],
  nl: ['min leestijd', 'minuten leestijd', 'weergaven'],
  pl: ['min czytania', 'minut czytania', 'wyświetleń', 'wyświetlenia'],
}

/**
 * The buttons of a site's cookie notice: "Alle akzeptieren", "Tout refuser", "Nur notwendige".
 * A short line of these right after a notice that names cookies is the notice's.
 */
export const CONSENT_WORDS: PerLanguage<string> = {
  en: [
    'accept',
    'accept all',
    'agree',
    'reject',
    'reject all',
    'refuse',
    'refuse all',
    'decline',
    'settings',
    'preferences',
    'manage',
    'options',
    'details',
    'necessary only',
    'only necessary',
    'only essential',
    'essential only',
    'customise',
    'customize',
    'ok',
    'got it',
    'allow all',
    'close',
    'accept all cookies',
    'reject all cookies',
    'cookie settings',
    'manage cookies',
    'decline all',
    'we value your privacy',
    'your privacy',
    'privacy settings',
    'cookie preferences',
    'reject non-essential',
    'reject non-essential cookies',
    'accept non-essential',
    'accept essential only',
    // a notice's link to its policy, copied beside its buttons
    'learn more',
    'more information',
    'more info',
    'read more',
    // a notice's way out that consents to nothing, and its link to the choices
    'continue without accepting',
    'continue without agreeing',
    'learn more and customise',
    'learn more and customize',
  ],
  de: [
    'verstanden',
    'akzeptieren',
    'alle akzeptieren',
    'zustimmen',
    'einverstanden',
    'ablehnen',
    'alle ablehnen',
    'einstellungen',
    'optionen',
    'verwalten',
    'details',
    'nur notwendige',
    'nur erforderliche',
    'nur essenzielle',
    'cookies',
    'anpassen',
    'alle zulassen',
    'cookie-einstellungen',
    'alle cookies akzeptieren',
    'ihre privatsphäre',
    'datenschutzeinstellungen',
    'mehr erfahren',
    'mehr informationen',
    'weitere informationen',
    'ohne zustimmung fortfahren',
    'weiter ohne zustimmung',
    'ohne einwilligung fortfahren',
    'mehr erfahren und anpassen',
  ],
  fr: [
    "j'ai compris",
    'j’ai compris',
    'accepter',
    'tout accepter',
    // the same buttons in the other order ("Accepter tout" / "Refuser tout")
    'accepter tout',
    'refuser tout',
    'tout autoriser',
    "j'accepte",
    'j’accepte',
    'refuser',
    'tout refuser',
    'continuer sans accepter',
    'paramètres',
    'personnaliser',
    'préférences',
    'gérer',
    'options',
    'fermer',
    'accepter et fermer',
    'paramétrer',
    'paramétrer les cookies',
    'gérer les cookies',
    'votre vie privée',
    'uniquement les cookies nécessaires',
    'uniquement nécessaires',
    'en savoir plus',
    "plus d'informations",
    'plus d’informations',
    'en savoir plus et personnaliser',
  ],
  es: [
    'entendido',
    'aceptar',
    'aceptar todas',
    'aceptar todo',
    'rechazar',
    'rechazar todas',
    'configurar',
    'configuración',
    'preferencias',
    'personalizar',
    'opciones',
    'aceptar cookies',
    'configurar cookies',
    'tu privacidad',
    'su privacidad',
    'solo necesarias',
    'solo las necesarias',
    'más información',
    'saber más',
    'leer más',
    'continuar sin aceptar',
    'más información y personalizar',
  ],
  pt: [
    'entendi',
    'aceitar',
    'aceitar todos',
    'aceitar tudo',
    'rejeitar tudo',
    'aceito',
    'rejeitar',
    'recusar',
    'configurar',
    'definições',
    'configurações',
    'preferências',
    'personalizar',
    'aceitar cookies',
    'aceitar todos os cookies',
    'gerir cookies',
    'a sua privacidade',
    'sua privacidade',
    'apenas necessários',
    'somente necessários',
    'saiba mais',
    'mais informações',
    'continuar sem aceitar',
    'saiba mais e personalize',
    'saber mais e personalizar',
  ],
  it: [
    'ho capito',
    'accetta',
    'accetta tutti',
    'accetta tutto',
    'accetto',
    'rifiuto',
    'rifiuta tutto',
    'rifiuta',
    'rifiuta tutti',
    'impostazioni',
    'preferenze',
    'personalizza',
    'gestisci',
    'accetta tutti i cookie',
    'rifiuta tutti i cookie',
    'impostazioni cookie',
    'la tua privacy',
    'solo necessari',
    'solo i necessari',
    'scopri di più',
    'maggiori informazioni',
    'ulteriori informazioni',
    'leggi di più',
    'continua senza accettare',
    'scopri di più e personalizza',
  ],
  nl: [
    'begrepen',
    'accepteren',
    'alles accepteren',
    'akkoord',
    'weigeren',
    'alles weigeren',
    'alles toestaan',
    'instellingen',
    'voorkeuren',
    'aanpassen',
    'beheren',
    'cookies accepteren',
    'cookie-instellingen',
    'jouw privacy',
    'uw privacy',
    'alleen noodzakelijk',
    'alleen noodzakelijke cookies',
    'meer informatie',
    'lees meer',
    'meer weten',
    'doorgaan zonder te accepteren',
    'doorgaan zonder akkoord',
    'meer informatie en aanpassen',
  ],
  pl: [
    'rozumiem',
    'akceptuję',
    'akceptuj',
    'zaakceptuj',
    'zaakceptuj wszystkie',
    'odrzuć',
    'odrzuć wszystkie',
    'ustawienia',
    'preferencje',
    'dostosuj',
    'zarządzaj',
    'akceptuję wszystkie',
    'akceptuj wszystkie',
    'ustawienia cookies',
    'twoja prywatność',
    'tylko niezbędne',
    'dowiedz się więcej',
    'więcej informacji',
    'czytaj więcej',
    'kontynuuj bez akceptacji',
    'dowiedz się więcej i dostosuj',
  ],
}

/**
 * The word a cookie notice names them by, where a language has its own ("Ta strona korzysta z
 * ciasteczek", "ce site utilise des témoins"); the others borrow "cookie". Lower case, matched
 * anywhere in a line (stems: "ciastecz" holds "ciasteczka" and "ciasteczek").
 */
export const COOKIE_WORDS: PerLanguage<string> = {
  en: ['cookie'],
  de: ['cookie'],
  fr: ['cookie', 'témoins de connexion'],
  es: ['cookie'],
  pt: ['cookie'],
  it: ['cookie'],
  nl: ['cookie'],
  pl: ['cookie', 'ciastecz'],
}

/**
 * How a cookie notice's heading may name privacy instead of cookies ("Nous respectons votre vie
 * privée", "Ihre Privatsphäre ist uns wichtig"): over the notice, such a line is its heading.
 * Lower case, matched anywhere in the line.
 */
export const PRIVACY_WORDS: PerLanguage<string> = {
  // or the consent it asks for ("Intermediair vraagt je toestemming")
  en: ['privacy', 'your consent'],
  de: ['privatsphäre', 'datenschutz', 'ihre zustimmung', 'deine zustimmung', 'ihre einwilligung'],
  fr: ['vie privée', 'confidentialité', 'votre consentement'],
  es: ['privacidad', 'su consentimiento', 'tu consentimiento'],
  pt: ['privacidade', 'seu consentimento'],
  it: ['privacy', 'riservatezza', 'il tuo consenso', 'il suo consenso'],
  nl: ['privacy', 'je toestemming', 'uw toestemming'],
  pl: ['prywatność', 'prywatności', 'twoją zgodę', 'pańską zgodę'],
}

/**
 * How a consent notice opens where it names no cookies: "We and our partners process data …",
 * "Wir und unsere Partner verarbeiten Daten …". Lower case, at the start of a line.
 */
export const CONSENT_OPENERS: PerLanguage<string> = {
  en: ['we and our partners'],
  de: ['wir und unsere partner'],
  fr: ['nous et nos partenaires'],
  es: ['nosotros y nuestros socios', 'nosotros y nuestros partners'],
  pt: ['nós e os nossos parceiros', 'nós e nossos parceiros'],
  it: ['noi e i nostri partner'],
  nl: ['wij en onze partners'],
  pl: ['my i nasi partnerzy'],
}

/**
 * How a notice says the site uses cookies or asks to agree, beside the word "cookie" itself:
 * "Wir verwenden Cookies", "Ce site utilise des cookies", "Usamos cookies"; "makes use of"
 * too ("maakt gebruik van cookies", "hace uso de cookies").
 */
export const CONSENT_VERBS: PerLanguage<string> = {
  en: ['use', 'uses', 'using', 'consent', 'accept', 'agree', 'privacy'],
  de: [
    'verwenden',
    'verwendet',
    'nutzen',
    'nutzt',
    'setzen',
    'einsatz',
    'zustimmung',
    'akzeptieren',
    'willigst',
    'datenschutz',
  ],
  fr: ['utilise', 'utilisons', 'utilisent', 'accepter', 'consentement', 'confidentialité'],
  es: ['usamos', 'utilizamos', 'utiliza', 'usa', 'uso', 'aceptar', 'consentimiento', 'privacidad'],
  pt: ['usamos', 'utilizamos', 'utiliza', 'usa', 'uso', 'aceitar', 'consentimento', 'privacidade'],
  it: ['usiamo', 'utilizziamo', 'utilizza', 'usa', 'uso', 'accetta', 'consenso', 'privacy'],
  nl: ['gebruikt', 'gebruiken', 'gebruik', 'accepteren', 'toestemming', 'privacy'],
  pl: [
    'używa',
    'używamy',
    'wykorzystuje',
    'korzysta',
    'akceptuj',
    'zgadzasz',
    'zgoda',
    'zgodę',
    'prywatności',
  ],
}

/**
 * A board's search form copied with the page: "Was" over the query, "Wo" over the town
 * ("What / Where", "Quoi / Où"). Read as items of the site's menu.
 */
export const SEARCH_FORM_LABELS: PerLanguage<string> = {
  en: [
    'what',
    'where',
    'job title, keywords, or company',
    'city, state, zip code, or "remote"',
    // an applicant-tracking careers site's search box (SuccessFactors, Taleo)
    'search by keyword',
    'search by location',
    'search jobs',
    'search opportunities',
    'search vacancies',
    'all locations',
    'all cities',
    // the first box asked as a question
    'what are you looking for',
  ],
  de: [
    'was',
    'wo',
    'jobtitel, stichwort oder unternehmen',
    'ort, plz oder bundesland',
    'nach stichwort suchen',
    'nach ort suchen',
    'suchen nach stichwort',
    'suchen nach standort',
    'suchen nach ort',
    'stellenangebote suchen',
    'stellen durchsuchen',
    'jobs durchsuchen',
    'alle orte',
    'alle standorte',
    'was suchst du',
    'was suchen sie',
  ],
  fr: [
    'quoi',
    'où',
    'intitulé de poste, mots-clés ou entreprise',
    'rechercher une offre',
    'rechercher par mot-clé',
    'rechercher par lieu',
    'rechercher des offres',
    'toutes les villes',
    'toutes les localisations',
    'tous les lieux',
    'que recherchez-vous',
    'que cherchez-vous',
  ],
  es: [
    'qué',
    'dónde',
    'puesto, palabras clave o empresa',
    'buscar por palabra clave',
    'buscar por ubicación',
    'buscar ofertas',
    'buscar empleos',
    'buscar trabajo',
    'todas las ubicaciones',
    'todas las ciudades',
    'qué buscas',
    'qué estás buscando',
  ],
  pt: [
    'o quê',
    'onde',
    'cargo, palavras-chave ou empresa',
    'pesquisar por palavra-chave',
    'pesquisar por local',
    'pesquisar vagas',
    'buscar vagas',
    'todas as localizações',
    'todas as cidades',
    'todos os locais',
    'o que você procura',
    'o que procura',
  ],
  it: [
    'cosa',
    'dove',
    'posizione, parole chiave o azienda',
    'cerca per parola chiave',
    'cerca per luogo',
    'cerca offerte',
    'cerca lavoro',
    'tutte le località',
    'tutte le città',
    'cosa cerchi',
    'cosa stai cercando',
  ],
  nl: [
    'wat',
    'waar',
    'functie, trefwoorden of bedrijf',
    'zoeken op trefwoord',
    'zoeken op locatie',
    'vacatures zoeken',
    'alle locaties',
    'alle plaatsen',
    'wat zoek je',
    'wat zoekt u',
  ],
  pl: [
    'co',
    'gdzie',
    'stanowisko, słowa kluczowe lub firma',
    'szukaj stanowiska, firmy, umiejętności',
    'szukaj według słowa kluczowego',
    'szukaj według lokalizacji',
    'szukaj ofert',
    'wszystkie lokalizacje',
    'wszystkie miasta',
    'czego szukasz',
  ],
}

/**
 * What a search box asks for, as its placeholder lists it ("Job title, skill or company",
 * "Jobtitel, Skill oder Stichwort", "Ort oder Remote", "Ville, département ou région"): a
 * line listing only these is the form's, not a role or a company. Lower case.
 */
export const SEARCH_FIELD_NOUNS: PerLanguage<string> = {
  en: list(`job title, title, keyword, keywords, skill, skills, company, companies, employer,
      location, city, town, state, country, region, zip, zip code, postcode, postal code, remote,
      role, position`),
  de: list(`jobtitel, berufsbezeichnung, beruf, stichwort, stichworte, skill, skills, kenntnisse,
      unternehmen, firma, arbeitgeber, ort, stadt, plz, postleitzahl, bundesland, region, remote,
      homeoffice, position`),
  fr: list(`intitulé de poste, intitulé du poste, poste, métier, mot-clé, mots-clés, mot clé, mots
      clés, compétence, compétences, entreprise, société, ville, lieu, code postal, département,
      région, télétravail`),
  es: list(`puesto, cargo, palabra clave, palabras clave, habilidad, habilidades, empresa,
      ciudad, ubicación, localidad, provincia, región, código postal, remoto`),
  pt: list(`cargo, função, palavra-chave, palavras-chave, habilidade, habilidades, empresa,
      cidade, local, localização, estado, região, cep, remoto`),
  it: list(`posizione, ruolo, professione, parola chiave, parole chiave, competenza, competenze,
      azienda, città, luogo, località, provincia, regione, cap, remoto`),
  nl: list(`functie, functietitel, beroep, trefwoord, trefwoorden, vaardigheid, vaardigheden,
      bedrijf, werkgever, plaats, woonplaats, locatie, stad, provincie, regio, postcode, remote,
      thuiswerken`),
  pl: list(`stanowisko, zawód, słowo kluczowe, słowa kluczowe, umiejętność, umiejętności, firma,
      pracodawca, lokalizacja, miasto, miejscowość, województwo, region, kod pocztowy, zdalnie,
      praca zdalna`),
}

/**
 * The label of a board's line of active filters or search over its results ("Filter: DevOps
 * · Leipzig · All levels", "Votre recherche : Java | Lyon"), in the eight languages. Lower case.
 */
export const SEARCH_FILTER_LABELS: PerLanguage<string> = {
  en: [
    'filter',
    'filters',
    'active filters',
    'applied filters',
    'your search',
    'search',
    'refine',
    'refine search',
    'refine by',
  ],
  de: [
    'filter',
    'aktive filter',
    'suche',
    'ihre suche',
    'deine suche',
    'verfeinern',
    'suche verfeinern',
  ],
  fr: [
    'filtre',
    'filtres',
    'filtres actifs',
    'votre recherche',
    'recherche',
    'affiner',
    'affiner la recherche',
  ],
  es: [
    'filtro',
    'filtros',
    'filtros aplicados',
    'tu búsqueda',
    'búsqueda',
    'refinar',
    'refinar búsqueda',
  ],
  pt: [
    'filtro',
    'filtros',
    'filtros aplicados',
    'sua busca',
    'busca',
    'pesquisa',
    'a sua pesquisa',
    'refinar',
    'refinar pesquisa',
  ],
  it: [
    'filtro',
    'filtri',
    'filtri attivi',
    'la tua ricerca',
    'ricerca',
    'affina',
    'affina la ricerca',
  ],
  nl: [
    'filter',
    'filters',
    'actieve filters',
    'jouw zoekopdracht',
    'zoekopdracht',
    'verfijn',
    'verfijnen',
  ],
  pl: [
    'filtr',
    'filtry',
    'aktywne filtry',
    'twoje wyszukiwanie',
    'wyszukiwanie',
    'zawęź',
    'zawęź wyniki',
  ],
}

/**
 * A search form's button, in the eight languages: the last of a row of the form's controls
 * copied as their labels in brackets ("[ qa automation ] [ Leeds ] [Search]"). Lower case.
 */
export const SEARCH_BUTTONS: PerLanguage<string> = {
  en: ['search', 'find jobs', 'search jobs', 'find', 'find a job', 'filter', 'apply filters'],
  de: ['suchen', 'jobs finden', 'finden', 'stellen suchen', 'jobs suchen', 'job finden', 'filtern'],
  fr: [
    'rechercher',
    'chercher',
    'trouver',
    'trouver un emploi',
    'rechercher des offres',
    'filtrer',
  ],
  es: ['buscar', 'buscar empleo', 'buscar ofertas', 'buscar trabajo', 'filtrar'],
  pt: [
    'buscar',
    'pesquisar',
    'procurar',
    'buscar vagas',
    'pesquisar vagas',
    'procurar vagas',
    'achar vagas',
    'filtrar',
  ],
  it: [
    'cerca',
    'trova',
    'cerca lavoro',
    'trova lavoro',
    'cerca offerte',
    'trova offerte',
    'filtra',
  ],
  nl: ['zoeken', 'zoek', 'vind vacatures', 'vacatures zoeken', 'zoek vacatures', 'filteren'],
  pl: ['szukaj', 'wyszukaj', 'znajdź', 'szukaj ofert', 'szukaj pracy', 'znajdź pracę', 'filtruj'],
}

/**
 * A heading over a board's other listings, below the posting ("Weitere Stellen bei Finory",
 * "Offres similaires"): everything under it is the page's, up to the next posting heading.
 * Read at the start of a heading; English ones are NOISE_REGION_START's in patterns.ts.
 */
export const OTHER_LISTINGS_HEADINGS: PerLanguage<string> = {
  en: [],
  de: [
    'weitere stellen',
    'weitere jobs',
    'weitere stellenangebote',
    'ähnliche jobs',
    'ähnliche stellen',
    'ähnliche stellenangebote',
    'passende jobs',
    'das könnte dich auch interessieren',
    'das könnte sie auch interessieren',
    'andere jobs',
    'ähnliche stellenanzeigen',
    'andere suchten auch',
    // a freelance board's projects
    'ähnliche projekte',
    'weitere projekte',
  ],
  fr: [
    'offres similaires',
    'autres offres',
    "d'autres offres",
    'd’autres offres',
    'emplois similaires',
    'ces offres pourraient vous intéresser',
    'ces offres pourraient aussi vous intéresser',
    'ces offres pourraient également vous intéresser',
    'vous aimerez aussi',
    "offres d'emploi similaires",
    'offres d’emploi similaires',
    'les candidats ont aussi consulté',
    'projets similaires',
    'missions similaires',
  ],
  es: [
    'ofertas similares',
    'otras ofertas',
    'empleos similares',
    'más ofertas',
    'vacantes similares',
    'ofertas de empleo similares',
    'ofertas de trabajo similares',
    'empleos relacionados',
    'proyectos similares',
  ],
  pt: [
    'vagas semelhantes',
    'vagas similares',
    'outras vagas',
    'mais vagas',
    'ofertas semelhantes',
    'vagas de emprego semelhantes',
    'vagas relacionadas',
    'projetos semelhantes',
    'projetos similares',
  ],
  it: [
    'offerte simili',
    'altre offerte',
    'annunci simili',
    'lavori simili',
    'altri annunci',
    'offerte di lavoro simili',
    'le persone hanno cercato anche',
    'progetti simili',
  ],
  nl: [
    'vergelijkbare vacatures',
    'andere vacatures',
    'meer vacatures',
    'soortgelijke vacatures',
    'vergelijkbare banen',
    'mensen zochten ook',
    'vergelijkbare projecten',
    'vergelijkbare opdrachten',
  ],
  pl: ['podobne oferty', 'inne oferty', 'więcej ofert', 'podobne ogłoszenia', 'podobne projekty'],
}

/**
 * A newsletter's links around its content, in the eight languages: "View this email in your
 * browser", "Unsubscribe". Read as a listing's buttons are: a line made only of these is the
 * mail's, never the company or the title. Lower case, whole phrases.
 */
export const MAIL_LINKS: PerLanguage<string> = {
  en: [
    'view this email in your browser',
    'view this email in a browser',
    'view in browser',
    'view online',
    'view it in your browser',
    'open in browser',
    'web version',
    'unsubscribe',
    'update your preferences',
    'update preferences',
    'manage preferences',
    'forward to a friend',
  ],
  de: [
    'diese e-mail im browser anzeigen',
    'e-mail im browser anzeigen',
    'im browser anzeigen',
    'im browser ansehen',
    'im browser öffnen',
    'online ansehen',
    'webversion',
    'web-version',
    'newsletter abbestellen',
    'abbestellen',
    'abmelden',
  ],
  fr: [
    'voir la version en ligne',
    'afficher dans le navigateur',
    'voir dans le navigateur',
    'version web',
    'ouvrir dans le navigateur',
    'se désabonner',
    'se désinscrire',
    'désabonnement',
  ],
  es: [
    'ver este correo en tu navegador',
    'ver en el navegador',
    'ver en navegador',
    'ver versión web',
    'versión web',
    'darse de baja',
    'darme de baja',
    'cancelar suscripción',
  ],
  pt: [
    'ver no navegador',
    'visualizar no navegador',
    'abrir no navegador',
    'versão web',
    'ver este e-mail no navegador',
    'descadastrar',
    'cancelar inscrição',
  ],
  it: [
    'visualizza nel browser',
    'apri nel browser',
    'versione web',
    'visualizza questa email nel browser',
    'annulla iscrizione',
    'disiscriviti',
  ],
  nl: [
    'bekijk deze e-mail in je browser',
    'bekijk in je browser',
    'bekijk online',
    'bekijk in browser',
    'webversie',
    'uitschrijven',
    'afmelden',
  ],
  pl: [
    'wyświetl w przeglądarce',
    'zobacz w przeglądarce',
    'otwórz w przeglądarce',
    'wersja www',
    'wypisz się',
    'zrezygnuj z subskrypcji',
  ],
}

/**
 * How a board's results are ordered, opening a line of its own: "Ordenar por: relevância -
 * data", "Sort by: relevance", "Trier par". Lower case, whole phrases.
 */
export const SORT_LABELS: PerLanguage<string> = {
  en: ['sort by', 'sorted by'],
  de: ['sortieren nach', 'sortiert nach', 'sortierung'],
  fr: ['trier par', 'trié par', 'tri'],
  es: ['ordenar por', 'ordenado por'],
  pt: ['ordenar por', 'classificar por'],
  it: ['ordina per', 'ordinato per'],
  nl: ['sorteer op', 'sorteren op', 'gesorteerd op'],
  pl: ['sortuj według', 'sortuj wg', 'sortowanie'],
}

/**
 * A board's count of its results, alone on a line: "Mais de 600 vagas", "1.234 Jobs gefunden",
 * "Plus de 600 offres", "600+ jobs found". The words before the figure, the nouns after it and
 * the word saying they were found; regex sources.
 */
export const RESULT_COUNT_WORDS: Record<
  PostingLanguage,
  { before: readonly string[]; nouns: readonly string[]; found: readonly string[] }
> = {
  en: {
    before: ['over', 'more than', 'about'],
    nouns: ['jobs?', 'results?', 'vacancies', 'openings'],
    found: ['found'],
  },
  de: {
    before: ['über', 'mehr als'],
    nouns: ['jobs?', 'stellen(?:angebote)?', 'treffer', 'ergebnisse'],
    found: ['gefunden'],
  },
  fr: {
    before: ['plus de'],
    nouns: ['offres?(?: d.emploi)?', 'emplois?', 'résultats?'],
    found: ['trouvée?s?', 'disponibles'],
  },
  es: {
    before: ['más de'],
    nouns: ['ofertas?(?: de (?:empleo|trabajo))?', 'empleos?', 'resultados?'],
    found: ['encontrad[oa]s?', 'disponibles'],
  },
  pt: {
    before: ['mais de'],
    nouns: ['vagas?(?: de emprego)?', 'empregos?', 'resultados?'],
    found: ['encontrad[oa]s?', 'disponíve(?:l|is)'],
  },
  it: {
    before: ['oltre', 'più di'],
    nouns: ['offerte?(?: di lavoro)?', 'annunci', 'risultati'],
    found: ['trovat[ei]'],
  },
  nl: {
    before: ['meer dan', 'ruim'],
    nouns: ['vacatures?', 'banen', 'resultaten'],
    found: ['gevonden'],
  },
  pl: {
    before: ['ponad', 'więcej niż'],
    nouns: ['ofert(?:y|a)?(?: pracy)?', 'wyników'],
    found: ['znalezion[oey]'],
  },
}

/**
 * The label a site puts before its breadcrumb trail: "You are here:" over "Canada.ca" over
 * "Job Bank" over "Find a job". The short lines under it are the trail.
 */
export const BREADCRUMB_LABELS: PerLanguage<string> = {
  en: ['you are here', 'you are here:', 'breadcrumb', 'breadcrumbs'],
  de: ['sie sind hier', 'du bist hier', 'sie befinden sich hier'],
  fr: ['vous êtes ici', 'vous êtes ici :', "fil d'ariane", 'fil d’ariane'],
  es: ['usted está aquí', 'estás aquí', 'está aquí'],
  pt: ['você está aqui', 'está aqui'],
  it: ['sei qui', 'ti trovi qui', 'ti trovi in'],
  nl: ['u bent hier', 'je bent hier', 'kruimelpad'],
  pl: ['jesteś tutaj', 'jesteś tu', 'znajdujesz się tutaj'],
}

/**
 * The possessive words a careers site names its own pages with, in the eight languages: "Our
 * team", "Unsere Werte", "Nos offres", "Nuestro equipo", "Nossa cultura", "I nostri valori",
 * "Onze verhalen", "Nasz zespół". Alone on a short line among a menu's known items, such a
 * name is one more item.
 */
export const OWN_PAGE_DETERMINERS: PerLanguage<string> = {
  en: ['our'],
  de: ['unser', 'unsere', 'unseren'],
  fr: ['notre', 'nos'],
  es: ['nuestro', 'nuestra', 'nuestros', 'nuestras'],
  pt: ['nosso', 'nossa', 'nossos', 'nossas'],
  it: ['il nostro', 'la nostra', 'i nostri', 'le nostre', 'nostro', 'nostra', 'nostri', 'nostre'],
  nl: ['onze', 'ons'],
  pl: ['nasz', 'nasza', 'nasze', 'nasi'],
}

/**
 * The words a site's menu names its audiences with, in the eight languages: "For employers",
 * "Für Entwickler:innen", "Pour les candidats", "Para empresas", "Per le aziende", "Voor
 * werkgevers", "Dla pracodawców". A role's title never opens so: among a menu's known items,
 * such a line is one more, though it names a role ("developers").
 */
export const AUDIENCE_PREPOSITIONS: PerLanguage<string> = {
  en: ['for'],
  de: ['für'],
  fr: ['pour', 'pour les'],
  es: ['para', 'para los', 'para las'],
  pt: ['para', 'para os', 'para as'],
  it: ['per', 'per i', 'per le', 'per gli'],
  nl: ['voor'],
  pl: ['dla'],
}

/**
 * A forum's or a feed's link under each post, on a line of its own: "Reply", "Antworten",
 * "Répondre". Under the first post of a thread it closes the post: what follows is replies.
 */
export const REPLY_LINK_WORDS: PerLanguage<string> = {
  en: ['reply'],
  de: ['antworten'],
  fr: ['répondre'],
  es: ['responder'],
  pt: ['responder'],
  it: ['rispondi'],
  nl: ['beantwoorden'],
  pl: ['odpowiedz'],
}
