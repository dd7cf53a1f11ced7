import type { Candidate } from './candidate.ts'
import type { Doc } from './document.ts'
import { RELOCATION_PHRASES } from './relocation-phrases.ts'
import { STATED_VALUES } from './stated-values.ts'
import { VISA_PHRASES } from './visa-phrases.ts'
import { allMatches } from './matches.ts'

function compile(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
}

/** Cheap keyword searches: only lines that hold one are read with the full phrase lists. */
const VISA_WORD = /visa|visum|visto|wiz[ay]|sponsor|h-?1b|parrain|patroc/gi
const RELOCATION_WORD =
  /relocat|relocal|umzug|déménag|reubica|mudanza|realoca|mudança|trasferiment|trasloco|ricolloca|verhuis|relokac|przeprowadz/gi
const VISA = { yes: compile(VISA_PHRASES.yes), no: compile(VISA_PHRASES.no), word: VISA_WORD }
const RELOCATION = {
  yes: compile(RELOCATION_PHRASES.yes),
  no: compile(RELOCATION_PHRASES.no),
  word: RELOCATION_WORD,
}
/** A header or summary part that is only the word ("VISA", "Relocation"): a stated yes. */
const VISA_TAG =
  /^(?:visa(?: sponsorship)?(?: (?:available|ok|provided))?|h-?1b(?: ok| welcome)?|sponsorship available)$/i
const RELOCATION_TAG =
  /^(?:relocation(?: (?:available|assistance|support|offered|ok|provided))?|will relocate)$/i
const PART_SEPARATOR = /\s*[|·•]\s*/
/** A board's field label ("Visa sponsorship", "Relocation") whose value follows it. */
const VISA_LABEL = /^(?:visa(?: sponsorship| support)?|sponsorship|h-?1b(?: sponsorship)?)$/i
const RELOCATION_LABEL = /^relocation(?: (?:assistance|support|package))?$/i
const VISA_LABEL_WORD = /visa|sponsorship|h-?1b/i
const YES_VALUES = new Set(STATED_VALUES.yes)
const NO_VALUES = new Set(STATED_VALUES.no)
/** "Visa sponsorship: Not Available" on one line. */
const LABEL_AND_VALUE = /^([^:：]{3,40})[:：]\s*(.{1,30})$/

/**
 * The lines of a text that hold a match of `word` (which never spans a line), joined: one
 * search over the text finds them, instead of a test per line (most posts name no visa).
 */
function linesHolding(text: string, word: RegExp): string {
  const kept: string[] = []
  word.lastIndex = 0
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1
    const newline = text.indexOf('\n', m.index)
    const end = newline < 0 ? text.length : newline
    kept.push(text.slice(start, end))
    word.lastIndex = end + 1
  }
  word.lastIndex = 0
  return kept.join('\n')
}

/** Where each phrase sits, so "no visa sponsorship" is not also read as a yes. */
function stated(
  fullText: string,
  re: { yes: RegExp; no: RegExp; word: RegExp },
): Candidate<boolean>[] {
  const text = linesHolding(fullText, re.word)
  const out: Candidate<boolean>[] = []
  const noSpans: [number, number][] = []
  for (const m of allMatches(re.no, text)) {
    noSpans.push([m.index, m.index + m[0].length])
    out.push({ value: false, raw: m[0], from: `"${m[0]}"`, score: 3, at: m.index })
  }
  for (const m of allMatches(re.yes, text)) {
    const start = m.index
    const end = start + m[0].length
    // A yes inside (or touching) a no is the same statement negated.
    if (noSpans.some(([a, b]) => start < b + 3 && end > a - 3)) continue
    out.push({ value: true, raw: m[0], from: `"${m[0]}"`, score: 3, at: m.index })
  }
  return out
}

/**
 * "Visa sponsorship: Not Available", or "Relocation" over "Allowed": a board's field and its
 * value, yes or no. The lines that are such labels are returned too: alone they are no tag.
 */
function labelled(
  doc: Doc,
  label: RegExp,
  word: RegExp,
): { found: Candidate<boolean>[]; labels: Set<number> } {
  const found: Candidate<boolean>[] = []
  const labels = new Set<number>()
  const shown = doc.lines.filter((line) => line.kind !== 'blank' && !line.noise)
  shown.forEach((line, i) => {
    const text = line.text.trim()
    // Most lines are longer than any label and its value, and name neither.
    if (text.length > 72 || !word.test(text)) return
    const inline = LABEL_AND_VALUE.exec(text)
    const [name, value, raw] = inline
      ? [inline[1] ?? '', inline[2] ?? '', text]
      : [
          text.replace(/[:：]$/, ''),
          shown[i + 1]?.text.trim() ?? '',
          `${text}\n${shown[i + 1]?.text}`,
        ]
    if (!label.test(name.trim())) return
    const key = value.toLowerCase().replace(/[.!]$/, '')
    const stated = YES_VALUES.has(key) ? true : NO_VALUES.has(key) ? false : null
    if (stated === null) return
    labels.add(line.n)
    found.push({ value: stated, raw, from: `"${raw.replace('\n', ': ')}"`, score: 3, at: line.n })
  })
  return { found, labels }
}

function tags(doc: Doc, tag: RegExp, labels: ReadonlySet<number>): Candidate<boolean>[] {
  const out: Candidate<boolean>[] = []
  for (const line of doc.lines.slice(0, Math.max(doc.headerEnd, 3))) {
    if (line.kind === 'blank' || line.noise || labels.has(line.n)) continue
    for (const part of line.text.split(PART_SEPARATOR)) {
      if (tag.test(part.trim()))
        out.push({ value: true, raw: part.trim(), from: 'header tag', score: 2, at: line.n })
    }
  }
  return out
}

export function visaCandidates(doc: Doc): Candidate<boolean>[] {
  const { found, labels } = labelled(doc, VISA_LABEL, VISA_LABEL_WORD)
  return [...found, ...tags(doc, VISA_TAG, labels), ...stated(doc.allText, VISA)]
}

export function relocationCandidates(doc: Doc): Candidate<boolean>[] {
  const { found, labels } = labelled(doc, RELOCATION_LABEL, /relocation/i)
  return [...found, ...tags(doc, RELOCATION_TAG, labels), ...stated(doc.allText, RELOCATION)]
}

/**
 * A stated yes or no. When the text states both ("we sponsor visas" and "no sponsorship
 * for contractors") the field is left open with a warning for a person to read.
 */
export function resolveStated(
  candidates: Candidate<boolean>[],
  field: string,
): { value: boolean | null; warnings: string[] } {
  const yes = candidates.filter((c) => c.value)
  const no = candidates.filter((c) => !c.value)
  if (yes.length && no.length) {
    return {
      value: null,
      warnings: [
        `${field}: the text says both yes (${yes[0]?.from}) and no (${no[0]?.from}): check it`,
      ],
    }
  }
  if (yes.length) return { value: true, warnings: [] }
  if (no.length) return { value: false, warnings: [] }
  return { value: null, warnings: [] }
}
