// npm run --silent parse -- [--json] FILE...
// With --json, one line per Posting in file order (a post naming several roles gives one
// each), or {"file","error"} for a file that failed. Exit 1 if any failed. Without --json, a
// short summary per posting, its warnings (!) and how the file was read (notes, ·).
import './regexp-engine.ts'
import { readFile } from 'node:fs/promises'
import { parsePostings } from '../src/parser/index.ts'
import type { Posting } from '../src/model/posting.ts'
import { stripControls } from '../src/parser/text.ts'

// Nothing printed may drive the terminal: human lines lose control, bidi and escape codes;
// JSON keeps every value exact, with those characters written as \u escapes (JSON.stringify
// escapes only U+0000–U+001F itself).
const print = (line: string) => console.log(stripControls(line))
const printJson = (value: unknown) =>
  console.log(
    JSON.stringify(value).replace(
      /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ),
  )

const args = process.argv.slice(2)
const json = args.includes('--json')
const files = args.filter((arg) => arg !== '--json')

if (files.length === 0) {
  console.error('usage: npm run --silent parse -- [--json] FILE...')
  process.exit(2)
}

let failed = false
for (const file of files) {
  let raw: string
  try {
    raw = await readFile(file, 'utf8')
  } catch (error) {
    failed = true
    const reason = `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    if (json) printJson({ file, error: reason })
    else print(`✗ ${file}: ${reason}`)
    continue
  }
  const result = parsePostings(raw, { file })
  if (!result.ok) {
    failed = true
    if (json) printJson({ file, error: result.error })
    else print(`✗ ${file}: ${result.error}`)
    continue
  }
  if (json) {
    for (const p of result.postings) printJson(p)
    continue
  }
  print(`✓ ${file}`)
  for (const p of result.postings) printSummary(p)
  for (const note of result.notes) print(`  · ${note}`)
}

function printSummary(p: Posting): void {
  const place = p.locations
    .map((l) => [l.city, l.region, l.country].filter(Boolean).join(', '))
    .join(' · ')
  const mode = [
    p.workMode,
    p.officeDaysPerWeek !== null ? `${p.officeDaysPerWeek} days in office` : null,
  ]
    .filter(Boolean)
    .join(', ')
  print(
    `  ${p.title}${p.company ? ` at ${p.company}` : ''}${p.seniority ? ` (${p.seniority})` : ''}  [${p.id}]`,
  )
  if (place || mode) print(`    ${[place, mode].filter(Boolean).join(' | ')}`)
  if (p.stack.length) print(`    stack: ${p.stack.map((s) => s.name).join(', ')}`)
  if (p.source.applyUrl) print(`    apply: ${p.source.applyUrl}`)
  for (const warning of p.warnings) print(`    ! ${warning}`)
}
process.exit(failed ? 1 : 0)
