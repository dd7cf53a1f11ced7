/**
 * Every regular expression the parser uses, in one place, so that each can be read, tested
 * for catastrophic backtracking (patterns.test.ts) and changed without hunting.
 *
 * Rules for adding one: no nested quantifiers over overlapping classes, bounded `{0,n}` gaps
 * instead of `.*` between two parts, and the `u` flag when it relies on letter classes.
 * Patterns run per line or per sentence, never over the whole text, unless marked `g`.
 * Only whitespace collapsing and code-shape checks (/^[A-Z]{2}$/) stay inline in the stages.
 */

import { anyLiteral } from './lib/any-literal.ts'
import { escapeRegExp } from './lib/escape-regexp.ts'
import { phraseRegex, phraseSource } from './words/compile.ts'
import { allLanguages } from './words/languages.ts'
import { COMPANY_SIZE_NOUNS } from './words/company-profile-labels.ts'
import { RANGE_WORDS } from './words/salary-words.ts'
import { CAREERS_SITE_NAMES } from './words/company-cues.ts'
import { FEED_AGO, LISTING_AGO, LISTING_OPENERS, START_PHRASES } from './words/listing-words.ts'
import { ROLE_NOUNS } from './words/role-nouns.ts'
import { FIELD_LABELS } from './words/field-labels.ts'
import { POST_A_JOB } from './words/post-a-job-words.ts'
import { CLOSINGS, GREETINGS } from './words/greetings.ts'
import { TITLE_ANNOUNCEMENTS, TITLE_ANNOUNCEMENTS_BEFORE_OF } from './words/title-announcements.ts'
import { SECTION_HEADINGS } from './words/section-headings.ts'
import { CANDIDATE_POSSESSIVES, CANDIDATE_SHOWCASE_WORDS } from './words/candidate-showcase.ts'

// ---------------------------------------------------------------- input kinds

export const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n---[ \t]*(?:\r?\n|$)/
export const FRONT_MATTER_PAIR = /^([A-Z][\w-]{0,40})\s*:\s*(\S.*)?$/i
export const LOOKS_LIKE_HTML =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)|<(?:div|p|ul|li|h[1-6]|section|article|span|br)\b[^>]{0,200}>/i
export const LOOKS_LIKE_JSON = /^\s*[[{]/
export const HTML_ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[A-Z][A-Z0-9]{1,31});/gi
export const HTML_EMPTY_STRONG = /\*\*\s{0,20}\*\*/g
/** A tag in a text; `[^<>]` keeps a failed try from rescanning the next one's characters. */
export const HAS_HTML_TAG = /<[a-z][^<>]{0,200}>/i
export const LOOKS_LIKE_MARKDOWN = /^#{1,6}\s|\n#{1,6}\s|\]\(https?:|\*\*[^*\n]{1,200}\*\*/

// ---------------------------------------------------------------- normalising

export const LINE_BREAKS = /\r\n?|\u2028|\u2029/g
export const BLANK_RUN = /\n(?: *\n){2,}/g
export const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
/**
 * A table row's first cell and the gap after it: a tab, or (a page's property table copied as
 * text, "Location        Leeds") a run of spaces no sentence has.
 */
export const TABLE_ROW_LABEL = /^[ \t]*([^\s:](?:[^\t\n: ]| (?! )){0,38}?)(?:\t| {3})[ \t]*(?=\S)/gm
/** A Markdown table's row of two cells, its first in bold or not: "| **Level** | Mid-level |". */
export const MD_TABLE_ROW = /^[ \t]*\|([^|\n]{1,44})\|([^|\n]+)\|[ \t]*$/gm
export const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
export const MD_IMAGE = /!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g
/** A link's text may hold brackets of its own: "[[GS] Travel Expert](…)", "[Engineer [IC2]](…)". */
export const MD_LINK =
  /\[((?:[^[\]\n]|\[[^[\]\n]{0,100}\]){0,500})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/g
export const MD_HEADING = /^ {0,3}(#{1,6})[ \t]*/
export const MD_RULE = /^ {0,3}(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,}|(?:= *){3,})$/
export const MD_ESCAPE = /\\([-\\`*_{}[\]()#+.!|>~])/g
export const MD_BOLD_LINE = /^(?:\*\*|__)\s*[^*_\s][^*_\n]{0,99}(?:\*\*|__)\s*(?::\s*)?$/
export const MD_BOLD_START = /^[ _*]{0,6}(?:\*\*|__)/
export const MD_STRONG = /\*\*|(?<![\p{L}\p{N}._])__|__(?![\p{L}\p{N}_])/gu
export const MD_EMPHASIS = /(^|[\s(])[_*]+(?=\S)|(\S)[_*]+(?=$|[\s).,:;!?])/g
export const MD_CODE = /`+/g
/** Sentence ends and line breaks: where a work-mode or language statement stops. */
/**
 * Where a sentence ends: after its stop, not after an abbreviation that goes on ("ul. Postępu",
 * "St. Louis", "e.g. Go", "z.B. Kotlin", "ca. 60 %").
 */
export const SENTENCE_BREAK =
  /(?<=[.!?])(?<!(?<![\p{L}.])(?:ul|al|St|Dr|Mr|Mrs|Ms|Nr|vs|ca|approx|e\.g|i\.e|z\.B|d\.h|p\.ex|p\.e)\.)\s+|\n/u
// A keycap ("1️⃣", "#️⃣") is a digit or sign with the keycap mark: a chat's numbered list.
export const EMOJI =
  /\p{Extended_Pictographic}[\ufe0f\u200d\p{Extended_Pictographic}]*|[#*0-9]\ufe0f?\u20e3/gu
/** Cheap test before the emoji regex: most lines have no character above U+2000. */
export const BEYOND_BASIC = /[\u2001-\uffff]/
export const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"]{1,2000}/gi
export const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/g
export const OBFUSCATED_EMAIL = /\b\w{1,40} ?\[at\] ?\w{1,40}(?: ?(?:dot|\.) ?\w{1,20}){1,4}/gi

// ---------------------------------------------------------------- lines

/**
 * A list item's mark at the start of a line; with the marks a PDF's Symbol and Wingdings fonts
 * leave in copied text, in Unicode's private use area ("", "", "").
 */
export const BULLET =
  /^\s{0,12}(?:[-*+•·‣◦▪▫●○■□➢➤►▶✓✔✗➕→–—\uf0a7\uf0a8\uf0b7\uf0d8\uf0e0\uf0fc\uf076\uf06e]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+/u
export const TERMINAL_PUNCTUATION = /[.;,!?]["'’)\]]?$/
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu
export const LABEL_LINE = /^(\p{Lu}[\p{L}&/'’ -]{1,38}?)\s*:\s+(\S.*)$/u
export const HAS_LETTER = /\p{L}/u
/** A bare "no" in the eight languages, as a board answers its own field ("Remote job" over "No"). */
export const BARE_NO = /^(?:no|nein|non|não|nao|nie|nee)\.?$/i
/**
 * Between the cells of a table or a form copied as text: a tab, or a run of spaces no sentence
 * has ("Doświadczenie   Tryb pracy", "java developer   Utrecht   Vacatures zoeken").
 */
export const TABLE_CELL_GAP = /\t+| {2,}/
/** "|", "•" or a free-standing "·"; a "·" between letters is inclusive writing ("Développeur·euse"). */
export const PIPE_SEPARATOR = /[|•]|·(?!\p{L})|(?<!\p{L})·/u
export const HASHTAG_LINE = /^(?:#[A-Z][\w-]{1,40}\s*)+$/i

// ---------------------------------------------------------------- page noise

/** A heading that starts page furniture: everything under it up to the next posting heading. */
export const NOISE_REGION_START =
  /^(?:similar|related|recommended|more|other|recent|featured|popular|trending|latest|top)\s+(?:open\s+|remote\s+|tech\s+)?(?:jobs|roles|positions|openings|offers|companies|searches|listings|ads|adverts|vacancies|topics|threads)\b|^jobs?\s+(?:you\s+(?:may|might)|similar|like this|for you|near)|^you\s+(?:may|might)\s+also\s+(?:like|be\s+interested)|^more\s+like\s+this$|^people\s+(?:also\s+)?(?:viewed|searched|applied)|^people\s+who\s+(?:viewed|saw|looked\s+at)\s+this\s+(?:job|role|posting|listing)|^(?:what you need to know about|discover|explore|about)\s+(?:the\s+)?.{0,40}\btech\s+scene\b|^(?:more\s+)?jobs\s+(?:at|from|in|near)\s+|^more\s+(?:posts\s+)?from\s+\S|^(?:browse|see|view|explore)\s+(?:all\s+|more\s+|other\s+|similar\s+)?(?:jobs|openings|roles)\b|^(?:we use cookies|cookie (?:policy|settings|preferences|notice))|^(?:get (?:job )?alerts|job alerts?|create (?:a )?(?:free )?(?:job )?alert)\b|^(?:sign up|log in|create (?:a )?free account)\b/i

/**
 * One line of page furniture; among them a board's note of the poster's activity ("Recruiter
 * was hiring 2 hours ago", "Employer active 3 days ago").
 */
export const NOISE_LINE =
  /^(?:be an early applicant|the summary above was generated by ai|(?:this )?summary (?:was )?(?:generated|written) by ai|ai[- ]generated summary|sign up(?: now)?|access later|create (?:a )?free account|please (?:log in|sign in|sign up)\b.{0,80}|log ?in|sign ?in|apply(?: now| for this job| on company site)?|easy apply|save(?: job| this job)?|saved|share(?: this job| job)?|report(?: this)? job|show (?:more|less)|see (?:more|less)|read (?:more|less)|click (?:here )?to apply|back to (?:jobs|search|results|all jobs)|skip to (?:main )?content|powered by [\w .-]{1,40}|\d+\+? applicants?|over \d+ applicants|actively (?:hiring|recruiting)|promoted|featured|reposted|new|apply with linkedin|view (?:all )?jobs|(?:accept|reject|manage) (?:all )?cookies|cookie settings|copy link|print|book a demo|request a demo|get a demo|contact sales|talk to sales|start (?:a |your )?free trial|(?:log in|sign in)\s+(?:create account|sign up)|see new posts|conversation|discover more|relevant people|sourced from across \S+|welcome page|returning (?:candidate|applicant)\?(?: log (?:back )?in!?)?|an official website of the united states government|here(?:'|’)s how you know|show (?:more )?replies|post|(?:the )?(?:recruiter|hiring manager|hiring team|employer|hr) (?:was |is )?(?:active|online|hiring|responding|replying)(?: (?:today|now|yesterday|(?:\d{1,3}|an?|one)\+? (?:minutes?|hours?|days?|weeks?) ago))?)$/i

/**
 * A board's prompt to sign up, its button copied at the line's end: "Get hired faster: join
 * Built In to get matched with jobs and save this role. Sign Up".
 */
const PROMPT_BUTTON = String.raw`(?:sign up|sign in|log in|join(?: now)?|register|get started)`
export const PROMPT_WITH_BUTTON = new RegExp(
  String.raw`^(?=.{20,220}$)(?=.*\b(?:join|sign up|sign in|log in|register|create (?:a |an |your )?(?:free )?account)\b).*[.!?]\s+${PROMPT_BUTTON}$`,
  'i',
)
/** The prompt's button alone at the end: asked of a line's last characters before the whole. */
export const PROMPT_BUTTON_AT_END = new RegExp(`${PROMPT_BUTTON}$`, 'i')

/**
 * The one who posts introducing themselves, in the eight languages: "Soy Lucía, Tech
 * Recruiter en Talentia IT", "I'm Jane, Talent Partner at Acme". The role it names is the
 * poster's own, not the one offered.
 */
export const SELF_INTRO =
  /^(?:i(?:'|’)m|i am|my name is|ich bin|mein name ist|je suis|je m(?:'|’)appelle|soy|me llamo|mi nombre es|sou|eu sou|meu nome é|sono|mi chiamo|ik ben|mijn naam is|jestem|nazywam się)\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\s*,/iu

/**
 * "Acme logo", "[Acme logo]", "[Logo Vale Pixel]", "Logo de Acme", "Acme-Logo" (an image's
 * alternative text, as a page or a mail copied as text shows it): the name in either group.
 */
export const LOGO_LINE =
  /^\[?(?:(.{2,60}?)(?:\s+|-)logo|(?:logo(?:tipo)?|logotype)(?:\s+(?:de|da|do|der|des|du|di|van|firmy|of))?\s+(.{2,60}?))\]?$/i
/** A tracking code ("aX9kQ2mZ"); a capitalised word and a number ("Vantage360") is a name. */
export const RANDOM_TOKEN =
  /^(?=[A-Za-z0-9]{8,24}$)(?![A-Z][a-z]+\d+$)(?=.*\d)(?=.*[a-z])(?=.*[A-Z])\S+$/
export const AI_SUMMARY_NOTICE = /generated by ai|ai[- ]generated/i

// ---------------------------------------------------------------- headings and sections

/** Sections whose heading phrase is unmistakable: a heading whatever its length or markup. */
export const HEADING_STRONG = {
  niceToHave:
    /\b(?:nice[- ]to[- ]haves?|bonus(?: points)?|big pluses|pluses|plus points|preferred (?:qualifications|skills|experience|technical skills)|desirable(?: skills| experience)?|good to have|would be (?:great|nice|a plus)|extra credit|not required but)\b/i,
  stack:
    /\b(?:(?:our |the )?tech(?:nical|nology)? stack|our stack|stack|tech(?:nical|nology)? environment|(?:technologies|tools|tooling)(?: (?:we use|you(?:'|’)ll use|and technologies))?|top skills|built with|tech)$|^(?:our |the )?(?:tech(?:nical|nology)? stack|technologies|tools (?:we use|and technologies))\b|^what (?:the team|we|you(?:'|’)ll) (?:works?|build) with\b/i,
  hiringProcess:
    /\b(?:(?:recruitment|recruiting|interview|interviewing|hiring|application|selection) (?:process|steps|stages)|how to apply|next steps|applying|our process|apply(?: here| now)?)\b/i,
  benefits:
    /\b(?:benefits?|perks|what we offer|we offer|our offer|what(?:'|’)?s in it for you|why (?:join|work (?:at|for|with)|you(?:'|’)ll love)|compensation|what you(?:'|’)ll get|what you get|rewards?|why should you join)\b/i,
  requirements:
    /\b(?:requirements?|qualifications?|(?:what |who )?we(?:'|’)?re looking for|(?:what |who )?we are looking for|(?:what |who )?we look for|what we care about|about you|who you are|your profile|your experience|your skills|(?:skills|experience)(?: (?:and|&) (?:experience|qualifications|skills))?(?: (?:we(?:'|’)re|are we) looking for)?|what you(?:'|’)?ll (?:need|bring)|what you (?:need|bring|have)|what we(?:'|’)?d like (?:you to bring|to see|from you)|must[- ]haves?|we(?:'|’)?d love|ideal candidate|what we (?:want|ask|expect|require)|you have|you are|you(?:'|’)re|competenc(?:y|ies)|knowledge\/skills|contribute to our team|expected qualifications|technical skill requirements)\b/i,
  responsibilities:
    /\b(?:responsibilit(?:y|ies)|what you(?:(?:'|’)?(?:ll|d)| would)(?: (?:actually|really))? (?:do|be doing|work on|achieve)|what you will (?:do|be doing|work on|achieve)|what you(?:'|’)?ll be working on|what you will be working on|about the (?:role|job|position|opportunity)|project description|the role|your role|role overview|the opportunity|your impact|impact you(?:'|’)?ll (?:make|have)|day[- ]to[- ]day|duties|your mission|in this role|the job|key tasks|your tasks|the challenges?|you will|projects you(?:'|’)?ll work on|what the job involves|job description|your career)\b/i,
  about:
    /\b(?:about (?:us|the company|the team|our team)|company description|company overview|who we are|our mission|our culture|our story|our values|our team|the team|team (?:&|and) environment|engineering culture|culture|diversity|equal (?:employment )?opportunit(?:y|ies)|inclusion|our approach(?: to work)?|our commitment|additional information|why us|life at)\b/i,
  logistics:
    /\b(?:work(?:ing)? mode|hybrid policy|remote policy|work(?:ing)? model|work(?:ing)? arrangements?|work(?:ing)? pattern|how we work|ways? of working|location|locations|where you(?:'|’)ll work|working conditions|working hours|salary and location|job summary|(?:job|position|role|vacancy) (?:details|information|info|facts)|summary|overview|description|important note)\b|^(?:salary|pay)(?: range| band)?$|^base (?:pay|salary)$/i,
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

/**
 * A role noun in any posting language ("Engineer", "Entwickler", "Développeur", "Programista").
 * Tested on most lines and segments: `test` reads them lower-cased (lib/lower-case.ts).
 */
export const ROLE_NOUN = phraseRegex(allLanguages(ROLE_NOUNS))
/** The last word of many companies' names ("Temporal Technologies", "Kiebitz Software"). */
export const ORGANISATION_WORD =
  /^(?:technologies|technology|tech|solutions|systems|software|labs|tools|group|partners|services|analytics|robotics|security|consulting|networks|industries|health|data)$/i
/**
 * A role noun first, as French, Spanish, Portuguese, Italian and Polish titles put their head
 * ("Tirocinio curriculare – Sviluppo Software Embedded", "Ingeniero de Datos", "Analityk
 * danych"): the noun is what the line names, the words after it qualify it.
 */
export const ROLE_HEAD_FIRST = new RegExp(
  `^(?:${phraseSource(
    (['fr', 'es', 'pt', 'it', 'pl'] as const)
      .flatMap((language) => ROLE_NOUNS[language])
      // "Director of Engineering" is English, its head last.
      .filter((noun) => !ROLE_NOUNS.en.includes(noun)),
  )})`,
  'iu',
)
/** A role's name in a sentence; its words capitalised, or "iOS", "eCommerce" in it. */
export const ROLE_PHRASE =
  /\b((?:(?:(?:[A-Z]|[a-z]{1,2}[A-Z])[\w+#./&-]{0,30}|of|and|[&/\-–])\s+){0,7}?(?:(?:[A-Z]|[a-z]{1,2}[A-Z])[\w+#./&-]{0,30}\s+)?(?:Engineer|Developer|Programmer|Architect|Scientist|Analyst|Designer|Manager|Director|Lead|Leader|Administrator|Specialist|Consultant|Researcher|Intern|Technician|Officer|Owner|Tester|Strategist|Coordinator|Recruiter|SRE)s?(?:\s+(?:I{1,3}|IV|[1-5]))?)\b/
/** Phrases after which the text names the role it hires for, strongest first. */
export const TITLE_TRIGGERS: readonly RegExp[] = [
  /\b(?:is|are|we(?:'|’)re|we are)\s+(?:currently\s+)?(?:hiring|looking for|seeking|searching for|recruiting)\s+(?:an?|our|new)\s+/gi,
  /(?:^|[.!?]\s+)As\s+(?:an?|our)\s+/gm,
  /\b(?:looking for|seeking|hiring|recruiting)\s+an?\s+/gi,
  /\bjoin\s+(?:us|our team|the team|the \p{Lu}\p{L}{1,30} team)\s+as\s+(?:an?\s+)?/giu,
]
/** A team's name within one line: "The Role" over "The Payments team owns" names no "Role". */
export const TEAM_IN_TEXT: readonly RegExp[] = [
  /\bjoin\s+(?:our|the)\s+((?:\p{Lu}[\p{L}&-]*[ \t]+){1,3})team\b/u,
  /\b[Tt]he[ \t]+((?:\p{Lu}[\p{L}&-]*[ \t]+){1,3})team\s+(?:is|builds|owns|works|at)\b/u,
]
export const KEY_VALUE =
  /^(job title|title|role|position|company|employer|organi[sz]ation|location|locations|based in|office|work(?:ing)? (?:mode|model|type|arrangement)|workplace type|remote|salary|compensation|pay|salary range|job type|employment type|posted|date posted|level|seniority|seniority level|career level|job level|experience level|department|team)\s*[:：]\s*(.{1,300})$/i
export const POSTED =
  /^(?:posted|published|listed|reposted)?\s*(?:on\s+)?(today|just now|yesterday|(\d{1,3}|an?|one)\+?\s+(hours?|days?|weeks?|months?)\s+ago|\d{4}-\d{2}-\d{2})\b/i
/** A line or a part that says when the listing went up, in any supported language. */
export const LISTING_LINE = new RegExp(
  `^(?:(?:${allLanguages(LISTING_OPENERS).join('|')}|${allLanguages(LISTING_AGO).join('|')})(?![\\p{L}])|(?:${allLanguages(FEED_AGO).join('|')})(?=\\s*[•·]))`,
  'iu',
)
/**
 * How many have applied, as a board says it: "41 applicants", "Over 100 applicants", "12
 * Bewerbungen", "63 Bewerbungen über XING", "18 freelances ont déjà répondu", "25 personas se
 * postularon", "12 people have applied".
 */
export const APPLICANTS =
  /^(?:(?:over|more than|über|mehr als|plus de|más de|mais de|oltre|meer dan|ponad)\s+)?\d[\d,.]*\+?\s+(?:applicants?|applications|people|freelancers?|freelances|bewerber(?::innen|\*innen|innen)?|bewerbungen|personen|candidat(?:ure)?s|personnes|profils|candidaturas?|solicitudes|postulantes|personas|pessoas|candidati|candidature|persone|sollicitanten|mensen|kandydatów|aplikacji|osób)(?:\s+(?:(?:have|has)\s+)?(?:already\s+)?(?:applied|responded|replied)|\s+ont\s+(?:déjà\s+)?(?:postulé|répondu|candidaté)|\s+(?:ya\s+)?(?:se\s+)?(?:postularon|han\s+postulado|aplicaron|inscribieron)|\s+(?:já\s+)?(?:se\s+)?(?:candidataram|inscreveram|aplicaram)|\s+(?:si\s+sono\s+)?(?:già\s+)?candidat[ei]|\s+hanno\s+(?:già\s+)?(?:risposto|candidato)|\s+(?:haben\s+sich\s+)?(?:bereits\s+)?beworben|\s+(?:hebben\s+)?(?:al\s+)?gesolliciteerd|\s+(?:już\s+)?(?:aplikowało|zaaplikowało)|\s+(?:über|via|on|sur|en|em|su|op|na)\s+[\p{L}.-]{2,20})?$/iu
/** A line or a part that says only when the role starts ("ab sofort", "ASAP"). */
export const START_LINE = new RegExp(`^(?:${allLanguages(START_PHRASES).join('|')})[.!]?$`, 'iu')
export const POSTED_ANYWHERE =
  /\b(?:posted|published|reposted)\s+(?:on\s+)?(today|yesterday|(\d{1,3}|an?|one)\+?\s+(hours?|days?|weeks?|months?)\s+ago|\d{4}-\d{2}-\d{2})/i
export const TITLE_DASH_SUFFIX = /^(.{3,200}?) [-–—] (.{1,200})$/
/** "Entwickler in Vollzeit", "Développeur en CDI": a title, a preposition and what may be a contract. */
/** A Swiss workload after a title: "(80–100 %)", "60-80%", "(100%)"; "100% Remote" is no workload. */
/** The years of experience written after a title: "(7-11 yrs)", "(5+ YOE)", "[5+ Years]". */
export const TITLE_EXPERIENCE_TAIL =
  /\s[([]\s?\d{1,2}\s?(?:\+|(?:-|–|to)\s?\d{1,2})?\s?(?:yrs?|years?|yoe)\.?\s?[)\]]$/i
export const TITLE_WORKLOAD_TAIL =
  /\s[([]?\d{2,3}\s?%?\s?[-–]\s?\d{2,3}\s?%[)\]]?$|\s[([]\d{2,3}\s?%[)\]]$/
/**
 * A requisition's number after the title, as applicant-tracking systems print it:
 * "Architect-2500318", "Engineer - R2500318", "Engineer (Req #2500318)", "(JR-104233)",
 * an internal code ("(HC-ENG-25-07)").
 */
export const TITLE_REQUISITION_TAIL =
  /(?:-|\s[-–]\s)(?:R|JR|REQ)?\d{5,}$|\s\((?:req(?:uisition)?\.?\s?(?:#|no\.?|id:?)?\s?)?(?:[A-Z]{1,3}-?)?\d{5,}\)$|\s\((?:[A-Z]{1,4}-){1,3}\d{2,}(?:-\d{2,}){0,2}\)$/i
/**
 * A tracker's key before a page's title, as a wiki or a ticket names its page: "ENG-2291
 * Engineering Manager", "REQ-0042: Data Analyst". Three digits at least: "COVID-19 Response
 * Lead" names no key.
 */
export const TITLE_TRACKER_KEY = /^[A-Z][A-Z\d]{1,9}-\d{3,6}(?:\s*[:|–—-])?\s+(?=\p{Lu})/u
/**
 * What stands before a title in a subject line or a post's first line: a mailing list's or a
 * forum's tag ("[Lug-Jobs]", "[HIRING]"), a reply's or a forward's mark ("Re:", "Fwd:",
 * "AW:"), then words announcing a job (words/title-announcements.ts), after them a colon or
 * an exclamation ("¡Estamos contratando! …").
 */
export const TITLE_ANNOUNCEMENT = new RegExp(
  String.raw`^(?:\[[^[\]\n]{1,40}\](?=\s)\s*)*(?:(?:re|fwd?|aw|wg|tr|rv)\s?:\s*)*(?:¡?(?:${allLanguages(TITLE_ANNOUNCEMENTS).join('|')})(?:\s?(?:[:：]|!+)|\s[–—-](?=\s))\s*|(?:${allLanguages(TITLE_ANNOUNCEMENTS_BEFORE_OF).join('|')})\s+(?=\p{Lu}))?`,
  'iu',
)
/** A part that only announces a job ("🚀 JE RECRUTE", "We're hiring!"): no company, no title. */
export const ANNOUNCEMENT_ONLY = new RegExp(
  String.raw`^(?:[^\p{L}\p{N}\s]+\s*)?(?:${allLanguages(TITLE_ANNOUNCEMENTS).join('|')})[\s!:：]*$`,
  'iu',
)
export const TITLE_CONTRACT_TAIL = /^(.{3,200}?) (?:in|en|[àaw]|em|na) (.{1,60})$/
export const TEAM_DASH_SUFFIX = / [-–—] ([^-–—]{1,80})$/
export const ENDS_SENTENCE = /[.!?]["'’)]?$/
export const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i
export const HAS_URL_OR_EMAIL = /https?:|www\.|\S@\S/i
export const EMPLOYMENT_TYPE =
  /^(?:full[- ]?time|part[- ]?time|permanent|contract(?:or)?|temporary|temp|freelance|fte|b2b|internship|seasonal|fixed[- ]term|\d+ months?|full[- ]time employee|contract to hire|w2|1099)(?:\s*[,/]\s*(?:full[- ]?time|part[- ]?time|permanent|contract|remote))*$/i
/**
 * A board's weekly hours among its facts, in the eight languages: "36 hours", "32-40 uur per
 * week", "40 Std./Woche", "35 heures", "40 horas semanales", "40 ore settimanali", "40 godzin".
 */
export const WEEKLY_HOURS =
  /^\d{1,2}(?:[.,]\d)?(?:\s?[-–]\s?\d{1,2}(?:[.,]\d)?)?\s?(?:hours?|hrs?\.?|h|uur|std\.?|stunden|wochenstunden|heures|horas|ore|godzin|godz\.?)(?:\s?(?:per|pro|par|por|na|[/aw])?\s?(?:week|wk|woche|semaine|semana|settimana|tydzień|tygodniowo)|\s(?:semanales|semanais|settimanali|hebdomadaires|wöchentlich))?$/iu
/**
 * A requisition's number alone ("JR-104233"), or after a reference's label in any language,
 * written short as boards do ("Ref.ª VT/QA/0425", "Réf. 2025-DEV-14", "Rif. MI/045"): the
 * code holds a digit.
 */
export const REQUISITION = new RegExp(
  String.raw`^(?:(?:job\s*(?:(?:id|ref)\s*)?(?:[:#]\s*)?)?(?:[A-Z]{1,4}-?\d{3,}|\d{5,})|(?:${phraseSource(allLanguages(FIELD_LABELS.reference))})\.?[ªº°]?\s*(?:n[°º.]\s*|#\s*)?[:#]?\s*(?=[\p{L}\d/._-]*\d)[\p{L}\d][\p{L}\d/._-]{1,30})$`,
  'iu',
)
export const LEVEL_LINE =
  /^(entry|junior|mid|mid-senior|senior|staff|principal|lead|executive|director|manager|intern(?:ship)?|associate)[- ]level$|^(internship|entry level|mid-senior level|senior level|executive|director)$/i
/**
 * "VISA SPONSORSHIP", "Relocation support", "No visa": what the employer offers, not a role
 * ("support" is also a role noun), in the eight languages.
 */
export const POLICY_PART =
  /^(?:no\s+|sin\s+|sem\s+|keine?\s+|pas\s+de\s+|geen\s+|brak\s+)?(?:visa|visas|h-?1b|sponsorship|relocation|relocalisation|relocalización|relocação|relocazione|verhuizing|relokacja|umzug(?:shilfe)?|visum|visto|visado|wiza|immigration|inmigración|imigração|immigrazione|immigratie|imigracja)\b[^|]{0,40}$/i
/**
 * The end of an organisation's name: "Halvard Technologies", "Northfield Housing Support
 * Corporation". A name so ended is a name though it holds a role or contract word.
 */
export const ORGANISATION_END =
  /\s(?:Technologies|Technology|Tech|Solutions|Systems|Software|Labs|Tools|Group|Partners|Services|Analytics|Robotics|Security|Consulting|Networks|Industries|Health|Data|Corporation|Corp\.?|Inc\.?|LLC|Ltd\.?|Foundation|Association|Institute|Society|Trust|Council|Agency|Cooperative|Coalition|Alliance)$/
/**
 * How many words a company's name may hold: an institution's name ending in its kind runs
 * longer ("Lune Valley Health and Care NHS Foundation Trust").
 */
export function maxNameWords(name: string): number {
  return ORGANISATION_END.test(name) ? 9 : 6
}
/**
 * A name's words: each capitalised or a figure, but for the particles names hold ("Atelier
 * Girondin du Numérique", "Bank of America", "Institute for AI"); "Working at Merkle" is a
 * phrase.
 */
export const NAME_WORDS =
  /^[\p{Lu}\p{N}]\S*(?:\s+(?:[\p{Lu}\p{N}&]\S*|(?:de|du|des|da|do|dos|das|del|della|di|der|von|van|of|for|für|pour|para|per|voor|dla|the|la|le|les|el|and|und|et|e|y)(?=\s)))*$/u

/**
 * "Careers at Zeestroom", "Werken bij Zeestroom": a careers site's name before its employer's
 * (which starts with a capital or a digit: "Lavora con noi" names none).
 */
export const CAREERS_SITE_PREFIX = new RegExp(
  `^${phraseSource(allLanguages(CAREERS_SITE_NAMES))}\\s+`,
  'iu',
)
export const COMPANY_NAME_SHAPE = /^[\p{Lu}\p{N}][\p{L}\p{N}&.,'’®™()+ -]{0,60}$/u

/** What a sentence says of a company right after its name: what it is or does. */
export const COMPANY_PREDICATE =
  /^\s+(?:is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:company|platform|startup|start-up|leader|provider|marketplace|firm|studio)\b|(?:builds|helps|makes|powers|enables|provides)\s)/u

// Company named in prose. `N` is a proper name of up to four capitalised words, an ampersand
// between two of them ("Ledger & Lark", "Marks & Spencer").
const N = String.raw`([\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}®?(?: (?:& )?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}®?){0,3})`
/** `N`, also when its first word starts in lower case before a capital ("q-Lattice"). */
const N_CAMEL = String.raw`([\p{L}\p{N}][\p{L}\p{N}&.'’-]{0,30}®?(?: (?:& )?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]{0,30}®?){0,3})`
/** What may stand between a name and its verb: "Acme (YC S22) is hiring", "Acme (https://…)". */
const ASIDE = String.raw`(?:\s*\([^()\n]{1,80}\))?`
/**
 * `needs`: words every match holds one of, as written (these patterns have no `i`): a text
 * holding none of them is not searched with the pattern.
 */
export const COMPANY_IN_TEXT: readonly {
  pattern: RegExp
  weight: number
  needs?: RegExp
  /** The sentence says the name is a company's, so a technology's name counts too. */
  anyName?: boolean
}[] = [
  {
    // "Netlify is a remote-first company": a name that is also a technology's.
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)${N}${ASIDE}\s+is\s+an?\s+[^.\n]{0,40}?\b(?:company|startup|scale-?up)\b`,
      'gmu',
    ),
    weight: 3,
    needs: anyLiteral(['company', 'startup', 'scale']),
    anyName: true,
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)${N}${ASIDE}\s+(?:[Ii]s|[Aa]re)\s+(?:currently\s+)?(?:[Hh]iring|looking for|seeking|searching for|recruiting)\b`,
      'gmu',
    ),
    weight: 5,
    needs: anyLiteral(['iring', 'looking for', 'seeking', 'searching for', 'recruiting']),
  },
  {
    // "I run Hollowmere Candle Co., a small online shop": a client posting for its own firm.
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)(?:I|We)\s+(?:run|own|founded|co-founded|manage)\s+${N}(?=,\s+an?\s|\s+\()`,
      'gmu',
    ),
    weight: 3,
    needs: anyLiteral(['run ', 'own ', 'founded ', 'manage ']),
  },
  {
    // A name styled in lower case ("telli is hiring"), only where it opens a line.
    pattern: new RegExp(
      String.raw`^(\p{Ll}[\p{L}\p{N}.-]{1,30})${ASIDE}\s+(?:is|are)\s+(?:currently\s+)?(?:hiring|looking for)\b`,
      'gmu',
    ),
    weight: 4,
    needs: anyLiteral(['hiring', 'looking for']),
  },
  {
    pattern: new RegExp(
      // A name may start in lower case before a capital ("q-Lattice", "eCargo"), and a comma
      // may follow a space left by bold ("At **q-Lattice** , we").
      String.raw`(?:^|[.!?]\s+)At\s+(?=[\p{Lu}\p{N}]|\p{Ll}{1,2}-?\p{Lu})${N_CAMEL}${ASIDE}(?: ?,)?\s+(?:we|we(?:'|’)re|we(?:'|’)ve|our|you|everyone|everything)\b`,
      'gmu',
    ),
    weight: 4,
    needs: anyLiteral(['At']),
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
    needs: anyLiteral([
      'company',
      'startup',
      'platform',
      'leader',
      'provider',
      'marketplace',
      'business',
      'firm',
      'agency',
      'consultancy',
      'scale',
    ]),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:team|teams|role|career|careers|life|working|work|position|job|engineering|hiring)\s+at\s+${N}`,
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
    needs: anyLiteral(['join']),
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+)${N}\s+(?:is|are)\s+(?:an?\s+)?(?:equal|proud)\b`,
      'gmu',
    ),
    weight: 3,
    needs: anyLiteral(['equal', 'proud']),
  },
  {
    // "We're Pebblebrook Health (~120 ppl, Series B)": the name, and the firm's size or stage
    // in brackets after it.
    pattern: new RegExp(
      String.raw`\b[Ww]e(?:'|’)re\s+${N}\s+\([^()\n]{0,40}?\b(?:ppl|people|employees|engineers|series\s+[A-H]|seed|YC\s+[SWF]\d{2}|founded)\b`,
      'gu',
    ),
    weight: 3,
    needs: anyLiteral(["We're", 'We’re', "we're", 'we’re']),
  },
  {
    pattern: new RegExp(String.raw`^About\s+${N}\s*(?::\s*)?$`, 'gmu'),
    weight: 3,
    needs: anyLiteral(['About']),
  },
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
/**
 * How a company is funded or ranked, where a recruiter or a board hides its name: "Series B",
 * "a Series B insurtech", "seed-stage fintech", "VC-backed startup", "Fortune 500 retailer".
 */
export const FUNDING_STAGE =
  /^(?:an?\s+)?(?:series\s+[a-h]|(?:pre-?)?seed(?:[- ]stage)?|(?:early|late|growth)[- ]stage|(?:vc|yc|pe|venture)[- ]backed|fortune\s+\d{2,3}|ftse\s+\d{2,3})(?:[\s-]\p{L}+){0,3}$/iu

/**
 * A sector named alone, as a board's tag or a headline's part: "Fintech", "Health-tech",
 * "SaaS", "E-commerce". It says what the employer does, never who it is.
 */
export const INDUSTRY_WORD =
  /^(?:(?:fin|health|insur|ed|prop|legal|reg|agri|agro|clean|climate|mar|ad|deep|food|gov|med|fem|retail|hr)[- ]?tech|saas|b2b saas|e-?commerce)$/i

/**
 * A company's size as a board's profile line states it: "120 employees", "201-500
 * funcionários", "1.001 a 5.000 colaboradores" (the range in words, as salaries write it).
 */
export const COMPANY_SIZE = new RegExp(
  `^\\d[\\d,.]*(?:\\s?[-–]\\s?\\d[\\d,.]*|\\s${phraseSource(RANGE_WORDS)}\\s\\d[\\d,.]*)?\\+?\\s${phraseSource(allLanguages(COMPANY_SIZE_NOUNS))}$`,
  'iu',
)

export const COMPANY_STOPWORDS =
  /^(?:the|a|an|our|your|this|that|these|those|it|we|you|they|there|here|below|above|beneath|attached|enclosed|following|what|who|why|how|as|in|at|on|for|with|and|or|but|if|us|me|them|job|role|team|company|position|engineering|data|product|design|software|senior|junior|lead|staff|principal|remote|hybrid|onsite|full|part|about|apply|please|note|all|every|each|some|any|no|yes|one|two|three|many|most|more|while|when|where|today|now|responsibilities|requirements|qualifications|benefits|description|summary|overview|mission|culture|home|office|hr|ai|ml|api|ceo|cto|vp|do|be|join|ready|great|new|global|local|key|main|people|everyone|employees|candidates|applicants|life|work|working|diversity|inclusion|equal|learn|learning|experience|interview|interviews|recruitment|application|hiring|contact|location|salary|compensation|perks|stock|health|dental|vision|insurance|pension|paid|unlimited|flexible|generous|competitive|annual|monthly|weekly|daily|hourly|series|seed|round|funding|investors?|backed|founded|headquartered|based|located|start-?up|scale-?up|konzern|mittelstand|mittelständler|großunternehmen|unicorn)$/i

// ---------------------------------------------------------------- seniority and family

/** Words in a title that hold a level word and state no level: "Middle East", "Middle Office". */
export const NOT_A_LEVEL_IN_TITLE =
  /\bmember of (?:the )?technical staff\b|\bmiddle[\s-]+(?:east|eastern|office|school|market|management|manager|earth|ages)\b/gi
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
  // "We're an all-remote company", "All-remote, EMEA only"; not "all remote employees get …".
  /\ball-remote\b/i,
  // "We're fully distributed, no office", "As a 100% distributed company": the whole team works
  // away; not a kind of system ("fully distributed databases").
  /\b(?:fully|100\s?%|completely|entirely)[\s-]+distributed\b(?![\s-]+(?:systems?|databases?|computing|tracing|ledgers?|training|caches?|caching|storage|files?|queues?|architectures?|services?|data|transactions?|consensus)\b)/i,
  /\bthis (?:is an?|role is(?: an?)?|position is(?: an?)?|job is(?: an?)?) (?:fully )?remote\b/i,
  /\bremote (?:role|position|job|opportunity|opening)\b(?! (?:is|are) (?:not|unavailable))/i,
  /\b(?:open|available)\s+(?:to\s+)?(?:fully\s+)?remote(?:ly)?\b/i,
  /\bwork (?:from )?anywhere\b/i,
  /\b(?:mainly|mostly|primarily|predominantly|largely)\s+(?:work(?:ing)?\s+)?remote(?:ly)?\b/i,
  /\bwork(?:ing)? (?:from home|remotely) (?:up to )?(?:5|five) days\b/i,
  // Not a technique's name ("geospatial or remote sensing data", "or remote monitoring").
  /\bor,?\s+(?:fully\s+)?remote(?:ly)?\b(?!\s(?:sensing|control|monitoring|access|desktop|procedure|patient|diagnostics|debugging|execution|management|sensors?|servers?|caching|cache|repositor(?:y|ies)|branch(?:es)?|api)\b)/i,
  /\bcan be (?:done|worked|performed|based) (?:fully )?remote(?:ly)?\b/i,
  // "Remote across the EU, or hybrid from Lisbon": the sentence may open with it.
  /\b[Rr]emote(?:ly)? (?:within|from anywhere in|anywhere in|across) (?:the )?[A-Z]/,
  // "Engineers - REMOTE (US).", "remote (EU/UK)": remote, with where a hire may live.
  /\b(?:[Rr]emote|REMOTE)\s?\((?:[A-Z]{2,4}|\p{Lu}\p{Ll}+)(?:(?:\s?[,/&]\s?|\s(?:or|and)\s)(?:[A-Z]{2,4}|\p{Lu}\p{Ll}+))*(?:\sonly)?\)/u,
  // "SRE – REMOTE LATAM - We build …": the word in capitals is a label of the role, as a
  // header's part is, not a word of prose ("remote machines").
  /\bREMOTE\b/,
  // "We're hiring (all remote) for:", "(Remote - US)": a bracket that says only that the roles are
  // remote, and where from.
  /\((?:all|fully|100\s?%)?\s?remote(?:\s?[-–—,:/]\s?(?!friendly)[^()\n\d$€£]{1,40})?\)/i,
]
// Remote only later ("full remote work after six months", "after probation") is not the role's mode now.
// "Fully remote applications can't be considered", "we can't offer fully remote positions",
// "we were fully remote until last year" (what was, not what is),
// "although this listing is tagged remote": remote refused, or the board's tag the text corrects.
// "Meet the team in Munich (on-site or remote)", "final interview, in person or remote": a step
// of the hiring, not the role's way of working.
export const REMOTE_EXCEPTION =
  /\b(?:interviews?|meet the team|final round|onsite day|hiring process)\b[^.\n]{1,80}?\b(?:(?:on[- ]?site|in[- ]person|in the office)\s+or\s+remote(?:ly)?|remote(?:ly)?\s+or\s+(?:on[- ]?site|in[- ]person|in the office))\b|\bright candidate\b|\bexceptional (?:cases|circumstances)\b|\bconsider(?:ed)? (?:fully )?remote\b|\bremote (?:applications?|applicants?|candidates?) (?:can(?:no|'|’)?t|won(?:'|’)t|will not|are not|aren(?:'|’)t)\b|\btagged (?:as )?remote\b|\bremote (?:days?|weeks?|work weeks?|options?|working days?|allowance)\b|\b(?:days?|weeks?) (?:of )?remote\b|\bnot (?:a )?(?:fully )?remote\b|\bnot (?:eligible|available) for (?:fully?[\s-]+|100\s?%\s+)?remote\b|\bwork (?:from )?anywhere (?:for )?(?:up to )?(?:\d+|one|two|three|four|six) (?:days?|weeks?|months?)\b|\b(?:\d+|one|two|three|four|six) (?:days?|weeks?|months?) (?:of )?work(?:ing)? (?:from )?anywhere\b|\b(?:were|was|used to be)\s+(?:fully\s+|100\s?%\s+|completely\s+|all\s+)?remote\b|\b(?:don(?:'|’)t|do not|doesn(?:'|’)t|does not|can(?:no|'|’)?t|won(?:'|’)t|will not|(?:are|is) (?:unable|not able) to)\s+(?:currently\s+)?(?:offer|support|provide|allow|consider|hire)\s+(?:any\s+)?(?:fully\s+|full[- ]time\s+|100\s?%\s+)?remote\b|\bno remote\b|\bremote (?:work(?:ing)? |arrangements? |set-?ups? )?(?:is|are) not\b|\bremote (?:work(?:ing)? |arrangements? |set-?ups? )?(?:isn|aren)(?:'|’)t\b|\boccasional(?:ly)? remote\b|\bafter (?:the )?(?:first )?(?:\d+|one|two|three|six|twelve) (?:months?|weeks?|years?)\b|\bafter (?:the |a )?probation/i
/**
 * "hybrid" about where one works: said of the work ("is hybrid", "work hybrid"), or followed
 * by what a work arrangement is ("hybrid role", "hybrid in Berlin", "hybrid (3 days)",
 * "Hybrid, London"); a place after it is read by `hybridBeforePlace` (work-mode.ts). Before
 * any other noun it is a word of the product ("a hybrid GCP + AWS platform", "hybrid
 * search", "hybrid systems").
 */
export const HYBRID_WORD =
  /\b(?:is|are|be|being|fully|work|working|remote(?:ly)?\s+or|on-?site\s+or)\s+hybrid\b|\b(?:remote(?:ly)?|on-?site|in-office)\s*\/\s*hybrid\b|\bhybrid\b(?:\s*$|\s*[^\p{L}\s]|[- ](?:roles?|positions?|jobs?|work|working|workplace|schedule|model|arrangements?|set-?up|policy|environment|opportunit(?:y|ies)|basis|team|culture|company|remote|telework(?:ing)?|on-?site|in-office|in-person|office|in|from|at|with|or|and|\d)\b)/iu
/** A role line's pay after its title: "Data Engineer (Remote US) - $160k-$200k", "…: €70k". */
export const ROLE_PAY_TAIL =
  /^(.*?\S)(?:\s[-–—|]|(?<=\))[-–—]|:|,)\s+((?:[A-Z]{2,3}\s?)?[$€£¥₹]\s?\d[^()]*)$/u
/** The bracket that ends a role's title: "(Boston, onsite)", "(Remote US)". */
export const ROLE_LINE_BRACKET = /\(([^()]{2,60})\)\s*$/
/** "hybrid 3 days" in a role's bracket: the days a week in the office. */
export const ROLE_LINE_HYBRID_DAYS =
  /\bhybrid[,:]?\s*\(?([1-4])\s*days?\b(?:\s*(?:a|per|\/)\s*(?:week|wk))?\)?/i
/** "Hybrid London", "hybrid New York City": the words after "hybrid" that may name a place. */
export const HYBRID_THEN_NAME = /\bhybrid[\s-]+(\p{Lu}[\p{L}.]*(?:[\s-]\p{Lu}[\p{L}.]*){0,2})/iu
/**
 * Hybrid work refused: "No remote or hybrid option", "remote or hybrid work is not available",
 * "not eligible for remote or hybrid work".
 */
export const HYBRID_REFUSED =
  /\b(?:isn['’]t|is\s+not|not)\s+an?\s+(?:remote\s+or\s+)?hybrid\s+(?:role|position|job)\b|\bno\s+(?:remote\s+(?:or|and|\/)\s+)?hybrid\b|\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not|can(?:no|['’])t|won['’]t|(?:are|is)\s+(?:unable|not\s+able)\s+to)\s+(?:offer|support|provide|allow)\s+(?:any\s+)?(?:remote\s+(?:or|and|\/)\s+)?hybrid\b|\bnot\s+(?:eligible|available)\s+for\s+(?:remote\s+(?:or|and|\/)\s+)?hybrid\b|\bhybrid(?:\s+work(?:ing)?|\s+options?|\s+arrangements?)?\s+(?:is|are)\s+not\s+(?:available|possible|an\s+option|offered)\b/i
export const ONSITE_STRONG =
  /\b(?:isn['’]t|is\s+not)\s+an?\s+(?:remote\s+or\s+hybrid|hybrid\s+or\s+remote)\s+(?:role|position|job)\b|(?<!virtual\s)\b(?:on[- ]?site|office[- ]based|in[- ]office|in[- ]person)\s+(?:role|position|job|only|full[- ]time|5 days|five days)\b|\((?:on[- ]?site|in[- ]office|in[- ]person)\)|\b(?:we(?:'|’)re|we are|team is|(?:be )?located|based)\s+(?:fully\s+)?(?:on[- ]?site|in[- ]office|in[- ]person)\b|\bfully (?:on[- ]?site|site[- ]based|office[- ]based|in[- ]office|in[- ]person)\b|\b(?:5|five) days (?:a|per) week (?:in|at|from) (?:the|our) office\b|\b(?:this|the) (?:role|position|job) is (?:fully )?(?:on[- ]?site|in[- ]office|office[- ]based|in[- ]person)\b|\bnot (?:a )?remote\b(?![- ]only)|\bno remote\b|(?<!\b(?:fully|full|100\s?%)[\s-])\bremote (?:work(?:ing)? |arrangements? |set-?ups? )?(?:is|are) not (?:possible|available|an option|offered)\b|\bwork(?:ing)?[- ]from[- ](?:the[- ])?office\b|\bWFO\b|\bno (?:option|possibility) (?:to|of) (?:work(?:ing)? )?remote(?:ly)?\b/i
/** "fully onsite", "100% in-office", "entirely in person": the whole week at the office. */
/**
 * A first period of the job ("for your first six months", "during onboarding", "initially"):
 * the way of working a sentence states for it is the period's, not the role's.
 */
export const FIRST_PERIOD =
  /\b(?:for|during|in|over)\s+(?:your|the)\s+(?:first|initial)\s+(?:(?:\d+|one|two|three|four|six|eight|twelve|few|couple\s+of)\s+)?(?:days?|weeks?|months?)\b|\bduring\s+(?:your\s+|the\s+)?(?:onboarding|induction|training|probation(?:ary\s+period)?)\b|\b(?:initially|at\s+first)\b/i
export const FULLY_ONSITE =
  /\b(?:fully|entirely|completely|100\s?%)\s+(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\b/i
export const MODE_WORD =
  /(?<!virtual\s)\b(remote(?:ly)?|hybrid|on[- ]?site|in[- ]office|in[- ]person|office[- ]based|wfh|work from home|work(?:ing)?[- ]from[- ](?:the[- ])?office|wfo)\b/gi
export const HAS_MODE_WORD = new RegExp(MODE_WORD.source, 'i')
export const LINKEDIN_MODE_TAG = /#li[- ](remote|hybrid|onsite|on-site)\b/i

const NUM = String.raw`(?:\d|one|two|three|four|five)`
const RANGE = String.raw`(${NUM}(?:\s*(?:-|–|to|or)\s*${NUM})?)`
/** Where a team works together, as days there are counted: "the office", "our studio", "the lab". */
const WORKPLACE = String.raw`office|hq|headquarters|studio|hub|campus|labs?`
export const OFFICE_DAYS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${RANGE}\+?\s*(?:days?|x)\s*(?:(?:\/|per|a|each|every)\s*(?:week|wk)\s*)?(?:[-–,]\s*)?(?:(?:in|at|from|into|to)\s+(?:the\s+|our\s+|their\s+)?(?:(?!home\b)[A-Z][\p{L}-]{1,30}\s+(?:\d{1,2}\s+)?){0,3}(?:${WORKPLACE})|in[- ]?office|on[- ]?site|in[- ]person|office)\b`,
    'iu',
  ),
  // "in the office at least 2 days a week", "in the studio in Smithfield, Dublin 2 days a
  // week", "on campus at least two days per week", "to the duty station a minimum of three
  // days per week", "from one of the Bellwether offices listed on this posting 2-3 days per
  // week".
  new RegExp(
    String.raw`\b(?:in|at|from|into|to|on)\s+(?:the\s+|our\s+|their\s+|one\s+of\s+(?:our|their|the)\s+(?:[\p{L}&'’-]{2,30}\s+)?)?(?:offices?|hq|headquarters|studio|campus|labs?|duty\s+station)(?:\s+in\s+\S(?:[^.\n\d]{0,38}?\S)?|\s+(?:listed|named|shown|mentioned)\s+(?:on|in|above|below)(?:\s+(?:this|the)\s+\p{L}+)?)?\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?|around\s+|roughly\s+|about\s+)?${RANGE}\s+days?\s*(?:\/|per|a|each|every)\s*week`,
    'iu',
  ),
  // "Office 2 days a week", "Office presence: 2 days/week", "office in Lisbon (Cais do Sodré)
  // 2 days a week", "the Bristol studio three days a week"; not "home office 1 day per week", the days away.
  new RegExp(
    String.raw`\b(?<!home[- ])(?:on[- ]?site|in[- ]?office|in[- ]person|${WORKPLACE})(?:\s+(?:presence|attendance|requirement|expectation):?)?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:\s*\([^()\n]{1,30}\))?,?)?\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?)?${RANGE}\s+days?\s*(?:\/|per|a|each|every)\s*week`,
    'iu',
  ),
  // "Hybrid (3 days/week)", "Hybrid (2 days)": in brackets after the mode, the week is understood.
  new RegExp(
    String.raw`\bhybrid\b[^.\n]{0,25}?\(\s*${RANGE}\s*days?\s*(?:(?:\/|per|a)\s*week|\))`,
    'i',
  ),
  // "Hybrid 2 days/week", "Hybrid: 3 days a week": the days a hybrid role is in the office,
  // unless they are the days away ("hybrid, 2 days a week from home").
  new RegExp(
    String.raw`\bhybrid[,:]?\s+${RANGE}\s*days?\s*(?:\/|per|a|each)\s*(?:week|wk)(?![a-z])(?![^.\n]{1,12}(?:from home|remote|wfh|at home))`,
    'i',
  ),
  // "2 office days a week", "3 in-office days per week".
  new RegExp(
    String.raw`\b${RANGE}\s+(?:office|in[- ]office|on[- ]?site|in[- ]person)\s+days?\b`,
    'i',
  ),
  // "We ask everyone to spend one day a week with colleagues, either at our Leeds office or
  // …", "spend two days a week in the office": the days spent, then where, in one sentence.
  new RegExp(
    String.raw`\bspend\s+(?:at\s+least\s+)?${RANGE}\s+days?\s+(?:a|per|each|every)\s+week\b[^.\n]{1,40}?\b(?:office|offices|hq|studio|on[- ]?site|in[- ]person)\b`,
    'i',
  ),
  // "2-3 days per week in either Lumenrail's Toronto (King West) or Waterloo (Uptown) office",
  // "two days a week at one of our Leeds or York offices": the days, then a choice of offices.
  new RegExp(
    String.raw`\b${RANGE}\s+days?\s*(?:\/|per|a|each|every)\s*week\s+(?:in|at|from)\s+(?:either|one\s+of)\s+[^.;:!?\n]{1,60}?\b(?:offices?|hubs?|studios?|hq)\b`,
    'i',
  ),
  // "In the office twice a week", "on-site three times a week", "work from office thrice a week".
  /\b(?:(?:in|at|from|into|to)\s+(?:the\s+|our\s+|their\s+|one\s+of\s+(?:our|their)\s+)?(?:[A-Z][\p{L}-]{1,30}\s+)?(?:offices?|hq|studio)|in[- ]?office|on[- ]?site|in[- ]person)\s+(once|twice|thrice|three|four)(?:\s+times)?\s+(?:a|per|each|every)\s+week/iu,
  // "Work from office - 5 days a week", "This is an on-site role, 5 days a week", "Work from
  // office (5 days)", "WFO 3 days a week", "office-based at our HQ, 5-day work week": the
  // mode, a few words, then its days.
  new RegExp(
    String.raw`\b(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based|work(?:ing)?\s+from\s+(?:the\s+)?office|wfo)\b[^.\n\d]{0,40}?\(?${RANGE}(?:\s+|-)days?\b(?:\s*(?:\/|per|a|each|every)\s*week|\)|\s+(?:work(?:ing)?\s+)?week)`,
    'i',
  ),
]
export const PER_MONTH_AFTER = /^[^.\n]{0,20}?\b(?:per|a|each|every|\/)\s*month\b|^\s*monthly\b/i
export const REMOTE_DAYS_AFTER =
  /^\s*(?:\/\s*)?(?:days?\s+)?(?:working\s+)?(?:from home|remote(?:ly)?|wfh)\b/i
/** A weekday in full or cut short ("Monday", "Tue", "Thurs", "Wed"): its first three letters name it. */
const DAY_ENDING = String.raw`(?:nesday|rsday|sday|day|rs|s|r)?s?`
const DAY_NAME = String.raw`(?:mon|tue|wed|thu|fri)${DAY_ENDING}`
/** The same, its first three letters captured. */
const DAY_STEM = String.raw`(mon|tue|wed|thu|fri)${DAY_ENDING}`
/**
 * Who is in on the days that follow, with no word for the office: "the whole company is in
 * on", "we're in on", "the team is together on" (not "we're in touch on").
 */
const EVERYONE_IN = String.raw`(?:we(?:'|’)re|we are|everyone(?:'s| is)|everybody(?:'s| is)|(?:the )?(?:whole )?(?:team|company)(?:'s| is| are)) (?:all )?(?:in|together)(?= on\b)`
export const WEEKDAY_LIST = new RegExp(
  String.raw`\b(?:office|studio|hq|headquarters|campus|in[- ]office days?|on[- ]?site|(?:site|office)[- ]based|wfo|${EVERYONE_IN})\b[^.\n]{1,60}?\b(${DAY_NAME}(?:\s*(?:,\s*and|[-–,&/+]|and|to|through|thru)\s*${DAY_NAME}){0,4})\b`,
  'i',
)
export const WEEKDAY = new RegExp(String.raw`\b${DAY_STEM}\b`, 'gi')
/** "Monday to Wednesday", "Mon-Wed": every weekday from the first to the last. */
export const WEEKDAY_RANGE = new RegExp(
  String.raw`\b${DAY_STEM}\s*(?:[-–]|to|through|thru)\s*${DAY_STEM}\b`,
  'gi',
)
export const RANGE_SEPARATOR = /-|–|\bto\b|\bor\b/
export const REGION_LIST_SEPARATOR = / (?:or|and) |[,/&]/
/**
 * Cheap check for a sentence that may say where a remote hire lives, in every supported language:
 * of the sentence in lower case.
 */
export const REMOTE_REGION_HINT =
  /remot|based|located|only|from any|anywhere|zdaln|t[ée]l[ée]travail|teletrabajo|distance|afstand|home-?office/
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  once: 1,
  twice: 2,
  thrice: 3,
}

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
      /\b(\d|one|two|three|four|five)(?:\s*[-–]\s*\d)?\s*days?\s*(?:\/|per|a)\s*week\s+(?:at|in)\s+(?:the\s+|our\s+|their\s+)?(?:[A-Z][\p{L}-]{1,30}\s+)?office\b/iu,
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

// Place words and patterns live in place-patterns.ts.
export const LOCATION_IN_TEXT: readonly RegExp[] = [
  /\b(?:position(?:'|’)s location|location of (?:this|the) (?:role|position))\s+is\s+(?:in\s+)?(\p{Lu}[^.;:\n]{1,80})/u,
  // "can be based in any of our Nashville, TN, Raleigh, NC or Austin, TX offices".
  /\b(?:in|at|from)\s+(?:any|one|either)\s+of\s+our\s+(\p{Lu}[^.;:\n]{1,120}?)\s+(?:offices|hubs|studios|sites|locations)\b/u,
  // "based in our Leeds office", "work with us in our NYC office": where the role sits; "at our
  // Easton headquarters in Columbus": the site's name, then its town (the second group).
  /\b(?:in|at|from|out of)\s+our\s+(\p{Lu}[\p{L}'’. -]{1,40}?)\s+(?:office|hub|studio|hq|headquarters|campus)\b(?:\s+in\s+(\p{Lu}[\p{L}'’.-]{1,30}(?:\s\p{Lu}[\p{L}'’.-]{1,30})?))?/u,
  // "The role is based in Leeds", "This position is hybrid and based at our Columbus, Ohio
  // headquarters".
  /\b(?:role|position|post|job|internship|vacancy|opening|you)\b[^.\n]{1,50}?\b(?:is|are|will be)\s+(?:(?:hybrid|remote|on-?site|in-office)\s+and\s+)?(?:based|located)\s+(?:in|at|out of)\s+(?:the\s+|our\s+)?(\p{Lu}[^.;:\n(]{1,60})/u,
  // "must live and be authorized to work in the United States": the same rule, with the right
  // to work in the same place.
  /\b(?:must|should|need to|have to)\s+(?:be\s+)?(?:located|based|living|live|reside|residing)(?:\s+and\s+(?:be\s+)?(?:legally\s+)?(?:authori[sz]ed|eligible|permitted|able)\s+to\s+work)?\s+in\s+(?:the\s+)?(\p{Lu}[^.;:\n(]{1,60})/iu,
  // "2 days a week in the office in Milan", "at the studio in Leeds": where the days are spent.
  /\b(?:in|at|from)\s+the\s+(?:office|studio|hq|headquarters)\s+in\s+(\p{Lu}[\p{L}'’. -]{1,40})/u,
  // "join our Platform team in Berlin", "join our data team (6 people) in Gothenburg".
  /\bjoin\s+(?:our|the)\s+(?:[\p{L}&-]+\s+){0,4}?team(?:\s\([^()\n]{1,30}\))?\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}'’. -]{1,40})/u,
  // "looking for a Senior Data Engineer to join us in Dublin".
  /\bjoin\s+us\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}'’. -]{1,40})/u,
  // "Acme is hiring firmware engineers in Halifax, NS": a hiring line's place.
  /\b(?:hiring|Hiring|HIRING)\b[^.\n]{0,60}?\sin\s+(?:the\s+)?(\p{Lu}[^.;:\n(]{1,60})/u,
  // "an NYC-based role", "this London-based position".
  /\b(?:[Aa]n?|[Tt]his|[Tt]he)\s+(\p{Lu}[\p{L}.]{1,30}(?:\s\p{Lu}[\p{L}.]{1,30})?)-based\s+(?:role|position|job|opening)\b(?!\s+(?:postings?|listings?|ads?)\b)/u,
  // "located onsite in Leeds", "we're in-person at our Denver office", "hybrid work in
  // downtown Chicago", "an on-site job in Zurich", "an in-person role at our Denver office".
  /\b(?:[Oo]n[- ]?site|ONSITE|[Ii]n[- ](?:office|person)|[Hh]ybrid)(?:\s+(?:work|role|position|job|schedule))?\s+(?:in|at)\s+(?:our\s+|downtown\s+)?(\p{Lu}[^.;:\n(]{1,60})/u,
]
export const OFFICES_LIST = /\b(?:we have )?offices? in\s+(\p{Lu}[\p{L}'’., -]{2,160}?)(?:\.|$)/u
/**
 * The places at the start of a phrase: capitalised names, joined by commas or by "or" and
 * "and" ("Leeds, UK", "the United States or the United Kingdom").
 */
export const PLACE_LIST_TAIL =
  /^(\p{Lu}[\p{L}'’.-]*(?:[ -](?:\p{Lu}[\p{L}'’.-]*|(?:de|del|la|le|du|upon|on|am|im|sur|do|da|dos)(?=[ -]\p{Lu})))*(?:(?:,\s*|\s(?:or|and)\s(?:the\s)?)\p{Lu}[\p{L}'’.-]*(?:[ -](?:\p{Lu}[\p{L}'’.-]*|(?:de|del|la|le|du|upon|on|am|im|sur|do|da|dos)(?=[ -]\p{Lu})))*){0,5})/u
/**
 * Each with a word its every match holds (`needs`, in lower case), checked in the lower-cased
 * sentence before the pattern runs. Only words that lower-casing and `i` treat alike: no "s",
 * "i" or "k" in a pattern with `i` ("ſ", "ı" and the Kelvin sign match those). Patterns
 * without `i` ask for the region's capital, so their leading words take one of their own: a
 * sentence may open with them ("Remote within North America.").
 */
export const REMOTE_REGION_IN_TEXT: readonly { pattern: RegExp; needs?: string }[] = [
  { pattern: /\bremote\s*\(([^()]{2,60})\)/i, needs: 'remote' },
  {
    pattern:
      /\b[Rr]emote(?:[- ]first)?\s+(?:within|from anywhere in|anywhere in|from|in|across)\s+(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40})/u,
    needs: 'remote',
  },
  {
    pattern: /\b[Ff]rom any (?:location|where|place) in\s+(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40})/u,
    needs: 'from any ',
  },
  // "You can work from anywhere in the United States or Canada".
  {
    pattern:
      /\b(?:[Ww]ork|[Ww]orking)\s+from\s+anywhere\s+(?:in|within|across)\s+(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40})/u,
    needs: 'anywhere',
  },
  // "for anyone living anywhere in Brazil" (not "located anywhere in": a company's boilerplate
  // says so of all its roles, whatever this one allows).
  {
    pattern:
      /\b(?:[Ll]ive|[Ll]iving|[Rr]eside|[Rr]esiding)\s+anywhere\s+(?:in|within|across)\s+(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40})/u,
    needs: 'anywhere',
  },
  {
    pattern:
      /\b(?:[Ll]ocated|[Bb]ased|[Ll]iving|[Rr]esiding|[Rr]eside)\s+in\s+(?:the\s+)?(?:province|state)\s+of\s+(\p{Lu}[\p{L}. -]{1,40})/u,
  },
  {
    pattern:
      /\b(?:must|should)\s+be\s+(?:located|based)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}. -]{1,40})/iu,
  },
  {
    pattern: /\b[Ii]f you(?:'|’)re\s+([A-Z]{2,4}(?:\s+or\s+[A-Z]{2,4})*)[- ]based\b/,
    needs: 'if you',
  },
  // "UK only", "the US and Canada only", "Spain, Portugal or France only".
  {
    pattern:
      /\b((?:(?:[A-Z]{2,4}|\p{Lu}\p{L}{2,20})(?:,\s*|,?\s+(?:and|or|&)\s+)(?:the\s+)?){0,4}(?:[A-Z]{2,4}|\p{Lu}\p{L}{2,20}))\s+only\b/u,
    needs: 'only',
  },
  // "a remote position open (only) to candidates in the United States and Canada", "work remotely
  // from anywhere in the US or Canada": who may apply, in a sentence about remote work.
  {
    pattern:
      /\b(?:[Oo]pen (?:only )?to|[Hh]iring|[Hh]ire|[Aa]ccepting)\s+(?:(?:candidates|applicants|people|engineers|residents|anyone)\s+)?(?:(?:based|located|living|residing)\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.,+±:' -]{1,60})/u,
    needs: 'remote',
  },
  {
    pattern:
      /\b[Rr]emotely\s+(?:from\s+)?(?:anywhere\s+)?(?:in|within|across)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.,+±:' -]{1,60})/u,
    needs: 'remotely',
  },
  // "we can only hire people who live in the United States or Canada": whom the employer may
  // hire at all, said with "only".
  {
    pattern:
      /\b(?:[Hh]ire|[Hh]iring|[Cc]onsider|[Aa]ccept)\s+(?:only\s+)?(?:candidates|applicants|people|engineers|anyone|those)\s+(?:who|that)\s+(?:(?:currently\s+)?(?:live|lives|reside|resides)|are\s+(?:based|located|living|residing))\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.,+±:' -]{1,60})/u,
    needs: 'only',
  },
  // "REMOTE LATAM", "REMOTE US/CA": a label in capitals and the region after it.
  { pattern: /\bREMOTE\s+([A-Z]{2,8}(?:\s?[/&]\s?[A-Z]{2,8})*)\b/, needs: 'remote' },
  // "a fully remote position for people based in Latin America": whom a remote role is for.
  {
    pattern:
      /\b(?:for|to)\s+(?:people|candidates|applicants|anyone|those|engineers|residents)\s+(?:based|located|living|residing)\s+(?:anywhere\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.,+±:' -]{1,60})/u,
    needs: 'remote',
  },
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
// The longest gap this matches is 13 characters: stack.ts tries no longer one (LONGEST_LIST_GAP).
export const LIST_GAP = /^[\s,/&+|()]{0,4}(?:(?:and|or|plus|&)\s{1,3})?[\s(]{0,2}$/i
/** Words that keep following a sentence-initial name from being a verb or a common noun. */
export const SAFE_FOLLOWER =
  /^(?:and|or|[&/,(\d]|with|for|in|on|is|are|was|as|at|via|plus|skills?|experience|proficiency|knowledge|expertise|development|developers?|engineers?|language|programming|code|scripts?|framework|library|ecosystem|services|stack|applications?|apps?)/i
export const SENTENCE_START_BEFORE = /(?:^|[.!?]\s{1,3}|\n\s{0,12}(?:[-*•]\s{1,3})?)$/
/**
 * A sentence in the first person (an anecdote, a bio). Its words are whole words in any
 * script: "thème", "système" end in "me" after a letter ASCII's \b does not know.
 */
export const FIRST_PERSON =
  /(?<![\p{L}\p{N}_])(?:my|me|I['’](?:m|ve|d|ll)|I (?:am|was|have|had|could|would|always|can|will|think|believe|wrote|built|felt|did|do|love|want|started|learned|spent|joined|founded))(?![\p{L}\p{N}_])/iu
export const BIO_BEFORE =
  /\b(?:ceo|cto|cfo|coo|founder|co-?founder|vp|president|chair(?:man|woman)?|ex|former(?:ly)?|alumni|alum|investors?(?: include)?|(?:clients?|customers?|brands|companies|organi[sz]ations|partners) (?:like|includ(?:e|es|ing)|such as)|trusted by|used by|partnered with|acquired by)\b[^.\n]{0,14}$/i
export const STRICT_LETTER_PREVIOUS_WORD =
  /\b(?:series|type|vitamin|grade|class|plan|section|part|level|tier|phase|round|model|option|category|appendix|schedule|form|exhibit|usb|block|team|group|unit|building|floor|room|gate|hall|wing|row|column|item|point|step|stage|version|rank)\s*$/i
export const STRICT_LETTER_BAD_NEXT = /^(?:[-&'’]\w|\.\w|\s*&)/
export const STRICT_LETTER_BAD_PREVIOUS = /[&'’\-.]$/
/** "C" in "C++"/"C#", "Node" in "Node.js": the alias is part of a longer name. "Go+Postgres" is not. */
export const ALIAS_BAD_NEXT = /^(?:\+\+|\+$|#|\.[\p{L}\p{N}])/u
export const ALIAS_BAD_PREVIOUS = /(?:[\p{L}\p{N}]\.|[@\\#])$/u
export const QUALIFIER_NOTE =
  /^\s*\(\s*((?:being\s+)?phased out|deprecated|legacy|migrating away|being replaced|sunset(?:ting)?|nice to have|a plus|preferred|optional|beta|in progress|experimental)\s*\)/i
export const HAS_LINK = /https?:|www\./i
export const GCP_ALIAS = /^(?:GCP|Google)\b/
export const AZURE_ALIAS = /^(?:Azure|Microsoft)\b/
export const AWS_ALIAS = /^(?:AWS|Amazon)\b/
export const AWS_NEAR = /\b(?:AWS|Amazon)\b/
export const GCP_NEAR = /\b(?:GCP|Google Cloud|Google)\b/
export const AZURE_NEAR = /\b(?:Azure|Microsoft)\b/
/**
 * A line that opens with what the role works with ("Tech stack:", "Tools we use:", "What the
 * team works with:"): its technologies are the role's, though it may name the team, as the
 * company text under "About the team" does.
 */
export const DECLARED_STACK_LINE =
  /^(?:(?:our |the )?(?:(?:tech|technical|technology|current|core) )?(?:stack|tech|technologies|tools)(?: (?:includes?|is|are|we use|we work with|you(?:'|’)ll use|you will use))?|(?:what )?(?:(?:our|the)(?: [a-z]+)? team|you(?:'|’)ll|you will|we) (?:works? with|use|uses))\s*:/i

/** Beside a code host, words that ask for the candidate's own work there: "portfolio, GitHub". */
export const CANDIDATE_SHOWCASE = phraseRegex(CANDIDATE_SHOWCASE_WORDS)
/** "your GitHub", "il tuo GitHub": the candidate's own account, right before the host's name. */
export const CANDIDATE_POSSESSIVE_BEFORE = new RegExp(
  `${phraseSource(CANDIDATE_POSSESSIVES)}[ \t]+$`,
  'iu',
)

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
  // Computer science in Italian, Spanish and Portuguese: "Laurea in Informatica".
  Informatica:
    /(?<!\p{L})(?:in|en|em|di|de|da|laurea|ingegneria|ingenier[ií]a|engenharia|scienze|ciencias?|ciência|licenciatura|grado|corso|studi|t[ée]cnico|perito|sistemi|sistemas)\s+$/iu,
}

// Lists of technologies that go on with names the taxonomy lacks (stack-listed-names.ts).
/** A word of a product's name: capitalised or camel-cased ("Tokio", "SQLx", "xUnit", "Cert-Manager"). */
const LISTED_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)(?:[.#+-][\p{L}\p{N}]+)*[#+]{0,2}`
/** Up to three such words, then a version that is no part of the name ("Shopware 6"). */
const LISTED_NAME = String.raw`(${LISTED_WORD}(?: ${LISTED_WORD}){0,2})(?: v?\d+(?:\.\d+)*\+?)?`
/** "and", "or" between two items of a list, in the posting languages ("und", "ou", "lub" …). */
const LIST_CONJUNCTIONS = String.raw`and|or|und|oder|sowie|bzw\.|et|ou|[eioy]|lub|oraz|plus`
const LIST_CONJUNCTION = `(?:${LIST_CONJUNCTIONS})`
/** A list's item ends at a separator, a bracket, the line's or the sentence's end. */
const LISTED_ITEM_END = String.raw`(?=\)?(?:[ \t]*[,;/|·•&+(]|[ \t]*(?:\r?\n|$)|[.:!?](?:\s|$)|[ \t]+(?:${LIST_CONJUNCTIONS}|etc\.?|usw\.?)(?![\p{L}\p{N}])))`
/** The next item, read at a position (sticky). */
export const LISTED_NAME_AFTER = new RegExp(`${LISTED_NAME}${LISTED_ITEM_END}`, 'uy')
/** The item before a position: the end of the text before it. */
export const LISTED_NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.#+-])${LISTED_NAME}$`, 'u')
/** A capitalised word right before such an item: the item is the end of a longer name. */
export const LISTED_NAME_LONGER = /\p{Lu}[\p{L}\p{N}]*[ \t]$/u
/**
 * What stands after an item before the next one (sticky): a separator or a conjunction
 * (group 1), or an opening bracket (group 2), which only a known name's tools follow.
 */
export const LISTED_NAME_GAP_AFTER = new RegExp(
  String.raw`\)?[ \t]*([,;/|·•&+]?[ \t]*(?:${LIST_CONJUNCTION}[ \t]+)?)(\([ \t]*)?`,
  'uy',
)
/** What stands before an item after the previous one: a separator or a conjunction. */
export const LISTED_NAME_GAP_BEFORE = new RegExp(
  String.raw`\)?[ \t]*(?:[,;/|·•&+][ \t]*(?:${LIST_CONJUNCTION}[ \t]+)?|(?<![\p{L}\p{N}])${LIST_CONJUNCTION}[ \t]+)$`,
  'u',
)
/** A work mode written into a listed name ("ONSITE Oslo"): a board's tag, not a product. */
export const MODE_WORD_IN_NAME = /\b(?:remote|onsite|on-site|hybrid|office)\b/i
/** Before a list in its sentence: the list names companies, not tools ("used by Google, Stripe"). */
export const COMPANY_LIST_BEFORE =
  /\b(?:(?:used|trusted|backed|funded|loved|led) by|investors?|customers?|clients?|companies|organi[sz]ations|brands|partners|alumni|people from|(?:worked|experience|engineers|folks) (?:at|from)|on the scale of|the likes of)\b[^.!?\n]*$/i
/**
 * Endings of derived words ("Forecasting", "Observability", "Visualisierung") and plurals
 * ("Lambdas"): a single capitalised word that ends so is a word, not a product's name.
 */
export const ORDINARY_WORD_ENDING =
  /(?:ing|ity|ities|tion|tions|sion|ment|ness|ance|ence|ism|ung|heit|keit|schaft|ção|ções|ción|ciones|zione|zioni|ité)$|[^su]s$/u

// A forum's comment thread copied whole (comment-thread.ts).
/**
 * A comment's header on a thread page: its author, its age and its links, "gbertolotti 2
 * days ago | prev | next [–]" (Hacker News), the author indented as the reply is.
 */
export const COMMENT_HEADER =
  /^\s*(?:[▲△^]\s?)?[\w.-]{2,40} (?:\d{1,3}|an?|one) (?:minute|hour|day|week|month|year)s? ago(?: \| (?:prev|next|parent|root|context|flag|edit|delete|on:)\b[^\n]{0,120})?(?: \[[–-]\])?\s*$/u
/** The link under a comment that opens the reply box: the comment has ended. */
export const COMMENT_END = /^\s*reply\s*$/i
/** A mail program's line between a forward or a reply and the message it quotes. */
export const EMAIL_FORWARD_LINE =
  /^\s*(?:-{3,}\s?(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original|mensagem encaminhada|messaggio inoltrato|messaggio originale|doorgestuurd bericht|oorspronkelijk bericht|przekazana wiadomość)\s?-{3,}|begin forwarded message:)\s*$/iu
/** A letter's closing on a line of its own: "Kind regards,", "Kind regards / Met vriendelijke groet,". */
const CLOSING = allLanguages(CLOSINGS).join('|')
export const CLOSING_LINE = new RegExp(
  `^(?:${CLOSING})(?:\\s*\\/\\s*(?:${CLOSING}))*\\s*[,.!]?$`,
  'iu',
)

/** A letter's greeting on a line of its own: "Hi all,", "Beste Sanne,", "Hallo liebe Liste," */
export const GREETING_LINE = new RegExp(
  `^(?:${allLanguages(GREETINGS).join('|')})(?=[\\s,!:]|$)[^.!?\\n]{0,30}[,!:]?$`,
  'iu',
)

/**
 * Values job boards print where a company is not given ("Company: None", "N/A", "Information
 * not provided by the employer", "Nicht angegeben", "Empresa confidencial"), in the posting
 * languages.
 */
export const NO_COMPANY_VALUE =
  /^(?:none|null|nil|n\/?a|undisclosed|unknown|confidential|anonymous|private|-+|—|tbd|company)$|^(?:(?:confidential|anonymous|undisclosed)\s+(?:company|employer|client)|(?:empresa|entreprise|société|azienda|firma|unternehmen|bedrijf|cliente?)\s+(?:confidencial|confidentielle?|anónima|anônima|anonyme|riservata|anonima|poufna|anonimowa|vertraulich|vertrouwelijk|anoniem)|vertrauliches\s+unternehmen)$|\bnot (?:specified|available|disclosed|provided|given|stated)\b|\bnicht (?:angegeben|genannt)\b|\bnon (?:communiqu|précis|renseign|specificat|indicat)|\bno (?:especificad|indicad|disponible)|\bnão (?:informad|divulgad|especificad)|\bniet (?:opgegeven|vermeld)\b|\bnie (?:podano|podan)/i

/**
 * A board's link for employers, a menu's item (matched against a lower-cased item): "post a
 * job", "stellenanzeige kostenlos aufgeben", "publicar aviso gratis", its price after a dash
 * or in brackets ("post a job – $149", "post a job ($99)").
 */
export const POST_A_JOB_LINK = new RegExp(
  `^(?:${allLanguages(POST_A_JOB)
    .map(({ verbs, ads, free }) => {
      const verb = verbs.map(escapeRegExp).join('|')
      const ad = ads.map(escapeRegExp).join('|')
      const gratis = `(?:${free.map(escapeRegExp).join('|')})`
      return `(?:(?:${verb}) (?:${gratis} )?(?:${ad})|(?:${ad}) (?:${gratis} )?(?:${verb}))(?: ${gratis})?`
    })
    .join('|')})(?:\\s[-–—]\\s\\S{1,12}|\\s\\(\\S{1,12}\\))?$`,
)
