// npm run --silent parse -- [--json] FILE...
// One line per file, in order: a Posting as JSON, or {"file","error"}. Exit 1 if any failed.
import { readFile } from 'node:fs/promises'
import { parsePosting } from '../src/parser/index.ts'

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
  const result = parsePosting(raw, { file })
  if (!result.ok) {
    failed = true
    console.log(json ? JSON.stringify({ file, error: result.error }) : `✗ ${file}: ${result.error}`)
    continue
  }
  const p = result.posting
  if (json) {
    console.log(JSON.stringify(p))
    continue
  }
  const place = p.locations
    .map((l) => [l.city, l.region, l.country].filter(Boolean).join(', '))
    .join(' · ')
  const mode = [
    p.workMode,
    p.officeDaysPerWeek !== null ? `${p.officeDaysPerWeek} days in office` : null,
  ]
    .filter(Boolean)
    .join(', ')
  console.log(`✓ ${file}`)
  console.log(
    `  ${p.title}${p.company ? ` at ${p.company}` : ''}${p.seniority ? ` (${p.seniority})` : ''}`,
  )
  if (place || mode) console.log(`  ${[place, mode].filter(Boolean).join(' | ')}`)
  if (p.stack.length) console.log(`  stack: ${p.stack.map((s) => s.name).join(', ')}`)
  for (const warning of p.warnings) console.log(`  ! ${warning}`)
}
process.exit(failed ? 1 : 0)
