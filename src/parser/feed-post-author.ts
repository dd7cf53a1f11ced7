import { withoutLegalForm } from './legal-form.ts'
import { escapeRegExp } from './lib/escape-regexp.ts'
import { LISTING_LINE, ORGANISATION_WORD, ROLE_NOUN } from './patterns.ts'
import { stripEmoji, wordCount } from './text.ts'
import type { Fact, Line } from './types.ts'
import { FEED_VIEWER_COUNTERS } from './words/feed-viewer-card.ts'
import { allLanguages } from './words/languages.ts'
import { FEED_AGO } from './words/listing-words.ts'

/**
 * A social feed's author line: a name and the reader's degree of connection ("Sanne de Vries
 * • 2e", "Jane Doe • 3rd+", "Max Muster • 2.").
 */
const AUTHOR_DEGREE = /^\S.{0,60}\s[•·]\s(?:1st|2nd|3rd\+?|[123](?:[eº°.]|er)?\+?)$/u

/** The reader's degree of connection to the author alone on its line: "2e", "• 3rd+", "2.". */
const DEGREE_ALONE = /^(?:[•·]\s*)?(?:1st|2nd|3rd\+?|[123](?:[eº°.]|er)?\+?)$/u
/**
 * "Vacantes" over "1", "Positions" over "2": a board's field and its count. A bare figure is a
 * degree only under a person's name, two to five capitalised words.
 */
const BARE_FIGURE = /^[123]$/
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,4}$/u
/** The most words of an author's name over the degree. */
const AUTHOR_WORDS = 5

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
    const handled = handleAuthor(lines, i, mark) ?? groupPostAuthor(lines, i, mark)
    if (handled !== undefined) return handled
    const inline = AUTHOR_DEGREE.test(line.text.trim())
    // "Camille Rousseau" over "2e": the degree on a line of its own, as copied from some feeds.
    const under = lines[i + 1]?.kind !== 'blank' ? (lines[i + 1]?.text.trim() ?? '') : ''
    const degreeUnder =
      !inline &&
      wordCount(line.text) <= AUTHOR_WORDS &&
      DEGREE_ALONE.test(under) &&
      (!BARE_FIGURE.test(under) || PERSON_NAME.test(line.text.trim()))
    if (!inline && !degreeUnder) continue
    mark(line, 'post author')
    if (degreeUnder) {
      mark(lines[i + 1] as Line, 'post author')
      // "Publication du fil d'actualité", "Feed post": the feed's own heading over the post.
      // Not on a job's page, where the poster stands under the role's title in the hiring
      // team's card ("Incontra il team di selezione"): the title and the employer are above.
      if (!roleTitleAbove(lines, i)) markSiteAbove(lines, i, SITE_NAME_WORDS + 1, mark)
      i++
    }
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

/** The most words of a role's title. */
const TITLE_WORDS = 8

/** Whether a role's title stands above line `at`, on a line of its own not read as noise. */
function roleTitleAbove(lines: Line[], at: number): boolean {
  for (let j = 0; j < at; j++) {
    const line = lines[j] as Line
    if (line.kind === 'blank' || line.noise) continue
    if (wordCount(line.text) <= TITLE_WORDS && ROLE_NOUN.test(line.text)) return true
  }
  return false
}

/** The short lines above a post's author at the page's top: the site's, not the post's. */
function markSiteAbove(
  lines: Line[],
  author: number,
  most: number,
  mark: (line: Line, reason: string) => void,
): void {
  for (let j = 0; j < author; j++) {
    const site = lines[j] as Line
    if (site.kind !== 'blank' && !site.noise && wordCount(site.text) <= most)
      mark(site, 'site name')
  }
}

/** "Marta Soler ▸ Barcelona Tech Expats": a group post's author, then the group. */
const AUTHOR_TO_GROUP = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+[▸►›>]\s+\S.{1,80}$/u
/** A post's age among its badges ("Admin · 2d · 👥"): one part of the line is only its age. */
const AGE_PART = new RegExp(`^(?:${allLanguages(FEED_AGO).join('|')})$`, 'u')

/**
 * A post in a group of a social network ("Marta Soler ▸ Barcelona Tech Expats" over "Admin ·
 * 2d · 👥"): the author and the group, then the author's badge and the post's age. Those two
 * lines are the author's, and the lines above them the site's and the group's page (its name,
 * its members, its menu), never the employer or the role. Undefined when line i opens none.
 */
function groupPostAuthor(
  lines: Line[],
  i: number,
  mark: (line: Line, reason: string) => void,
): null | undefined {
  const line = lines[i] as Line
  if (!AUTHOR_TO_GROUP.test(line.text.trim())) return undefined
  const next = lines[i + 1]
  const parts = next && next.kind !== 'blank' ? next.text.split(/\s*[·•]\s*/) : []
  if (!parts.some((part) => AGE_PART.test(part.trim()))) return undefined
  for (let j = 0; j < i; j++)
    if (lines[j]?.kind !== 'blank' && !lines[j]?.noise) mark(lines[j] as Line, 'site name')
  mark(line, 'post author')
  mark(next as Line, 'post age')
  return null
}

/**
 * An account's handle on a line of its own: "@mayaokafor_", "@quillmate@social.example",
 * "@kiebitz-software.bsky.social".
 */
const HANDLE = /^@([\p{L}\p{N}_.-]{2,40})(?:@[\w.-]+\.\p{L}{2,})?$/u
/** The words of a site's own name over the post ("Mastodon", "Post"). */
const SITE_NAME_WORDS = 3
/** How many of the page's first lines may be the site's own above the author. */
const SITE_LINES = 6
/** How many, when each is a short item of the app's menu. */
const MENU_LINES = 15
/** The from of the employer an organisation's own account gives by posting. */
export const ORGANISATION_ACCOUNT = "organisation's own account"

/**
 * A post on a network that shows its author as a display name over a handle ("Quillmate 🪶" /
 * "@quillmate@social.example", "Maya Okafor" / "@mayaokafor_"). The name and handle are the
 * author's, and the short lines above them at the page's top the site's ("Mastodon", "Post").
 * An account whose handle spells its name is an organisation's, the employer posting its own
 * role; a person's account names no employer. Undefined when line i opens no such author.
 */
function handleAuthor(
  lines: Line[],
  i: number,
  mark: (line: Line, reason: string) => void,
): Fact<string> | null | undefined {
  // Only at the page's top: a handle further down is a quoted post's or a contact's.
  // An app's menu of single words may stand above ("Startseite", "Entdecken", "Chat", …).
  let above = 0
  let menuOnly = true
  for (let j = 0; j < i && above <= MENU_LINES; j++) {
    const site = lines[j] as Line
    if (site.kind === 'blank') continue
    above++
    menuOnly &&= wordCount(site.text) <= SITE_NAME_WORDS
  }
  if (above > (menuOnly ? MENU_LINES : SITE_LINES + 1)) return undefined
  const line = lines[i] as Line
  const next = lines[i + 1]
  const handle = next && next.kind !== 'blank' ? HANDLE.exec(next.text.trim()) : null
  const name = stripEmoji(line.text).trim()
  if (!handle?.[1] || !name || wordCount(name) > 5 || !/^\p{L}/u.test(name)) return undefined
  markSiteAbove(lines, i, SITE_NAME_WORDS, mark)
  mark(line, 'post author')
  mark(next as Line, 'post author')
  // "Lindgrün eG" over "@lindgruen@…": the handle spells the name without its legal form,
  // in ASCII letters.
  const bare = withoutLegalForm(name)
  const [handleSpelled = ''] = asciiSpellings(handle[1])
  // A person's account spells their name too: an organisation's is named in the post, or
  // ends as companies' names do ("Kiebitz Software").
  const organisation = ORGANISATION_WORD.test(bare.split(/\s+/).at(-1) ?? '') && wordCount(bare) > 1
  const own =
    asciiSpellings(bare).some((spelling) => handleSpelled.startsWith(spelling)) &&
    (organisation || namedInPost(lines, bare))
  return own ? { value: name, raw: line.raw, from: ORGANISATION_ACCOUNT } : null
}

const GERMAN_VOWELS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** A name as an account's handle may spell it: its letters and digits, accents dropped or, German-wise, spelled out. */
function asciiSpellings(text: string): string[] {
  const lower = text.toLowerCase()
  const plain = (t: string) =>
    t
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]/gu, '')
  return [plain(lower), plain(lower.replace(/[äöüß]/g, (c) => GERMAN_VOWELS[c] ?? c))]
}

/**
 * Whether the post names its author other than as an author ("Quillmate is a small …"): a
 * person's account spells their name as an organisation's does, but a post is about the
 * organisation, and a thread repeats its author only over the handle.
 */
function namedInPost(lines: Line[], name: string): boolean {
  return lines.some((line, j) => {
    if (!line.text.includes(name)) return false
    const next = lines[j + 1]
    return !(next && HANDLE.test(next.text.trim())) && line.text.trim() !== name
  })
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
