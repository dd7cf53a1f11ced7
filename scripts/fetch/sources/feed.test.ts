import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { type Scratch, body, frontMatter, withRecordedProject } from '../testing/harness.ts'
import { BACKEND_HTML, FRONTEND_HTML, SRE_HTML } from '../testing/descriptions.ts'
import { json, type RecordedServer } from '../testing/server.ts'

// RSS 2.0, Atom and JSON Feed 1.1 documents written for these tests.

let server: RecordedServer
let project: Scratch
withRecordedProject((s, p) => {
  server = s
  project = p
})

const escape = (html: string) =>
  html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

describe('feed', () => {
  it('reads RSS items, their escaped HTML or content:encoded, and closes an item that left', async () => {
    const rss = (items: string) => ({
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Jobs</title><link>https://jobs.example.org/</link>${items}</channel></rss>`,
    })
    const first = `<item><title>Backend Engineer at Kite</title><link>https://jobs.example.org/j/1</link>
<guid isPermaLink="false">job-1</guid><pubDate>Mon, 16 Nov 2026 08:00:00 GMT</pubDate>
<description>${escape(BACKEND_HTML)}</description></item>`
    const second = `<item><title>Frontend Engineer at Kite</title><link>https://jobs.example.org/j/2</link>
<guid>https://jobs.example.org/j/2</guid><pubDate>Tue, 17 Nov 2026 08:00:00 GMT</pubDate>
<description>short teaser</description><content:encoded><![CDATA[${FRONTEND_HTML}]]></content:encoded></item>`
    server.set('/jobs.rss', rss(first + second))
    // An id that is not a safe file name: its safe part plus the first 8 hex digits of its SHA-1.
    const hash = createHash('sha1').update('https://jobs.example.org/j/2').digest('hex')
    const secondFile = `kite-jobs/https-jobs-example-org-j-2-${hash.slice(0, 8)}.md`
    const source = `feed ${server.base}/jobs.rss company=Kite as=kite-jobs`
    const [summary] = await project.fetch(server, source, '2026-11-20')
    expect(summary).toMatchObject({ folder: 'kite-jobs', new: 2, failed: 0 })
    const files = await project.tree()
    expect(Object.keys(files)).toEqual([secondFile, 'kite-jobs/job-1.md'].sort())
    expect(frontMatter(files['kite-jobs/job-1.md']!)).toEqual({
      url: 'https://jobs.example.org/j/1',
      applyUrl: 'https://jobs.example.org/j/1',
      capturedAt: '2026-11-20',
      company: 'Kite',
      sourceId: 'feed:job-1',
      title: 'Backend Engineer at Kite',
      postedAt: '2026-11-16',
    })
    expect(body(files['kite-jobs/job-1.md']!)).toContain(
      '- Design and run services in Go and PostgreSQL',
    )
    expect(body(files[secondFile]!)).toContain(
      '- Build the customer dashboard in React and TypeScript',
    )
    server.set('/jobs.rss', rss(second))
    const [again] = await project.fetch(server, source, '2026-11-22')
    expect(again).toMatchObject({ new: 0, unchanged: 1, closed: 1 })
    expect(Object.keys(await project.tree())).toContain('.closed/kite-jobs/job-1.md')
  })

  it('reads Atom entries and follows rel="next" pages', async () => {
    const atom = (entries: string, next?: string) => ({
      type: 'application/atom+xml',
      body: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Board</title><id>urn:board</id>
${next ? `<link rel="next" href="${next}"/>` : ''}${entries}</feed>`,
    })
    const entry = (n: number, html: string) => `<entry><id>urn:job:${n}</id><title>Role ${n}</title>
<link rel="alternate" href="/jobs/${n}"/><author><name>Spruce Ltd</name></author>
<published>2026-11-1${n}T10:00:00Z</published><updated>2026-11-19T10:00:00Z</updated>
<content type="html">${escape(html)}</content></entry>`
    server.set('/atom', atom(entry(1, SRE_HTML), `${server.base}/atom?page=2`))
    server.set('/atom?page=2', atom(entry(2, BACKEND_HTML)))
    const [summary] = await project.fetch(server, `feed ${server.base}/atom`, '2026-11-20')
    expect(summary).toMatchObject({ new: 2, failed: 0 })
    const files = Object.values(await project.tree())
    expect(files.map((f) => frontMatter(f))).toEqual([
      {
        url: `${server.base}/jobs/1`,
        applyUrl: `${server.base}/jobs/1`,
        capturedAt: '2026-11-20',
        company: 'Spruce Ltd',
        sourceId: 'feed:urn:job:1',
        title: 'Role 1',
        postedAt: '2026-11-11',
      },
      {
        url: `${server.base}/jobs/2`,
        applyUrl: `${server.base}/jobs/2`,
        capturedAt: '2026-11-20',
        company: 'Spruce Ltd',
        sourceId: 'feed:urn:job:2',
        title: 'Role 2',
        postedAt: '2026-11-12',
      },
    ])
  })

  it('reads a JSON Feed across next_url pages, preferring external_url to apply', async () => {
    server.set(
      '/feed.json',
      json({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Remote roles',
        next_url: `${server.base}/feed.json?page=2`,
        items: [
          {
            id: 'r-1',
            url: 'https://roles.example.net/r-1',
            external_url: 'https://apply.example.net/r-1',
            title: 'Go Engineer',
            content_html: BACKEND_HTML,
            date_published: '2026-11-18T09:00:00Z',
            authors: [{ name: 'Quill' }],
          },
        ],
      }),
    )
    server.set(
      '/feed.json?page=2',
      json({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: 'r-2',
            url: 'https://roles.example.net/r-2',
            title: 'SRE',
            content_text: 'Plain text role about Kubernetes.',
          },
        ],
      }),
    )
    const [summary] = await project.fetch(
      server,
      `feed ${server.base}/feed.json as=remote-roles`,
      '2026-11-20',
    )
    expect(summary).toMatchObject({ new: 2, failed: 0 })
    const files = await project.tree()
    expect(frontMatter(files['remote-roles/r-1.md']!)).toEqual({
      url: 'https://roles.example.net/r-1',
      applyUrl: 'https://apply.example.net/r-1',
      capturedAt: '2026-11-20',
      company: 'Quill',
      sourceId: 'feed:r-1',
      title: 'Go Engineer',
      postedAt: '2026-11-18',
    })
    expect(body(files['remote-roles/r-2.md']!)).toBe('Plain text role about Kubernetes.\n')
  })

  it('fails a document that is not a feed, naming it', async () => {
    server.set('/nope', { type: 'text/html', body: '<html><body>Hello</body></html>' })
    const [summary] = await project.fetch(server, `feed ${server.base}/nope`, '2026-11-20')
    expect(summary?.errors).toEqual([
      `line 1: ${server.base}/nope: the answer is not an RSS, Atom or JSON feed`,
    ])
  })

  it('does not expand nested entities (a "billion laughs" feed stays small and quick)', async () => {
    const levels = Array.from(
      { length: 8 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('')
    server.set('/laughs.xml', {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${levels}]><rss><channel><item><title>&l8;</title><link>https://x.example/1</link><description>&l8;</description></item></channel></rss>`,
    })
    const [summary] = await project.fetch(
      server,
      `feed ${server.base}/laughs.xml as=laughs`,
      '2026-11-20',
    )
    expect(summary?.failed).toBe(0)
    const files = Object.values(await project.tree())
    expect(files.join('').length).toBeLessThan(10_000)
  })
})
