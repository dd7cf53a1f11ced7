import type { PerLanguage } from './languages.ts'

/**
 * The labels of an e-mail's header as mail programs print them in the eight languages, when
 * a forwarded offer or a mailing list's message is pasted with its header. Lower case.
 */
export const EMAIL_HEADER_LABELS: PerLanguage<string> & { technical: readonly string[] } = {
  en: ['from', 'to', 'cc', 'bcc', 'subject', 'date', 'sent', 'reply-to'],
  de: ['von', 'an', 'kopie', 'betreff', 'datum', 'gesendet'],
  fr: ['de', 'à', 'cc', 'objet', 'date', 'envoyé'],
  es: ['de', 'para', 'cc', 'asunto', 'fecha', 'enviado'],
  pt: ['de', 'para', 'cc', 'assunto', 'data', 'enviado', 'enviada'],
  it: ['da', 'a', 'cc', 'oggetto', 'data', 'inviato'],
  nl: ['van', 'aan', 'cc', 'onderwerp', 'datum', 'verzonden'],
  pl: ['od', 'do', 'dw', 'temat', 'data', 'wysłano'],
  /** Fields of the raw header that only a mailing list's archive shows. */
  technical: [
    'message-id',
    'in-reply-to',
    'references',
    'content-type',
    'content-transfer-encoding',
    'mime-version',
    'list-id',
    'list-unsubscribe',
    'list-archive',
    'list-post',
    'list-help',
    'list-subscribe',
    'x-mailer',
  ],
}

/** The subject's label in each language: its value is the message's title. */
export const EMAIL_SUBJECT_LABELS: readonly string[] = [
  'subject',
  'betreff',
  'objet',
  'asunto',
  'assunto',
  'oggetto',
  'onderwerp',
  'temat',
]

/** The sender's label: a header block holds it, a posting's own "Data:" line does not. */
export const EMAIL_SENDER_LABELS: readonly string[] = ['from', 'von', 'de', 'da', 'van', 'od']

/**
 * Web mail programs whose printed thread opens with their name and the reader's address
 * ("Gmail   Priya Nair <priya@…>"), over the subject and the count of messages. Lower case.
 */
export const WEB_MAIL_PROGRAMS: readonly string[] = [
  'gmail',
  'outlook',
  'yahoo mail',
  'proton mail',
  'zoho mail',
  'gmx',
  'web.de',
  'icloud mail',
  'fastmail',
]

/**
 * A mail program's folders, each on a line of its own in its side pane when its window is
 * copied whole (Outlook on the web, Gmail, Thunderbird). Lower case.
 */
export const MAIL_FOLDER_WORDS: PerLanguage<string> = {
  en: [
    'inbox',
    'sent items',
    'sent',
    'drafts',
    'junk email',
    'junk',
    'spam',
    'deleted items',
    'trash',
    'bin',
    'archive',
    'outbox',
    'starred',
    'snoozed',
    'all mail',
  ],
  de: [
    'posteingang',
    'gesendete elemente',
    'gesendet',
    'entwürfe',
    'junk-e-mail',
    'gelöschte elemente',
    'papierkorb',
    'archiv',
    'postausgang',
  ],
  fr: [
    'boîte de réception',
    'éléments envoyés',
    'envoyés',
    'brouillons',
    'courrier indésirable',
    'éléments supprimés',
    'corbeille',
    'archives',
    "boîte d'envoi",
  ],
  es: [
    'bandeja de entrada',
    'elementos enviados',
    'enviados',
    'borradores',
    'correo no deseado',
    'elementos eliminados',
    'papelera',
    'archivo',
    'bandeja de salida',
  ],
  pt: [
    'caixa de entrada',
    'itens enviados',
    'enviados',
    'rascunhos',
    'lixo eletrônico',
    'itens excluídos',
    'lixeira',
    'arquivo morto',
    'caixa de saída',
  ],
  it: [
    'posta in arrivo',
    'posta inviata',
    'bozze',
    'posta indesiderata',
    'posta eliminata',
    'cestino',
    'archivio',
    'posta in uscita',
  ],
  nl: [
    'postvak in',
    'verzonden items',
    'verzonden',
    'concepten',
    'ongewenste e-mail',
    'verwijderde items',
    'prullenbak',
    'archief',
    'postvak uit',
  ],
  pl: [
    'skrzynka odbiorcza',
    'elementy wysłane',
    'wysłane',
    'wersje robocze',
    'wiadomości-śmieci',
    'elementy usunięte',
    'kosz',
    'archiwum',
    'skrzynka nadawcza',
  ],
}

/**
 * A mail program's notice over a message whose pictures it held back ("Remote content is not
 * loaded. Load", "Bilder werden nicht angezeigt"): the start of the line, lower case.
 */
export const MAIL_BLOCKED_CONTENT_NOTICES: PerLanguage<string> = {
  en: [
    'remote content is not loaded',
    'remote content has been blocked',
    'images are not displayed',
    'this message contains remote content',
    'to help protect your privacy, some content',
  ],
  de: [
    'externe inhalte werden nicht geladen',
    'externe inhalte wurden blockiert',
    'bilder werden nicht angezeigt',
    'diese nachricht enthält externe inhalte',
  ],
  fr: [
    'le contenu distant n’est pas chargé',
    "le contenu distant n'est pas chargé",
    'les images ne sont pas affichées',
    'ce message contient du contenu distant',
  ],
  es: [
    'el contenido remoto no se ha cargado',
    'las imágenes no se muestran',
    'este mensaje contiene contenido remoto',
  ],
  pt: [
    'o conteúdo remoto não foi carregado',
    'as imagens não são exibidas',
    'esta mensagem contém conteúdo remoto',
  ],
  it: [
    'il contenuto remoto non è stato caricato',
    'le immagini non sono visualizzate',
    'questo messaggio contiene contenuti remoti',
  ],
  nl: [
    'externe inhoud is niet geladen',
    'afbeeldingen worden niet weergegeven',
    'dit bericht bevat externe inhoud',
  ],
  pl: [
    'treść zdalna nie została załadowana',
    'obrazy nie są wyświetlane',
    'ta wiadomość zawiera treści zdalne',
  ],
}

/** The count a printed thread gives under its subject ("1 message", "3 Nachrichten"). Lower case. */
export const MESSAGE_COUNT_WORDS: PerLanguage<string> = {
  en: ['message', 'messages'],
  de: ['nachricht', 'nachrichten'],
  fr: ['message', 'messages'],
  es: ['mensaje', 'mensajes'],
  pt: ['mensagem', 'mensagens'],
  it: ['messaggio', 'messaggi'],
  nl: ['bericht', 'berichten'],
  pl: ['wiadomość', 'wiadomości'],
}

/**
 * Messaging programs a recruiter's message is copied from, with their window's name on top
 * ("WhatsApp" over "Search or start new chat"), and a workplace's own network a post is
 * shared on ("Viva Engage" over its communities). Lower case.
 */
export const MESSAGING_PROGRAMS: readonly string[] = [
  'whatsapp',
  'whatsapp web',
  'telegram',
  'messenger',
  'wechat',
  'viber',
  // a workplace's own network and chat, a post shared inside the company
  'viva engage',
  'yammer',
  'workplace from meta',
  'microsoft teams',
  'slack',
  'skype',
  'discord',
  'mattermost',
  'google chat',
  'zulip',
]

/**
 * A workplace's tools for tracking its work, whose card, ticket or page a role is copied
 * from ("Trello" over a hiring board's card, "Jira" over a ticket asking for a hire). Lower
 * case.
 */
export const WORK_TRACKING_APPS: readonly string[] = [
  'trello',
  'jira',
  'jira software',
  'jira work management',
  'confluence',
  'asana',
  'clickup',
  'monday.com',
  'basecamp',
  'notion',
  'airtable',
  'linear',
  'wrike',
  'smartsheet',
  'youtrack',
  'azure devops',
]
