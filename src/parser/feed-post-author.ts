import { LISTING_LINE } from './patterns.ts'
import type { Fact, Line } from './types.ts'

/**
 * A social feed's author line: a name and the reader's degree of connection ("Sanne de Vries
 * • 2e", "Jane Doe • 3rd+", "Max Muster • 2.").
 */
const AUTHOR_DEGREE = /^\S.{0,60}\s[•·]\s(?:1st|2nd|3rd\+?|[123](?:[eº°.]|er)?\+?)$/u

/**
 * A post copied from a social feed opens with its author: the name and connection degree,
 * then the author's own headline ("Engineering Manager Data | Energietransitie | Mama van
 * twee"), which names the author's job, not the one the post offers, and the post's age. Marks
 * the author line, the headline under it and the age line under that with `mark`, and gives
 * the employer the headline names.
 */
export function markFeedPostAuthor(
  lines: Line[],
  mark: (line: Line, reason: string) => void,
): Fact<string> | null {
  const seen = Math.min(lines.length, 20)
  for (let i = 0; i < seen; i++) {
    const line = lines[i]
    if (!line || line.kind === 'blank' || !AUTHOR_DEGREE.test(line.text.trim())) continue
    mark(line, 'post author')
    const headline = lines[i + 1]
    const shown = headline && headline.kind !== 'blank' ? headline : null
    if (shown) mark(shown, 'post author')
    const employer = shown ? employerOf(shown) : null
    // "3 j • Modifié • 🌐": the post's age and whether it was edited, under the headline.
    const age = lines[i + 2]
    if (age && age.kind !== 'blank' && LISTING_LINE.test(age.text.trim())) mark(age, 'post age')
    return employer
  }
  return null
}

/**
 * "Co-founder & CTO at Brindille | …", "Teamlead Data bei Wärmeland", "CEO chez Octave":
 * the employer the author's headline names, in the eight languages. The one who posts a role
 * mostly posts their own employer's, so it counts where the post names no other.
 */
const HEADLINE_EMPLOYER =
  /(?:^|\s)(?:at|@|bei|chez|en|na|no|presso|bij|w)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,3})\s*(?:$|[|,·•])/u

function employerOf(headline: Line): Fact<string> | null {
  const part = headline.text.split('|')[0]?.trim() ?? ''
  const found = HEADLINE_EMPLOYER.exec(part)
  return found?.[1] ? { value: found[1], raw: headline.raw, from: "post author's employer" } : null
}
