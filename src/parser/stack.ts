import type { StackItem } from '../model/posting.ts'
import {
  ALIAS_BAD_NEXT,
  ALIAS_BAD_PREVIOUS,
  AWS_ALIAS,
  AWS_NEAR,
  AZURE_ALIAS,
  AZURE_NEAR,
  BIO_BEFORE,
  CANDIDATE_POSSESSIVE_BEFORE,
  CANDIDATE_SHOWCASE,
  EMAIL,
  FIRST_PERSON,
  GCP_ALIAS,
  GCP_NEAR,
  HAS_LINK,
  LIST_GAP,
  NEGATIVE_AFTER,
  NEGATIVE_BEFORE,
  NICE_TO_HAVE_LINE,
  OBFUSCATED_EMAIL,
  QUALIFIER_NOTE,
  SAFE_FOLLOWER,
  SENTENCE_START_BEFORE,
  STRICT_LETTER_BAD_NEXT,
  STRICT_LETTER_BAD_PREVIOUS,
  STRICT_LETTER_PREVIOUS_WORD,
  TECH_QUALIFIER_AFTER,
  TECH_TRIGGER_BEFORE,
  TECH_WEAK_BEFORE,
  URL,
} from './patterns.ts'
import { TECHS, type Tech } from './taxonomy.ts'
import { LEGAL_FORMS } from './words/legal-forms.ts'
import { escapeRegExp } from './lib/escape-regexp.ts'
import type { SectionKind } from './types.ts'
import { allMatches } from './matches.ts'
import { forEachWordRun } from './word-start.ts'
import { namesListedBeside } from './stack-listed-names.ts'
import ordinaryTechWords from './words/ordinary-tech-words.data.json' with { type: 'json' }

type CompiledAlias = {
  tech: Tech
  words: string[]
  caseSensitive: boolean
  connectors: string[]
  prefix: string
  suffix: string
  /** Sort key: longer aliases are tried first. */
  weight: number
}

const WORD_IN_ALIAS = /[\p{L}\p{N}]+/gu

function compile(tech: Tech, alias: string, caseSensitive: boolean): CompiledAlias | null {
  const words: { text: string; start: number; end: number }[] = []
  for (const m of allMatches(WORD_IN_ALIAS, alias)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  const first = words[0]
  const last = words[words.length - 1]
  if (!first || !last) return null
  const connectors = words.slice(1).map((w, i) => alias.slice(words[i]?.end ?? 0, w.start))
  return {
    tech,
    words: words.map((w) => (caseSensitive ? w.text : w.text.toLowerCase())),
    caseSensitive,
    connectors,
    prefix: alias.slice(0, first.start),
    suffix: alias.slice(last.end),
    weight: words.length * 100 + alias.length,
  }
}

/**
 * One-word names that are ordinary words of another posting language ("tableau de bord",
 * "point de vue", "to jest", "flink wat ervaring"; scripts/common-words.ts): written as the
 * name is ("testing suites, like Jest"), the technology; in any other case ("react, angular,
 * vue", "AVRO or Protobuf"), only in context, as "Go" is.
 */
const ORDINARY_ELSEWHERE = new Set<string>(ordinaryTechWords)

/** Aliases by their first word, lowercased; longest first. */
const INDEX = new Map<string, CompiledAlias[]>()
for (const tech of TECHS) {
  for (const [alias, caseSensitive] of tech.aliases) {
    const ordinary = !caseSensitive && ORDINARY_ELSEWHERE.has(alias.toLowerCase())
    // As written first: of two aliases of one weight, the first listed is tried first.
    const forms = ordinary
      ? [compile(tech, alias, true), compile({ ...tech, context: 'ctx' }, alias, false)]
      : [compile(tech, alias, caseSensitive)]
    for (const compiled of forms) {
      if (!compiled) continue
      const key = (compiled.words[0] ?? '').toLowerCase()
      const list = INDEX.get(key) ?? []
      list.push(compiled)
      INDEX.set(key, list)
    }
  }
}
for (const list of INDEX.values()) list.sort((a, b) => b.weight - a.weight)

/** Technologies named together with a product, though their own name is not written. */
const IMPLIES: Record<string, string> = { 'Apollo GraphQL': 'GraphQL' }
const TECH_BY_NAME = new Map(TECHS.map((t) => [t.name, t]))
const AWS_WRITTEN = /^AWS\s/
const CLOUD_PROVIDERS = new Set([
  'AWS',
  'GCP',
  'Azure',
  'Oracle Cloud',
  'IBM Cloud',
  'Alibaba Cloud',
  'DigitalOcean',
])

type Token = { text: string; lower: string; start: number; end: number }

/** The words of a text (the matches of WORD_IN_ALIAS), each also lower-cased. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // Lower-cased once for the whole text, unless that changes its length ("İ" becomes two
  // code units) and so the positions, or the text has a Σ (lower-cased by what surrounds
  // it, which a word alone does not have): then word by word, as before.
  const lowerText = text.toLowerCase()
  const aligned = lowerText.length === text.length && !text.includes('Σ')
  forEachWordRun(text, (start, end) => {
    const word = text.slice(start, end)
    tokens.push({
      text: word,
      lower: aligned ? lowerText.slice(start, end) : word.toLowerCase(),
      start,
      end,
    })
  })
  return tokens
}

function connectorMatches(gap: string, connector: string): boolean {
  if (gap.length > connector.length + 2 || gap.includes('\n')) return false
  const wantSpace = connector.trim() === ''
  if (wantSpace || connector === '-') return /^(?: {1,2}|-)$/.test(gap)
  return gap.replace(/\s+/g, '') === connector.replace(/\s+/g, '')
}

export type StackMatch = {
  tech: Tech
  /** The text as written ("Golang", "Postgres"), for provenance. */
  raw: string
  start: number
  end: number
  caseSensitive: boolean
  singleWord: boolean
}

/** Every alias occurrence in a text, longest alias first at each position; no context rules. */
export function findAliases(text: string): StackMatch[] {
  const tokens = tokenize(text)
  const found: StackMatch[] = []
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as Token
    const candidates = INDEX.get(token.lower)
    let matched: StackMatch | null = null
    let width = 1
    if (candidates) {
      for (const alias of candidates) {
        const m = tryAlias(text, tokens, i, alias)
        if (m) {
          matched = m
          width = alias.words.length
          break
        }
      }
    }
    if (matched) found.push(matched)
    i += width
  }
  return found
}

function tryAlias(
  text: string,
  tokens: Token[],
  i: number,
  alias: CompiledAlias,
): StackMatch | null {
  for (let j = 0; j < alias.words.length; j++) {
    const token = tokens[i + j]
    if (!token) return null
    const word = alias.words[j]
    if ((alias.caseSensitive ? token.text : token.lower) !== word) return null
    if (j > 0) {
      const previous = tokens[i + j - 1] as Token
      if (
        !connectorMatches(text.slice(previous.end, token.start), alias.connectors[j - 1] ?? ' ')
      ) {
        return null
      }
    }
  }
  const first = tokens[i] as Token
  const last = tokens[i + alias.words.length - 1] as Token
  let start = first.start
  let end = last.end
  if (alias.prefix) {
    if (text.slice(start - alias.prefix.length, start) !== alias.prefix) return null
    start -= alias.prefix.length
    if (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return null
  } else if (ALIAS_BAD_PREVIOUS.test(text.slice(Math.max(0, start - 2), start))) {
    return null
  }
  if (alias.suffix) {
    if (!text.startsWith(alias.suffix, end)) return null
    end += alias.suffix.length
  } else if (ALIAS_BAD_NEXT.test(text.slice(end, end + 2))) {
    return null
  }
  return {
    tech: alias.tech,
    raw: text.slice(start, end),
    start,
    end,
    caseSensitive: alias.caseSensitive,
    singleWord: alias.words.length === 1 && !alias.prefix && !alias.suffix,
  }
}

export type StackBlock = { kind: SectionKind; text: string }

type Occurrence = {
  tech: Tech
  raw: string
  kind: SectionKind
  line: string
  nice: boolean
  note?: string
  order: number
}

/** Where the line around `start`–`end` begins and ends in the text. */
function lineBounds(text: string, start: number, end: number): [number, number] {
  const to = text.indexOf('\n', end)
  return [text.lastIndexOf('\n', start - 1) + 1, to < 0 ? text.length : to]
}

/**
 * Where the last sentence of `before` starts: after its last ".", "!" or "?" when a space
 * follows it, else 0. One look back from the end, where a regex for the same
 * (/[.!?]\s[^.!?]{0,400}$/) was tried at every position of the text.
 */
function lastSentenceStart(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]
    if (c === '.' || c === '!' || c === '?') return /\s/.test(before[i + 1] ?? '') ? i + 1 : 0
  }
  return 0
}

/** Where the sentence around `start`–`end` begins and ends: one slice of the text. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - 400)
  const before = text.slice(from, start)
  const cut = Math.max(lastSentenceStart(before), before.lastIndexOf('\n') + 1, 0)
  const after = text.slice(end, end + 400)
  const stop = after.search(/[.!?](?:\s|$)|\n/)
  return [from + cut, end + (stop < 0 ? after.length : stop)]
}

function isNear(match: StackMatch, others: StackMatch[], distance: number): boolean {
  return others.some(
    (o) =>
      o !== match &&
      ((o.start >= match.end && o.start - match.end <= distance) ||
        (o.end <= match.start && match.start - o.end <= distance)),
  )
}

/**
 * The longest gap LIST_GAP can match: four separators, a conjunction with three spaces, two
 * more. A longer gap is not tried: a posting naming a technology fifty times made each name
 * slice and test the text between it and every other one.
 */
const LONGEST_LIST_GAP = 13

/** Whether another sure name stands next to the match in one list ("Rust, Python, and Go"). */
function inList(text: string, match: StackMatch, others: StackMatch[]): boolean {
  return others.some(
    (o) =>
      o !== match &&
      ((o.start >= match.end &&
        o.start - match.end <= LONGEST_LIST_GAP &&
        LIST_GAP.test(text.slice(match.end, o.start))) ||
        (o.end <= match.start &&
          match.start - o.end <= LONGEST_LIST_GAP &&
          LIST_GAP.test(text.slice(o.end, match.start)))),
  )
}

/** A capitalised word before a list's separator, or after one: the list goes on with it. */
const LIST_WORD_BEFORE = /(\p{Lu}[\p{L}\p{N}]*)[\s,/&+|]{1,4}(?:(?:and|or)\s{1,3})?$/u
const LIST_WORD_AFTER = /^[\s,/&+|]{1,4}(?:(?:and|or)\s{1,3})?\p{Lu}/u

/**
 * Whether the match stands in one list with another ambiguous name ("in C and Rust", "Rust
 * and Go") and the list holds no other capitalised word: "Google, Amazon, OpenAI, Stitch
 * Fix, Stripe" names companies, some of which share a technology's name.
 */
function inListOfPeers(text: string, match: StackMatch, peers: StackMatch[]): boolean {
  const peer = peers.find((o) => o !== match && inList(text, match, [o]))
  if (!peer) return false
  const [first, last] = peer.start < match.start ? [peer, match] : [match, peer]
  const before = LIST_WORD_BEFORE.exec(text.slice(Math.max(0, first.start - 40), first.start))
  if (before && !peers.some((o) => o.end === first.start - (before[0].length - before[1]!.length)))
    return false
  const after = LIST_WORD_AFTER.exec(text.slice(last.end, last.end + 12))
  return !after || peers.some((o) => o.start === last.end + after[0].length - 1)
}

/**
 * Evidence that an ambiguous name ("Go", "Rust", "Swift", "Spark") is the technology here,
 * as a score: a stack list, a neighbour in a list of technologies, a technology word after it
 * or a phrase that introduces one before it count for; a reading as an ordinary word ("go to",
 * "let's go", "Spring 2025") or a sentence-initial verb counts against. Accepted at 2 or more.
 */
function contextScore(
  text: string,
  match: StackMatch,
  sure: StackMatch[],
  peers: StackMatch[],
  declared: boolean,
): number {
  const { tech, start, end } = match
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 40)
  let score = 0
  if (declared) score += 3
  if (!match.singleWord) score += 3
  if (inList(text, match, sure)) score += 4
  // Two ambiguous names listed together ("in C and Rust", "Rust and Go") vouch for each
  // other, less than a sure neighbour does: two ordinary words are seldom both names.
  else if (inListOfPeers(text, match, peers)) score += 2
  else if (isNear(match, sure, 60)) score += 2
  if (TECH_QUALIFIER_AFTER.test(after)) score += 2
  if (TECH_TRIGGER_BEFORE.test(before)) score += 2
  else if (TECH_WEAK_BEFORE.test(before)) score += 1
  // A name alone in brackets tags a title or a phrase with its technology: "Engineer (Go)".
  if (/\($/.test(before) && /^\)/.test(after)) score += 2
  if (NEGATIVE_AFTER[tech.name]?.test(after)) score -= 3
  if (NEGATIVE_BEFORE[tech.name]?.test(before)) score -= 2
  if (match.caseSensitive && match.singleWord && SENTENCE_START_BEFORE.test(before)) {
    const next = /^\s+([a-z][\w-]*)/.exec(after)
    if (next?.[1] && !SAFE_FOLLOWER.test(next[1]) && !TECH_QUALIFIER_AFTER.test(after)) score -= 3
  }
  return score
}

/** Whether a match is the technology here, not an ordinary word or a name in a bio. */
/** Legal forms as written without their last dot: "SAS" after a name is no SAS software. */
const LEGAL_FORM_NAMES = new Set(LEGAL_FORMS.map(({ written }) => written.replace(/\.$/, '')))
/** The end of a capitalised name, right before a legal form ("Soluciones Andinas SAS"). */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{N}&'’.-]*[ \t]+$/u

function acceptable(
  text: string,
  match: StackMatch,
  confirmed: StackMatch[],
  declared: boolean,
  peers: StackMatch[] = [],
): boolean {
  const { tech, start, end } = match
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 40)
  if (BIO_BEFORE.test(before)) return false
  if (tech.showcase && shownByCandidate(text, match)) return false
  if (LEGAL_FORM_NAMES.has(match.raw) && NAME_BEFORE.test(before)) return false
  switch (tech.context) {
    case 'none':
      // An unambiguous name read in an ordinary phrase ("git repos", "Ruby on Rails").
      return !NEGATIVE_AFTER[tech.name]?.test(after) && !NEGATIVE_BEFORE[tech.name]?.test(before)
    case 'strict':
      if (NEGATIVE_AFTER[tech.name]?.test(after)) return false
      if (STRICT_LETTER_BAD_NEXT.test(after) || STRICT_LETTER_BAD_PREVIOUS.test(before))
        return false
      if (STRICT_LETTER_PREVIOUS_WORD.test(before)) return false
      return isNear(match, confirmed, 30) || /^\s*(?:language|programming|lang)\b/i.test(after)
    case 'ctx':
      return contextScore(text, match, confirmed, peers, declared) >= 2
    case 'aws':
      return AWS_ALIAS.test(match.raw) || AWS_NEAR.test(window(text, start, end, 150))
    case 'gcp':
      return GCP_ALIAS.test(match.raw) || GCP_NEAR.test(window(text, start, end, 150))
    case 'azure':
      return AZURE_ALIAS.test(match.raw) || AZURE_NEAR.test(window(text, start, end, 150))
  }
}

/** How far from a code host's name the words asking for the candidate's account may stand. */
const SHOWCASE_REACH = 60

/**
 * "a portfolio (or a GitHub)", "Website / GitHub", "Projetos pessoais no GitHub": the posting
 * asks where the applicant's own code is, in the host's sentence and close to it.
 */
function shownByCandidate(text: string, { start, end }: StackMatch): boolean {
  if (CANDIDATE_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true
  const [from, to] = sentenceBounds(text, start, end)
  const near = text.slice(
    Math.max(from, start - SHOWCASE_REACH),
    Math.min(to, end + SHOWCASE_REACH),
  )
  return CANDIDATE_SHOWCASE.test(near)
}

function window(text: string, start: number, end: number, size: number): string {
  return text.slice(Math.max(0, start - size), end + size)
}

/** Replaces URLs and e-mail addresses by spaces, keeping offsets: "github.com/x" is no stack. */
function blankLinks(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length)
  let out = HAS_LINK.test(text) ? text.replace(URL, blank) : text
  if (out.includes('@')) out = out.replace(EMAIL, blank)
  if (/\[at\]/i.test(out)) out = out.replace(OBFUSCATED_EMAIL, blank)
  return out
}

/** A technology the taxonomy lacks, by the name a list gave it. */
function listedTech(name: string): Tech {
  return { name, category: 'other', aliases: [[name, true]], context: 'none' }
}

function scanBlock(block: StackBlock, order: { next: number }): Occurrence[] {
  const text = blankLinks(block.text)
  const declared = block.kind === 'stack'
  const all = findAliases(text)
  const confirmed: StackMatch[] = []
  const pending: StackMatch[] = []
  for (const m of all) (m.tech.context === 'none' ? confirmed : pending).push(m)
  const accepted = new Set<StackMatch>()
  for (const m of confirmed) if (acceptable(text, m, confirmed, declared)) accepted.add(m)
  // Two rounds, so that a list of ambiguous names ("Chef, Puppet, Salt") confirms itself once
  // one neighbour is certain.
  for (let round = 0; round < 2; round++) {
    const sure = [...accepted]
    for (const m of pending)
      if (!accepted.has(m) && acceptable(text, m, sure, declared, pending)) accepted.add(m)
  }
  // A line or a sentence holds several names: each is tested once per pattern, known by
  // where it stands in the text (a key of two numbers, not the sentence's text to hash).
  const tests = new Map<RegExp, Map<number, boolean>>()
  const tested = (re: RegExp, [from, to]: [number, number]): boolean => {
    let known = tests.get(re)
    if (!known) tests.set(re, (known = new Map<number, boolean>()))
    const key = from * (text.length + 1) + to
    let result = known.get(key)
    if (result === undefined) known.set(key, (result = re.test(text.slice(from, to))))
    return result
  }
  // Names the taxonomy lacks, listed among the accepted ones ("Rust (Tokio, Axum)").
  const kept: { start: number; end: number; tech: Tech; raw: string }[] = all.filter((m) =>
    accepted.has(m),
  )
  const listed = namesListedBeside(text, kept, all, declared)
  if (listed.length) {
    for (const name of listed) kept.push({ ...name, tech: listedTech(name.raw) })
    kept.sort((a, b) => a.start - b.start)
  }
  const occurrences: Occurrence[] = []
  for (const m of kept) {
    const sentenceAt = sentenceBounds(text, m.start, m.end)
    if (!declared && tested(FIRST_PERSON, sentenceAt)) continue
    const lineAt = lineBounds(text, m.start, m.end)
    const line = text.slice(lineAt[0], lineAt[1])
    const note = QUALIFIER_NOTE.exec(text.slice(m.end, m.end + 60))?.[1]?.toLowerCase()
    occurrences.push({
      tech: m.tech,
      raw: m.raw,
      kind: block.kind,
      line,
      // A paragraph's "German not required" says nothing of the names in its other sentences.
      nice: block.kind === 'niceToHave' || tested(NICE_TO_HAVE_LINE, sentenceAt),
      order: order.next++,
      ...(note ? { note } : {}),
    })
    // "AWS RDS", "AWS Lambda": the cloud is named too.
    const implied =
      IMPLIES[m.tech.name] ?? (m.tech.name !== 'AWS' && AWS_WRITTEN.test(m.raw) ? 'AWS' : undefined)
    const impliedTech = implied ? TECH_BY_NAME.get(implied) : undefined
    if (impliedTech) {
      occurrences.push({
        tech: impliedTech,
        raw: m.raw,
        kind: block.kind,
        line,
        nice: false,
        order: order.next++,
      })
    }
  }
  return occurrences
}

export type StackResult = {
  stack: StackItem[]
  /** Each kept technology with the text it was read from. */
  provenance: { name: string; raw: string; line: string }[]
  /** Occurrences left out, and why, for warnings and debugging. */
  dropped: { name: string; reason: string }[]
  /** Every line each kept technology is named on. */
  lines: ReadonlyMap<string, readonly string[]>
}

/**
 * The technologies a posting names for the role. The posting's own stack lists come first,
 * in their order, then the rest in reading order. Names in company boilerplate, benefits,
 * bios and first-person anecdotes are not read (the caller passes only the role's blocks).
 */
/**
 * "Gabbiano Informatica", "Andes Cloud Ruby Labs": a technology's name that is a word of the
 * company's name, and on its line stands nowhere else.
 */
function inNameOnly(o: Occurrence, company: string): boolean {
  if (company === o.raw || !company.includes(o.raw)) return false
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(o.raw)}(?![\\p{L}\\p{N}])`, 'u')
  return (
    word.test(company) && o.line.includes(company) && !word.test(o.line.split(company).join(' '))
  )
}

export function extractStack(blocks: StackBlock[], company: string | null): StackResult {
  const order = { next: 0 }
  const occurrences = blocks.flatMap((block) => scanBlock(block, order))
  const dropped: StackResult['dropped'] = []
  const declaredClouds = new Set(
    occurrences
      .filter((o) => o.kind === 'stack' && CLOUD_PROVIDERS.has(o.tech.name))
      .map((o) => o.tech.name),
  )
  const companyKey = company?.toLowerCase().trim()
  const kept = occurrences.filter((o) => {
    if (companyKey && o.tech.name.toLowerCase() === companyKey) {
      dropped.push({ name: o.tech.name, reason: "the company's own product" })
      return false
    }
    if (company && inNameOnly(o, company.trim())) {
      dropped.push({ name: o.tech.name, reason: "a word of the company's name" })
      return false
    }
    // A posting that names its cloud in its stack list uses that one; the other providers
    // in a required "e.g. AWS or GCP" are examples of the kind, not its stack.
    if (
      o.kind !== 'stack' &&
      !o.nice &&
      CLOUD_PROVIDERS.has(o.tech.name) &&
      declaredClouds.size > 0 &&
      !declaredClouds.has(o.tech.name) &&
      occurrences.some((other) => other.line === o.line && declaredClouds.has(other.tech.name))
    ) {
      dropped.push({ name: o.tech.name, reason: 'an alternative to the cloud the stack names' })
      return false
    }
    return true
  })
  kept.sort((a, b) => Number(b.kind === 'stack') - Number(a.kind === 'stack') || a.order - b.order)
  const byName = new Map<string, { item: StackItem; allNice: boolean }>()
  const provenance: StackResult['provenance'] = []
  const lines = new Map<string, string[]>()
  for (const o of kept) {
    const named = lines.get(o.tech.name)
    if (named) named.push(o.line)
    else lines.set(o.tech.name, [o.line])
    const existing = byName.get(o.tech.name)
    if (existing) {
      existing.allNice &&= o.nice
      if (o.note && !existing.item.note) existing.item.note = o.note
      continue
    }
    byName.set(o.tech.name, {
      item: { name: o.tech.name, category: o.tech.category, ...(o.note ? { note: o.note } : {}) },
      allNice: o.nice,
    })
    provenance.push({ name: o.tech.name, raw: o.raw, line: o.line })
  }
  const stack = [...byName.values()].map(({ item, allNice }) =>
    allNice && !item.note ? { ...item, note: 'nice to have' } : item,
  )
  return { stack, provenance, dropped, lines }
}
