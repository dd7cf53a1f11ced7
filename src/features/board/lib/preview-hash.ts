/**
 * The role shown in the board's preview pane lives in the address's fragment
 * (`/?q=go#preview=acme-go-engineer`): it is part of the link and of each history entry, so
 * Back from the full page brings the same role back into the pane, while the query string
 * stays the filters' alone (src/url/board-params.ts knows nothing of it).
 */
const PREFIX = '#preview='

/** The previewed posting id of a location's hash; null for any other hash. */
export function previewFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null
  try {
    const id = decodeURIComponent(hash.slice(PREFIX.length))
    return id.trim() === '' ? null : id
  } catch {
    return null
  }
}

/** The hash that previews `id`; the empty hash for none. */
export function previewHash(id: string | null): string {
  return id ? `${PREFIX}${encodeURIComponent(id)}` : ''
}
