import { CLOSING_LINE } from './patterns.ts'
import type { Line } from './types.ts'

/** A sender's name under the closing: one to four capitalised words ("Sanne de Wit"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}$/u

/**
 * Where a letter's signature starts: the closing ("Kind regards,") over the sender's name,
 * near the end. What follows (the sender's title, numbers, address) is the sender's, not the
 * post's: "Senior Recruitment Consultant – Tech & Fintech" is no role offered. The number of
 * lines when there is none.
 */
export function signatureStart(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
    const line = lines[i] as Line
    if (line.kind === 'blank' || !CLOSING_LINE.test(line.text.trim())) continue
    let next = i + 1
    while (next < lines.length && lines[next]?.kind === 'blank') next++
    const name = lines[next]
    return name && NAME_LINE.test(name.text.trim()) ? i : lines.length
  }
  return lines.length
}
