/**
 * Every regular expression the parser uses, in one place, so that each can be read, tested
 * for catastrophic backtracking (patterns.test.ts) and changed without hunting.
 *
 * Rules for adding one: no nested quantifiers over overlapping classes, bounded `{0,n}` gaps
 * instead of `.*` between two parts, and the `u` flag when it relies on letter classes.
 * Patterns run per line or per sentence, never over the whole text, unless marked `g`.
 * Only whitespace collapsing and code-shape checks (/^[A-Z]{2}$/) stay inline in the stages.
 */

import { phraseRegex } from './words/compile.ts'
import { allLanguages } from './words/languages.ts'
import { ROLE_NOUNS } from './words/role-nouns.ts'
import { SECTION_HEADINGS } from './words/section-headings.ts'

// ---------------------------------------------------------------- input kinds

export const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n---[ \t]*(?:\r?\n|$)/
export const FRONT_MATTER_PAIR = /^([A-Z][\w-]{0,40})\s*:\s*(\S.*)?$/i
export const LOOKS_LIKE_HTML =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)|<(?:div|p|ul|li|h[1-6]|section|article|span|br)\b[^>]{0,200}>/i
export const LOOKS_LIKE_JSON = /^\s*[[{]/
export const JSON_LD_SCRIPT =
  /<script\b[^>]{1,300}type\s*=\s*["']?application\/ld\+json["']?[^>]{0,300}>([\s\S]*?)<\/script\s*>/gi
export const HTML_DROP_ELEMENT =
  /<(script|style|noscript|template|svg|nav|footer|aside|form|iframe|button|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
export const HTML_COMMENT = /<!--[\s\S]*?-->/g
export const HTML_DECLARATION = /<![^>]{0,500}>|<\?[^>]{0,500}>/g
export const HTML_BLOCK_BREAK =
  /<\/?(?:p|div|section|article|header|main|h[1-6]|ul|ol|table|tr|blockquote|pre|dl|dt|dd|hr)\b[^>]*>/gi
export const HTML_HEADING_OPEN = /<h([1-6])\b[^>]*>/gi
export const HTML_LINE_BREAK = /<br\s*\/?>/gi
export const HTML_LIST_ITEM = /<li\b[^>]*>/gi
export const HTML_CELL = /<\/t[dh]\s*>/gi
export const HTML_TAG = /<\/?[A-Z][^>]{0,2000}>/gi
export const HTML_ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[A-Z][A-Z0-9]{1,31});/gi
export const HTML_STRONG_TAG = /<\/?(?:strong|b)\b[^>]{0,200}>/gi
export const HTML_LIST_ITEM_END = /<\/li\s*>/gi
export const HTML_EMPTY_STRONG = /\*\*\s{0,20}\*\*/g
export const HAS_HTML_TAG = /<[a-z][^>]{0,200}>/i
export const LOOKS_LIKE_MARKDOWN = /^#{1,6}\s|\n#{1,6}\s|\]\(https?:|\*\*[^*\n]{1,200}\*\*/
export const HTML_STRONG_LINE = /^<(?:strong|b)\b[^>]*>([^<]{1,80})<\/(?:strong|b)>$/i

// ---------------------------------------------------------------- normalising

export const LINE_BREAKS = /\r\n?|\u2028|\u2029/g
export const BLANK_RUN = /\n(?: *\n){2,}/g
export const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
export const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
export const MD_IMAGE = /!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g
export const MD_LINK = /\[([^\]\n]{0,500})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/g
export const MD_HEADING = /^ {0,3}(#{1,6})[ \t]*/
export const MD_RULE = /^ {0,3}(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,}|(?:= *){3,})$/
export const MD_ESCAPE = /\\([-\\`*_{}[\]()#+.!|>~])/g
export const MD_BOLD_LINE = /^(?:\*\*|__)\s*[^*_\s][^*_\n]{0,99}(?:\*\*|__)\s*(?::\s*)?$/
export const MD_BOLD_START = /^[ _*]{0,6}(?:\*\*|__)/
export const MD_STRONG = /\*\*|(?<![\p{L}\p{N}._])__|__(?![\p{L}\p{N}_])/gu
export const MD_EMPHASIS = /(^|[\s(])[_*]+(?=\S)|(\S)[_*]+(?=$|[\s).,:;!?])/g
export const MD_CODE = /`+/g
/** Sentence ends and line breaks: where a work-mode or language statement stops. */
export const SENTENCE_BREAK = /(?<=[.!?])\s+|\n/
export const EMOJI = /\p{Extended_Pictographic}[\ufe0f\u200d\p{Extended_Pictographic}]*/gu
/** Cheap test before the emoji regex: most lines have no character above U+2000. */
export const BEYOND_BASIC = /[\u2001-\uffff]/
export const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"]{1,2000}/gi
export const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/g
export const OBFUSCATED_EMAIL = /\b\w{1,40} ?\[at\] ?\w{1,40}(?: ?(?:dot|\.) ?\w{1,20}){1,4}/gi

// ---------------------------------------------------------------- lines

export const BULLET =
  /^\s{0,12}(?:[-*+•·‣◦▪▫●○■□➢➤►▶✓✔✗➕→–—]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+/u
export const TERMINAL_PUNCTUATION = /[.;,!?]["'’)\]]?$/
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu
export const LABEL_LINE = /^(\p{Lu}[\p{L}&/'’ -]{1,38}?)\s*:\s+(\S.*)$/u
export const HAS_LETTER = /\p{L}/u
/** "|", "•" or a free-standing "·"; a "·" between letters is inclusive writing ("Développeur·euse"). */
export const PIPE_SEPARATOR = /[|•]|·(?!\p{L})|(?<!\p{L})·/u
export const HASHTAG_LINE = /^(?:#[A-Z][\w-]{1,40}\s*)+$/i

// ---------------------------------------------------------------- page noise

/** A heading that starts page furniture: everything under it up to the next posting heading. */
export const NOISE_REGION_START =
  /^(?:similar|related|recommended|more|other|recent|featured|popular|trending|latest|top)\s+(?:jobs|roles|positions|openings|companies|searches|listings)\b|^jobs?\s+(?:you\s+(?:may|might)|similar|like this|for you|near)|^people\s+(?:also\s+)?(?:viewed|searched|applied)|^(?:what you need to know about|discover|explore|about)\s+(?:the\s+)?.{0,40}\btech\s+scene\b|^(?:more\s+)?jobs\s+(?:at|from|in|near)\s+|^(?:browse|see|view|explore)\s+(?:all\s+|more\s+)?(?:jobs|openings|roles)\b|^(?:we use cookies|cookie (?:policy|settings|preferences|notice))|^(?:get (?:job )?alerts|job alerts?|create (?:a )?(?:free )?(?:job )?alert)\b|^(?:sign up|log in|create (?:a )?free account)\b/i

/** One line of page furniture. */
export const NOISE_LINE =
  /^(?:be an early applicant|the summary above was generated by ai|(?:this )?summary (?:was )?(?:generated|written) by ai|ai[- ]generated summary|sign up(?: now)?|access later|create (?:a )?free account|please (?:log in|sign in|sign up)\b.{0,80}|log ?in|sign ?in|apply(?: now| for this job| on company site)?|easy apply|save(?: job| this job)?|saved|share(?: this job| job)?|report(?: this)? job|show (?:more|less)|see (?:more|less)|read (?:more|less)|click (?:here )?to apply|back to (?:jobs|search|results|all jobs)|skip to (?:main )?content|powered by [\w .-]{1,40}|\d+\+? applicants?|over \d+ applicants|actively (?:hiring|recruiting)|promoted|reposted|new|apply with linkedin|view (?:all )?jobs|(?:accept|reject|manage) (?:all )?cookies|cookie settings|copy link|print)$/i

export const LOGO_LINE = /^(.{2,60}?)\s+logo$/i
export const RANDOM_TOKEN = /^(?=[A-Za-z0-9]{8,24}$)(?=.*\d)(?=.*[a-z])(?=.*[A-Z])\S+$/
export const AI_SUMMARY_NOTICE = /generated by ai|ai[- ]generated/i

// ---------------------------------------------------------------- headings and sections

/** Sections whose heading phrase is unmistakable: a heading whatever its length or markup. */
export const HEADING_STRONG = {
  niceToHave:
    /\b(?:nice[- ]to[- ]haves?|bonus(?: points)?|big pluses|pluses|plus points|preferred (?:qualifications|skills|experience|technical skills)|desirable(?: skills| experience)?|good to have|would be (?:great|nice|a plus)|extra credit|not required but)\b/i,
  stack:
    /\b(?:(?:our |the )?tech(?:nical|nology)? stack|our stack|stack|tech(?:nical|nology)? environment|(?:technologies|tools|tooling)(?: (?:we use|you(?:'|’)ll use|and technologies))?|top skills|built with|tech)$|^(?:our |the )?(?:tech(?:nical|nology)? stack|technologies|tools (?:we use|and technologies))\b/i,
  hiringProcess:
    /\b(?:(?:recruitment|recruiting|interview|interviewing|hiring|application|selection) (?:process|steps|stages)|how to apply|next steps|applying|our process|apply(?: here| now)?)\b/i,
  benefits:
    /\b(?:benefits?|perks|what we offer|we offer|our offer|what(?:'|’)?s in it for you|why (?:join|work (?:at|for|with)|you(?:'|’)ll love)|compensation|what you(?:'|’)ll get|what you get|rewards?|why should you join)\b/i,
  requirements:
    /\b(?:requirements?|qualifications?|(?:what |who )?we(?:'|’)?re looking for|(?:what |who )?we are looking for|about you|who you are|your profile|your experience|your skills|(?:skills|experience)(?: (?:and|&) (?:experience|qualifications|skills))?(?: (?:we(?:'|’)re|are we) looking for)?|what you(?:'|’)?ll (?:need|bring)|what you (?:need|bring|have)|must[- ]haves?|we(?:'|’)?d love|ideal candidate|what we want|you have|you are|you(?:'|’)re|competenc(?:y|ies)|knowledge\/skills|contribute to our team|expected qualifications|technical skill requirements)\b/i,
  responsibilities:
    /\b(?:responsibilit(?:y|ies)|what you(?:'|’)?ll (?:do|be doing|work on|achieve)|what you will (?:do|be doing|work on|achieve)|what you(?:'|’)?ll be working on|what you will be working on|about the (?:role|job|position|opportunity)|the role|your role|role overview|the opportunity|your impact|impact you(?:'|’)?ll (?:make|have)|day[- ]to[- ]day|duties|your mission|in this role|the job|key tasks|your tasks|the challenges?|you will|projects you(?:'|’)?ll work on|what the job involves|job description|your career)\b/i,
  about:
    /\b(?:about (?:us|the company|the team|our team)|company description|company overview|who we are|our mission|our culture|our story|our values|our team|the team|team (?:&|and) environment|engineering culture|culture|diversity|equal (?:employment )?opportunit(?:y|ies)|inclusion|our approach(?: to work)?|our commitment|additional information|why us|life at)\b/i,
  logistics:
    /\b(?:work(?:ing)? mode|hybrid policy|remote policy|work(?:ing)? model|work(?:ing)? arrangements?|location|locations|where you(?:'|’)ll work|working conditions|working hours|salary and location|job summary|summary|overview|description|important note)\b/i,
} as const

/** The same section headings in the other posting languages ("Ihr Profil", "Missions"). */
export const HEADING_IN_LANGUAGES = Object.fromEntries(
  Object.keys(HEADING_STRONG).map((kind) => [
    kind,
    phraseRegex(
      Object.values(SECTION_HEADINGS).flatMap(
        (byKind) => byKind[kind as keyof typeof HEADING_STRONG],
      ),
    ),
  ]),
) as Record<keyof typeof HEADING_STRONG, RegExp>

export const HEADING_ABOUT_COMPANY =
  /^about\s+(?!you\b|the role\b|this role\b|the job\b|the position\b)(.{2,50})$/i
export const EQUAL_OPPORTUNITY =
  /\bequal (?:employment )?opportunit(?:y|ies) employer\b|\bwithout regard to (?:race|age|color|colour|religion|sex|gender)\b/i
export const CONTACT_LABEL = /^(?:contact|apply|email|e-mail|questions)\b/i

/** Lines that say a requirement is optional: they count as nice to have. */
export const NICE_TO_HAVE_LINE =
  /\b(?:is a bonus|bonus points?|nice[- ]to[- ]have|would be (?:a )?(?:great |big )?(?:bonus|plus|advantage)|an asset|(?:is|are) preferred|desirable|advantageous|not required|(?:a|big) plus)\b/i

// ---------------------------------------------------------------- header facts

/** A role noun in any posting language ("Engineer", "Entwickler", "Développeur", "Programista"). */
export const ROLE_NOUN = phraseRegex(allLanguages(ROLE_NOUNS))
export const ROLE_PHRASE =
  /\b((?:(?:[A-Z][\w+#./&-]{0,30}|of|and|[&/\-–])\s+){0,7}?(?:[A-Z][\w+#./&-]{0,30}\s+)?(?:Engineer|Developer|Programmer|Architect|Scientist|Analyst|Designer|Manager|Director|Lead|Leader|Administrator|Specialist|Consultant|Researcher|Intern|Technician|Officer|Owner|Tester|Strategist|Coordinator|Recruiter|SRE)s?(?:\s+(?:I{1,3}|IV|[1-5]))?)\b/
/** Phrases after which the text names the role it hires for, strongest first. */
export const TITLE_TRIGGERS: readonly RegExp[] = [
  /\b(?:is|are|we(?:'|’)re|we are)\s+(?:currently\s+)?(?:hiring|looking for|seeking|searching for|recruiting)\s+(?:an?|our|new)\s+/gi,
  /(?:^|[.!?]\s+)As\s+(?:an?|our)\s+/gm,
  /\b(?:looking for|seeking|hiring|recruiting)\s+an?\s+/gi,
  /\bjoin\s+(?:us|our team|the team|the \p{Lu}\p{L}{1,30} team)\s+as\s+(?:an?\s+)?/giu,
]
export const TEAM_IN_TEXT: readonly RegExp[] = [
  /\bjoin\s+(?:our|the)\s+((?:\p{Lu}[\p{L}&-]*\s+){1,3})team\b/u,
  /\b[Tt]he\s+((?:\p{Lu}[\p{L}&-]*\s+){1,3})team\s+(?:is|builds|owns|works|at)\b/u,
]
export const KEY_VALUE =
  /^(job title|title|role|position|company|employer|organi[sz]ation|location|locations|based in|office|work(?:ing)? (?:mode|model|type|arrangement)|workplace type|remote|salary|compensation|pay|salary range|job type|employment type|posted|date posted|level|seniority|experience level|department|team)\s*[:：]\s*(.{1,300})$/i
export const POSTED =
  /^(?:posted|published|listed|reposted)?\s*(?:on\s+)?(today|just now|yesterday|(\d{1,3}|an?|one)\+?\s+(hours?|days?|weeks?|months?)\s+ago|\d{4}-\d{2}-\d{2})\b/i
export const POSTED_ANYWHERE =
  /\b(?:posted|published|reposted)\s+(?:on\s+)?(today|yesterday|(\d{1,3}|an?|one)\+?\s+(hours?|days?|weeks?|months?)\s+ago|\d{4}-\d{2}-\d{2})/i
export const TITLE_DASH_SUFFIX = /^(.{3,200}?) [-–—] (.{1,200})$/
export const TEAM_DASH_SUFFIX = / [-–—] ([^-–—]{1,80})$/
export const ENDS_SENTENCE = /[.!?]["'’)]?$/
export const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i
export const HAS_URL_OR_EMAIL = /https?:|www\.|\S@\S/i
export const EMPLOYMENT_TYPE =
  /^(?:full[- ]?time|part[- ]?time|permanent|contract(?:or)?|temporary|temp|freelance|fte|b2b|internship|seasonal|fixed[- ]term|\d+ months?|full[- ]time employee|contract to hire|w2|1099)(?:\s*[,/]\s*(?:full[- ]?time|part[- ]?time|permanent|contract|remote))*$/i
export const REQUISITION =
  /^(?:job\s*(?:(?:id|ref)\s*)?(?:[:#]\s*)?)?(?:[A-Z]{1,4}-?\d{3,}|\d{5,})$/i
export const LEVEL_LINE =
  /^(entry|junior|mid|mid-senior|senior|staff|principal|lead|executive|director|manager|intern(?:ship)?|associate)[- ]level$|^(internship|entry level|mid-senior level|senior level|executive|director)$/i
export const COMPANY_NAME_SHAPE = /^[\p{Lu}\p{N}][\p{L}\p{N}&.,'’®™()+ -]{0,60}$/u
export const COMPANY_SUFFIX =
  /[®™]|,? (?:inc|ltd|llc|gmbh|s\.a|sa|plc|corp|corporation|co|limited|b\.v|bv|ag)\.?$/gi

// Company named in prose. `N` is a proper name of up to four capitalised words.
const N = String.raw`([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}®?(?: [\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}®?){0,3})`
export const COMPANY_IN_TEXT: readonly { pattern: RegExp; weight: number }[] = [
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)${N}\s+(?:is|are)\s+(?:currently\s+)?(?:hiring|looking for|seeking|searching for|recruiting)\b`,
      'gmu',
    ),
    weight: 5,
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)At\s+${N},?\s+(?:we|we(?:'|’)re|we(?:'|’)ve|our|you|everyone|everything)\b`,
      'gmu',
    ),
    weight: 4,
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)${N},?\s+(?:is|are)\s+(?:a|an|the|one of|Europe(?:'|’)s|the world(?:'|’)s)\s`,
      'gmu',
    ),
    weight: 3,
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)${N},\s+(?:a|an|the)\s+[^.\n]{0,60}?(?:company|startup|platform|leader|provider|marketplace|business|firm|agency|consultancy|scale-?up)\b`,
      'gmu',
    ),
    weight: 3,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:team|teams|role|career|careers|life|working|work|position|job|engineering)\s+at\s+${N}`,
      'gu',
    ),
    weight: 3,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:join|joining)\s+${N}(?=\s+(?:and|as|in|to|on|at|if|today|now)\b|[,.!])`,
      'gu',
    ),
    weight: 2,
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)${N}\s+(?:is|are)\s+(?:an?\s+)?(?:equal|proud)\b`,
      'gmu',
    ),
    weight: 3,
  },
  { pattern: new RegExp(String.raw`^About\s+${N}\s*(?::\s*)?$`, 'gmu'), weight: 3 },
  {
    pattern: new RegExp(
      String.raw`\b(?:priority|opportunity|work|working)\s+(?:for|at|with)\s+${N}(?=\s+(?:and|to|in|is)\b|[,.])`,
      'gu',
    ),
    weight: 1,
  },
]
export const POSSESSIVE_END = /[’']s$/
export const PLURAL_ROLE = /\b(\w+?)s$/
export const NOT_PLURAL_END = /(?:ss|us|is)$/
export const LEADING_CONNECTOR = /^(?:and|of|[&/\-–])\s+/i
export const COMPANY_STOPWORDS =
  /^(?:the|a|an|our|your|this|that|these|those|it|we|you|they|there|here|what|who|why|how|as|in|at|on|for|with|and|or|but|if|us|me|them|job|role|team|company|position|engineering|data|product|design|software|senior|junior|lead|staff|principal|remote|hybrid|onsite|full|part|about|apply|please|note|all|every|each|some|any|no|yes|one|two|three|many|most|more|while|when|where|today|now|responsibilities|requirements|qualifications|benefits|description|summary|overview|mission|culture|home|office|hr|ai|ml|api|ceo|cto|vp|do|be|join|ready|great|new|global|local|key|main|people|everyone|employees|candidates|applicants|life|work|working|diversity|inclusion|equal|learn|learning|experience|interview|interviews|recruitment|application|hiring|contact|location|salary|compensation|perks|stock|health|dental|vision|insurance|pension|paid|unlimited|flexible|generous|competitive|annual|monthly|weekly|daily|hourly|series|seed|round|funding|investors?|backed|founded|headquartered|based|located)$/i

// ---------------------------------------------------------------- seniority and family

export const NOT_A_LEVEL_IN_TITLE = /\bmember of (?:the )?technical staff\b/gi
export const LEVEL_SUFFIX = /[- ]?level$/
/** A level stated for the role in the text: "As a Senior I Engineer", "This is a senior-level role". */
export const LEVEL_IN_TEXT: readonly RegExp[] = [
  /\b(?:as|hiring|seeking|for|be|join (?:us|our team) as|looking for)\s+(?:a|an|our)\s+(?:new\s+|experienced\s+)?(senior|sr\.?|staff|principal|lead|junior|jr\.?|mid[- ]level|intermediate|entry[- ]level|graduate)\s+(?:[A-Z][\w+#.-]{0,30}\s+){0,4}?(?:I{1,3}\s+)?(?:engineers?|developers?|scientists?|analysts?|designers?|architects?|administrators?|programmers?|researchers?|specialists?)\b/i,
  /\bthis is an?\s+(senior|staff|principal|lead|junior|mid|entry|intern)(?:[- ]level)?\s+(?:role|position|opportunity|job)\b/i,
  /\bfor this\s+(senior|staff|principal|junior|mid|entry)(?:[- ]level)?\s+(?:\w+\s+){0,2}(?:role|position)\b/i,
]

// ---------------------------------------------------------------- work mode

export const REMOTE_STRONG: readonly RegExp[] = [
  /\b(?:fully|100\s?%|completely|entirely|permanently|totally)[\s-]+remote\b/i,
  /\bremote[- ](?:first|only)\b/i,
  /\bthis (?:is an?|role is(?: an?)?|position is(?: an?)?|job is(?: an?)?) (?:fully )?remote\b/i,
  /\bremote (?:role|position|job|opportunity|opening)\b(?! (?:is|are) (?:not|unavailable))/i,
  /\b(?:open|available)\s+(?:to\s+)?(?:fully\s+)?remote(?:ly)?\b/i,
  /\bwork (?:from )?anywhere\b/i,
  /\b(?:mainly|mostly|primarily|predominantly|largely)\s+(?:work(?:ing)?\s+)?remote(?:ly)?\b/i,
  /\bwork(?:ing)? (?:from home|remotely) (?:up to )?(?:5|five) days\b/i,
  /\bor,?\s+(?:fully\s+)?remote(?:ly)?\b/i,
  /\bcan be (?:done|worked|performed|based) (?:fully )?remote(?:ly)?\b/i,
  /\bremote(?:ly)? (?:within|from anywhere in|anywhere in|across) (?:the )?[A-Z]/,
]
export const REMOTE_EXCEPTION =
  /\bright candidate\b|\bexceptional (?:cases|circumstances)\b|\bconsider(?:ed)? remote\b|\bremote (?:days?|weeks?|work weeks?|options?|working days?|allowance)\b|\b(?:days?|weeks?) (?:of )?remote\b|\bnot (?:a )?(?:fully )?remote\b|\bno remote\b|\bremote (?:is|are) not\b|\boccasional(?:ly)? remote\b/i
export const HYBRID_WORD =
  /\bhybrid\b(?![- ](?:cloud|app|mobile|architecture|search|development|infrastructure|environment of cloud|models? of (?:cloud|ai)|ai|models? (?:for|in) ))/i
export const ONSITE_STRONG =
  /(?<!virtual\s)\b(?:on[- ]?site|office[- ]based|in[- ]office)\s+(?:role|position|job|only|full[- ]time|5 days|five days)\b|\bfully (?:on[- ]?site|in[- ]office|in[- ]person)\b|\b(?:5|five) days (?:a|per) week (?:in|at|from) (?:the|our) office\b|\bthis (?:role|position|job) is (?:fully )?(?:on[- ]?site|in[- ]office|office[- ]based|in[- ]person)\b|\bnot (?:a )?remote\b|\bno remote\b|\bremote (?:work )?is not (?:possible|available|an option)\b/i
export const MODE_WORD =
  /(?<!virtual\s)\b(remote(?:ly)?|hybrid|on[- ]?site|in[- ]office|in[- ]person|office[- ]based|wfh|work from home)\b/gi
export const HAS_MODE_WORD = new RegExp(MODE_WORD.source, 'i')
export const LINKEDIN_MODE_TAG = /#li[- ](remote|hybrid|onsite|on-site)\b/i

const NUM = String.raw`(?:\d|one|two|three|four|five)`
const RANGE = String.raw`(${NUM}(?:\s*(?:-|–|to|or)\s*${NUM})?)`
export const OFFICE_DAYS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${RANGE}\+?\s*(?:days?|x)\s*(?:(?:\/|per|a|each|every)\s*(?:week|wk)\s*)?(?:[-–,]\s*)?(?:(?:in|at|from|into|to)\s+(?:the\s+|our\s+)?(?:[A-Z][\p{L}-]{1,30}\s+)?(?:office|hq|studio)|in[- ]?office|on[- ]?site|in[- ]person|office)\b`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:in|at|from|into|to)\s+(?:the\s+|our\s+)?(?:office|hq)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?|around\s+|roughly\s+|about\s+)?${RANGE}\s+days?\s*(?:\/|per|a|each|every)\s*week`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:on[- ]?site|in[- ]?office|in[- ]person|office)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?)?${RANGE}\s+days?\s*(?:\/|per|a|each|every)\s*week`,
    'i',
  ),
  new RegExp(String.raw`\bhybrid\b[^.\n]{0,25}?\(\s*${RANGE}\s*days?\s*(?:\/|per|a)\s*week`, 'i'),
]
export const PER_MONTH_AFTER = /^[^.\n]{0,20}?\b(?:per|a|each|every|\/)\s*month\b|^\s*monthly\b/i
export const REMOTE_DAYS_AFTER =
  /^\s*(?:\/\s*)?(?:days?\s+)?(?:working\s+)?(?:from home|remote(?:ly)?|wfh)\b/i
export const WEEKDAY_LIST =
  /\b(?:office|in[- ]office days?|on[- ]?site)\b[^.\n]{1,40}?\b((?:mon|tues|wednes|thurs|fri)days?(?:\s*(?:,\s*and|[,&/]|and)\s*(?:mon|tues|wednes|thurs|fri)days?){0,4})/i
export const WEEKDAY = /\b(mon|tues|wednes|thurs|fri)days?\b/gi
export const RANGE_SEPARATOR = /-|–|\bto\b|\bor\b/
export const REGION_LIST_SEPARATOR = / (?:or|and) |[,/&]/
export const REMOTE_REGION_HINT = /remote|based|located|resid|only|from any/i
export const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 }

export const POLICY: readonly { pattern: RegExp; render: (m: RegExpExecArray) => string }[] = [
  {
    pattern:
      /\b((?:mon|tues|wednes|thurs|fri)day)s?\s+(?:is|are)\s+(?:mandatory|required|compulsory|an office day|in[- ]office)\b/i,
    render: (m) => `${cap(m[1] ?? '')} in office`,
  },
  {
    pattern: /\b(\d|one|two|three|four|five)\s+remote\s+days?\s+(?:a|per)\s+week\b/i,
    render: (m) => `${numberText(m[1])} remote days a week`,
  },
  {
    pattern:
      /\b(\d|one|two|three|four|five|a)\s+remote\s+(?:work(?:ing)?\s+)?weeks?\s+(?:per|a|each|every)\s+(quarter|year|month)\b/i,
    render: (m) =>
      `${numberText(m[1])} remote week${m[1] === '1' || /^(?:a|one)$/i.test(m[1] ?? '') ? '' : 's'} per ${m[2]?.toLowerCase()}`,
  },
  {
    pattern: /\b(\d{1,2}|one|two|three|four|five)\s+flex(?:ible)?\s+days\b/i,
    render: (m) => `${numberText(m[1])} flex days`,
  },
  {
    pattern:
      /\b(\d|one|two|three|four|five)(?:\s*[-–]\s*\d)?\s*days?\s*(?:\/|per|a)\s*week\s+(?:at|in)\s+(?:the\s+|our\s+)?(?:[A-Z][\p{L}-]{1,30}\s+)?office\b/iu,
    render: (m) => `${numberText(m[1])} days a week in the office`,
  },
  {
    pattern:
      /\b(?:work|working)\s+(?:from\s+)?abroad\b[^.\n]{0,80}|\bwork from anywhere\b[^.\n]{0,60}/i,
    render: (m) => sentenceCase(m[0]),
  },
  {
    pattern:
      /\b(?:one|a|\d)[- ]day onsite\b[^.\n]{1,40}\b(?:each|every|per|a) month\b|\b\d\s+days?\s+in\s+(?:the\s+)?office\s+(?:per|a|each)\s+month\b/i,
    render: (m) => sentenceCase(m[0]),
  },
  {
    pattern: /\bcore hours\b[^.\n]{0,60}/i,
    render: (m) => sentenceCase(m[0]),
  },
]
function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}
function sentenceCase(text: string): string {
  const trimmed = text.trim().replace(/[\s,;:]+$/, '')
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
}
function numberText(value: string | undefined): string {
  const lower = (value ?? '').toLowerCase()
  if (lower === 'a') return '1'
  return String(NUMBER_WORDS[lower] ?? lower)
}

// ---------------------------------------------------------------- places

export const POSTAL_CODE = /\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b\d{5}(?:-\d{4})?\b/g
export const PLACE_PARENTHETICAL = /\(([^()]{0,120})\)/g
export const PLACE_NOISE_WORDS =
  /\b(?:office|offices|hq|headquarters|greater|metropolitan area|based|(?:or|and)\s+remote|remote|hybrid|on[- ]?site|in[- ]office)\b/gi
/** Splits a place field into alternatives; the field has its spaces collapsed first. */
export const PLACE_ALTERNATIVES = / (?:or|and|[/&+]) |[;|·]/
export const N_LOCATIONS = /^\d+\s+locations?$/i
export const MACRO_REGION =
  /^(?:eu|europe|european union|emea|apac|latam|americas|north america|south america|worldwide|global|anywhere|international|nordics|dach|benelux|cet|cest|gmt|utc|us time ?zones?|european time ?zones?)$/i
export const LOCATION_IN_TEXT: readonly RegExp[] = [
  /\b(?:position(?:'|’)s location|location of (?:this|the) (?:role|position))\s+is\s+(?:in\s+)?(\p{Lu}[^.;:\n]{1,80})/u,
  /\b(?:based|located|work(?:ing)?|hybrid)\s+(?:in|at|from|out of)\s+our\s+(\p{Lu}[\p{L}'’. -]{1,40}?)\s+(?:office|hub|studio|hq|headquarters)\b/u,
  /\b(?:role|position|job|you)\b[^.\n]{1,50}?\b(?:is|are|will be)\s+based\s+(?:in|at|out of)\s+(?:the\s+)?(\p{Lu}[^.;:\n(]{1,60})/u,
  /\b(?:must|should|need to|have to)\s+(?:be\s+)?(?:located|based|living|live|reside|residing)\s+in\s+(?:the\s+)?(\p{Lu}[^.;:\n(]{1,60})/iu,
  /\bjoin\s+(?:our|the)\s+(?:\p{Lu}[\p{L}&-]*\s+){1,4}team\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}'’. -]{1,40})/u,
]
export const OFFICES_LIST = /\b(?:we have )?offices? in\s+(\p{Lu}[\p{L}'’., -]{2,160}?)(?:\.|$)/u
export const PLACE_LIST_TAIL =
  /^(\p{Lu}[\p{L}'’.-]*(?:[ -](?:\p{Lu}[\p{L}'’.-]*|de|del|la|le|du|upon|on|am|im|sur|do|da|dos))*(?:,\s*\p{Lu}[\p{L}'’.-]*(?:[ -](?:\p{Lu}[\p{L}'’.-]*|de|del|la|le|du|upon|on|am|im|sur|do|da|dos))*){0,3})/u
export const REMOTE_REGION_IN_TEXT: readonly RegExp[] = [
  /\bremote\s*\(([^()]{2,60})\)/i,
  /\bremote(?:[- ]first)?\s+(?:within|from anywhere in|anywhere in|from|in|across)\s+(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40})/u,
  /\bfrom any (?:location|where|place) in\s+(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40})/u,
  /\b(?:located|based|living|residing|reside)\s+in\s+(?:the\s+)?(?:province|state)\s+of\s+(\p{Lu}[\p{L}. -]{1,40})/u,
  /\b(?:must|should)\s+be\s+(?:located|based)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40})/iu,
  /\bif you(?:'|’)re\s+([A-Z]{2,4}(?:\s+or\s+[A-Z]{2,4})*)[- ]based\b/,
  /\b([A-Z]{2,4}|\p{Lu}\p{L}{2,20})\s+only\b/u,
]

// ---------------------------------------------------------------- stack context

/** A word right after an ambiguous name that shows it is the technology. */
export const TECH_QUALIFIER_AFTER =
  /^[\s-]{0,2}(?:language|lang|programming|developers?|engineers?|engineering|framework|librar(?:y|ies)|ecosystem|code(?:base)?|sdks?|apis?|services?|microservices|backend|back-end|stack|experience|skills?|clusters?|jobs|pipelines?|scripts?|scripting|notebooks?|workflows?|dags?|applications?|apps?|development|projects?|expertise|proficiency|knowledge|warehouse|modules?|components?|runtime|environment|platform|tooling|cloud|deployments?|charts?|playbooks?|manifests?|templates?|queries|models|dashboards?)\b/i
/** Words right before an ambiguous name that introduce a technology. */
export const TECH_TRIGGER_BEFORE =
  /\b(?:experience (?:with|in|using)|proficien(?:t|cy) (?:with|in)|knowledge of|skills in|written in|built (?:with|on|in)|using|familiar(?:ity)? with|expertise in|such as|e\.g\.,?|including|tools? like|(?:tools|frameworks|languages|platforms) (?:like|such as)|(?:code|coding|develop(?:ment)?|program(?:ming)?|work(?:ing)?|written|rewritten|built|services|backend|stack|mostly|primarily|heavily)\s+(?:in|with|on))\s*\(?$/i
/** A bare "in" or "with" before a name: weak evidence ("services in Go", "a degree in Informatica"). */
export const TECH_WEAK_BEFORE = /\b(?:in|with)\s*\(?$/i
/** Between two names of one list: "Rust, Python", "Go/Postgres", "Python & Go", "TS and Go". */
export const LIST_GAP = /^[\s,/&+|()]{0,4}(?:(?:and|or|plus|&)\s{1,3})?[\s(]{0,2}$/i
/** Words that keep following a sentence-initial name from being a verb or a common noun. */
export const SAFE_FOLLOWER =
  /^(?:and|or|[&/,(\d]|with|for|in|on|is|are|was|as|at|via|plus|skills?|experience|proficiency|knowledge|expertise|development|developers?|engineers?|language|programming|code|scripts?|framework|library|ecosystem|services|stack|applications?|apps?)/i
export const SENTENCE_START_BEFORE = /(?:^|[.!?]\s{1,3}|\n\s{0,12}(?:[-*•]\s{1,3})?)$/
export const FIRST_PERSON =
  /\b(?:my|me|I['’](?:m|ve|d|ll)|I (?:am|was|have|had|could|would|always|can|will|think|believe|wrote|built|felt|did|do|love|want|started|learned|spent|joined|founded))\b/i
export const BIO_BEFORE =
  /\b(?:ceo|cto|cfo|coo|founder|co-?founder|vp|president|chair(?:man|woman)?|ex|former(?:ly)?|alumni|alum|investors?(?: include)?|clients? (?:like|include|such as)|customers? (?:like|include|such as)|trusted by|used by|partnered with|acquired by)\b[^.\n]{0,14}$/i
export const STRICT_LETTER_PREVIOUS_WORD =
  /\b(?:series|type|vitamin|grade|class|plan|section|part|level|tier|phase|round|model|option|category|appendix|schedule|form|exhibit|usb|block|team|group|unit|building|floor|room|gate|hall|wing|row|column|item|point|step|stage|version|rank)\s*$/i
export const STRICT_LETTER_BAD_NEXT = /^(?:[-&'’]\w|\.\w|\s*&)/
export const STRICT_LETTER_BAD_PREVIOUS = /[&'’\-.]$/
/** "C" in "C++"/"C#", "Node" in "Node.js": the alias is part of a longer name. "Go+Postgres" is not. */
export const ALIAS_BAD_NEXT = /^(?:\+\+|\+$|#|\.[\p{L}\p{N}])/u
export const ALIAS_BAD_PREVIOUS = /(?:[\p{L}\p{N}]\.|[@\\#])$/u
export const QUALIFIER_NOTE =
  /^\s*\(\s*((?:being\s+)?phased out|deprecated|legacy|migrating away|being replaced|sunset(?:ting)?|nice to have|a plus|preferred|optional|beta|in progress|experimental)\s*\)/i
export const LAST_SENTENCE_START = /[.!?]\s[^.!?]{0,400}$/
export const HAS_LINK = /https?:|www\./i
export const GCP_ALIAS = /^(?:GCP|Google)\b/
export const AZURE_ALIAS = /^(?:Azure|Microsoft)\b/
export const AWS_ALIAS = /^(?:AWS|Amazon)\b/
export const AWS_NEAR = /\b(?:AWS|Amazon)\b/
export const GCP_NEAR = /\b(?:GCP|Google Cloud|Google)\b/
export const AZURE_NEAR = /\b(?:Azure|Microsoft)\b/
export const DECLARED_STACK_LINE =
  /^(?:our |the )?(?:(?:tech|technical|technology|current|core) )?(?:stack|tech|technologies|tools)(?: (?:includes?|is|are|we use))?\s*:/i

/** Readings that make a name an ordinary word here, keyed by canonical name. */
export const NEGATIVE_AFTER: Record<string, RegExp> = {
  Go: /^[\s-]{0,2}(?:to|live|ahead|beyond|further|back|out|above|deep(?:er)?|get|through|into|for it|big|far|getter|-to-|fast|the extra|above and|a long|on|after|hand)\b/i,
  'Monte Carlo': /^\s*(?:simulations?|methods?|tree|sampling|analysis|models?|approach)\b/i,
  Snowflake: /^\s*schemas?\b/i,
  Spring: /^\s*(?:\d{4}|semester|term|break|cohort|intake|season)\b/i,
  Rust: /^\s*belt\b/i,
  Unity: /^\s*(?:of|in|and|among)\b/i,
  'Microsoft Excel': /^\s*(?:at|in|as)\b/,
  Make: /^\s*(?:sure|it|a|an|the|this|that|them|things|decisions?|us|your|our|their|use|time|progress|changes|mistakes)\b/i,
  Windows: /^\s*(?:of|into)\b/i,
  Linear: /^\s*(?:algebra|regression|models?|programming|scal\w*|growth|time)\b/i,
  Realm: /^\s*of\b/i,
  Bootstrap: /^\s*(?:a|the|your|our|ped|ping)\b/i,
  Segment: /^\s*(?:of|the|your|our)\b/i,
  Helm: /^\s*of\b/i,
  Git: /^\s*(?:repos?|repositor(?:y|ies))\b/,
  Ruby: /^\s*on\s+Rails\b/,
  Express: /^\s*(?:entry|delivery|shipping|interest|consent|written)\b/i,
  Swift: /^\s*(?:payments?|network|code|messag\w*|transfers?|gpi)\b/i,
  Codex: /^\s*(?:of|alimentarius)\b/i,
  Spark: /^\s*(?:joy|curiosity|conversations?|ideas?|innovation|interest|change)\b/i,
  Puppet: /^\s*(?:show|master)\b/i,
  Chef: /^\s*(?:'s|’s|de|in|at)\b/i,
  R: /^\s*(?:&|and D\b|\.\s*[A-Z]\.)/,
}
export const NEGATIVE_BEFORE: Record<string, RegExp> = {
  Express: /\b(?:American|Pony|Orient|Federal)\s+$/,
  Go: /\b(?:let(?:'|’)s|will|to|and|can|must|should|may|might|could|would)\s+$/i,
  Spring: /\b(?:this|next|last|in|early|late|the)\s+$/i,
  Julia: /\b(?:with|from|to|contact|ask|email|by|cc)\s+$/i,
  Ruby: /\b(?:with|from|to|contact|ask|email|by|cc)\s+$/i,
  Windows: /\b(?:open|close|closing|opening|time|delivery|launch|market)\s+$/i,
  Codex: /\bthe\s+$/i,
}
