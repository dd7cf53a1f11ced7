import type { PostingLocation, Salary, StackItem, WorkMode } from '../model/posting.ts'
import { allMatches } from './matches.ts'
import { MODE_WORD, ROLE_PAY_TAIL, ROLE_LINE_BRACKET, ROLE_LINE_HYBRID_DAYS } from './patterns.ts'
import { countryCode } from './country-names.ts'
import { readPlaces, STRONG_PLACE } from './places.ts'
import { salaryIn } from './salary.ts'
import { modeOfWord, modeWordsIn, officeDaysInLine } from './work-mode.ts'

const PIPE = /\s\|\s/
/** How sure places.ts is of a country's code alone ("US", "UK"). */
const COUNTRY_CODE_READING = 0.6
/** The longest line read as one role's: the pay pattern tries each separator in turn. */
const ROLE_LINE_MAX = 300

/** What one role's line of a post naming several roles states for that role alone. */
export type RoleLineFacts = {
  /** The title without the pay after it. */
  title: string
  salary: Salary | null
  workMode: WorkMode | null
  officeDays: number | null
  remoteRegions: string[]
  locations: PostingLocation[]
}

/**
 * A role's line split at the pay after its title ("Data Engineer (Remote US) - $160k-$200k"),
 * when what follows the title reads as pay; else the line whole, with no salary.
 */
export function payAfterTitle(line: string): { title: string; salary: Salary | null } {
  const text = line.trim()
  // The pattern tries each separator in turn: a role's line is short, a paragraph is not one.
  const tail = text.length <= ROLE_LINE_MAX ? ROLE_PAY_TAIL.exec(text) : null
  const pay = tail?.[1] && tail[2] ? salaryIn(tail[2], true) : null
  return pay && tail?.[1]
    ? { title: tail[1].trim(), salary: pay.value }
    : { title: text, salary: null }
}

/**
 * "Perception Engineer (Remote US) - $160k-$200k", "Firmware Engineer (Boston, hybrid 3 days)",
 * "Founding Engineer | London | £60-120k": the pay after a role's title, and the place and
 * work mode in the brackets that end it or in the parts after it. A post naming several roles
 * often states them role by role; what a line leaves out is the post's.
 */
export function roleLineFacts(line: string): RoleLineFacts {
  const paid = payAfterTitle(line)
  let title = paid.title
  const salary = paid.salary
  // "Founding Engineer | London | £60-120k": the title is the first part, the others its facts;
  // else the facts are in the brackets that end the title, which keeps them as written.
  const parts = title.split(PIPE)
  if (parts.length > 1) title = parts[0]!.trim()
  const facts: RoleLineFacts = {
    title,
    salary,
    workMode: null,
    officeDays: null,
    remoteRegions: [],
    locations: [],
  }
  const inner = parts.length > 1 ? parts.slice(1).join(', ') : ROLE_LINE_BRACKET.exec(title)?.[1]
  if (!inner) return facts
  const modes = [
    ...allMatches(MODE_WORD, inner).map((m) => modeOfWord(m[1] ?? '')),
    ...modeWordsIn(inner),
  ]
  const placeText = inner.replace(ROLE_LINE_HYBRID_DAYS, ' ')
  const reading = readPlaces(placeText, { field: true })
  // A posting offering remote is remote, though an office is named beside it.
  if (modes.includes('remote')) {
    facts.workMode = 'remote'
    facts.remoteRegions = reading.remoteRegions
  } else if (modes.includes('hybrid')) {
    facts.workMode = 'hybrid'
    const days = ROLE_LINE_HYBRID_DAYS.exec(inner)?.[1]
    facts.officeDays = officeDaysInLine(inner)?.value ?? (days ? Number(days) : null)
  } else if (modes.length) facts.workMode = 'onsite'
  // "(US/Canada)", "(UK)": brackets naming only countries, codes too, name the role's; a
  // town needs a sure reading ("(MD/PhD)" and "(CI & Test Data Platform)" name none).
  const onlyCountries =
    reading.locations.length > 0 &&
    placeText.split(/\s*[/,&]\s*|\s+or\s+/i).every((p) => countryCode(p.trim()))
  const least = onlyCountries ? COUNTRY_CODE_READING : STRONG_PLACE
  if (reading.confidence.every((c) => c >= least)) facts.locations = reading.locations
  return facts
}

/**
 * A role's stack, in a post naming several: the post's, less what only the other roles' lines
 * name ("Senior Backend Engineer (Python/Django)" gives the designer beside it no Python). A
 * role's line opens with its title; a sentence that mentions a role is no role's line.
 */
export function stackOfRole(
  stack: readonly StackItem[],
  linesOf: ReadonlyMap<string, readonly string[]>,
  own: string,
  others: readonly string[],
): StackItem[] {
  return stack.filter((item) => {
    const lines = linesOf.get(item.name) ?? []
    return !(
      lines.length &&
      lines.every(
        (line) => !line.includes(own) && others.some((other) => line.trimStart().startsWith(other)),
      )
    )
  })
}
