/**
 * A web address safe to link or keep: http(s) only, never `javascript:`, `data:` or the like
 * from pasted text. The one check the parser (links in a posting) and the app (Apply,
 * Original posting) share.
 */
export function webUrl(url: string | undefined): URL | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null
  } catch {
    return null
  }
}
