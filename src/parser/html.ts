import { decodeEntities } from './entities.ts'
import { readFieldLabel } from './field-line.ts'
import { HTML_EMPTY_STRONG } from './patterns.ts'

/** What a saved page gives the parser: its readable text and the JSON-LD blocks it embeds. */
export type HtmlContent = { text: string; jsonLd: string[]; title?: string }

/** Elements whose content is code, read as raw text up to their closing tag and dropped. */
const RAW = new Set(['script', 'style', 'noscript', 'iframe', 'textarea', 'xmp'])
/**
 * Elements whose whole content is page furniture, never posting text. Their content is still
 * tokenized (a JSON-LD script often sits in <head>), only its text is dropped.
 */
const DROPPED = new Set([
  'template',
  'svg',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'head',
])
/** Elements that start and end a block: each becomes a line break. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'tr',
  'blockquote',
  'pre',
  'dl',
  'hr',
])
const JSON_LD_TYPE = /application\/ld\+json/i

const GT = 62 // >
const SLASH = 47 // /
const BANG = 33 // !
const QUESTION = 63 // ?
const EQUALS = 61 // =
const DOUBLE_QUOTE = 34
const SINGLE_QUOTE = 39

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95
}
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13)
}

/** The end of the page's <title>, and the most of it read. */
const TITLE_CLOSE = /<\/title/gi
const MAX_TITLE = 300

/** One `</name` finder per dropped element, case-insensitive, compiled once. */
const CLOSERS = new Map([...RAW].map((name) => [name, new RegExp(`</${name}`, 'gi')]))

/**
 * Reads an HTML page in one forward pass: a tokenizer, not a chain of regexes, so every
 * character is looked at a bounded number of times whatever the markup (unclosed comments,
 * scripts or tags, attribute soup, a million `<`). Like a browser, a comment, tag or dropped
 * element that never closes runs to the end of the page. Blocks become lines, list items
 * bullets, headings Markdown headings and bold text `**`, so the later stages read one shape.
 */
export function readHtml(html: string): HtmlContent {
  const parts: string[] = []
  let title: string | undefined
  const jsonLd: string[] = []
  // Inside a dropped element: its name and how many of it are open; its text is not kept.
  let dropping: string | null = null
  let dropDepth = 0
  // Text not yet kept: from `textStart` up to the next tag (a '<' that opens none is text).
  let textStart = 0
  const emit = (text: string) => {
    if (dropping === null) parts.push(text)
  }
  // An open <a href="http…">: where its text starts in `parts`, and the link. Closed, it
  // becomes a Markdown link, so the link stages read HTML and Markdown the same way.
  let anchor: { at: number; href: string } | null = null
  /** Where the text stood when the last link closed. */
  let anchorEnd = -1
  const closeAnchor = () => {
    if (!anchor) return
    const text = parts.slice(anchor.at).join('')
    // A link around blocks ("<a><div>…</div></a>") stays plain text, and so does one whose
    // text shows its address already ("https://acme.example/jobs").
    if (
      !text.includes('\n') &&
      text.length <= MAX_LINK_TEXT &&
      !SHOWS_ADDRESS.test(decodeEntities(text))
    ) {
      parts.splice(anchor.at, 0, '[')
      parts.push(`](${anchor.href})`)
    }
    anchor = null
  }
  // Where the text of the list item (or paragraph) just opened starts, until its first
  // inline element closes: that element may be the item's label.
  let itemStart: number | null = null
  const n = html.length
  let i = 0
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt < 0) break
    i = lt
    const next = html.charCodeAt(i + 1)
    const nameStart = next === SLASH ? i + 2 : i + 1
    const isTag = isLetter(html.charCodeAt(nameStart)) || next === BANG || next === QUESTION
    if (!isTag) {
      i++ // a '<' that opens no tag is text ("salary < 50k")
      continue
    }
    if (lt > textStart) emit(html.slice(textStart, lt))
    textStart = n // until this tag is read to its end; a tag cut off by the end hides the rest
    if (next === BANG && html.startsWith('<!--', i)) {
      // A comment; one that never closes hides the rest of the page, as in a browser.
      const end = html.indexOf('-->', i + 4)
      emit(' ')
      if (end < 0) break
      i = end + 3
      textStart = i
      continue
    }
    if (next === BANG || next === QUESTION) {
      // <!doctype>, <![CDATA[…]]>, <?xml?>: read as a comment up to the next '>'.
      const end = html.indexOf('>', i + 2)
      emit(' ')
      if (end < 0) break
      i = end + 1
      textStart = i
      continue
    }
    const closing = next === SLASH
    let nameEnd = nameStart + 1
    while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd))) nameEnd++
    const end = tagEnd(html, nameEnd)
    if (end < 0) break // a tag that never closes hides the rest of the page, as in a browser
    const name = html.slice(nameStart, nameEnd).toLowerCase()
    const selfClosing = html.charCodeAt(end - 1) === SLASH
    i = end + 1
    textStart = i
    if (name === 'a' && dropping === null) {
      closeAnchor()
      // "<a>Aceitar todos</a><a>Rejeitar</a>": links side by side are buttons or a menu's
      // items a page shows apart, never one word.
      if (closing) anchorEnd = parts.length
      else if (anchorEnd === parts.length) emit(' ')
      const href = closing ? null : webHref(html.slice(nameEnd, end))
      if (href) anchor = { at: parts.length, href }
      continue
    }
    if (closing) {
      if (name === dropping && --dropDepth === 0) dropping = null
      emit(closeTagText(name))
      // "<li><span>Locatie</span> Zwolle of Eindhoven</li>": an item's label, first in it.
      if (itemStart !== null && INLINE_LABEL_TAGS.has(name)) {
        const label = parts.slice(itemStart).join('').replace(/\*/g, '').trim()
        if (label.length >= 2 && label.length <= MAX_INLINE_LABEL && !label.includes('\n'))
          emit(LABEL_END)
        itemStart = null
      }
      continue
    }
    if (name === 'title' && title === undefined) {
      // The page's own title, in its <head>: kept apart ("Frontend Engineer | Feldwerk
      // Robotics GmbH" names an employer the page may show only as a logo).
      TITLE_CLOSE.lastIndex = i
      const close = TITLE_CLOSE.exec(html)
      if (!close) break
      title = decodeEntities(html.slice(i, Math.min(close.index, i + MAX_TITLE)))
        .replace(/\s+/g, ' ')
        .trim()
      i = close.index
      textStart = i
      continue
    }
    const closer = CLOSERS.get(name)
    if (closer) {
      // Raw text: nothing inside is markup, so jump to the closing tag.
      textStart = n
      closer.lastIndex = i
      const close = closer.exec(html)
      if (!close) break // an element that never closes runs to the end of the page
      if (name === 'script' && JSON_LD_TYPE.test(html.slice(nameEnd, end))) {
        jsonLd.push(html.slice(i, close.index))
      }
      const closeEnd = html.indexOf('>', close.index)
      if (closeEnd < 0) break
      i = closeEnd + 1
      textStart = i
      continue
    }
    if (DROPPED.has(name) && !selfClosing) {
      if (dropping === null) dropping = name
      if (name === dropping) dropDepth++
      continue
    }
    emit(openTagText(name))
    if (name === 'li' || name === 'dd' || name === 'p' || name === 'div') itemStart = parts.length
    else if (!INLINE_LABEL_TAGS.has(name)) itemStart = null
  }
  if (textStart < n) emit(html.slice(textStart))
  closeAnchor()
  const text = tidy(decodeEntities(parts.join('')))
  return title ? { text, jsonLd, title } : { text, jsonLd }
}

const MAX_LINK_TEXT = 500
const SHOWS_ADDRESS = /:\/\/|\bwww\./i
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i

/**
 * The http(s) link of an anchor's attributes, entities decoded, with the characters that
 * would end a Markdown link escaped; null for any other scheme (javascript:, mailto:) or a
 * relative link, which lead nowhere from a saved page.
 */
function webHref(attributes: string): string | null {
  const m = HREF.exec(attributes)
  const value = decodeEntities(m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim()
  if (!/^https?:\/\/\S/i.test(value) || value.length > 2000) return null
  // The page's text is decoded after it is joined: '&' is written as the entity it decodes from.
  return value
    .replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/&/g, '&amp;')
}

/** The readable text of an HTML fragment or page: blocks on their own lines, lists as bullets. */
export function htmlToText(html: string): string {
  return readHtml(html).text
}

/**
 * The index of the '>' that ends a tag whose name ends at `from`, or -1 when none does.
 * A quoted attribute value may hold '>' ("a='x>y'"); quotes count only after '='.
 */
function tagEnd(html: string, from: number): number {
  const n = html.length
  let j = from
  while (j < n) {
    const code = html.charCodeAt(j)
    if (code === GT) return j
    j++
    if (code !== EQUALS) continue
    while (j < n && isSpace(html.charCodeAt(j))) j++
    const quote = html.charCodeAt(j)
    if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
      const close = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", j + 1)
      if (close < 0) return -1
      j = close + 1
    }
  }
  return -1
}

function openTagText(name: string): string {
  if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') {
    return `\n${'#'.repeat(Number(name[1]))} `
  }
  if (name === 'strong' || name === 'b') return '**'
  if (name === 'li') return '\n- '
  // A definition list is a page's fact box: "<dt>Dienstort</dt><dd>Eisenstadt</dd>" reads
  // as the field line "Dienstort: Eisenstadt".
  if (name === 'br' || name === 'dt' || BLOCK.has(name)) return '\n'
  return ''
}

function closeTagText(name: string): string {
  if (name === 'strong' || name === 'b') return '**'
  if (name === 'li' || name === 'br' || name === 'dd' || BLOCK.has(name)) return '\n'
  if (name === 'dt') return DT_END
  if (name === 'td' || name === 'th') return ' '
  return ''
}

/** What a definition list's term ends with: a label's colon, once. */
const DT_END = '\u0000:'
const DT_COLON = /:?\s*\0:\s*/g
/** After an inline element that opens an item: where its label may end (a private-use mark). */
const LABEL_END = '\ue000'
const INLINE_LABEL_TAGS = new Set(['span', 'label', 'strong', 'b', 'em', 'th'])
const MAX_INLINE_LABEL = 40
/** What stands before an item's label: its bullet and the label's bold marks. */
const ITEM_LEAD = /^\s*(?:-\s)?\**/

/** "Locatie Zwolle of Eindhoven": an item whose label is a fact box's reads as its field line. */
function labelled(line: string): string {
  const at = line.indexOf(LABEL_END)
  const before = line.slice(0, at)
  const after = line.slice(at + 1).replaceAll(LABEL_END, '')
  const lead = ITEM_LEAD.exec(before)?.[0] ?? ''
  const label = before.slice(lead.length).replace(/\**\s*$/, '')
  const stars = before.slice(lead.length + label.length).trim()
  return after.trim() && label.length >= 2 && !label.includes(':') && readFieldLabel(label)
    ? `${lead}${label}${stars}: ${after.trimStart()}`
    : `${before}${after}`
}

/** Empty bold markers and trailing spaces dropped, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.includes('**') ? line.replace(HTML_EMPTY_STRONG, '') : line))
    .map((line) => (line.includes('\u0000') ? line.replace(DT_COLON, ': ') : line).trimEnd())
    .map((line) => (line.includes(LABEL_END) ? labelled(line) : line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
}
