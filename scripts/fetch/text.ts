import { htmlToText } from '../../src/parser/html.ts'
import { decodeEntities } from '../../src/parser/entities.ts'

const HAS_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/i
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\v\f\u000e-\u001f\u007f]/g

/**
 * A description as readable text. Feeds give HTML (Greenhouse even entity-escapes it:
 * `&lt;p&gt;`); it is turned into text here with the parser's own HTML-to-text, so the file
 * in postings/ reads (and diffs) as the parser will read it: headings as `#`, list items as
 * `- `, bold as `**`. Plain text is kept as it is.
 */
export function descriptionText(value: string | null | undefined): string {
  if (!value) return ''
  let text = value
  if (!HAS_TAG.test(text) && /&lt;\/?[a-z]/i.test(text)) text = decodeEntities(text)
  text = HAS_TAG.test(text) ? htmlToText(text) : decodeEntities(text)
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(CONTROL, '')
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+$/g, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      // `</li><li>` leaves a blank line between items: a list reads as one block.
      .replace(/^(- .*)\n\n(?=- )/gm, '$1\n')
      .trim()
  )
}

/** One line of front matter: no line breaks, no control characters, a bounded length. */
export function oneLine(value: string, max = 300): string {
  const text = decodeEntities(value).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}

/** An ISO day from a date string or epoch milliseconds, or undefined. */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'number' && (typeof value !== 'string' || value === '')) return undefined
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(String(value))
    return m?.[1]
  }
  return date.toISOString().slice(0, 10)
}

/** A web address, or undefined for anything that is not http(s). */
export function webUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
