import { isPostingId } from '../../src/model/posting-id.ts'
import type { Posting } from '../../src/model/posting.ts'
import { slugify } from '../../src/parser/index.ts'
import type { Found } from './merge.ts'

/** FNV-1a, 32 bits: a short stable fingerprint of a text (not for security). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36).padStart(7, '0')
}

/** The id a posting asks for: the parser's slug of company and title, if it follows the rule. */
function baseId(posting: Posting): string {
  if (isPostingId(posting.id) && posting.id.length <= 80) return posting.id
  return slugify([posting.company, posting.title].filter(Boolean).join(' ')) || 'posting'
}

/** The places of a role as an id part: "berlin", "berlin-paris", "de" ... */
function placePart(posting: Posting): string {
  const names = posting.locations.map((place) => place.city ?? place.region ?? place.country ?? '')
  return slugify(names.filter(Boolean).join(' ')).slice(0, 40).replace(/-+$/, '')
}

/**
 * Gives every posting an id no other posting on the board has, from stable facts only, so
 * the same files give the same ids in every build (a bookmark still opens its role):
 *
 * - a role whose company-and-title slug is its own keeps it (`acme-backend-engineer`);
 * - roles sharing a slug each add their places (`acme-backend-engineer-berlin`);
 * - when places do not tell them apart, or the result is another posting's id (a role
 *   titled "Backend Engineer 2" is `acme-backend-engineer-2`), a fingerprint of the file
 *   path (and the role's place in a file naming several) does.
 *
 * Never the order of files: adding or removing another file changes no id, except that
 * a second role with the same company and title renames the first to its place.
 */
export function assignIds(found: Found[]): Posting[] {
  const groups = new Map<string, number[]>()
  found.forEach((item, i) => {
    const base = baseId(item.posting)
    const group = groups.get(base)
    if (group) group.push(i)
    else groups.set(base, [i])
  })
  const ids: string[] = new Array<string>(found.length)
  const taken = new Set<string>()
  for (const [base, members] of groups) {
    if (members.length === 1) {
      ids[members[0]!] = base
      taken.add(base)
    }
  }
  const shared = [...groups].filter(([, members]) => members.length > 1)
  shared.sort(([a], [b]) => (a < b ? -1 : 1))
  for (const [base, members] of shared) {
    const byPlace = new Map<string, number>()
    for (const i of members) {
      const part = placePart(found[i]!.posting)
      byPlace.set(part, (byPlace.get(part) ?? 0) + 1)
    }
    // Members sorted by origin, so a fingerprint clash is settled the same way every time.
    const ordered = [...members].sort((a, b) => (found[a]!.origin < found[b]!.origin ? -1 : 1))
    for (const i of ordered) {
      const part = placePart(found[i]!.posting)
      let id = part && byPlace.get(part) === 1 ? `${base}-${part}` : ''
      if (!id || taken.has(id)) {
        const print = fingerprint(found[i]!.origin)
        id = `${base}-${print}`
        for (let n = 2; taken.has(id); n++) id = `${base}-${print}-${n}`
      }
      ids[i] = id
      taken.add(id)
    }
  }
  return found.map((item, i) => ({ ...item.posting, id: ids[i]! }))
}
