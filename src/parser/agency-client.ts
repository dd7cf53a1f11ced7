import { phraseRegex } from './words/compile.ts'
import { AGENCY_SELF, CLIENT_BEFORE, FIRM_KINDS } from './words/agency-words.ts'
import { allLanguages } from './words/languages.ts'
import { allMatches } from './matches.ts'
import { FUNDING_STAGE, SENTENCE_BREAK } from './patterns.ts'
import { MARKETPLACE_MENU_WORDS } from './site-menu-words.ts'

const AGENCY = phraseRegex(allLanguages(AGENCY_SELF))
const CLIENT_LEAD = phraseRegex(allLanguages(CLIENT_BEFORE), 'g')
const MARKETPLACE = phraseRegex(MARKETPLACE_MENU_WORDS)
/**
 * The client's name right after those words (sticky, case as written): capitalised words,
 * after a comma and an article ("der Rheinwerk Versicherung").
 */
const CLIENT_NAME =
  /,?\s+(?:(?:the|der|die|das|la|le|l['’]|el|o|a|il|lo|de|het)\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s(?:&\s)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})/uy

/** The word a recruiter's name may end with, past the name its sentences use. */
const AGENCY_NAME_END =
  /\s+(?:recruitment|recruiting|resourcing|staffing|talent|personnel|search|consultancy|personalberatung|personalvermittlung|recrutement|reclutamiento|recrutamento|selezione|werving)$/

/**
 * The employer a recruitment agency's posting names: the client after "partnering with",
 * "notre client", "im Auftrag unseres Kunden" … and only when the posting calls its author a
 * recruiter ("… is acting as an Employment Agency", "cabinet de recrutement"), in the text or in
 * the page's furniture around it (`furniture`, the lines left out as noise). A name the
 * recruiter's own sentences hold is the recruiter's, not a client's (`isRecruiter`).
 */
/** Whether a text speaks as a recruiter ("werving- en selectiebureau", "for our client"). */
export function speaksAsRecruiter(text: string): boolean {
  return AGENCY.test(text)
}

export function clientOfAgency(
  text: string,
  furniture: () => string = () => '',
): { value: string; raw: string; isRecruiter: (name: string) => boolean } | null {
  // The page's furniture may be where the site says it is an agency ("Adecco TT, S.A. ETT"
  // in its footer): read only when the text does not say so.
  // A marketplace's menu ("Recruter un freelance") says the same of the site: its missions
  // are its clients'.
  if (!AGENCY.test(text)) {
    const site = furniture()
    if (!AGENCY.test(site) && !MARKETPLACE.test(site)) return null
  }
  const sentences = text.split(SENTENCE_BREAK)
  // "Hollin Resourcing are recruiting on behalf of Marrow …": the recruiter's own words end
  // where the client is introduced.
  const agencySentences = sentences
    .filter((s) => AGENCY.test(s))
    .map((s) => s.slice(0, allMatches(CLIENT_LEAD, s)[0]?.index ?? s.length).toLowerCase())
  // "Bramble Tech Recruitment" under the title is the "Bramble Tech" of the recruiter's words.
  const isRecruiter = (name: string) => {
    const lower = name.toLowerCase()
    const bare = lower.replace(AGENCY_NAME_END, '')
    return agencySentences.some((own) => own.includes(lower) || own.includes(bare))
  }
  for (const sentence of sentences) {
    for (const lead of allMatches(CLIENT_LEAD, sentence)) {
      CLIENT_NAME.lastIndex = lead.index + lead[0].length
      const m = CLIENT_NAME.exec(sentence)
      const name = m?.[1]?.replace(/[.,]+$/, '')
      if (!name) continue
      // "partnering exclusively with a Series B insurtech": the client described, not named.
      if (isRecruiter(name) || FUNDING_STAGE.test(name) || namesFirmKind(name)) continue
      return { value: name, raw: `${lead[0]}${m?.[0] ?? ''}`, isRecruiter }
    }
  }
  return null
}

const KINDS = new Set(allLanguages(FIRM_KINDS))

/** "ETI industrielle française", "Multinational in logistics": a kind of firm, not a name. */
function namesFirmKind(name: string): boolean {
  return KINDS.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')
}
