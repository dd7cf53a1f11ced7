import type { Fact } from './types.ts'
import { ROLE_HEAD_FIRST, ROLE_NOUN } from './patterns.ts'
import { allMatches } from './matches.ts'
import { levelFromWord } from './level.ts'
import { techByName } from './taxonomy.ts'

/** "We are looking for" in the seven languages beyond English ("is hiring" too: "está contratando"). */
const WE_SEEK = String.raw`nel profilo (?:professionale )?di|per il profilo (?:professionale )?di|wir suchen|suchen wir|nous recherchons|nous recrutons|recherchons|buscamos|estamos buscando|procuramos|estamos contratando|está contratando|estão contratando|cerchiamo|stiamo cercando|wij zoeken|we zoeken|szukamy|poszukujemy`
/**
 * "zoekt eerste Lead Data Engineer", "sucht ersten Data Engineer": a headline's "first", where
 * a sentence has its article.
 */
const FIRST_HIRE = String.raw`eerste|ersten|erste|premier|première|primer|primera|primeiro|primeira|primo|prima|pierwszego|pierwszą`
/** A third person's "is looking for", before an article ("el banco busca un/a …"). */
const THEY_SEEK = String.raw`(?:busca|buscan|está buscando|están buscando|procura|procuram|está procurando|estão procurando|sucht|suchen|recherche|recherchent|cerca|cercano|sta cercando|zoekt|zoeken|szuka|szukają|poszukuje)(?=\s+(?:un|una|uno|une|um|uma|ein|eine|einen|een|${FIRST_HIRE})(?:\/a)?\s)`
/** A sentence in those languages that says whom it seeks: a title line that is one is not a title. */
export const SEEKS_IN_LANGUAGES = new RegExp(
  String.raw`(?<!\p{L})(?:${WE_SEEK}|${THEY_SEEK})\s`,
  'iu',
)
/**
 * "la provisión de una plaza de Técnico/a Superior …", "concorso per un posto di Istruttore
 * Informatico": a public body's call names the post it fills, not whom it seeks.
 */
const POST_OF = String.raw`plaza de|posto di|poste de|vaga de|vaga para|Stelle als|na stanowisko|functie van|functie als`
/** Phrases after which a post names whom it hires, in the eight languages the parser reads. */
const HIRING_TRIGGER = new RegExp(
  String.raw`\b(?:hiring (?:on|for|in|into) (?:my|our|the) team\s*[:-]?|(?:expanding|growing|joining) (?:our|the)(?: \p{L}+)? team with|looking for|hiring(?: for)?|seeking|searching for|recruiting|we need|${WE_SEEK}|${THEY_SEEK}|${POST_OF})\s+`,
  'giu',
)
/** A determiner right before "hiring": "the hiring manager" is a noun, not a verb and a role. */
const OWNED_BEFORE = /\b(?:the|a|your|our|my|their|his|her)\s+$/i
/**
 * "una persona Engineering Manager", "una figura di Data Engineer", "eine Person als …": the
 * person before the role, and the word that joins it to the role.
 */
const A_PERSON = String.raw`persona|pessoa|personne|person|persoon|osobę|osoby|profilo|profil|perfil|figura|di|als|como|comme|come|jako`
/** Words between the trigger and the role that are not part of its name. */
const FILLER = new RegExp(
  String.raw`^(?:${FIRST_HIRE}|${A_PERSON}|its|their|an?|the|our|one|two|three|four|five|several|multiple|some|more|\d+|talented|best|experienced|strong|great|exceptional|passionate|motivated|skilled|new|additional|another|first|next|founding-?level|top|excellent|brilliant|curious|ambitious|eine[nm]?|ein|un|une|des|um|uma|uno|una|een|un\/una|una\/un|uno\/una|una\/uno|un\/une|une\/un|um\/uma|uma\/um)$`,
  'i',
)
/** Words that end a role name: a role name has no verbs, pronouns or prepositions in it. */
const STOP =
  /^(?:to|who|that|which|with|for|in|at|on|and|or|as|of|from|by|is|are|will|can|you|we|someone|people|person|folks|individuals?|candidates?|talent|help|join|based|remote|hybrid|onsite)$/i
/**
 * Inclusive endings, the word read bare: French "un(e)", "Programmeur(se)", "développeur·euse";
 * Spanish and Portuguese "un/a", "Desarrollador/a", "Engenheiro(a)"; Italian "uno/a",
 * "sviluppatore/trice"; German "eine*n Entwickler*in", "Entwickler:in".
 */
const INCLUSIVE_ENDING =
  /(\p{L})(?:\((?:e|se|euse|rice|ne|le|a|as)\)|·(?:e|se|euse|rice|ne|le)(?!\p{L})|\/(?:a|as|trice|essa|euse)(?!\p{L})|[*:_](?:in|innen|[nre])(?!\p{L}))/gu
const TOKEN = /[\p{L}\p{N}+#./&-]+/gu
/**
 * When the hire starts, between the trigger and the role: "wir suchen ab sofort / ab Mai /
 * zum nächstmöglichen Zeitpunkt …", "nous recherchons dès maintenant …".
 */
const START_DATE =
  /^\s?(?:ab\s(?:sofort|dem\s)?(?:\d{1,2}\.\s?)?\p{L}*\.?(?:\s\d{4})?|zum\s(?:nächstmöglichen|\d{1,2}\.)\s?\p{L}+|per\ssofort|dès\s(?:maintenant|que\spossible|à\sprésent|\p{L}+)|[aà]\spartir\sd[eu]\s\p{L}+|desde\sya|quanto\sprima|per\ssubito|od\szaraz|per\sdirect|zo\ssnel\smogelijk)(?=\s)/iu
const MAX_WORDS = 5
/**
 * Brackets right after the role, holding names ("… Entwickler*in (Python/Django) für …", "(SRE)"),
 * not a phrase ("(and a Designer)").
 */
const SPECIALISATION =
  /^(?:[*:_](?:in|innen)|\/as?|·\p{L}{1,4})?\s*\(([\p{Lu}\p{N}.#+][^\s()]*(?:\s+[\p{Lu}\p{N}.#+/&][^\s()]*){0,3})\)/u
/** "Python/Django", "Go", "C++, Rust": technologies only, not a period, place or team. */
function namesTechnologies(text: string): boolean {
  const names = text.split(/\s*[/,&]\s*|\s+(?:and|or|und|oder|et|ou|[yoe]|of|lub)\s+/)
  return names.every((name) => techByName(name) !== undefined)
}

/** The word right after a role's noun: a level there belongs to its name ("… Engineer Senior"). */
const LEVEL_AFTER = /^\s+(\p{Lu}[\p{L}.-]*)/u
const ROLE_WORD = new RegExp(`^(?:${ROLE_NOUN.source})$`, 'iu')

function titleCase(word: string): string {
  return /\p{Lu}/u.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)
}

/** "engineers" -> "engineer": the role one hire holds. */
function singular(word: string): string {
  if (/(?:ss|us|is)$/i.test(word) || !/s$/i.test(word)) return word
  return word.slice(0, -1)
}

/** The most words qualifying a head-first role noun ("Desarrollador Backend Senior"). */
const MAX_QUALIFIERS = 3
/** The particles of a head-first title ("de", "des", "di", "do"). */
const PARTICLE = /^(?:de|des|du|di|del|della|do|da|dos|das)$/u

/**
 * The words right after a head-first role noun that qualify it: capitalised ("Mobile",
 * "Java", "Pleno") or a technology's name, up to the first word of the sentence's own
 * ("pra", "pour", "con"). Null when the noun is not one a title puts first.
 */
function qualifiersAfter(after: string, from: number): { words: string[]; end: number } | null {
  const noun = after.slice(0, from).match(/[\p{L}-]+$/u)?.[0] ?? ''
  if (ROLE_HEAD_FIRST.exec(noun)?.[0].length !== noun.length) return null
  const words: string[] = []
  let end = from
  let particle: string | null = null
  for (const m of allMatches(TOKEN, after.slice(from))) {
    const word = m[0]
    // "Analista de Datos", "Ingénieur des Données": a particle before a qualifying noun.
    if (!particle && words.length < MAX_QUALIFIERS && PARTICLE.test(word)) {
      particle = word
      continue
    }
    if ((!/^\p{Lu}/u.test(word) && !techByName(word)) || words.length >= MAX_QUALIFIERS) break
    words.push(...(particle ? [particle, word] : [word]))
    particle = null
    end = from + m.index + word.length
  }
  return { words, end }
}

/** A role noun, or a compound whose last part is one ("Backend-Entwickler", "Front-End-Engineer"). */
function isRoleWord(word: string): boolean {
  return ROLE_WORD.test(word) || ROLE_WORD.test(word.slice(word.lastIndexOf('-') + 1))
}

/**
 * Whether the words after the role word at `t` go on to another role word, capitalised each
 * and within the name's length: "Lead" in "Lead Data Engineer" is the engineer's level.
 */
function roleGoesOn(tokens: RegExpExecArray[], t: number, count: number): boolean {
  for (let k = t + 1; k < tokens.length && count < MAX_WORDS; k++, count++) {
    const word = (tokens[k] as RegExpExecArray)[0]
    if (!/^\p{Lu}/u.test(word) || STOP.test(word)) return false
    if (isRoleWord(word)) return true
  }
  return false
}

/**
 * The role a sentence names: "we're looking for product engineers that ..." gives "Product
 * Engineer", "wir suchen einen Backend Developer" gives "Backend Developer". The name is the
 * run of words after the trigger that ends in a role noun.
 */
export function roleInProse(text: string): Fact<string> | null {
  for (const trigger of allMatches(HIRING_TRIGGER, text.slice(0, 20_000))) {
    // "the hiring manager", "our hiring team": a noun of the poster's side, not a hire.
    if (
      /^hiring\s/i.test(trigger[0]) &&
      OWNED_BEFORE.test(text.slice(Math.max(0, trigger.index - 8), trigger.index))
    )
      continue
    let start = trigger.index + trigger[0].length
    start += START_DATE.exec(text.slice(start, start + 60))?.[0].length ?? 0
    const slice = text.slice(start, start + 160)
    const bare = slice.replace(INCLUSIVE_ENDING, '$1')
    const after = bare.split(/[\n.!?;:,()]/)[0] ?? ''
    // The sentence as written, inclusive endings and all.
    const written =
      after === slice.split(/[\n.!?;:,()]/)[0] ? after : (slice.split(/[\n.!?;:]/)[0] ?? after)
    const words: string[] = []
    const tokens = allMatches(TOKEN, after)
    for (let t = 0; t < tokens.length; t++) {
      const m = tokens[t] as RegExpExecArray
      const word = m[0]
      if (!words.length && FILLER.test(word)) continue
      if (STOP.test(word)) break
      words.push(word)
      // "een Lead Data Engineer": a role word that names go on after is their qualifier.
      if (isRoleWord(word) && !roleGoesOn(tokens, t, words.length)) {
        const last = singular(word)
        // "Desenvolvedor(a) Mobile Pleno", "un Développeur Java": a head-first noun, its
        // qualifiers after it.
        const qualifiers = words.length === 1 ? qualifiersAfter(after, m.index + word.length) : null
        // "un/a Data Engineer Senior": Romance titles put the level after the role.
        const level = qualifiers ? null : LEVEL_AFTER.exec(after.slice(m.index + word.length))?.[1]
        const named = [...words.slice(0, -1), last].map(titleCase)
        const leveled = level && levelFromWord(level) ? [level] : (qualifiers?.words ?? [])
        // "eine*n Backend-Entwickler*in (Python/Django)": a specialisation right after the role.
        const at = slice.indexOf(word)
        const rest = qualifiers
          ? bare.slice(qualifiers.end)
          : at < 0
            ? ''
            : slice.slice(at + word.length)
        const special = SPECIALISATION.exec(rest)?.[1]
        const kept = special && namesTechnologies(special) ? [`(${special})`] : []
        const title = [...named, ...leveled, ...kept].join(' ')
        return {
          value: title,
          raw: `${trigger[0]}${written}`.trim(),
          from: 'role named in the text',
        }
      }
      if (words.length >= MAX_WORDS) break
    }
  }
  return null
}
