import { escapeRegExp } from './lib/escape-regexp.ts'
import { LISTING_LINE } from './patterns.ts'
import type { Fact, Line } from './types.ts'
import { FEED_VIEWER_COUNTERS } from './words/feed-viewer-card.ts'
import { allLanguages } from './words/languages.ts'

/**
 * A social feed's author line: a name and the reader's degree of connection ("Sanne de Vries
 * • 2e", "Jane Doe • 3rd+", "Max Muster • 2.").
 */
const AUTHOR_DEGREE = /^\S.{0,60}\s[•·]\s(?:1st|2nd|3rd\+?|[123](?:[eº°.]|er)?\+?)$/u

/**
 * How far down a feed copied whole its first post may start: under the site's menu, the
 * reader's own profile card and the feed's sort control.
 */
const FEED_TOP = 40

/** A counter of the reader's profile card, alone or with its count: "Profile viewers 48". */
const VIEWER_COUNTER = new RegExp(
  `^(?:${allLanguages(FEED_VIEWER_COUNTERS).map(escapeRegExp).join('|')})(?:\\s*:?\\s*[\\d.,\\s]+[km]?)?$`,
  'iu',
)
/** A count alone on its line, under its counter's name. */
const COUNT = /^[\d.,\s]+[km]?$/i
/** The card's lines over its counters: the reader's name, headline and place. */
const CARD_LINES_ABOVE = 4
/** The rail's links under the counters ("Saved items", "Groups") are short. */
const RAIL_ITEM_WORDS = 4

/**
 * A feed copied whole shows the reader's own profile card in its side rail, above the posts:
 * the reader's name and headline ("Android Developer | Kotlin | Jetpack Compose"), then the
 * counters of their profile's views and their posts' impressions, then the rail's links. The
 * headline names the reader's job, not the posted one. Marks the card with `mark`.
 */
export function markFeedViewerCard(
  lines: Line[],
  mark: (line: Line, reason: string) => void,
): void {
  const reach = Math.min(lines.length, FEED_TOP)
  const counter = (line: Line | undefined) =>
    !!line && line.kind !== 'blank' && VIEWER_COUNTER.test(line.text.trim())
  const first = lines.findIndex((line, i) => i < reach && counter(line))
  if (first < 0) return
  let top = first
  let above = 0
  for (let j = first - 1; j >= 0 && above < CARD_LINES_ABOVE; j--) {
    const line = lines[j] as Line
    if (line.noise) break
    if (line.kind === 'blank') {
      if (lines[j - 1]?.kind === 'blank') break
      continue
    }
    top = j
    above++
  }
  let bottom = first
  for (let j = first + 1; j < lines.length; j++) {
    const line = lines[j] as Line
    if (line.kind === 'blank') {
      // Past the blank lines, the card goes on only with another counter or count.
      let k = j + 1
      while (lines[k]?.kind === 'blank') k++
      const next = lines[k]
      if (!counter(next) && !COUNT.test(next?.text.trim() ?? '')) break
      j = k - 1
      continue
    }
    const text = line.text.trim()
    if (!counter(line) && !COUNT.test(text) && text.split(/\s+/).length > RAIL_ITEM_WORDS) break
    bottom = j
  }
  for (let j = top; j <= bottom; j++) {
    const line = lines[j] as Line
    if (line.kind !== 'blank') mark(line, "reader's profile card")
  }
}

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
  const seen = Math.min(lines.length, FEED_TOP)
  for (let i = 0; i < seen; i++) {
    const line = lines[i]
    if (!line || line.kind === 'blank' || line.noise) continue
    if (!AUTHOR_DEGREE.test(line.text.trim())) continue
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
