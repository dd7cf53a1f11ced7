// npm run eval -- DIR [--verbose]        (labelled: DIR/labels.json)
// npm run eval -- --wild DIR [--verbose]  (unlabelled real postings: see eval-wild.ts)
// Parses every posting DIR/labels.json names, compares with the labels and prints accuracy per
// field, stack precision/recall/F1 (micro-averaged over all postings) and the worst cases.
import './regexp-engine.ts'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parsePosting } from '../src/parser/index.ts'
import { canonical, fieldValues, FIELDS, type Field, type Label } from './eval-compare.ts'
import { runWild } from './eval-wild.ts'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const wild = args.indexOf('--wild')
if (wild >= 0) {
  const wildDir = args[wild + 1]
  if (!wildDir) {
    console.error('usage: npm run eval -- --wild DIR [--verbose] [--show FIELD] [--limit N]')
    process.exit(2)
  }
  await runWild(wildDir, args)
  process.exit(0)
}
const dir = args.find((a) => !a.startsWith('--'))
if (!dir) {
  console.error('usage: npm run eval -- DIR [--verbose]   (DIR holds the postings and labels.json)')
  process.exit(2)
}
const labels = JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8')) as Label[]

const correct: Record<Field, number> = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<
  Field,
  number
>
const misses: { file: string; field: string; got: string; want: string }[] = []
let tp = 0
let fp = 0
let fn = 0
const stackRows: { file: string; f1: number; extra: string[]; missing: string[] }[] = []
let failed = 0

for (const label of labels) {
  const raw = await readFile(path.join(dir, label.file), 'utf8')
  const result = parsePosting(raw, { file: label.file })
  const posting = result.ok ? result.posting : null
  if (!result.ok) {
    failed++
    misses.push({ file: label.file, field: 'parse', got: result.error, want: 'a posting' })
  }
  for (const field of FIELDS) {
    const [got, want] = fieldValues(field, posting, label)
    if (got === want) correct[field]++
    else misses.push({ file: label.file, field, got: got || '∅', want: want || '∅' })
  }
  const predicted = new Set((posting?.stack ?? []).map((s) => canonical(s.name)))
  const expected = new Set(label.stack.map(canonical))
  const hits = [...predicted].filter((s) => expected.has(s)).length
  tp += hits
  fp += predicted.size - hits
  fn += expected.size - hits
  const precision = predicted.size ? hits / predicted.size : expected.size ? 0 : 1
  const recall = expected.size ? hits / expected.size : 1
  stackRows.push({
    file: label.file,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    extra: [...predicted].filter((s) => !expected.has(s)),
    missing: [...expected].filter((s) => !predicted.has(s)),
  })
}

const n = labels.length
const pct = (k: number) => `${((100 * k) / n).toFixed(1)} %`
console.log(
  `Parser evaluation on ${n} postings in ${dir}${failed ? ` (${failed} failed to parse)` : ''}\n`,
)
console.log('field               accuracy')
for (const field of FIELDS)
  console.log(`${field.padEnd(20)}${pct(correct[field]).padStart(8)}  (${correct[field]}/${n})`)
const precision = tp / (tp + fp || 1)
const recall = tp / (tp + fn || 1)
const f1 = (2 * precision * recall) / (precision + recall || 1)
console.log(
  `\nstack (micro)       precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${tp} right, ${fp} extra, ${fn} missing)`,
)

console.log('\nWorst cases')
const byFile = new Map<string, typeof misses>()
for (const miss of misses) byFile.set(miss.file, [...(byFile.get(miss.file) ?? []), miss])
const worst = [...byFile].sort((a, b) => b[1].length - a[1].length)
for (const [file, list] of verbose ? worst : worst.slice(0, 8)) {
  console.log(`  ${file}`)
  for (const m of list) console.log(`    ${m.field}: got "${m.got}", want "${m.want}"`)
}
const stackWorst = stackRows.filter((r) => r.f1 < 1).sort((a, b) => a.f1 - b.f1)
console.log('\nWorst stacks')
for (const r of verbose ? stackWorst : stackWorst.slice(0, 8)) {
  console.log(
    `  ${r.file}  F1 ${r.f1.toFixed(2)}${r.extra.length ? `  extra: ${r.extra.join(', ')}` : ''}${r.missing.length ? `  missing: ${r.missing.join(', ')}` : ''}`,
  )
}
