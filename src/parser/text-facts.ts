import {
  CAREERS_SITE_PREFIX,
  COMPANY_IN_TEXT,
  COMPANY_PREDICATE,
  COMPANY_STOPWORDS,
  LEADING_CONNECTOR,
  NOT_PLURAL_END,
  PLURAL_ROLE,
  POSSESSIVE_END,
  ROLE_PHRASE,
  TEAM_IN_TEXT,
  TITLE_TRIGGERS,
} from './patterns.ts'
import { withoutLegalForm } from './legal-form.ts'
import { CAREERS_SITE_NAMES } from './words/company-cues.ts'
import { phraseSource } from './words/compile.ts'
import { ORGANISATION_UNIT_WORDS } from './words/organisation-units.ts'
import { allLanguages } from './words/languages.ts'
import { resolvePlace } from './places.ts'
import { techByName } from './taxonomy.ts'
import type { Fact } from './types.ts'
import { allMatches, allMatchesAtSentenceStarts, SENTENCE_START_SOURCE } from './matches.ts'

/** What a board prints after a company's name as a link's label: "Raft Company Website". */
const PAGE_LINK_SUFFIX =
  /\s(?:company\s)?(?:website|homepage|careers(?:\s(?:page|site))?|confluence|wiki|intranet|(?:engineering\s)?blog)$/i

export function cleanCompany(name: string): string {
  const clean = name.replace(/\s+/g, ' ').replace(/[®™]/g, '').trim().replace(PAGE_LINK_SUFFIX, '')
  return withoutLegalForm(withoutCareersSite(withoutUnit(withoutAcronym(clean))))
}

/** "GWSO - Global Water Security Organization", "… Organization (GWSO)": a name and its initials. */
const ACRONYM_BESIDE =
  /^(\p{Lu}{2,8})\s[-–—]\s(.{4,80})$|^(.{4,80}?)\s(?:[-–—]\s(\p{Lu}{2,8})|\((\p{Lu}{2,8})\))$/u

/** The name written out, when the other part is its initials: they say the same once more. */
export function withoutAcronym(name: string): string {
  const m = ACRONYM_BESIDE.exec(name)
  if (!m) return name
  const full = m[2] ?? m[3] ?? ''
  const acronym = m[1] ?? m[4] ?? m[5] ?? ''
  const initials = full
    .replace(/^The\s/, '')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
  return initials === acronym ? full : name
}

const UNIT_AFTER_DASH = new RegExp(
  `^(.{2,60}?)\\s[-–—]\\s(?:the\\s)?(?:${phraseSource(allLanguages(ORGANISATION_UNIT_WORDS))})(?![\\p{L}])`,
  'iu',
)

/** "Kingsmere University – School of Computing" → "Kingsmere University": the unit is not the employer. */
export function withoutUnit(name: string): string {
  if (!/\s[-–—]\s/.test(name)) return name
  return UNIT_AFTER_DASH.exec(name)?.[1] ?? name
}

/** The first words of a careers site's names: most names are asked one set lookup only. */
const CAREERS_FIRST_WORDS = new Set(
  allLanguages(CAREERS_SITE_NAMES).map((phrase) => phrase.split(' ')[0] ?? ''),
)

/** "Careers at Zeestroom" → "Zeestroom": the employer a careers site's name names. */
function withoutCareersSite(name: string): string {
  const space = name.indexOf(' ')
  if (space < 0 || !CAREERS_FIRST_WORDS.has(name.slice(0, space).toLowerCase())) return name
  const site = CAREERS_SITE_PREFIX.exec(name)
  const rest = site ? name.slice(site[0].length) : ''
  return /^[\p{Lu}\p{N}]/u.test(rest) ? rest : name
}

function plausibleCompany(name: string, anyName = false): boolean {
  const first = name.split(/\s+/)[0] ?? ''
  if (COMPANY_STOPWORDS.test(first) || COMPANY_STOPWORDS.test(name)) return false
  if (name.length < 2 || name.length > 40) return false
  if ((!anyName && techByName(name)) || resolvePlace(name)) return false
  return true
}

/**
 * The company as the prose names it ("Depop is hiring", "At Asana, we", "About Sezzle"),
 * by weighted votes over every pattern; null when nothing names it.
 */
export function companyFromText(text: string): Fact<string> | null {
  const votes = new Map<string, { name: string; weight: number; first: number; raw: string }>()
  for (const { pattern, weight, needs, anyName } of COMPANY_IN_TEXT) {
    if (needs && !needs.test(text)) continue
    pattern.lastIndex = 0
    const matches = pattern.source.startsWith(SENTENCE_START_SOURCE)
      ? allMatchesAtSentenceStarts(pattern, text)
      : allMatches(pattern, text)
    for (const m of matches) {
      const name = cleanCompany((m[1] ?? '').replace(POSSESSIVE_END, ''))
      // "Honeycomb is the observability platform …": a technology's name that is the company's.
      const after = text.slice(m.index + m[0].indexOf(m[1] ?? '') + (m[1] ?? '').length)
      if (!plausibleCompany(name, anyName || COMPANY_PREDICATE.test(after.slice(0, 120)))) continue
      const key = name.toLowerCase()
      const vote = votes.get(key) ?? { name, weight: 0, first: m.index, raw: m[0].trim() }
      vote.weight += weight
      vote.first = Math.min(vote.first, m.index)
      votes.set(key, vote)
    }
  }
  // "At Larus, we ..." and "At Larus Technologies, we ..." name one company: the fuller name wins.
  for (const [key, vote] of votes) {
    const fuller = [...votes.entries()].find(
      ([other]) => other !== key && other.startsWith(`${key} `),
    )
    if (fuller) {
      fuller[1].weight += vote.weight
      fuller[1].first = Math.min(fuller[1].first, vote.first)
      votes.delete(key)
    }
  }
  let best: { name: string; weight: number; first: number; raw: string } | null = null
  for (const vote of votes.values()) {
    if (
      !best ||
      vote.weight > best.weight ||
      (vote.weight === best.weight && vote.first < best.first)
    ) {
      best = vote
    }
  }
  return best ? { value: best.name, raw: best.raw, from: 'company named in the text' } : null
}

function singular(title: string): string {
  return title.replace(PLURAL_ROLE, (word, stem: string) =>
    NOT_PLURAL_END.test(word) ? word : stem,
  )
}

/** The role as the prose names it ("is hiring a Senior ML Engineer", "As a Data Analyst,"). */
export function titleFromText(text: string): Fact<string> | null {
  for (const trigger of TITLE_TRIGGERS) {
    trigger.lastIndex = 0
    for (const m of allMatches(trigger, text)) {
      const after =
        text.slice(m.index + m[0].length, m.index + m[0].length + 120).split('\n')[0] ?? ''
      const role = ROLE_PHRASE.exec(after)
      if (!role?.[1] || role.index > 70) continue
      const title = singular(role[1].replace(LEADING_CONNECTOR, '').trim())
      if (title.split(/\s+/).length < 2 && !/^(?:Engineer|Developer)$/.test(title)) {
        if (title.split(/\s+/).length < 1) continue
      }
      return {
        value: title,
        raw: `${m[0]}${after.slice(0, role.index + role[1].length)}`.trim(),
        from: 'role named in the text',
      }
    }
  }
  return null
}

export function teamFromText(text: string): Fact<string> | null {
  for (const pattern of TEAM_IN_TEXT) {
    const m = pattern.exec(text)
    const team = m?.[1]?.trim()
    if (team && !/^(?:Engineering|Data|Product|Tech|Technology|Development|Software)$/.test(team)) {
      return { value: team, raw: m?.[0] ?? team, from: 'team named in the text' }
    }
  }
  return null
}
