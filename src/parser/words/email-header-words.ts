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
