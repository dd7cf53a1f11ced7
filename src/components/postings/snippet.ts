import { SECTION_KEYS, type Sections } from '@/model/posting'
import { highlightParts } from '@/search/highlight'

/**
 * The first line of the posting's own text that contains a term of `q`, cut to about
 * `width` characters around the first match, so a card can show why it matched.
 */
export function matchSnippet(sections: Sections, q: string, width = 160): string | null {
  if (!q.trim()) return null
  for (const key of SECTION_KEYS) {
    for (const line of sections[key]) {
      const parts = highlightParts(line, q)
      const at = parts.findIndex((p) => p.match)
      if (at === -1) continue
      const offset = parts.slice(0, at).reduce((n, p) => n + p.text.length, 0)
      if (line.length <= width) return line
      const start = Math.max(0, Math.min(offset - Math.floor(width / 3), line.length - width))
      const end = Math.min(line.length, start + width)
      return `${start > 0 ? '… ' : ''}${line.slice(start, end).trim()}${end < line.length ? ' …' : ''}`
    }
  }
  return null
}
