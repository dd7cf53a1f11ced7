import { emptySections, type Sections } from '../model/posting.ts'
import { CONTACT_LABEL, DECLARED_STACK_LINE, EQUAL_OPPORTUNITY, LABEL_LINE } from './patterns.ts'
import { headingKind } from './segment.ts'
import type { Line, SectionKind } from './types.ts'

const ROLE_KINDS = new Set<SectionKind>(['responsibilities', 'requirements', 'niceToHave'])

/**
 * Gives every line after the header a section, whatever the headings are called: a known
 * heading opens its kind; an unknown marked heading opens 'about' (company text) unless it is
 * a "Label:" inside a role section, which stays in that section.
 */
export function assignSections(lines: Line[], headerEnd: number): void {
  let current: SectionKind = 'summary'
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (i < headerEnd) {
      line.section = 'header'
      continue
    }
    if (line.noise || line.kind === 'blank') continue
    if (DECLARED_STACK_LINE.test(line.text)) {
      line.section = 'stack'
      continue
    }
    const kind = headingKind(line)
    if (kind) {
      current = kind === 'unknown' ? unknownHeadingKind(line, current) : kind
      line.section = current
      line.opensSection = true
      continue
    }
    const label = LABEL_LINE.exec(line.text)
    if (label?.[1] && line.kind !== 'bullet') {
      const labelKind = headingKind({ ...line, text: `${label[1]}:`, kind: 'text', marked: false })
      if (labelKind && labelKind !== 'unknown') {
        current = labelKind
      } else if (CONTACT_LABEL.test(label[1])) {
        current = 'contact'
      }
    }
    line.section = EQUAL_OPPORTUNITY.test(line.text) ? 'about' : current
  }
}

function unknownHeadingKind(line: Line, current: SectionKind): SectionKind {
  // A plain "Label:" line of no known kind ("We are hiring for three roles:") introduces what
  // follows in the same section; only a heading the source marks opens company text.
  if (!line.marked && (ROLE_KINDS.has(current) || current === 'summary')) return current
  if (CONTACT_LABEL.test(line.text)) return 'contact'
  return 'about'
}

/** Labels that only name the section their text belongs in. */
const CONTENT_LABELS = new Set<SectionKind | 'unknown'>([...ROLE_KINDS, 'benefits'])

const SECTION_OF: Partial<Record<SectionKind, keyof Sections>> = {
  summary: 'summary',
  logistics: 'summary',
  responsibilities: 'responsibilities',
  requirements: 'requirements',
  niceToHave: 'niceToHave',
  benefits: 'benefits',
  hiringProcess: 'hiringProcess',
  about: 'about',
}

/** The posting's own text by section, one string per bullet or paragraph line. */
export function collectSections(lines: Line[]): Sections {
  const sections = emptySections()
  const seen = new Set<string>()
  for (const line of lines) {
    if (line.noise || line.kind === 'blank' || line.opensSection || !line.section) continue
    const key = SECTION_OF[line.section]
    if (!key) continue
    let text = line.text
    const label = LABEL_LINE.exec(text)
    if (label?.[1] && label[2]) {
      const labelKind = headingKind({ ...line, text: `${label[1]}:`, kind: 'text', marked: false })
      // "Requirements: Go" is Go under the requirements; "Salary: $90k" and "Apply: https://…"
      // keep their labels, which say what the figure or the link is.
      if (labelKind && CONTENT_LABELS.has(labelKind)) text = label[2]
    }
    const dedupe = `${key}:${text}`
    if (seen.has(dedupe)) continue
    seen.add(dedupe)
    sections[key].push(text)
  }
  return sections
}

export type Block = { kind: SectionKind; lines: Line[] }

/** Consecutive lines of one section, in reading order. */
export function blocksOf(lines: Line[]): Block[] {
  const blocks: Block[] = []
  let last: Block | null = null
  for (const line of lines) {
    if (line.noise || !line.section) continue
    if (!last || last.kind !== line.section) {
      last = { kind: line.section, lines: [] }
      blocks.push(last)
    }
    last.lines.push(line)
  }
  return blocks
}
