import { XMLParser } from 'fast-xml-parser'
import { arr, obj, str, type Json } from '../facts.ts'
import { descriptionText, isoDay, webUrl } from '../text.ts'
import type { Role } from '../types.ts'
import { FeedShapeError, MAX_PAGES, type Adapter } from './context.ts'

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
  parseTagValue: false,
})

/** Text of an XML node: a string, or `#text` beside attributes. */
function nodeText(value: unknown): string | undefined {
  if (Array.isArray(value)) return nodeText(value[0])
  return str(value) ?? str(obj(value)['#text'])
}

function atomLink(entry: Json, rel: string): string | undefined {
  const links = arr(entry.link).map(obj)
  const found = links.find((l) => (str(l['@rel']) ?? 'alternate') === rel)
  return str(found?.['@href'])
}

type Page = { roles: Role[]; next?: string }

function rss(channel: Json, company: string | undefined, base: string): Page {
  const roles: Role[] = []
  for (const raw of arr(channel.item)) {
    const item = obj(raw)
    const link = webUrl(nodeText(item.link), base)
    const id = nodeText(item.guid) ?? link
    if (!id || !link) continue
    roles.push({
      id,
      url: link,
      applyUrl: link,
      company,
      title: nodeText(item.title),
      postedAt: isoDay(nodeText(item.pubDate) ?? nodeText(item['dc:date'])),
      description: descriptionText(nodeText(item['content:encoded']) ?? nodeText(item.description)),
    })
  }
  return { roles, next: webUrl(atomLink(channel, 'next'), base) }
}

function atom(feed: Json, company: string | undefined, base: string): Page {
  const roles: Role[] = []
  for (const raw of arr(feed.entry)) {
    const entry = obj(raw)
    const link = webUrl(atomLink(entry, 'alternate'), base)
    const id = nodeText(entry.id) ?? link
    if (!id || !link) continue
    roles.push({
      id,
      url: link,
      applyUrl: link,
      company: company ?? nodeText(obj(entry.author).name),
      title: nodeText(entry.title),
      postedAt: isoDay(nodeText(entry.published) ?? nodeText(entry.updated)),
      description: descriptionText(nodeText(entry.content) ?? nodeText(entry.summary)),
    })
  }
  return { roles, next: webUrl(atomLink(feed, 'next'), base) }
}

function jsonFeed(feed: Json, company: string | undefined, base: string): Page {
  const roles: Role[] = []
  for (const raw of arr(feed.items)) {
    const item = obj(raw)
    const link = webUrl(item.url, base) ?? webUrl(item.external_url, base)
    const id = str(item.id) ?? link
    if (!id || !link) continue
    roles.push({
      id,
      url: link,
      applyUrl: webUrl(item.external_url, base) ?? link,
      company: company ?? str(obj(arr(item.authors)[0]).name),
      title: str(item.title),
      postedAt: isoDay(item.date_published ?? item.date_modified),
      description: descriptionText(
        str(item.content_html) ?? str(item.content_text) ?? str(item.summary),
      ),
    })
  }
  return { roles, next: webUrl(feed.next_url, base) }
}

/**
 * A job board's feed: RSS 2.0 (`channel/item`: title, link, guid, pubDate, description or
 * content:encoded), Atom (`feed/entry`: id, title, link rel=alternate, published/updated,
 * content or summary) or JSON Feed 1.1 (`items`: id, url, external_url, title,
 * content_html/content_text, date_published). Further pages are followed through JSON
 * Feed's `next_url` or an Atom/RSS `link rel="next"` (RFC 5005).
 */
export const feed: Adapter = async (source, { http }) => {
  const roles: Role[] = []
  const seen = new Set<string>()
  let url: string | undefined = source.target
  for (let page = 0; url; page++) {
    if (page >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages: stopped`)
    if (seen.has(url)) break
    seen.add(url)
    const res = await http.get(
      url,
      'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5',
    )
    const body = res.body.trimStart()
    let result: Page
    if (body.startsWith('{')) {
      let data: Json
      try {
        data = obj(JSON.parse(body))
      } catch {
        throw new FeedShapeError(url, 'JSON')
      }
      if (!Array.isArray(data.items))
        throw new FeedShapeError(url, 'a JSON Feed ({ items: [...] })')
      result = jsonFeed(data, source.company, res.url)
    } else {
      let doc: Json
      try {
        doc = obj(xml.parse(body))
      } catch {
        throw new FeedShapeError(url, 'XML')
      }
      if (doc.rss) result = rss(obj(obj(doc.rss).channel), source.company, res.url)
      else if (doc.feed) result = atom(obj(doc.feed), source.company, res.url)
      else throw new FeedShapeError(url, 'an RSS, Atom or JSON feed')
    }
    roles.push(...result.roles)
    url = result.next
  }
  return { roles, failed: [] }
}
