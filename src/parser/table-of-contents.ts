import { wordCount } from './text.ts'
import type { Line } from './types.ts'

/** The fewest entries of a page's table of contents. */
const CONTENTS_ENTRIES = 3
/** The most words of an entry, and of the line that may head the list ("Contents"). */
const ENTRY_WORDS = 6
const HEAD_WORDS = 3

function keyOf(line: Line): string {
  return line.text
    .trim()
    .replace(/[:：]$/, '')
    .toLowerCase()
}

/**
 * "Contents / Location / About the job / Benefits" over the sections themselves: a block of
 * short lines, each standing again further down as a line of its own, in the same order, is
 * the page's table of contents, with a short line that heads it. Its entries are read where
 * the sections are, not as the values of labels ("Location" over "About the job").
 */
export function markTableOfContents(lines: Line[], mark: (line: Line, reason: string) => void) {
  const shortLines = new Map<string, number[]>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.kind === 'blank' || line.noise || wordCount(line.text) > ENTRY_WORDS) continue
    const key = keyOf(line)
    const at = shortLines.get(key)
    if (at) at.push(i)
    else shortLines.set(key, [i])
  }
  let start = 0
  while (start < lines.length) {
    if (lines[start]?.kind === 'blank') {
      start++
      continue
    }
    let end = start
    while (end < lines.length && lines[end]?.kind !== 'blank') end++
    const entries = entriesOf(lines, shortLines, start, end)
    if (entries) for (let i = start; i < end; i++) mark(lines[i] as Line, 'table of contents')
    start = end
  }
}

/** The block's lines as entries that stand again below it in order, or null. */
function entriesOf(
  lines: Line[],
  shortLines: Map<string, number[]>,
  start: number,
  end: number,
): number[] | null {
  if (end - start < CONTENTS_ENTRIES) return null
  const entries: number[] = []
  let after = end
  for (let i = start; i < end; i++) {
    const line = lines[i] as Line
    const again = line.noise ? undefined : shortLines.get(keyOf(line))?.find((j) => j >= after)
    if (again === undefined) {
      // The list's own heading ("Contents", "Inhalt", "Sur cette page") stands only here.
      if (i === start && wordCount(line.text) <= HEAD_WORDS) continue
      return null
    }
    // Each section holds text of its own: lines that stand together again, as a page copied
    // twice does, are no list of the sections.
    const previous = entries.length ? after - 1 : -1
    if (previous >= 0 && !textBetween(lines, previous, again)) return null
    entries.push(i)
    after = again + 1
  }
  return entries.length >= CONTENTS_ENTRIES ? entries : null
}

function textBetween(lines: Line[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (lines[i]?.kind !== 'blank') return true
  return false
}
