import { decodeInput } from './decode.ts'
import { readFrontMatter } from './front-matter.ts'
import { frontMatterFacts, type FrontMatterFacts } from './front-matter-facts.ts'
import { findHeaderEnd, findPreface, readHeader, type HeaderFacts } from './header.ts'
import { markNoise, type NoiseResult } from './noise.ts'
import { forgetDocumentMemos } from './lib/document-memo.ts'
import { assignSections } from './sections.ts'
import { MAX_INPUT_CHARS, MAX_TEXT_CHARS, normalizeText, toLines } from './segment.ts'
import type { InputKind, Line, SectionKind, StructuredFacts } from './types.ts'

/**
 * One input read once, shared by every extractor: front matter, the decoded and segmented
 * text, page noise, the job-board header and the section of every line. Extractors read it
 * and never change it.
 */
export type Doc = {
  meta: Record<string, string>
  kind: InputKind
  facts: StructuredFacts
  /** What the front matter states in structure (a fetched feed's facts): beats the text. */
  stated: FrontMatterFacts
  lines: Line[]
  headerEnd: number
  header: HeaderFacts
  noise: NoiseResult
  /** Every line that is not page noise. */
  allText: string
  /** The same without the job-board header. */
  bodyText: string
  /** Only what describes the role (summary, duties, requirements, stack). */
  roleText: string
  /** The normalised text with noise lines still in place: links are read from it. */
  rawText: string
  /** What could not be read (input cut short): they become warnings. */
  warnings: string[]
  /** How the input was read (the decoder's notes): for the CLI and the build report. */
  notes: string[]
}

export const STACK_KINDS = new Set<SectionKind>([
  'header',
  'summary',
  'logistics',
  'responsibilities',
  'requirements',
  'niceToHave',
  'stack',
])

export function textOf(lines: Line[], keep: (line: Line) => boolean): string {
  return lines
    .filter((line) => !line.noise && line.kind !== 'blank' && keep(line))
    .map((line) => line.text)
    .join('\n')
}

export function readDocument(raw: string): { ok: true; doc: Doc } | { ok: false; error: string } {
  forgetDocumentMemos()
  const warnings: string[] = []
  const { meta, body: fullBody } = readFrontMatter(raw)
  let body = fullBody
  if (body.length > MAX_INPUT_CHARS) {
    body = body.slice(0, MAX_INPUT_CHARS)
    warnings.push(
      `the input is ${Math.round(fullBody.length / 1024)} KB: only the first ${MAX_INPUT_CHARS / 1_000_000} MB were read`,
    )
  }
  const decoded = decodeInput(body)
  if (!decoded.ok) return { ok: false, error: decoded.error }
  const stated = frontMatterFacts(meta)
  warnings.push(...stated.warnings)
  let text = normalizeText(decoded.text)
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS)
    warnings.push(
      `the posting's text is ${Math.round(decoded.text.length / 1024)} KB: only the first ${MAX_TEXT_CHARS / 1000} KB were read`,
    )
  }
  const lines = toLines(text)
  const noise = markNoise(lines)
  // A note above the header line is read once: the header skips it, the summary keeps it.
  const preface = findPreface(lines)
  const headerEnd = findHeaderEnd(lines, preface)
  assignSections(lines, headerEnd)
  const prefaceLine = lines[preface]
  if (prefaceLine) prefaceLine.section = 'summary'
  const header = readHeader(lines, headerEnd, preface)
  return {
    ok: true,
    doc: {
      meta,
      kind: decoded.kind,
      facts: { ...decoded.facts, ...stated.facts },
      stated,
      lines,
      headerEnd,
      header,
      noise,
      allText: textOf(lines, () => true),
      bodyText: textOf(lines, (l) => l.section !== 'header'),
      roleText: textOf(lines, (l) => STACK_KINDS.has(l.section ?? 'about')),
      rawText: text,
      warnings,
      notes: [...decoded.notes],
    },
  }
}
