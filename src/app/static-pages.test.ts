import { describe, expect, it } from 'vitest'
import { makePosting } from '@/model/posting-fixture'
import { emptySections } from '@/model/posting'
import { comparePageHtml, postingPageHtml, postingPages } from './static-pages'

const indexHtml = `<!doctype html><html><head><meta
      name="description"
      content="Roleboard board" />
<title>Roleboard</title>
<link rel="canonical" href="https://x.org/" />
<link rel="preload" href="/data/abc/index.json" as="fetch" crossorigin=""></head><body><div id="root" data-view="board">SHELL<!--/root--></div><script type="module" src="/assets/index.js"></script></body></html>`

const hostile = makePosting({
  id: 'acme-platform-engineer',
  title: 'Platform Engineer </script><script>alert(1)</script>',
  company: 'Acme & Sons <Ltd>',
  sections: {
    ...emptySections(),
    summary: ['Run the build farm. </script><!-- & more'],
    requirements: ['Five years of Go & Kubernetes'],
  },
})

function jsonLdOf(html: string): unknown {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)
  if (!match) throw new Error('no JSON-LD script')
  return JSON.parse(match[1]!)
}

describe('postingPageHtml', () => {
  const html = postingPageHtml(indexHtml, hostile, '<article>PAGE</article>', [
    '/data/abc/postings/acme-platform-engineer.json',
    '/data/abc/cards/3.json',
  ])

  it('holds the title as text and valid JobPosting JSON-LD with the raw strings', () => {
    expect(html).toContain(
      '<title>Platform Engineer &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; at Acme &amp; Sons &lt;Ltd&gt; · Roleboard</title>',
    )
    const data = jsonLdOf(html) as Record<string, unknown>
    expect(data['@type']).toBe('JobPosting')
    expect(data.title).toBe('Platform Engineer </script><script>alert(1)</script>')
    expect(data.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Acme & Sons <Ltd>' })
  })

  it('lets no posting text end the JSON-LD element or add a script', () => {
    expect(html.match(/<\/script>/g)).toHaveLength(2) // the JSON-LD's own and the app's
    expect(html).not.toContain('<script>alert')
  })

  it('preloads its own file and its similar roles’ cards instead of the board’s files', () => {
    expect(html).not.toContain('/data/abc/index.json')
    expect(html).toContain(
      '<link rel="preload" href="/data/abc/postings/acme-platform-engineer.json" as="fetch" crossorigin=""><link rel="preload" href="/data/abc/cards/3.json" as="fetch" crossorigin="">',
    )
  })

  it('keeps the app script and replaces the board shell and description', () => {
    expect(html).toContain('<script type="module" src="/assets/index.js"></script>')
    expect(html).not.toContain('SHELL')
    expect(html).toContain(
      '<div id="root" data-view="posting"><article>PAGE</article><!--/root--></div>',
    )
    expect(html).not.toContain('Roleboard board')
    expect(html).toContain(
      '<meta name="description" content="Run the build farm. &lt;/script&gt;&lt;!-- &amp; more" />',
    )
  })
})

describe('postingPages (index.html with the app-start template, as a build writes it)', () => {
  const builtIndex = `<html><head><meta name="description" content="Roleboard board" />
<title>Roleboard</title>
<template id="app-start"><script type="module" src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/react.js"><link rel="preload" href="/data/abc/index.json" as="fetch" crossorigin=""></template>
</head><body><div id="root" data-view="board">SHELL<!--/root--></div></body></html>`
  const page = postingPages(builtIndex, ['/assets/react.js', '/assets/posting-page.js'])
  const plain = makePosting({ id: 'acme-sre', title: 'SRE', company: 'Acme' })

  it('writes each page whole: its head, its preloads, the route chunks not named yet, its markup', () => {
    const html = page(plain, '<article>ONE</article>', ['/data/abc/postings/acme-sre.json'])
    const jsonLd = /<script type="application\/ld\+json">[^<]*<\/script>/.exec(html)![0]
    expect(html).toBe(
      `<html><head>\n<title>SRE at Acme · Roleboard</title>${jsonLd}\n` +
        '<template id="app-start"><link rel="preload" href="/data/abc/postings/acme-sre.json" as="fetch" crossorigin="">' +
        '<script type="module" src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/react.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/posting-page.js"></template>\n' +
        '</head><body><div id="root" data-view="posting"><article>ONE</article><!--/root--></div></body></html>',
    )
  })

  it('keeps no part of one page in the next', () => {
    page(hostile, '<article>ONE</article>', ['/data/abc/one.json'])
    const html = page(plain, '<article>TWO</article>')
    expect(html).not.toMatch(/ONE|one\.json|alert|Roleboard board|SHELL/)
    expect(html).toContain(
      '<div id="root" data-view="posting"><article>TWO</article><!--/root--></div>',
    )
  })
})

describe('comparePageHtml', () => {
  const html = comparePageHtml(indexHtml, '<h1>Compare roles</h1>', '/data/abc/postings/', [
    '/assets/compare-page.js',
  ])

  it('is the compare shell, titled, without the board’s data preloads or canonical link', () => {
    expect(html).toContain('<title>Compare roles · Roleboard</title>')
    expect(html).toContain(
      '<div id="root" data-view="compare"><h1>Compare roles</h1><!--/root--></div>',
    )
    expect(html).not.toContain('SHELL')
    expect(html).not.toContain('/data/abc/index.json')
    expect(html).not.toContain('rel="canonical"')
    expect(html).toContain('<script type="module" src="/assets/index.js"></script>')
  })

  it('preloads its route’s chunk', () => {
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/compare-page.js">')
  })
})
