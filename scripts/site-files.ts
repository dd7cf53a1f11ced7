// What search engines read besides the pages: robots.txt, a sitemap of the posting pages and
// each page's canonical link. All of them need the site's public origin, which only the
// person deploying knows: SITE_ORIGIN (README, "Deploy"). Without it the build writes a
// robots.txt that names no sitemap, no sitemap and no canonical links, because a sitemap
// and a canonical link must be absolute URLs and a guessed origin would be wrong.

/** SITE_ORIGIN as an origin ("https://jobs.example.org"), null when unset; a clear error when malformed. */
export function siteOrigin(value: string | undefined): string | null {
  const text = value?.trim()
  if (!text) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`SITE_ORIGIN is not a URL: ${text} (expected e.g. https://jobs.example.org)`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_ORIGIN must be an http(s) origin, not ${url.protocol}`)
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new Error(
      `SITE_ORIGIN must be an origin only (scheme, host and port), without a path: ${text}`,
    )
  return url.origin
}

export function robotsTxt(origin: string | null): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...(origin ? ['', `Sitemap: ${origin}/sitemap.xml`] : []),
    '',
  ].join('\n')
}

/** A posting's page path: what the router and the prerendered `jobs/<id>.html` answer. */
export const postingPath = (id: string) => `/jobs/${encodeURIComponent(id)}`

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The sitemaps.org XML for these page paths under `origin`. No <lastmod>: the build knows
 * when a role was posted, not when its page last changed, and a wrong date is worse than none.
 */
export function sitemapXml(origin: string, paths: string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(origin + path)}</loc></url>`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

const CANONICAL = /<link rel="canonical" href="[^"]*" ?\/?>/

export const canonicalTag = (href: string) => `<link rel="canonical" href="${escapeXml(href)}" />`

/** The page's canonical link set to `href`: replaced if it has one, else added to its head. */
export function withCanonical(html: string, href: string): string {
  if (CANONICAL.test(html)) return html.replace(CANONICAL, () => canonicalTag(href))
  if (!html.includes('</head>'))
    throw new Error('a page without </head> cannot take a canonical link')
  return html.replace('</head>', () => `${canonicalTag(href)}</head>`)
}
