import { describe, expect, it } from 'vitest'
import { robotsTxt, siteOrigin, sitemapXml, withCanonical } from './site-files.ts'

describe('siteOrigin', () => {
  it('is null when unset or blank', () => {
    expect(siteOrigin(undefined)).toBeNull()
    expect(siteOrigin('  ')).toBeNull()
  })

  it('keeps scheme, host and port, dropping a bare trailing slash', () => {
    expect(siteOrigin('https://jobs.example.org/')).toBe('https://jobs.example.org')
    expect(siteOrigin('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173')
  })

  it('refuses a path, another scheme or a non-URL with the reason', () => {
    expect(() => siteOrigin('https://example.org/board')).toThrow(/without a path/)
    expect(() => siteOrigin('ftp://example.org')).toThrow(/http\(s\) origin/)
    expect(() => siteOrigin('example.org')).toThrow(/not a URL/)
  })
})

describe('robotsTxt', () => {
  it('allows everything and names the sitemap when the origin is known', () => {
    expect(robotsTxt('https://jobs.example.org')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://jobs.example.org/sitemap.xml\n',
    )
  })

  it('names no sitemap without an origin (a Sitemap line must be absolute)', () => {
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n')
  })
})

describe('sitemapXml', () => {
  it('lists each page under the origin, escaped', () => {
    expect(sitemapXml('https://jobs.example.org', ['/', '/jobs/a%26b'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://jobs.example.org/</loc></url>\n' +
        '  <url><loc>https://jobs.example.org/jobs/a%26b</loc></url>\n' +
        '</urlset>\n',
    )
    expect(sitemapXml('https://x.org', ['/?a=1&b=2'])).toContain(
      '<loc>https://x.org/?a=1&amp;b=2</loc>',
    )
  })
})

describe('withCanonical', () => {
  it('adds a canonical link to a head without one', () => {
    expect(withCanonical('<head><title>T</title></head>', 'https://x.org/')).toBe(
      '<head><title>T</title><link rel="canonical" href="https://x.org/" /></head>',
    )
  })

  it('replaces the one a page has, so a page never names two', () => {
    const board = '<head><link rel="canonical" href="https://x.org/" /></head>'
    expect(withCanonical(board, 'https://x.org/jobs/a')).toBe(
      '<head><link rel="canonical" href="https://x.org/jobs/a" /></head>',
    )
  })

  it('refuses a page without a head rather than writing nothing', () => {
    expect(() => withCanonical('<p>no head</p>', 'https://x.org/')).toThrow(/<\/head>/)
  })
})
