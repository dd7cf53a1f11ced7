import type { Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import { wordCount } from './text.ts'

/**
 * A first line that says a company hires without naming a role: "Acme (YC W21) Is Hiring",
 * "acme is hiring [Berlin, on-site] - careers.acme.example", "Acme looking for engineers-to-be
 * to join our team in Lyon". Such a post is a posting (it announces hiring by its first
 * words); as it names no role, its headline as written stands for the title.
 */
const HEADLINE =
  /^(?<name>[\p{L}\p{N}][^\n|:]{0,60}?)\s+(?:(?:is|are)\s+(?:now\s+|currently\s+)?hiring\b|(?:is\s+)?(?:looking\s+for|seeking)\s.{0,100}?\bto\s+join\s+(?:our|the|us)\b)/iu
/** A reply starts with a pronoun or a reader's word, never with the hiring company. */
const NOT_A_NAME =
  /^(?:i|we|you|he|she|they|it|this|that|who|everyone|everybody|nobody|someone|anyone|no ?one|what|why|how|which|if|so|and|but|my|our|your|their|his|her|hey|hi|hello)\b/i
/** What trails a headline and is not part of it: a link, "=> link", "- careers.acme.com". */
const TRAILER = /\s*(?:=>|->|→|[-–—|]\s*(?=\S*\.[a-z]{2,}\b)|\bhttps?:\/\/|\bwww\.).*$/i
/** A bracketed place or mode ("[Berlin, on-site]") is read by the place and mode readers. */
const BRACKETED = /\s*\[[^\]]{0,80}\]/g
const MAX_TITLE = 90

export type HiringHeadline = { title: string; company: string; raw: string }

/** The post's first line when it announces hiring, with the company it names. */
export function hiringHeadline(doc: Doc): HiringHeadline | null {
  const first = doc.lines.find((l) => !l.noise && l.kind !== 'blank')
  if (!first) return null
  const text = first.text.trim()
  const m = HEADLINE.exec(text)
  // "Hey HN — Acme is hiring": the name is what follows a greeting and its dash.
  const name = (m?.groups?.name ?? '').split(/\s+[—–-]\s+/).pop() ?? ''
  if (!m || NOT_A_NAME.test(name) || wordCount(name) > 6) return null
  let title = text.replace(TRAILER, '').replace(BRACKETED, '').trim()
  if (title.length > MAX_TITLE) title = title.slice(0, title.lastIndexOf(' ', MAX_TITLE))
  title = title.replace(/[\s,;:.!–—-]+$/u, '')
  if (!title) return null
  // "Acme (YC W21)": the batch in brackets is not part of the name.
  const company = name.replace(/\s*\([^()]*\)\s*$/u, '').trim()
  return { title, company, raw: first.raw }
}

/** The headline as the title of a post that names no role. */
export function headlineTitle(doc: Doc): Candidate<{ title: string }[]> | null {
  const headline = hiringHeadline(doc)
  if (!headline) return null
  return {
    value: [{ title: headline.title }],
    raw: headline.raw,
    from: 'hiring headline',
    score: 0.5,
  }
}
