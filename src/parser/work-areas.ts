import type { Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import type { Role } from './roles.ts'
import { trimSet } from './text.ts'
import { allLanguages } from './words/languages.ts'
import { phraseSource } from './words/compile.ts'
import { AREA_CUES, WORK_AREAS } from './words/work-areas.ts'
import { LowerCasePattern } from './lib/lower-case.ts'
import { allMatches } from './matches.ts'

// Both read in lower case by their twins (lib/lower-case.ts): the same matches, faster.
const AREA = new LowerCasePattern(new RegExp(`^${phraseSource(allLanguages(WORK_AREAS))}$`, 'iu'))
const CUE = new LowerCasePattern(
  new RegExp(`(?<![\\p{L}])(?:${allLanguages(AREA_CUES).join('|')})\\s+`, 'giu'),
)
/** Between areas: "engineering, design, and sales", "engineering/design", "dev & ops". */
const AREA_SEPARATOR = /,\s*(?:(?:and|or|&)\s+)?|\/|\s(?:and|or|und|et|en|[&+yei])\s/iu
/** Where the list of areas ends: a sentence, a bracket, a dash before more words. */
const LIST_END = /[.!?;:\n([|·•]|\s[-–—]\s/u
const TRAILING_NOUN = /\s+(?:roles|positions|openings|jobs|teams?)$/iu
/** How much of the text a cue is looked for in: posts say where they hire near the top. */
const SAMPLE_CHARS = 4_000

function titleCase(word: string): string {
  return /\p{Lu}/u.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)
}

/** Whether a text is one area of work and nothing else ("Engineering", "Engenharia"). */
export function isWorkArea(text: string): boolean {
  return AREA.test(trimSet(text, ' '))
}

/** The areas a phrase lists, as written, when it lists nothing else; otherwise null. */
export function areasOf(phrase: string): string[] | null {
  // "engineering, growth and product roles": the closing noun is not an area.
  const listed = trimSet(phrase, ' ,').replace(TRAILING_NOUN, '')
  const pieces = listed.split(AREA_SEPARATOR).filter(Boolean)
  if (!pieces.length || pieces.length > 8) return null
  if (!pieces.every(isWorkArea)) return null
  return [...new Set(pieces.map((p) => titleCase(trimSet(p, ' '))))]
}

/**
 * Areas of work a post hires in, from "hiring across engineering, design, and sales" or a
 * summary part made only of areas ("Engineering, GTM"). A weak title candidate: any line or
 * sentence naming a role beats it.
 */
export function areaCandidate(doc: Doc, summaryAreas: string[]): Candidate<Role[]> | null {
  const text = doc.allText.slice(0, SAMPLE_CHARS)
  for (const cue of allMatches(CUE, text)) {
    const start = cue.index + cue[0].length
    const rest = text.slice(start, start + 200)
    const end = LIST_END.exec(rest)
    const phrase = end ? rest.slice(0, end.index) : rest
    const areas = areasOf(phrase)
    if (areas)
      return {
        value: areas.map((title) => ({ title })),
        raw: `${cue[0]}${phrase}`.trim(),
        from: 'areas of work',
        score: 1.8,
      }
  }
  for (const part of summaryAreas) {
    const areas = areasOf(part)
    if (areas)
      return {
        value: areas.map((title) => ({ title })),
        raw: part,
        from: 'areas of work',
        score: 1.8,
      }
  }
  return null
}
