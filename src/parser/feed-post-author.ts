import type { Line } from './types.ts'

/**
 * A social feed's author line: a name and the reader's degree of connection ("Sanne de Vries
 * • 2e", "Jane Doe • 3rd+", "Max Muster • 2.").
 */
const AUTHOR_DEGREE = /^\S.{0,60}\s[•·]\s(?:1st|2nd|3rd\+?|[123](?:[eº°.]|er)?\+?)$/u

/**
 * A post copied from a social feed opens with its author: the name and connection degree,
 * then the author's own headline ("Engineering Manager Data | Energietransitie | Mama van
 * twee"), which names the author's job, not the one the post offers. Marks the author line
 * and the headline under it with `mark`.
 */
export function markFeedPostAuthor(lines: Line[], mark: (line: Line, reason: string) => void) {
  const seen = Math.min(lines.length, 20)
  for (let i = 0; i < seen; i++) {
    const line = lines[i]
    if (!line || line.kind === 'blank' || !AUTHOR_DEGREE.test(line.text.trim())) continue
    mark(line, 'post author')
    const headline = lines[i + 1]
    if (headline && headline.kind !== 'blank') mark(headline, 'post author')
    return
  }
}
