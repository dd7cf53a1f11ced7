// npm run --silent parse -- [--json] FILE...
// With --json, one line per Posting in file order (a post naming several roles gives one
// each), or {"file","error"} for a file that failed. Exit 1 if any failed. Without --json, a
// short summary per posting, its warnings (!) and how the file was read (notes, ·).
import { readFile } from 'node:fs/promises'
import { parsePostings } from '../src/parser/index.ts'
import type { Posting } from '../src/model/posting.ts'

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
    console.log(json ? JSON.stringify({ file, error: reason }) : `✗ ${file}: ${reason}`)
    continue
  }
  const result = parsePostings(raw, { file })
  if (!result.ok) {
    failed = true
    console.log(json ? JSON.stringify({ file, error: result.error }) : `✗ ${file}: ${result.error}`)
    continue
  }
  if (json) {
    for (const p of result.postings) console.log(JSON.stringify(p))
    continue
  }
  console.log(`✓ ${file}`)
  for (const p of result.postings) printSummary(p)
  for (const note of result.notes) console.log(`  · ${note}`)
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
  console.log(
    `  ${p.title}${p.company ? ` at ${p.company}` : ''}${p.seniority ? ` (${p.seniority})` : ''}  [${p.id}]`,
  )
  if (place || mode) console.log(`    ${[place, mode].filter(Boolean).join(' | ')}`)
  if (p.stack.length) console.log(`    stack: ${p.stack.map((s) => s.name).join(', ')}`)
  if (p.source.applyUrl) console.log(`    apply: ${p.source.applyUrl}`)
  for (const warning of p.warnings) console.log(`    ! ${warning}`)
}
process.exit(failed ? 1 : 0)
