import { isPostingId } from '../../src/model/posting-id.ts'
import type { Posting } from '../../src/model/posting.ts'
import { slugify } from '../../src/parser/index.ts'
import { CLOSED_FOLDER } from './files.ts'
import type { IdLedger } from './id-ledger.ts'
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
 * What a posting's id is remembered by: its file (`file#n` for the n-th role of a file
 * naming several) and the files merged into it. A role `npm run fetch` moved to
 * `.closed/` is the same role: the folder is left out.
 */
export function sourceKeys(item: Found): string[] {
  const files = [item.origin, ...(item.posting.sources ?? []).slice(1).map((s) => s.file)]
  const open = (file: string) =>
    file.startsWith(`${CLOSED_FOLDER}/`) ? file.slice(CLOSED_FOLDER.length + 1) : file
  return [...new Set(files.filter((file) => file !== undefined).map(open))]
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Gives every posting an id no other posting on the board has, stable across builds (a
 * bookmark still opens its role):
 *
 * - a role the ledger knows (an earlier build gave its file an id for the same company and
 *   title) keeps that id, whatever other files came or went since;
 * - a new role takes its company-and-title slug (`acme-backend-engineer`) when no role has
 *   it and no other new role asks for it;
 * - otherwise it adds its places (`acme-backend-engineer-berlin`), and when places do not
 *   tell it apart or that id is taken, a fingerprint of its file path.
 *
 * Only the later role gets a suffix: an id once given (in the ledger) is never given to
 * another role, even after its own role is gone. Never the order of files. Without a
 * ledger (a folder's first build) ids are what this rule gives new roles.
 */
export function assignIds(found: Found[], ledger: IdLedger = new Map()): Posting[] {
  const ids: (string | undefined)[] = new Array<string | undefined>(found.length)
  const taken = new Set<string>(ledger.keys())

  const idsOfKey = new Map<string, string[]>()
  for (const record of ledger.values())
    for (const file of record.files) idsOfKey.set(file, [...(idsOfKey.get(file) ?? []), record.id])
  const claimed = new Set<string>()
  const keys = found.map(sourceKeys)
  const byOrigin = found.map((_, i) => i).sort((a, b) => byText(keys[a]![0]!, keys[b]![0]!))
  for (const i of byOrigin) {
    const base = baseId(found[i]!.posting)
    for (const key of keys[i]!) {
      const id = idsOfKey.get(key)?.find((id) => !claimed.has(id) && ledger.get(id)!.base === base)
      if (id === undefined) continue
      ids[i] = id
      claimed.add(id)
      break
    }
  }

  const groups = new Map<string, number[]>()
  found.forEach((item, i) => {
    if (ids[i] !== undefined) return
    const base = baseId(item.posting)
    const group = groups.get(base)
    if (group) group.push(i)
    else groups.set(base, [i])
  })
  for (const [base, members] of groups) {
    if (members.length === 1 && !taken.has(base)) {
      ids[members[0]!] = base
      taken.add(base)
    }
  }
  const shared = [...groups].filter(([, members]) => ids[members[0]!] === undefined)
  shared.sort(([a], [b]) => byText(a, b))
  for (const [base, members] of shared) {
    const byPlace = new Map<string, number>()
    for (const i of members) {
      const part = placePart(found[i]!.posting)
      byPlace.set(part, (byPlace.get(part) ?? 0) + 1)
    }
    // Members sorted by origin, so a fingerprint clash is settled the same way every time.
    const ordered = [...members].sort((a, b) => byText(keys[a]![0]!, keys[b]![0]!))
    for (const i of ordered) {
      const part = placePart(found[i]!.posting)
      let id = part && byPlace.get(part) === 1 ? `${base}-${part}` : ''
      if (!id || taken.has(id)) {
        const print = fingerprint(keys[i]![0]!)
        id = `${base}-${print}`
        for (let n = 2; taken.has(id); n++) id = `${base}-${print}-${n}`
      }
      ids[i] = id
      taken.add(id)
    }
  }
  return found.map((item, i) => ({ ...item.posting, id: ids[i]! }))
}

/**
 * The ledger after a build: every id given now, with the files it was given for (a role
 * merged from a new file gains that file). Ids of roles gone stay. `added`: new ids.
 */
export function recordIds(
  ledger: IdLedger,
  found: Found[],
  postings: Posting[],
): { ledger: IdLedger; added: number; changed: boolean } {
  const next: IdLedger = new Map(ledger)
  let added = 0
  let changed = false
  postings.forEach((posting, i) => {
    const files = sourceKeys(found[i]!)
    const known = next.get(posting.id)
    if (!known) {
      next.set(posting.id, { id: posting.id, base: baseId(found[i]!.posting), files })
      added++
      changed = true
      return
    }
    const more = files.filter((file) => !known.files.includes(file))
    if (more.length === 0) return
    next.set(posting.id, { ...known, files: [...known.files, ...more].sort(byText) })
    changed = true
  })
  return { ledger: next, added, changed }
}
