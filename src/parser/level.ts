import type { RoleFamily, Seniority } from '../model/posting.ts'
import {
  FAMILY_IN_TITLE,
  LEVEL_IN_TEXT,
  LEVEL_IN_TITLE,
  LEVEL_NUMERAL_IN_TITLE,
  LEVEL_SUFFIX,
  NOT_A_LEVEL_IN_TITLE,
} from './patterns.ts'
import type { Fact } from './types.ts'

const NUMERAL_LEVEL: Record<string, Seniority> = {
  I: 'junior',
  '1': 'junior',
  II: 'mid',
  '2': 'mid',
  III: 'senior',
  '3': 'senior',
  IV: 'staff',
  '4': 'staff',
}

const WORD_LEVEL: Record<string, Seniority> = {
  senior: 'senior',
  sr: 'senior',
  'sr.': 'senior',
  staff: 'staff',
  principal: 'principal',
  lead: 'lead',
  junior: 'junior',
  jr: 'junior',
  'jr.': 'junior',
  'mid-level': 'mid',
  'mid level': 'mid',
  mid: 'mid',
  intermediate: 'mid',
  'entry-level': 'junior',
  'entry level': 'junior',
  entry: 'junior',
  graduate: 'junior',
  intern: 'intern',
  internship: 'intern',
  associate: 'junior',
  executive: 'executive',
  director: 'director',
  manager: 'manager',
  'mid-senior': 'senior',
}

/** Seniority from the title: the highest level word it holds ("Sr Staff" is staff). */
export function levelFromTitle(title: string): Seniority | null {
  const t = title.replace(NOT_A_LEVEL_IN_TITLE, ' ')
  for (const [pattern, level] of LEVEL_IN_TITLE) if (pattern.test(t)) return level as Seniority
  const numeral = LEVEL_NUMERAL_IN_TITLE.exec(t)
  return numeral?.[1] ? (NUMERAL_LEVEL[numeral[1].toUpperCase()] ?? null) : null
}

/** A level word the job board or a "Level:" line states ("Senior level", "Mid-Senior level"). */
export function levelFromWord(text: string): Seniority | null {
  const word = text.toLowerCase().replace(LEVEL_SUFFIX, '').trim()
  return WORD_LEVEL[word] ?? null
}

/** A level stated for the role in the text ("As a Senior I Engineer", "a senior-level role"). */
export function levelFromText(text: string): Fact<Seniority> | null {
  for (const pattern of LEVEL_IN_TEXT) {
    const m = pattern.exec(text)
    const level = m?.[1]
      ? (WORD_LEVEL[m[1].toLowerCase().replace(/\s+/g, '-')] ?? WORD_LEVEL[m[1].toLowerCase()])
      : undefined
    if (m && level) return { value: level, raw: m[0], from: 'level stated in the text' }
  }
  return null
}

export function roleFamily(title: string): RoleFamily {
  for (const [pattern, family] of FAMILY_IN_TITLE)
    if (pattern.test(title)) return family as RoleFamily
  return 'other'
}
