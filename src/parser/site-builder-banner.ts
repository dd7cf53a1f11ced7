import type { Line } from './types.ts'
import { phraseSource } from './words/compile.ts'
import { allLanguages } from './words/languages.ts'
import {
  SITE_BUILDER_CALLS,
  SITE_BUILDER_HINTS,
  SITE_BUILDER_VERBS,
  SITE_BUILDERS,
} from './words/site-builder-words.ts'

/** The reason the banner's lines are left out. */
export const SITE_BUILDER_BANNER = 'site builder banner'

/** A builder's name in a line: "Wix.com", "Squarespace". */
const BUILDER = new RegExp(`(?<![\\p{L}\\p{N}])${phraseSource(SITE_BUILDERS)}(?![\\p{L}])`, 'iu')
/** What the banner says of the site: "designed with", "erstellt", "conçu avec". */
const BUILT = new RegExp(
  `(?<![\\p{L}])${phraseSource(allLanguages(SITE_BUILDER_VERBS))}(?![\\p{L}])`,
  'iu',
)
const CALL = new Set(allLanguages(SITE_BUILDER_CALLS))
const HINT = new Set(SITE_BUILDER_HINTS)
/** How far down the builder's hint to its menu may stand. */
const HINT_REACH = 40
/** How far down the banner may stand: a free plan puts it atop the page. */
const BANNER_REACH = 5
/** The most words of the banner's sentences. */
const BANNER_WORDS = 30

/**
 * A site on a builder's free plan copied whole: the builder's banner atop it ("This site was
 * designed with the Wix.com website builder. Create your website today.", "Start Now"). It
 * is the builder's advertisement, not the employer's sentence, and names no employer. So is
 * the builder's hint under the site's menu ("Use tab to navigate through the menu items.").
 * Marks the banner, its button and the hint with `mark`.
 */
export function markSiteBuilderBanner(
  lines: Line[],
  mark: (line: Line, reason: string) => void,
): void {
  let seen = 0
  for (let i = 0; i < lines.length && seen < BANNER_REACH; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank') continue
    seen++
    const text = line.text.trim()
    if (text.split(/\s+/).length > BANNER_WORDS || !BUILDER.test(text) || !BUILT.test(text))
      continue
    mark(line, SITE_BUILDER_BANNER)
    const next = lines.slice(i + 1).find((after) => after.kind !== 'blank')
    if (next && CALL.has(next.text.trim().toLowerCase())) mark(next, SITE_BUILDER_BANNER)
    for (const below of lines.slice(i + 1, i + HINT_REACH))
      if (HINT.has(below.text.trim().toLowerCase().replace(/\.$/, '')))
        mark(below, SITE_BUILDER_BANNER)
    return
  }
}
