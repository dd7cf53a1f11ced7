import {
  LISTED_NAME_AFTER,
  LISTED_NAME_BEFORE,
  LISTED_NAME_GAP_AFTER,
  LISTED_NAME_GAP_BEFORE,
  LISTED_NAME_LONGER,
  MODE_WORD_IN_NAME,
  COMPANY_LIST_BEFORE,
  ORDINARY_WORD_ENDING,
  ROLE_NOUN,
} from './patterns.ts'
import { countryCode } from './country-names.ts'
import { citiesNamed } from './gazetteer.ts'
import { isCommonWord } from './common-words.ts'
import { isLanguageName } from './languages.ts'
import { techByName } from './taxonomy.ts'
import { NOT_TECHNOLOGIES } from './words/not-technologies.ts'

/** A span of the text: a technology the taxonomy knows, where it was read. */
export type Span = { readonly start: number; readonly end: number }

/** A name the taxonomy does not know, listed among technologies it does. */
export type ListedName = { raw: string; start: number; end: number }

type Item = { start: number; end: number; known: boolean; raw: string }

/** How far back a list's previous item may start: three words and a separator. */
const REACH_BACK = 80

/**
 * Names the taxonomy lacks, read from lists of technologies it knows: "Rust (Tokio, Axum,
 * SQLx), PostgreSQL, Redis", "PHPUnit et Behat", "Bicep or Terraform". A list is items on one
 * line joined by commas, slashes, "and", "or" (in the posting languages); after a known
 * name, its brackets hold its own tools. An unknown item counts when the list holds at least
 * as many known names as unknown ones, and `ordinaryName` does not take it for a word, a
 * place or a practice ("Python, SQL, Statistics"); `declared`: the list is the posting's own
 * stack list. Only whole names: a capitalised word that starts
 * a sentence is no item ("Python, SQL. Experience with …").
 */
export function namesListedBeside(
  text: string,
  known: readonly Span[],
  taken: readonly Span[],
  declared = false,
): ListedName[] {
  const knownAt = new Map(known.map((span) => [span.start, span]))
  const knownEnding = new Map(known.map((span) => [span.end, span]))
  const overlapsTaken = (start: number, end: number) =>
    taken.some((span) => span.start < end && start < span.end)
  const seen = new Set<number>()
  const found: ListedName[] = []
  for (const first of known) {
    if (seen.has(first.start)) continue
    const items: Item[] = [{ ...first, known: true, raw: text.slice(first.start, first.end) }]
    // To the right: each gap and the item after it, while the list goes on.
    for (let at = first.end, fromKnown = true; ;) {
      LISTED_NAME_GAP_AFTER.lastIndex = at
      const gap = LISTED_NAME_GAP_AFTER.exec(text)
      if (!gap || (!gap[1]?.trim() && !(gap[2] && fromKnown))) break
      const next = at + gap[0].length
      const span = knownAt.get(next)
      if (span) {
        items.push({ ...span, known: true, raw: text.slice(span.start, span.end) })
        at = span.end
        fromKnown = true
        continue
      }
      LISTED_NAME_AFTER.lastIndex = next
      const name = LISTED_NAME_AFTER.exec(text)
      if (!name?.[1] || overlapsTaken(next, next + name[0].length)) break
      items.push({ start: next, end: next + name[1].length, known: false, raw: name[1] })
      at = next + name[0].length
      fromKnown = false
    }
    // To the left, the same; a bracket is crossed only from inside ("Ingress (NGINX)" names
    // a kind of thing, not a list).
    for (let at = first.start; ;) {
      const before = text.slice(Math.max(0, at - REACH_BACK), at)
      const gap = LISTED_NAME_GAP_BEFORE.exec(before)
      if (!gap) break
      const end = at - gap[0].length
      const span = knownEnding.get(end)
      if (span) {
        items.unshift({ ...span, known: true, raw: text.slice(span.start, span.end) })
        at = span.start
        continue
      }
      const name = LISTED_NAME_BEFORE.exec(before.slice(0, before.length - gap[0].length))
      if (!name?.[1]) break
      const start = end - name[0].length
      if (LISTED_NAME_LONGER.test(before.slice(0, start - at + before.length))) break
      if (overlapsTaken(start, end)) break
      items.unshift({ start, end: start + name[1].length, known: false, raw: name[1] })
      at = start
    }
    for (const item of items) if (item.known) seen.add(item.start)
    const unknown = items.filter((item) => !item.known)
    if (unknown.length === 0 || unknown.length > items.length - unknown.length) continue
    const listStart = items[0]?.start ?? 0
    if (COMPANY_LIST_BEFORE.test(text.slice(Math.max(0, listStart - 120), listStart))) continue
    for (const item of unknown) {
      if (ordinaryName(item.raw, declared) || found.some((f) => f.start === item.start)) continue
      found.push({ raw: item.raw, start: item.start, end: item.end })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

const NOT_TECH = new Set(NOT_TECHNOLOGIES)
const WORD = /[\p{L}\p{N}]+/gu
/** Case endings a name takes in a declining language (Polish "Excela", "Pythonem"). */
const INFLECTED_ENDING = /(?:[auy]|em|ie|ów|om|ach)$/u
/** A long word with a German plural's or dative's ending ("Containern"): a noun of the text, not a name. */
const GERMAN_DECLINED_NOUN = /^\p{Ll}{6,}(?:en|ern)$/u
/** A word shaped as products are named, not as words are: "SQLx", "WebRTC", "Cert-Manager". */
const PRODUCT_SHAPED = /\p{Ll}\p{Lu}|\p{Lu}{2}(?!s\b)\p{Ll}|\p{L}\p{N}|[.#+-]\p{L}/u

/**
 * Whether a listed name is an ordinary word, a place, a role or a practice rather than a
 * product:
 * - a practice or standard (NOT_TECHNOLOGIES), or an acronym of three capitals or fewer
 *   ("API", "SDK": kinds of thing more often than products);
 * - a name all of whose words are frequent words of a posting language ("Statistics",
 *   "Machine Learning", "London");
 * - several plain capitalised words ("Relational Databases", "Founding Engineer", a
 *   person's name), unless one of them is shaped like a product, or the list is the
 *   posting's own stack list;
 * - a spoken language's name, or a name with a role noun, a country, a town or a work mode
 *   in it.
 */
export function ordinaryName(name: string, declared = false): boolean {
  const lower = name.toLowerCase()
  if (NOT_TECH.has(lower)) return true
  if (/^\p{Lu}{1,3}s?$/u.test(name)) return true
  // "Excela", "Pythona": a known name declined (Polish), not another product.
  if (techByName(name.replace(INFLECTED_ENDING, ''))) return true
  const words = lower.match(WORD) ?? []
  if (words.every((word) => isCommonWord(word) || NOT_TECH.has(word) || word.length < 3))
    return true
  if (!declared && words.length > 1 && !PRODUCT_SHAPED.test(name)) return true
  if (words.length === 1 && !PRODUCT_SHAPED.test(name) && ORDINARY_WORD_ENDING.test(lower))
    return true
  // "Kartendiensten", "Zahlungsanbietern": a German compound noun declined, not a product.
  if (words.length === 1 && !PRODUCT_SHAPED.test(name) && GERMAN_DECLINED_NOUN.test(lower))
    return true
  if (ROLE_NOUN.test(name) || MODE_WORD_IN_NAME.test(name)) return true
  if (isLanguageName(name)) return true
  return (name.match(/\p{L}+/gu) ?? []).some(
    (word) => word.length > 2 && (countryCode(word) !== null || citiesNamed(word).length > 0),
  )
}
