import { HTML_ENTITY } from './patterns.ts'

/**
 * The named HTML entities that job pages use. The full HTML5 table (the `entities` package's
 * decoder) would add 22.4 kB gzip to the import worker, about 40 % of the parser, for
 * characters postings do not contain; unknown names are left as written. A Map, not an
 * object: `&constructor;` or `&__proto__;` must never find Object.prototype's members.
 */
const NAMED = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ensp: ' ',
    emsp: ' ',
    thinsp: ' ',
    ndash: '–',
    mdash: '—',
    minus: '−',
    hellip: '…',
    middot: '·',
    bull: '•',
    lsquo: '‘',
    rsquo: '’',
    sbquo: '‚',
    ldquo: '“',
    rdquo: '”',
    bdquo: '„',
    laquo: '«',
    raquo: '»',
    lsaquo: '‹',
    rsaquo: '›',
    prime: '′',
    Prime: '″',
    copy: '©',
    reg: '®',
    trade: '™',
    deg: '°',
    plusmn: '±',
    times: '×',
    divide: '÷',
    frac12: '½',
    frac14: '¼',
    frac34: '¾',
    sup2: '²',
    sup3: '³',
    micro: 'µ',
    para: '¶',
    sect: '§',
    euro: '€',
    pound: '£',
    yen: '¥',
    cent: '¢',
    curren: '¤',
    dagger: '†',
    Dagger: '‡',
    larr: '←',
    rarr: '→',
    uarr: '↑',
    darr: '↓',
    harr: '↔',
    rArr: '⇒',
    check: '✓',
    hearts: '♥',
    star: '☆',
    iexcl: '¡',
    iquest: '¿',
    shy: '',
    zwj: '',
    zwnj: '',
    lrm: '',
    rlm: '',
    aacute: 'á',
    Aacute: 'Á',
    agrave: 'à',
    Agrave: 'À',
    acirc: 'â',
    Acirc: 'Â',
    atilde: 'ã',
    Atilde: 'Ã',
    auml: 'ä',
    Auml: 'Ä',
    aring: 'å',
    Aring: 'Å',
    aelig: 'æ',
    AElig: 'Æ',
    ccedil: 'ç',
    Ccedil: 'Ç',
    eacute: 'é',
    Eacute: 'É',
    egrave: 'è',
    Egrave: 'È',
    ecirc: 'ê',
    Ecirc: 'Ê',
    euml: 'ë',
    Euml: 'Ë',
    iacute: 'í',
    Iacute: 'Í',
    igrave: 'ì',
    Igrave: 'Ì',
    icirc: 'î',
    Icirc: 'Î',
    iuml: 'ï',
    Iuml: 'Ï',
    ntilde: 'ñ',
    Ntilde: 'Ñ',
    oacute: 'ó',
    Oacute: 'Ó',
    ograve: 'ò',
    Ograve: 'Ò',
    ocirc: 'ô',
    Ocirc: 'Ô',
    otilde: 'õ',
    Otilde: 'Õ',
    ouml: 'ö',
    Ouml: 'Ö',
    oslash: 'ø',
    Oslash: 'Ø',
    szlig: 'ß',
    uacute: 'ú',
    Uacute: 'Ú',
    ugrave: 'ù',
    Ugrave: 'Ù',
    ucirc: 'û',
    Ucirc: 'Û',
    uuml: 'ü',
    Uuml: 'Ü',
    yacute: 'ý',
    Yacute: 'Ý',
    yuml: 'ÿ',
    scaron: 'š',
    Scaron: 'Š',
    zcaron: 'ž',
    Zcaron: 'Ž',
    oelig: 'œ',
    OElig: 'Œ',
  }),
)

/**
 * What HTML maps numeric references 128–159 to (Windows-1252, as browsers do): old pages
 * write `&#150;` for an en dash. Unlisted codes in that range are control characters.
 */
const WINDOWS_1252 = new Map<number, string>([
  [0x80, '€'],
  [0x82, '‚'],
  [0x83, 'ƒ'],
  [0x84, '„'],
  [0x85, '…'],
  [0x86, '†'],
  [0x87, '‡'],
  [0x88, 'ˆ'],
  [0x89, '‰'],
  [0x8a, 'Š'],
  [0x8b, '‹'],
  [0x8c, 'Œ'],
  [0x8e, 'Ž'],
  [0x91, '‘'],
  [0x92, '’'],
  [0x93, '“'],
  [0x94, '”'],
  [0x95, '•'],
  [0x96, '–'],
  [0x97, '—'],
  [0x98, '˜'],
  [0x99, '™'],
  [0x9a, 'š'],
  [0x9b, '›'],
  [0x9c, 'œ'],
  [0x9e, 'ž'],
  [0x9f, 'Ÿ'],
])

/** The character a numeric reference names, or null for one that names no character. */
function fromCodePoint(code: number): string | null {
  const windows = WINDOWS_1252.get(code)
  if (windows) return windows
  if (
    (code < 0x20 && code !== 9 && code !== 10 && code !== 13) ||
    (code >= 0x7f && code <= 0x9f) ||
    !Number.isInteger(code) ||
    code <= 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff)
  ) {
    return null
  }
  return String.fromCodePoint(code)
}

/** Decodes numeric entities and the common named ones; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(HTML_ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return fromCodePoint(code) ?? whole
    }
    return NAMED.get(name) ?? NAMED.get(name.toLowerCase()) ?? whole
  })
}
