import {
  AI_SUMMARY_NOTICE,
  COMPANY_SIZE,
  HASHTAG_LINE,
  LINKEDIN_MODE_TAG,
  LOGO_LINE,
  GREETING_LINE,
  NOISE_LINE,
  PROMPT_BUTTON_AT_END,
  PROMPT_WITH_BUTTON,
  NAME_WORDS,
  ROLE_NOUN,
  PIPE_SEPARATOR,
  RANDOM_TOKEN,
  POST_A_JOB_LINK,
} from './patterns.ts'
import { headingKind, headingText, WORK_SECTIONS } from './segment.ts'
import { techByName } from './taxonomy.ts'
import { markChatChannel } from './chat-channel.ts'
import { markCommentThread, markForumReplies } from './comment-thread.ts'
import { markWebArchiveToolbar, WEB_ARCHIVE } from './web-archive.ts'
import { markTableOfContents } from './table-of-contents.ts'
import { markAboveFeaturedRole } from './featured-role.ts'
import { markFeedPostAuthor, markFeedViewerCard } from './feed-post-author.ts'
import { markEmailHeader } from './email-header.ts'
import { markSiteBuilderBanner, SITE_BUILDER_BANNER } from './site-builder-banner.ts'
import { markCodeHostPage } from './code-host-page.ts'
import {
  JOB_BOARD_MENU_WORDS,
  SITE_ACCOUNT_WORDS,
  SITE_MENU_ITEMS,
  SUBSCRIBE_WORDS,
} from './site-menu-words.ts'
import {
  isBreadcrumb,
  lastCrumb,
  OWNER_LINK_WORDS,
  isConsentButtons,
  isCookieButton,
  isCookieHeading,
  isCookieNotice,
  isDocumentMarking,
  isAppBanner,
  isListingActions,
  isPageMetaLine,
  opensPageSection,
  isResultCount,
  isBreadcrumbLabel,
  isResultsHeading,
  isResultsHeadingNear,
  isSearchButton,
  isSortLine,
  isSearchEcho,
  isSearchFieldList,
  isSearchPlaceholder,
  isSearchFormCells,
  isSearchLabelCells,
  isSearchQueryOver,
  isSearchFormRow,
} from './page-chrome.ts'
import { readFieldLabel } from './field-line.ts'
import { isJobBoardName } from './job-board-name.ts'
import { allLanguages, POSTING_LANGUAGES } from './words/languages.ts'
import {
  OWN_PAGE_DETERMINERS,
  AUDIENCE_PREPOSITIONS,
  SEARCH_FILTER_LABELS,
  SEARCH_FORM_LABELS,
} from './words/page-chrome-words.ts'
import { stripEmoji, trimSet, wordCount, wordsWithLetters } from './text.ts'
import type { Fact, Line } from './types.ts'

export type NoiseResult = {
  /** Company named by a "<Company> Logo" line (job boards put the logo's alt text there). */
  logoCompany: Fact<string> | null
  /** The employer a social feed post's author names in their headline ("CTO at Brindille"). */
  authorEmployer: Fact<string> | null
  /** "#LI-Remote"-style tags: a weak hint for the work mode. */
  modeTags: Fact<string>[]
  /** How many lines were dropped, by reason, for the warnings. */
  dropped: Record<string, number>
}

function mark(line: Line, reason: string, dropped: Record<string, number>): void {
  if (line.noise) return
  line.noise = reason
  dropped[reason] = (dropped[reason] ?? 0) + 1
}

/** A line already read as the site's menu or trail. */
function isFurniture(line: Line | undefined): boolean {
  return line?.noise === 'site menu' || line?.noise === 'breadcrumb'
}

function plain(text: string): string {
  return trimSet(stripEmoji(text), ' ', ' .!:|')
}

/**
 * A short label before a colon and what follows it on the line; not a link's "https:", and
 * not a sentence that announces more roles ("Other roles we're also hiring for: SRE, iOS"),
 * which may be the post's own.
 */
const INLINE_LIST_LABEL = /^((?:\S+\s){0,3}\S+)[:：](?!\/\/)\s*\S/

/**
 * How far down a logo's caption may stand: under a site's menu, its search form and its
 * cookie notice, a board shows the employer's logo over the posting's header.
 */
const LOGO_REACH = 40

/**
 * A line that ends as a statement does: a heading does not. Not ENDS_SENTENCE, which counts a
 * question too: "Looking for more jobs like this?" may head a board's list.
 */
const SENTENCE_END = /[.!]["'’)]?\s*$/

/** A sentence of the posting's prose: eight words or more, ending as a sentence ends. */
const PROSE = /^(?:\S+\s+){7,}\S*[.!?…]["'’)]?$/

/**
 * Marks the lines that belong to the page around the posting: job-board sidebars, sign-up
 * prompts, AI summaries, tracking tags, repeated blocks. General rules only: a sidebar is a
 * heading of a known kind and everything under it until the posting's own next heading.
 */
export function markNoise(lines: Line[]): NoiseResult {
  const dropped: Record<string, number> = {}
  const modeTags: Fact<string>[] = []
  let logoCompany: Fact<string> | null = null
  let inRegion: string | null = null
  const seenLong = new Map<string, number>()
  markWebArchiveToolbar(lines, (line, reason) => mark(line, reason, dropped))
  markSiteBuilderBanner(lines, (line, reason) => mark(line, reason, dropped))
  markCodeHostPage(lines, (line, reason) => mark(line, reason, dropped))
  markCommentThread(lines, (line, reason) => mark(line, reason, dropped))
  markForumReplies(lines, (line, reason) => mark(line, reason, dropped))
  markChatChannel(lines, (line, reason) => mark(line, reason, dropped))
  markEmailHeader(lines, (line, reason) => mark(line, reason, dropped))
  markAboveFeaturedRole(lines, (line, reason) => mark(line, reason, dropped))
  const authorEmployer = markFeedPostAuthor(lines, (line, reason) => mark(line, reason, dropped))
  // "Empleos   Empresas   Salarios": a menu copied with runs of spaces between its items.
  // The line's text has single spaces: the raw line still shows the runs.
  // "+ Create" in an app's menu reads as a bullet: a word alone so is an item still.
  const keyOfLine = (l: Line) =>
    l.kind === 'text' || (l.kind === 'bullet' && wordCount(l.text) === 1)
      ? keyOf(spacedMenu(l.raw) ?? l.text)
      : ''
  const keys = lines.map((l, i) => (i < CHROME_REACH ? keyOfLine(l) : ''))
  markSiteMenu(lines, keys, dropped)
  markFeedViewerCard(lines, (line, reason) => mark(line, reason, dropped))
  markFilterBar(lines, dropped)
  markFilterChips(lines, dropped)
  markResultsList(lines, dropped)
  markTableOfContents(lines, (line, reason) => mark(line, reason, dropped))
  markStackedTrail(lines, dropped)
  const chromeEnd = chromeReachEnd(lines)
  for (let i = CHROME_REACH; i < chromeEnd; i++) keys[i] = keyOfLine(lines[i] as Line)
  // -1 in a text with no sentence: every region start counts, as before there was this rule.
  // A cookie notice is the site's sentence, not the posting's first; so is a builder's banner.
  const firstSentence = lines.findIndex(
    (l) =>
      l.kind !== 'blank' &&
      l.noise !== SITE_BUILDER_BANNER &&
      PROSE.test(l.text) &&
      !isCookieNotice(keyOf(l.text)),
  )

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line || line.kind === 'blank') continue
    const text = plain(line.text)
    const isPureHeading = !/[:：]\s*\S/.test(line.text) && text.length <= 90

    const heading = isPureHeading ? headingText(line.text) : ''
    if (heading && opensPageSection(heading)) {
      // Above the posting's first sentence, "Log in" or "Jobs for you" is an item of the
      // site's menu: the posting follows it, not more of the page. So is one of the lines read
      // as the menu, in a posting with no sentence (bullets without full stops).
      // "Sign up to get new jobs like this one in your inbox." is a prompt, not a heading:
      // the posting goes on under it.
      const prompt = SENTENCE_END.test(line.text) && wordCount(text) >= 4
      if (i >= firstSentence && line.noise !== 'site menu' && !prompt) inRegion = text
      mark(line, prompt ? 'job-board prompt' : `page section "${text}"`, dropped)
      continue
    }
    // "Similar jobs: DevOps Engineer – Calgary, AB · Platform Engineer – Remote (Canada)": the
    // heading and its list on one line, past the posting's first sentence.
    const inline = isPureHeading || i < firstSentence ? null : INLINE_LIST_LABEL.exec(text)
    if (inline?.[1]) {
      const label = headingText(inline[1])
      if (opensPageSection(label)) {
        mark(line, `page section "${label}"`, dropped)
        continue
      }
    }
    if (inRegion) {
      const kind = isPureHeading ? headingKind(line) : null
      if (kind && kind !== 'unknown' && WORK_SECTIONS.has(kind) && line.marked) {
        inRegion = null
      } else {
        mark(line, `page section "${inRegion}"`, dropped)
        continue
      }
    }

    const logo = i < LOGO_REACH ? LOGO_LINE.exec(text) : null
    // "Logo Designer" is a role, not a logo's caption.
    const logoName = logo?.[1] ?? (logo?.[2] && !ROLE_NOUN.test(logo[2]) ? logo[2] : null)
    if (logoName) {
      logoCompany ??= { value: logoName.trim(), raw: line.raw, from: 'logo line' }
      mark(line, 'logo caption', dropped)
      continue
    }
    // The raw line too: "#LI-Remote" alone on a line was read as a Markdown heading "LI-Remote".
    if (HASHTAG_LINE.test(text) || HASHTAG_LINE.test(line.raw.trim())) {
      const tag = LINKEDIN_MODE_TAG.exec(line.raw)
      if (tag?.[1])
        modeTags.push({ value: tag[1].toLowerCase(), raw: line.raw, from: 'tracking tag' })
      mark(line, 'tracking tag', dropped)
      continue
    }
    const chrome = i < chromeEnd ? pageChrome(lines, keys, i, dropped) : null
    if (chrome) {
      mark(line, chrome, dropped)
      continue
    }
    if (!line.marked && line.text.length <= 60 && GREETING_LINE.test(line.text.trim())) {
      mark(line, 'greeting', dropped)
      continue
    }
    if (
      NOISE_LINE.test(text) ||
      (PROMPT_BUTTON_AT_END.test(text.slice(-12)) && PROMPT_WITH_BUTTON.test(text))
    ) {
      if (AI_SUMMARY_NOTICE.test(text)) dropAiSummary(lines, i, dropped)
      mark(line, 'job-board prompt', dropped)
      continue
    }
    if (RANDOM_TOKEN.test(text)) {
      mark(line, 'tracking code', dropped)
      continue
    }
    const key = text.toLowerCase().replace(/\s+/g, ' ')
    if (key.length >= 30) {
      const first = seenLong.get(key)
      // "Home / Jobs / … / Senior Product Manager, Payments" over that title: a copy the page's
      // menu or trail holds leaves the posting's own line to it.
      if (first !== undefined && !isFurniture(lines[first])) {
        // A wiki's page tree above the page lists its siblings: the page's own title there is
        // the tree's, and the title over the page is the posting's.
        if (inListOfRoles(lines, first)) markBlock(lines, first, 'page tree', dropped)
        else {
          mark(line, 'repeated text', dropped)
          continue
        }
      }
      seenLong.set(key, i)
    } else if (i < 40 && line.kind === 'text' && isNearDuplicate(lines, keys, i)) {
      mark(line, 'repeated header line', dropped)
    }
  }
  markAboveTitledTrail(lines, dropped)
  if (firstSentence >= 0)
    markOtherListings(lines, firstSentence, (line) => mark(line, 'other listings', dropped))
  return { logoCompany, authorEmployer, modeTags, dropped }
}

/** A name ("Fjordvik Careers") or a careers site's link to itself ("Werken bij Duinwater"). */
function isSiteName(text: string): boolean {
  const bare = plain(text)
  return NAME_WORDS.test(bare) || OWNER_LINK_WORDS.test(bare)
}

/** How many lines under a breadcrumb trail the page's title may stand. */
const TITLE_UNDER_TRAIL = 3

/**
 * "Ponuky práce > IT > Bratislava > Senior QA Automation Engineer" over "Senior QA Automation
 * Engineer": a trail whose last crumb is the title right under it, or that ends at a category
 * over a role's title, opens the posting; what stands above the trail is the site's (a menu
 * and notices in words the lists lack).
 */
function markAboveTitledTrail(lines: Line[], dropped: Record<string, number>): void {
  const trail = lines.slice(0, MENU_REACH * 2).findIndex((line) => line.noise === 'breadcrumb')
  const text = trail > 0 ? (lines[trail]?.text.trim() ?? '') : ''
  // A site's trail starts at a capitalised page ("Home", "Jobs"); "meeting w/ me > tech chat
  // > …" is a post's steps.
  const crumb = /^[\p{Lu}\p{N}]/u.test(text) ? keyOf(lastCrumb(text)) : ''
  if (!crumb) return
  // A trail that ends at the role's category ("… > IT & Telekommunikation") stands over the
  // title all the same: then the first line under it names a role.
  const named = ROLE_NOUN.test(crumb)
  let seen = 0
  for (let i = trail + 1; i < lines.length && seen < TITLE_UNDER_TRAIL; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank' || line.noise) continue
    seen++
    if (named ? !keyOf(line.text).startsWith(crumb) : seen > 1 || !titleLike(lines, i)) continue
    const shown = lines.slice(0, trail).filter((above) => above.kind !== 'blank')
    // The site's name heading its page ("Fjordvik Careers", "Werken bij Duinwater") stays:
    // a careers site's name is its employer's.
    const name = shown[0] && isSiteName(shown[0].text) ? shown[0] : null
    for (const above of shown) if (above !== name) mark(above, 'site menu', dropped)
    return
  }
}

/** The fewest other roles a block of links names beside a title to be a list of pages. */
const SIBLING_ROLES = 2

/**
 * Whether line i stands in a block of short lines (between blank lines, no sentence among
 * them) that names other roles too ("Internal Transfer: Staff Data Engineer" over "Internal
 * Transfer: Senior Product Manager"): a list of pages, not a posting's header.
 */
function inListOfRoles(lines: Line[], i: number): boolean {
  const [start, end] = blockAround(lines, i)
  let roles = 0
  for (let j = start; j < end; j++) {
    const text = lines[j]?.text ?? ''
    if (/[.!?]$/.test(text.trim()) || wordCount(text) > 10) return false
    // A title's own level on a line ("Werkstudent") is the header's, not another page's.
    if (j !== i && wordCount(text) >= 2 && ROLE_NOUN.test(text)) roles++
  }
  return roles >= SIBLING_ROLES
}

function blockAround(lines: Line[], i: number): [number, number] {
  let start = i
  while (start > 0 && lines[start - 1]?.kind !== 'blank') start--
  let end = i + 1
  while (end < lines.length && lines[end]?.kind !== 'blank') end++
  return [start, end]
}

function markBlock(
  lines: Line[],
  i: number,
  reason: string,
  dropped: Record<string, number>,
): void {
  const [start, end] = blockAround(lines, i)
  for (let j = start; j < end; j++) mark(lines[j] as Line, reason, dropped)
}

/**
 * A line shaped as another listing: a role's title, then its place and mode, in 2–4 parts
 * split as a board's header line is ("Product Designer · Gothenburg · Fully remote").
 */
function isListingLine(line: Line): boolean {
  if (line.text.length > 140) return false
  const parts = line.text.split(PIPE_SEPARATOR).map((part) => part.trim())
  if (parts.length < 2 || parts.length > 4) return false
  if (parts.some((part) => !part || part.length > 60 || /[.!?:]$/.test(part))) return false
  const title = parts[0] as string
  return wordCount(title) <= 8 && ROLE_NOUN.test(title)
}

/**
 * A page's list of its other roles after the posting ("Frontend Engineer · Gothenburg ·
 * Hybrid remote" over "Product Designer · Gothenburg · Fully remote") under an item of the
 * site's menu ("Jobs", "Stellen"): two such lines in a row after the posting's first
 * sentence. A post that lists its own roles in that shape has no menu word over them.
 */
function markOtherListings(lines: Line[], after: number, drop: (line: Line) => void): void {
  let run: Line[] = []
  let heading: Line | null = null
  const flush = () => {
    if (run.length >= 2 && heading) for (const line of [heading, ...run]) drop(line)
    run = []
  }
  let previous: Line | null = null
  for (let i = after + 1; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank') continue
    if (isListingLine(line)) {
      if (!run.length) heading = previous && MENU_ITEMS.has(keyOf(previous.text)) ? previous : null
      run.push(line)
    } else flush()
    previous = line
  }
  flush()
}

/** The most words of a crumb of a trail laid out one a line. */
const MAX_CRUMB_WORDS = 5
/** A trail's separator alone on its line, between two crumbs. */
const CRUMB_SEPARATOR_LINE = /^[>›»/|]$/
/** The fewest separators of a trail laid out so: one more crumb than separators. */
const STACKED_TRAIL_SEPARATORS = 2

/**
 * "Accueil" / ">" / "Emploi" / ">" / "Emploi Rennes": a trail copied a crumb a line with each
 * separator on a line of its own, near the top. Its crumbs are the board's pages, and the
 * last the search the page was found by, never the employer.
 */
function markStackedTrail(lines: Line[], dropped: Record<string, number>): void {
  const separator = (at: number) => CRUMB_SEPARATOR_LINE.test(lines[at]?.text.trim() ?? '')
  const crumb = (at: number) => {
    const line = lines[at]
    return !!line && line.kind !== 'blank' && wordCount(line.text) <= MAX_CRUMB_WORDS
  }
  const reach = Math.min(lines.length, MENU_REACH * 2)
  for (let i = 0; i < reach; i++) {
    if (!separator(i)) continue
    // Back to the crumb before the first separator, then on while crumb and separator alternate.
    const start = i - 1
    if (!crumb(start)) continue
    let end = start
    let separators = 0
    while (separator(end + 1) && crumb(end + 2) && !separator(end + 2)) {
      end += 2
      separators++
    }
    if (separators < STACKED_TRAIL_SEPARATORS) continue
    for (let j = start; j <= end; j++) mark(lines[j] as Line, 'breadcrumb', dropped)
    i = end
  }
}

/** How far down a page its cookie notice, breadcrumbs and listing buttons may sit, in lines. */
const CHROME_REACH = 40

/**
 * Where the reach of page furniture ends: CHROME_REACH lines down, not counting the site's
 * menu and a wiki's page tree already read above, which may fill the page's first forty
 * lines before its title.
 */
function chromeReachEnd(lines: Line[]): number {
  let counted = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.noise) continue
    if (++counted > CHROME_REACH) return i
  }
  return lines.length
}

/** What page furniture line `index` is, or null. */
function pageChrome(
  lines: Line[],
  keys: string[],
  index: number,
  dropped: Record<string, number>,
): string | null {
  const key = keys[index] ?? ''
  if (!key) return savedCookieHeading(lines, keys, index)
  if (isCookieNotice(key)) return 'cookie notice'
  if (isDocumentMarking((lines[index] as Line).text)) return 'document marking'
  if (isAppBanner(key)) return 'app banner'
  const next = nextText(lines, index)
  if (next !== null && isCookieHeading(key) && isCookieNotice(keys[next] ?? ''))
    return 'cookie notice'
  if (isBreadcrumb(key, (item) => MENU_ITEMS.has(item))) return 'breadcrumb'
  if (isListingActions(key)) return 'listing buttons'
  if (isPageMetaLine(key)) return 'page meta'
  if (isSearchEcho(key)) return 'search form'
  if (isSearchPlaceholder((lines[index] as Line).text.trim().toLowerCase())) return 'search form'
  // "Job title, skill or company" over "Data Engineer": the box's placeholder over what was
  // typed into it.
  if (isSearchFieldList(key)) {
    // A placeholder copied with its form's labels ("Rechercher : … | Lieu") is the box left
    // empty: the line under it is no query.
    const typed = next === null || /[:|]/.test(key) ? null : (lines[next] as Line)
    if (typed && !typed.noise && wordCount(typed.text) <= 5 && !/[.!?]$/.test(typed.text))
      mark(typed, 'search form', dropped)
    return 'search form'
  }
  if (next !== null && isSearchQueryOver(key, keys[next] ?? '')) {
    mark(lines[next] as Line, 'search form', dropped)
    return 'search form'
  }
  const line = lines[index] as Line
  const previous = previousText(lines, index)
  const above = previous === null ? null : (lines[previous] as Line)
  // "Cosa" over "Dove" over "Trova offerte", "O quê?" over "python pleno" over "Onde?" over
  // "Remoto" over "Achar vagas": the form's labels and what was typed under them, then its
  // button.
  if (isSearchButton(key)) {
    const form = searchFormAbove(lines, keys, index)
    // "Frontend Entwickler" over "Deutschland" over "Jobs finden" over "1.284 Jobs gefunden":
    // with no labels, the results the button gave say what the lines above it were.
    const after = next === null ? '' : (keys[next] ?? '')
    const results = isResultCount(after) || isSortLine(after) || isSearchEcho(after)
    if (!form.length && results) form.push(...typedAbove(lines, index))
    if (form.length) {
      for (const at of form) mark(lines[at] as Line, 'search form', dropped)
      return 'search form'
    }
  }
  if (isSortLine(key) || isResultsHeadingNear(key)) return 'result controls'
  if (isResultCount(key)) {
    // "Vagas de python pleno em Remoto" over "Mais de 600 vagas": the results' heading.
    if (above && !above.noise && isResultsHeading(keys[previous ?? -1] ?? ''))
      mark(above, 'result controls', dropped)
    return 'result controls'
  }
  if (isSearchFormCells(line.raw)) {
    if (above && isSearchLabelCells(above.raw, (cell) => SEARCH_LABELS.has(cell)))
      mark(above, 'search form', dropped)
    return 'search form'
  }
  if (isSearchFormRow(line.text.trim())) {
    // The form's placeholders stand right above its fields: "Job title, keywords or company
    // City, state or zip".
    if (above && !above.noise && wordCount(above.text) <= 12 && !/[.!?]$/.test(above.text))
      mark(above, 'search form', dropped)
    return 'search form'
  }
  // The notice's buttons, right under it (or under another of its button lines), a blank
  // line between them or not (a saved page's paragraph and its row of buttons).
  const before = previousText(lines, index)
  const notice = before === null ? undefined : lines[before]?.noise
  if (notice === 'cookie notice' || notice === 'cookie buttons')
    if (isConsentButtons(key) || isCookieButton(key)) return 'cookie buttons'
  // "Home" over "IT jobs" over ".NET Developer jobs in Leeds": a breadcrumb trail one crumb a
  // line, each a page of the board's results, under its menu.
  if (
    (notice === 'site menu' || notice === 'breadcrumb') &&
    isResultsHeading(key) &&
    !namesTrailRole(lines[before as number] as Line, key)
  )
    return 'breadcrumb'
  // "You are here:" over "Canada.ca" over "Job Bank" over "Find a job": the label and the
  // trail's short lines under it, to the next blank line.
  if (isBreadcrumbLabel(key)) {
    for (let j = index + 1; j < lines.length; j++) {
      const crumb = lines[j] as Line
      if (crumb.kind === 'blank' || wordCount(crumb.text) > MAX_CRUMB_WORDS) break
      mark(crumb, 'breadcrumb', dropped)
    }
    return 'breadcrumb'
  }
  return null
}

/**
 * "Home > Vagas > Analista de Dados Júnior" over "Vaga de Analista de Dados Júnior": the
 * heading ends with the role the trail ends with, so it is the posting's title, one job, not
 * the results of a search.
 */
function namesTrailRole(trail: Line, key: string): boolean {
  if (trail.noise !== 'breadcrumb') return false
  const crumb = keyOf(lastCrumb(trail.text.trim()))
  return crumb.length > 0 && ROLE_NOUN.test(crumb) && key.endsWith(crumb) && key !== crumb
}

/**
 * "<h2>Ce site utilise des cookies</h2>" over the notice: a saved page's heading of it (a heading
 * line has no key, so the text lines' reading above never sees it).
 */
function savedCookieHeading(lines: Line[], keys: string[], index: number): string | null {
  const line = lines[index] as Line
  if (line.kind !== 'heading' || !isCookieHeading(keyOf(line.text))) return null
  const next = nextText(lines, index)
  return next !== null && isCookieNotice(keys[next] ?? '') ? 'cookie notice' : null
}

/** How far down a page its filter bar may sit, in lines; its fewest labels. */
const FILTER_BAR_REACH = 80
const FILTER_BAR_LABELS = 4
const FILTER_WORDS = 4

/**
 * "Data do anúncio" over "Remoto" over "Salário" over "Tipo de vaga" over "Localização" over
 * "Empresa": a board's row of filter buttons copied one to a line, fact-box labels with no
 * value under any of them (two in three lines a label). A fact box alternates label and value.
 */
function markFilterBar(lines: Line[], dropped: Record<string, number>): void {
  let run: Line[] = []
  const flush = () => {
    const labels =
      run.length < FILTER_BAR_LABELS ? 0 : run.filter((l) => readFieldLabel(l.text) !== null).length
    if (labels >= FILTER_BAR_LABELS && labels * 3 >= run.length * 2)
      for (const line of run) mark(line, 'filter bar', dropped)
    run = []
  }
  for (const line of lines.slice(0, FILTER_BAR_REACH)) {
    if (line.kind === 'text' && !line.noise && wordCount(line.text) <= FILTER_WORDS) run.push(line)
    else flush()
  }
  flush()
}

/** How far down a board's filter bar may start, and the fewest chips it holds. */
const CHIPS_REACH = 60
const MIN_CHIPS = 8
const MIN_CHIP_TECHS = 6
const CHIP_CHARS = 16

/**
 * "Wszystkie / JS / HTML / PHP / Ruby / Python / Java / … / DevOps / Data / Other": a board's
 * bar of categories, a chip a line, above the posting. Eight or more short lines in a row
 * (with the menu and search box above them), six or more and a quarter of them
 * technologies, before any section heading: the posting's own skill chips stand under a
 * heading ("Tech stack", "Wymagane umiejętności") and are kept.
 */
function markFilterChips(lines: Line[], dropped: Record<string, number>): void {
  let run: number[] = []
  let techs = 0
  const flush = () => {
    if (run.length >= MIN_CHIPS && techs >= MIN_CHIP_TECHS && techs * 4 >= run.length)
      for (const i of run) mark(lines[i] as Line, 'filter bar', dropped)
    run = []
    techs = 0
  }
  for (let i = 0; i < Math.min(lines.length, CHIPS_REACH); i++) {
    const line = lines[i] as Line
    // A heading of a known kind: the posting has begun.
    const kind = line.kind === 'heading' || line.kind === 'text' ? headingKind(line) : null
    if (kind !== null && kind !== 'unknown') break
    const text = line.text.trim()
    if (line.kind !== 'text' || text.length > CHIP_CHARS || wordCount(text) > 2) {
      flush()
      continue
    }
    run.push(i)
    if (techByName(text)) techs++
  }
  flush()
}

/** How far down a results list and the posting opened from it may sit, in lines. */
const RESULTS_REACH = 150
/** The most words of a line of a result's card. */
const CARD_WORDS = 10

/**
 * A board's list of results copied above the posting opened from it: the opened one's card
 * (title, company) stands in the list and again over the posting. Everything from the list's
 * first card up to that second title is the list's; only short lines stand between the two.
 */
function markResultsList(lines: Line[], dropped: Record<string, number>): void {
  const shown: number[] = []
  for (let i = 0; i < Math.min(lines.length, RESULTS_REACH); i++)
    if (lines[i]?.kind !== 'blank' && !lines[i]?.noise) shown.push(i)
  const text = (p: number) => lines[shown[p] as number]?.text.trim() ?? ''
  const isCard = (p: number) => wordCount(text(p)) <= CARD_WORDS && !PROSE.test(text(p))
  // Only a line and the one under it that stand twice can be the opened card (most pages
  // repeat nothing): each pair's first place.
  const first = new Map<string, number>()
  const repeated: [number, number][] = []
  for (let q = 0; q + 1 < shown.length; q++) {
    const pair = `${text(q)}\n${text(q + 1)}`
    const p = first.get(pair)
    if (p === undefined) first.set(pair, q)
    else if (q >= p + 3) repeated.push([p, q])
  }
  for (const [p, q] of repeated) {
    if (!ROLE_NOUN.test(text(p)) || !isCard(p)) continue
    let cards = true
    for (let between = p + 2; between < q && cards; between++) cards = isCard(between)
    if (!cards) continue
    // The list's first card: back from the repeated one to the blank line above the list.
    let start = shown[p] as number
    while (start > 0 && lines[start - 1]?.kind !== 'blank' && !lines[start - 1]?.noise) start--
    for (let i = start; i < (shown[q] as number); i++)
      if (lines[i]?.kind !== 'blank') mark(lines[i] as Line, 'results list', dropped)
    return
  }
}

/** How many lines a search form's labels and fields may take above its button. */
const SEARCH_FORM_LINES = 6

/** What was typed into a search form with no labels: up to two short lines above its button. */
function typedAbove(lines: Line[], button: number): number[] {
  const typed: number[] = []
  for (let i = button - 1; i >= 0 && typed.length < 2; i--) {
    const line = lines[i] as Line
    if (line.kind === 'blank' || line.noise || wordCount(line.text) > 5) break
    typed.push(i)
  }
  return typed
}

/** The lines of a search form above its button, from its first label; none without a label. */
function searchFormAbove(lines: Line[], keys: string[], button: number): number[] {
  const above: number[] = []
  for (let i = button - 1; i >= 0 && above.length < SEARCH_FORM_LINES; i--) {
    if (lines[i]?.kind === 'blank') continue
    above.push(i)
  }
  // A placeholder already read as the form's ("Job title, skill or company") is one of its labels.
  const isLabel = (i: number) =>
    isSearchLabel(keys[i] ?? '') || (lines[i] as Line).noise === 'search form'
  const first = above.findLastIndex(isLabel)
  if (first < 0) return []
  const form = above.slice(0, first + 1)
  // "Programista" over "Wszystkie lokalizacje" … "Filtruj": the query typed into the form's
  // first box, with no label, opening the form's block.
  const top = form[form.length - 1] as number
  const query = lines[top - 1]
  if (
    query &&
    query.kind !== 'blank' &&
    !query.noise &&
    wordCount(query.text) <= 3 &&
    (top < 2 || lines[top - 2]?.kind === 'blank')
  )
    form.push(top - 1)
  return form
}

const ACCOUNT_ITEMS = new Set(SITE_ACCOUNT_WORDS)
/**
 * A careers site's language switch ("Deutsch | English", "EN · DE"): each posting language
 * by its own name or its code, as menu items.
 */
const LANGUAGE_SWITCH = POSTING_LANGUAGES.flatMap((code) => [
  code,
  (new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code).toLowerCase(),
])
const BOARD_MENU_ITEMS = new Set(JOB_BOARD_MENU_WORDS)
const SEARCH_LABELS = new Set(allLanguages(SEARCH_FORM_LABELS))
const SEARCH_FILTER_LABEL_WORDS = new Set(allLanguages(SEARCH_FILTER_LABELS))
/** A search form's label, alone or with what was typed after it ("quoi ? stage développeur"). */
function isSearchLabel(key: string): boolean {
  // "¿Qué buscas?": Spanish opens a question too.
  const bare = key.replace(/^¿/, '')
  if (SEARCH_LABELS.has(bare.replace(/\s?\?$/, ''))) return true
  // "Pesquisa: programador java", "Suche: devops", "¿Qué? programador frontend" above the button.
  const labelled = /^(.{1,40}?)\s?[?:]\s/.exec(bare)
  const label = labelled?.[1] ?? ''
  return SEARCH_LABELS.has(label) || SEARCH_FILTER_LABEL_WORDS.has(label)
}
const MENU_ITEMS = new Set([
  ...SITE_MENU_ITEMS,
  ...allLanguages(SEARCH_FORM_LABELS),
  ...LANGUAGE_SWITCH,
])
/**
 * Between the items of a menu written on one line ("Jobs | Companies › Salaries", "Employers /
 * Post a job"), and after an item that asks ("Sei un'azienda? Pubblica offerte").
 */
const MENU_SEPARATOR = /\s*[|•·›»]\s*|(?<=\?)\s+|\s+\/\s+/
/** How far down a page its menu may sit, in lines. */
const MENU_REACH = 15

/** Where the page starts under a web archive's toolbar: the menu's reach counts from there. */
function leadingNoise(lines: Line[]): number {
  const top = lines.findIndex((line) => line.kind !== 'blank' && line.noise !== WEB_ARCHIVE)
  return top < 0 ? 0 : top
}

/** A careers site's link to its culture page: "Life at Lingonberry". */
const LIFE_AT = /^life at \S.{0,40}$/
/** A site's log-in link for one kind of user: "Arbeitgeber-Login", "Servicedesk-Login". */
const LOGIN_LINK = /^\p{L}{2,30}[- ]login$/u

function isAccountItem(key: string): boolean {
  return ACCOUNT_ITEMS.has(key) || LOGIN_LINK.test(key)
}

/** How many menu items a line holds when it holds nothing else, else 0. */
function menuItems(key: string): number {
  const parts = key.split(MENU_SEPARATOR)
  const items = parts.filter(Boolean)
  const known = items.filter(
    (item) =>
      MENU_ITEMS.has(item) ||
      LIFE_AT.test(item) ||
      LOGIN_LINK.test(item) ||
      POST_A_JOB_LINK.test(item),
  ).length
  // A long menu holds items the lists lack ("Kreator CV", "Consigli"): two known items and a
  // third of them known make it one.
  const menu =
    items.length > 0 && (known === items.length || (known >= 2 && known * 3 >= items.length))
  return menu ? parts.length : 0
}

/** The fewest cells of a navigation bar copied as one row, and the most words of each. */
const NAV_ROW_CELLS = 4
const NAV_CELL_WORDS = 3

/**
 * "Vacatures   Onze teams   Zo werven wij   Studenten   Zeestroom.nl ↗": a careers site's
 * navigation copied as one row of four short cells or more, one of them an item the lists
 * know; its items, or 0.
 */
function navigationRowItems(line: Line, key: string): number {
  if ((line.raw.trim().match(SPACED_ITEMS) ?? []).length < NAV_ROW_CELLS - 1) return 0
  const items = key.split(MENU_SEPARATOR).filter(Boolean)
  if (items.length < NAV_ROW_CELLS || items.some((item) => wordCount(item) > NAV_CELL_WORDS))
    return 0
  return items.some((item) => MENU_ITEMS.has(item) || isAccountItem(item)) ? items.length : 0
}

/** Two spaces or more inside a line: how a copied menu parts its items. */
const SPACED_ITEMS = /(?<=\S) {2,}(?=\S)/g

const SPACED_SEPARATOR = / *(?: {2}[/›»|·•] | [/›»|·•] {2}) */g

/** A raw line with runs of spaces between words, those runs as a menu's separators; else null. */
function spacedMenu(raw: string): string | null {
  // "Jobs  /  Data  /  Data Engineer": runs of spaces around a separator are a trail's.
  const trimmed = raw.trim().replace(SPACED_SEPARATOR, (run: string) => ` ${run.trim()} `)
  return /\S {2,}\S/.test(trimmed) && !/[<>]/.test(trimmed)
    ? trimmed.replace(SPACED_ITEMS, ' | ')
    : null
}

/**
 * Whether a menu's line is, or holds among its items, a link only a job board has ("Companies",
 * "Recruteurs", "Post a job"): the site is a board whatever its name.
 */
function isBoardMenuItem(key: string | undefined): boolean {
  return (
    key !== undefined &&
    key
      .split(MENU_SEPARATOR)
      .some(
        (item) =>
          BOARD_MENU_ITEMS.has(item) || POST_A_JOB_LINK.test(item) || COMPANY_DIRECTORY.test(item),
      )
  )
}

/**
 * "Remote Companies", "Top Companies", "Browse Companies": a board's directory of employers,
 * as "Companies" is. A careers site names its own company, never companies.
 */
const COMPANY_DIRECTORY = /^(?:[\p{L}-]+ ){1,2}companies$/u

/** A site's name written as its address: "irishjobs.ie", "jobs.ch", "bulldogjob.pl". */
const SITE_ADDRESS = /^[a-z0-9-]{2,30}\.[a-z]{2,3}(?:\.[a-z]{2})?$/

const SUBSCRIBE_ITEMS = new Set(SUBSCRIBE_WORDS)
/** Whether a menu's line holds a newsletter's link to subscribe: the site is a publication. */
function isSubscribeItem(key: string | undefined): boolean {
  return key !== undefined && key.split(MENU_SEPARATOR).some((item) => SUBSCRIBE_ITEMS.has(item))
}

/** A job board's name or its address ("StepStone", "irishjobs.ie"): never the employer. */
function isBoardName(key: string): boolean {
  return isJobBoardName(key) || SITE_ADDRESS.test(key)
}

function previousText(lines: Line[], index: number): number | null {
  for (let i = index - 1; i >= 0; i--) if (lines[i]?.kind !== 'blank') return i
  return null
}

function nextText(lines: Line[], index: number): number | null {
  for (let i = index + 1; i < lines.length; i++) if (lines[i]?.kind !== 'blank') return i
  return null
}

/**
 * A job board's menu copied with the page: at the top, two or more lines in a row (or one
 * line of two or more items) that are all menu words. One such word alone ("Jobs",
 * "Unternehmen") may be a heading of the posting, so it stays.
 */
function markSiteMenu(lines: Line[], keys: string[], dropped: Record<string, number>): void {
  // Each line's count of menu items, asked once for both readings of the menu.
  const counts = keys.map((key, i) =>
    key ? menuItems(key) || navigationRowItems(lines[i] as Line, key) : 0,
  )
  const top = leadingNoise(lines)
  markMenuBlocks(lines, keys, counts, top, dropped)
  let run: number[] = []
  let items = 0
  // "Anmelden" or "Skip to main content" alone at the top is a menu of one: no posting's.
  let account = false
  const flush = () => {
    if (items >= 2 || account) {
      for (const i of run) mark(lines[i] as Line, 'site menu', dropped)
      // "LinkedIn" over "Jobs / People / Learning", "IrishJobs.ie" over "Find Jobs / Sign
      // in": the board's name or its address is no employer's.
      // Above a tagline read as the menu's ("O maior site de emprego em Portugal").
      let above = previousText(lines, run[0] as number)
      while (above !== null && lines[above]?.noise === 'site menu')
        above = previousText(lines, above)
      const name = above === null ? '' : (keys[above] ?? '')
      if (
        above !== null &&
        (isBoardName(name) || run.some((i) => isBoardMenuItem(keys[i]) || isSubscribeItem(keys[i])))
      ) {
        mark(lines[above] as Line, 'site menu', dropped)
        // "GOV.UK" over "Civil Service Jobs" over the menu: the network's address over the
        // board's name.
        const higher = previousText(lines, above)
        if (higher !== null && !lines[higher]?.noise && isBoardName(keys[higher] ?? ''))
          mark(lines[higher] as Line, 'site menu', dropped)
      }
    }
    run = []
    items = 0
    account = false
  }
  for (let i = top; i < Math.min(lines.length, top + MENU_REACH); i++) {
    if (lines[i]?.kind === 'blank') continue
    const count = counts[i] ?? 0
    // "Inicio / Evaluaciones de empresas / Buscar sueldos / Iniciar sesión": a short line
    // between items of a menu is one more item the word lists lack.
    if (count === 0 && run.length > 0 && isMenuGap(lines, keys, counts, i)) {
      run.push(i)
      continue
    }
    if (count === 0) {
      flush()
      continue
    }
    run.push(i)
    items += count
    account ||= isAccountItem(keys[i] ?? '')
  }
  flush()
}

/** At most this many words, and characters, on each line of a menu block. */
const MENU_BLOCK_WORDS = 4
const MENU_BLOCK_CHARS = 40
/** A menu item with its count: "Starred 6", "Python Job Board 9", "Vagas (6)". */
const ITEM_WITH_COUNT = /^\p{L}\D{0,40}\s(?:\d{1,5}|\(\d{1,5}\))$/u
/** The fewest items with counts that make a block a menu by themselves. */
const MENU_BLOCK_COUNTED = 3
/** A menu's short item: one of `openers`, then one or two words of `letters`. */
function openerItem(openers: readonly string[], letters: string): RegExp {
  const word = `\\p{L}[${letters}]*`
  return new RegExp(`^(?:${openers.join('|')}) ${word}(?: ${word})?$`, 'u')
}
/** "Our team", "Nos engagements", "Unsere Werte": a careers site's page it names as its own. */
const OWN_PAGE_ITEM = openerItem(allLanguages(OWN_PAGE_DETERMINERS), "\\p{L}'’-")
/** "For employers", "Für Entwickler:innen" (a gender ending's colon): whom a page is for. */
const AUDIENCE_ITEM = openerItem(allLanguages(AUDIENCE_PREPOSITIONS), "\\p{L}:*'’-")

/** The fewest lines of a menu block, and the fewest of them that the word lists know. */
const MENU_BLOCK_LINES = 4
const MENU_BLOCK_KNOWN = 2

/**
 * "StepStone / Jobs finden / Unternehmen entdecken / Gehaltsplaner / Anmelden": a block of
 * short lines near the top (between blank lines), at least two of them items the word lists
 * know, is the site's menu whole: the lines the lists lack are its other items. Looked for
 * within MENU_REACH lines of `top`, where the page starts (under a web archive's toolbar).
 */
function markMenuBlocks(
  lines: Line[],
  keys: string[],
  counts: number[],
  top: number,
  dropped: Record<string, number>,
): void {
  let start = 0
  const reach = top + MENU_REACH
  while (start < reach && start < lines.length) {
    if (lines[start]?.kind === 'blank') {
      start++
      continue
    }
    let end = start
    while (end < lines.length && lines[end]?.kind !== 'blank') end++
    const block = Array.from({ length: end - start }, (_, k) => start + k)
    // One longer line may close a long menu: "Recruteur ? Publiez une offre".
    // "All articles 214", "Starred 6", "Python Job Board 9": a reader's or a mail app's side
    // menu, each item with its count of unread ones (copied as two cells or as one line).
    const withCount = (i: number) => ITEM_WITH_COUNT.test(lines[i]?.text.trim() ?? '')
    const long = block.filter((i) => {
      const key = keys[i] ?? ''
      if (withCount(i)) return false
      return (
        (lines[i]?.kind !== 'text' && lines[i]?.kind !== 'bullet') ||
        key.length === 0 ||
        key.length > MENU_BLOCK_CHARS ||
        wordCount(key) > MENU_BLOCK_WORDS
      )
    })
    // Or the site's tagline under its name: "NET-EMPREGOS" over "O maior site de emprego …".
    const closing = long[0] === end - 1 || long[0] === start + 1
    const longKey = keys[long[0] as number] ?? ''
    const short =
      long.length === 0 ||
      (long.length === 1 &&
        block.length > MENU_BLOCK_LINES &&
        closing &&
        // Or the company's profile under its name: "Seguros · 1.001 a 5.000 colaboradores · …".
        (wordCount(longKey) <= 2 * MENU_BLOCK_WORDS ||
          longKey.split(MENU_SEPARATOR).some((part) => COMPANY_SIZE.test(part))))
    const counted = block.filter(withCount).length
    const known =
      block.filter(
        (i) =>
          (counts[i] ?? 0) > 0 ||
          OWN_PAGE_ITEM.test(keys[i] ?? '') ||
          AUDIENCE_ITEM.test(keys[i] ?? ''),
      ).length + (counted >= MENU_BLOCK_COUNTED ? counted : 0)
    // The first line may be the site's name: a board's is no employer's, but a careers
    // site's is ("Fjällbacka Robotics / Jobs / Departments / Log in").
    const first = keys[start] ?? ''
    // A board's menu ("Companies", "Salaries") holds no role's title: "Co-Founder Matching"
    // there is a link.
    const board = block.some((i) => isBoardMenuItem(keys[i]))
    // "Skip to content" over "Havgrim" over its links: the name may stand second, under a
    // link past the menu.
    const nameAt = (counts[start] ?? 0) > 0 && isAccountItem(first) ? start + 1 : start
    const siteName =
      (counts[nameAt] ?? 0) === 0 &&
      !withCount(nameAt) &&
      !isBoardName(keys[nameAt] ?? '') &&
      !board
    const menu =
      (short && block.length >= MENU_BLOCK_LINES && known >= MENU_BLOCK_KNOWN) ||
      isRowsOfLinks(keys, counts, block)
    if (menu)
      for (const i of block.filter((i) => !(siteName && i === nameAt)))
        // The role's title may stand among a careers page's links: it stays.
        if (
          (counts[i] ?? 0) > 0 ||
          board ||
          !titleLike(lines, i) ||
          AUDIENCE_ITEM.test(keys[i] ?? '')
        )
          mark(lines[i] as Line, 'site menu', dropped)
    start = end
  }
}

/** The fewest lines of a navigation bar copied as cells, rows and menu lines together. */
const LINK_ROWS = 2

/**
 * "Particulier   Entreprise" over "Mon espace   Se connecter" over "Rechercher un emploi   Se
 * former": a site's navigation copied as rows of short cells, the block's every other line
 * an item the lists know or the site's name, one item known. Prose and a posting's facts
 * are not laid out so.
 */
function isRowsOfLinks(keys: string[], counts: number[], block: number[]): boolean {
  // Rows of cells hold separators ("particulier | entreprise"); most blocks hold none.
  if (!block.some((i) => (keys[i] ?? '').includes(' | '))) return false
  let known = false
  let rows = 0
  let menuLines = 0
  let name = false
  for (const i of block) {
    if ((counts[i] ?? 0) > 0) {
      known = true
      menuLines++
      continue
    }
    const items = (keys[i] ?? '').split(MENU_SEPARATOR).filter(Boolean)
    // The site's name, once, among its links: a board's ("Jobs.cz") vouches for the rows.
    if (items.length === 1 && !name) {
      name = true
      known ||= isBoardName(keys[i] ?? '')
      continue
    }
    if (items.length < 2) return false
    for (const item of items) {
      if (item.length > MENU_BLOCK_CHARS || wordCount(item) > MENU_BLOCK_WORDS) return false
      known ||= MENU_ITEMS.has(item) || isAccountItem(item)
    }
    rows++
  }
  return known && rows >= 1 && rows + menuLines >= LINK_ROWS
}

/** "Hire a Designer", "Trouver un freelance": a link that says what to do, not a role's title. */
const VERB_THEN_ARTICLE = /^\s*\p{L}+\s+(?:a|an|ein|eine|einen|un|une|um|uma|uno|una|een)\s/iu

/**
 * A role's title standing among a careers page's links ("Jobs / Data Engineer / Overview"):
 * two words or more with a role word, no question, not a plural ("Hire developers" is the
 * board's link), and not the query typed under a search form's label ("Was" over "IT
 * Administrator").
 */
function titleLike(lines: Line[], index: number): boolean {
  const text = lines[index]?.text ?? ''
  if (wordCount(text) < 2 || /[?!]/.test(text) || /s$/i.test(text.trim())) return false
  if (VERB_THEN_ARTICLE.test(text)) return false
  const above = previousText(lines, index)
  const label = above === null ? '' : plain(lines[above]?.text ?? '').toLowerCase()
  const noun = ROLE_NOUN.exec(text)?.[0]
  // "Hays – Recruiting experts worldwide": a site's slogan names its people, in the plural.
  const plural = !!noun && /[^s]s$/i.test(noun) && ROLE_NOUN.test(noun.slice(0, -1))
  return !SEARCH_LABELS.has(label) && !!noun && !plural
}

/** The most lines of items the lists lack that may stand in a row inside a menu. */
const MENU_GAP_LINES = 4

/** A line of at most four words right between a menu item above and one below it. */
function isMenuGap(lines: Line[], keys: string[], counts: number[], index: number): boolean {
  const next = index + 1
  // "Mon école" over the search box "Rechercher un job…" over "Mes candidatures": one line
  // of the form may stand between the gap and the menu's next item.
  const menuBelow = (at: number) =>
    lines[at] !== undefined && lines[at].kind !== 'blank' && (counts[at] ?? 0) > 0
  // "Grok / Communities / Premium / Profile": a few one-word items the lists lack in a row,
  // each of a word or two, before one they know.
  const itemsThenMenu = () => {
    for (let at = next; at < next + MENU_GAP_LINES; at++) {
      if (menuBelow(at)) return at > next
      const line = lines[at]
      if (line?.kind !== 'text' || wordsWithLetters(keys[at] ?? '') > 2 || titleLike(lines, at))
        return false
    }
    return false
  }
  const words = wordsWithLetters(keys[index] ?? '')
  return (
    // "Hays – Recruiting experts worldwide": a site's name and its slogan; the dash no word.
    words <= 4 &&
    // "Jobs / Data Engineer / Overview": the role's title between a careers page's links.
    !titleLike(lines, index) &&
    (menuBelow(next) ||
      (words <= 2 && itemsThenMenu()) ||
      (lines[next]?.kind === 'text' &&
        isSearchPlaceholder(lines[next].text.trim().toLowerCase()) &&
        menuBelow(next + 1)))
  )
}

/** A short line repeated within the job-board header ("Hybrid", "Senior level" twice). */
function isNearDuplicate(lines: Line[], keys: string[], index: number): boolean {
  const key = keys[index]
  if (!key) return false
  for (let j = Math.max(0, index - 8); j < index; j++) {
    if (keys[j] === key && !lines[j]?.noise) return true
  }
  return false
}

function keyOf(text: string): string {
  return plain(text).toLowerCase().replace(/\s+/g, ' ')
}

/** "The summary above was generated by AI" disowns the paragraph right above it. */
function dropAiSummary(lines: Line[], noticeIndex: number, dropped: Record<string, number>): void {
  for (let j = noticeIndex - 1, taken = 0; j >= 0 && taken < 6; j--) {
    const above = lines[j]
    if (!above || above.kind === 'blank') break
    if (above.noise) continue
    if (above.text.split(/\s+/).length < 6) break
    mark(above, 'AI-generated summary', dropped)
    taken++
  }
}
