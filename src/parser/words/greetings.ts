import type { PerLanguage } from './languages.ts'

/**
 * How a letter opens, in the eight languages: a forwarded offer or a list message starts
 * "Hi all," or "Beste Sanne,", a line that is neither the company nor the title. Regex
 * sources, matched case-insensitively at the start of a short line.
 */
export const GREETINGS: PerLanguage<string> = {
  en: ['hi', 'hello', 'hey', 'dear', 'greetings', 'good (?:morning|afternoon)'],
  de: ['hallo', 'liebe[rs]?', 'sehr geehrte[rs]?', 'guten tag', 'moin', 'servus', 'grüß gott'],
  fr: ['bonjour', 'salut', 'cher', 'chère', 'chers', 'madame', 'monsieur'],
  es: ['hola', 'estimad[oa]s?', 'buen(?:os|as) (?:días|tardes)'],
  pt: ['olá', 'ola', 'oi', 'prezad[oa]s?', 'car[oa]s?', 'bom dia', 'boa tarde'],
  it: ['ciao', 'salve', 'gentile', 'car[oa]', 'cari', 'buongiorno'],
  nl: ['beste', 'hoi', 'hallo', 'goedemorgen', 'goedemiddag', 'geachte'],
  pl: ['cześć', 'witam', 'witajcie', 'dzień dobry', 'szanown[ay]'],
}

/**
 * How a letter closes, in the eight languages: "Kind regards," over the sender's name, title
 * and numbers (a signature: the sender's title is no role of the post). Regex sources,
 * matched case-insensitively against a whole short line.
 */
export const CLOSINGS: PerLanguage<string> = {
  en: [
    '(?:kind|best|warm|warmest)? ?regards',
    'best(?: wishes)?',
    'cheers',
    'thanks',
    'many thanks',
    'thank you',
    '(?:yours )?sincerely',
  ],
  de: ['mit freundlichen grüßen', '(?:viele|beste|liebe|freundliche) grüße', 'mfg', 'vg', 'lg'],
  fr: ['(?:bien )?cordialement', 'bien à vous', 'salutations(?: distinguées)?', 'belle journée'],
  es: ['(?:un )?saludos?(?: cordiales)?', 'atentamente', 'un abrazo'],
  pt: ['atenciosamente', 'cumprimentos', 'abraços?', 'um abraço', 'obrigad[oa]'],
  it: ['(?:cordiali|distinti)? ?saluti', 'un saluto', 'a presto'],
  nl: ['met vriendelijke groet(?:en)?', 'vriendelijke groet(?:en)?', 'groet(?:en|jes)?', 'mvg'],
  pl: ['pozdrawiam(?: serdecznie)?', 'z poważaniem', 'pozdrowienia'],
}
