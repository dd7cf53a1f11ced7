// npm run eval -- --wild DIR [--verbose] [--show FIELD] [--limit N]
// Wild mode: unlabelled real postings. Measures what a user would notice (refusals, records
// with no company or place, junk companies, titles without a role word) and, where DIR holds
// a silver.json of machine labels, how often the parser agrees with them. The machine labels
// are not truth: `--show workMode|seniority|stack` prints the disagreements to read.
import './regexp-engine.ts'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Posting } from '../src/model/posting.ts'
import { parsePostings } from '../src/parser/index.ts'
import { ROLE_NOUN } from '../src/parser/patterns.ts'
import { resolvePlace } from '../src/parser/places.ts'
import { techByName } from '../src/parser/taxonomy.ts'

type Silver = {
  file: string
  workMode: string | null
  seniority: string | null
  stack: string[]
  role: string | null
}

/** Why a company value would look wrong to a reader, or null when it looks like a name. */
export function junkCompany(company: string): string | null {
  const c = company.trim()
  if (/^(?:none|null|n\/?a|undefined|unknown|-+|confidential)$/i.test(c)) return 'a null word'
  if (c.length > 50) return 'too long'
  if (
    /^(?:about|what we do|who we are|our |the (?:role|team|company)|company description)/i.test(c)
  )
    return 'a heading'
  if (/[:：]$/.test(c)) return 'a heading'
  const words = c.split(/\s+/).length
  if (words > 6 || (words >= 3 && /[a-z]{2}[.!?]$/.test(c))) return 'a sentence'
  if (/\b(?:is|are|we(?:'|’)re)\s+hiring\b|\bhiring\b/i.test(c)) return 'a sentence'
  if (/\b(?:salary|equity|compensation|benefits)\b|[$€£]\s?\d/i.test(c)) return 'a pay phrase'
  if (/\b(?:logo|website|careers? page)\b/i.test(c)) return 'page furniture'
  // A company may share its name with a technology (Stripe, GitLab): that is not junk.
  if (resolvePlace(c)) return 'a place'
  if (/^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b/i.test(c))
    return 'a work-mode or contract word'
  if (/https?:\/\/|@/.test(c)) return 'a link or address'
  return null
}

function canonical(name: string): string {
  return (techByName(name)?.name ?? name).toLowerCase()
}

/** The silver seniority scale is coarse: senior / mid / junior. */
function coarseSeniority(s: Posting['seniority']): string | null {
  if (!s) return null
  if (s === 'intern' || s === 'junior') return 'junior'
  if (s === 'mid') return 'mid'
  return 'senior'
}

async function listFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir)
  return names.filter((n) => /\.(?:txt|md|html?|json)$/i.test(n) && n !== 'silver.json').sort()
}

export async function runWild(dir: string, args: string[]): Promise<void> {
  const verbose = args.includes('--verbose')
  const showIndex = args.indexOf('--show')
  const show = showIndex >= 0 ? args[showIndex + 1] : undefined
  const limitIndex = args.indexOf('--limit')
  const limit = limitIndex >= 0 ? Number(args[limitIndex + 1]) : verbose ? 40 : 8

  const files = await listFiles(dir)
  let silver = new Map<string, Silver>()
  try {
    const list = JSON.parse(await readFile(path.join(dir, 'silver.json'), 'utf8')) as Silver[]
    silver = new Map(list.map((s) => [s.file, s]))
  } catch {
    // No machine labels here: only the user-visible measures are printed.
  }

  const refused: { file: string; error: string }[] = []
  const noCompany: string[] = []
  const noPlace: string[] = []
  const junk: { file: string; company: string; why: string }[] = []
  const noRoleWord: { file: string; title: string }[] = []
  let postings = 0
  let multi = 0
  const agree = { workMode: { same: 0, of: 0 }, seniority: { same: 0, of: 0 } }
  const disagree: Record<string, { file: string; got: string; want: string }[]> = {
    workMode: [],
    seniority: [],
    stack: [],
  }
  let tp = 0
  let fp = 0
  let fn = 0
  const started = performance.now()
  let bytes = 0

  for (const file of files) {
    const raw = await readFile(path.join(dir, file), 'utf8')
    bytes += raw.length
    const result = parsePostings(raw, { file })
    if (!result.ok) {
      refused.push({ file, error: result.error })
      continue
    }
    postings += result.postings.length
    if (result.postings.length > 1) multi++
    const first = result.postings[0] as Posting
    if (!first.company) noCompany.push(file)
    else {
      const why = junkCompany(first.company)
      if (why) junk.push({ file, company: first.company, why })
    }
    if (first.locations.length === 0 && first.workMode !== 'remote') noPlace.push(file)
    for (const p of result.postings)
      if (!ROLE_NOUN.test(p.title)) noRoleWord.push({ file, title: p.title })

    const label = silver.get(file)
    if (!label) continue
    // A post naming several roles: agreement is read on its first posting.
    const got = String(first.workMode)
    agree.workMode.of++
    if (got === String(label.workMode)) agree.workMode.same++
    else disagree.workMode?.push({ file, got, want: String(label.workMode) })
    const level = String(coarseSeniority(first.seniority))
    agree.seniority.of++
    if (level === String(label.seniority)) agree.seniority.same++
    else disagree.seniority?.push({ file, got: level, want: String(label.seniority) })
    const predicted = new Set(result.postings.flatMap((p) => p.stack.map((s) => canonical(s.name))))
    const expected = new Set(label.stack.map(canonical))
    const hits = [...predicted].filter((s) => expected.has(s)).length
    tp += hits
    fp += predicted.size - hits
    fn += expected.size - hits
    if (hits !== predicted.size || hits !== expected.size) {
      disagree.stack?.push({
        file,
        got: [...predicted].filter((s) => !expected.has(s)).join(', ') || '-',
        want: [...expected].filter((s) => !predicted.has(s)).join(', ') || '-',
      })
    }
  }

  const seconds = (performance.now() - started) / 1000
  const n = files.length
  const accepted = n - refused.length
  const pct = (k: number, of = n) => `${of ? ((100 * k) / of).toFixed(1) : '0.0'} %`
  console.log(
    `Wild evaluation of ${n} files in ${dir} (${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s)\n`,
  )
  console.log(`refused              ${pct(refused.length).padStart(8)}  (${refused.length}/${n})`)
  console.log(
    `postings             ${String(postings).padStart(8)}  (${multi} files gave several roles)`,
  )
  console.log('of the accepted files:')
  console.log(
    `  no company         ${pct(noCompany.length, accepted).padStart(8)}  (${noCompany.length})`,
  )
  console.log(`  junk company       ${pct(junk.length, accepted).padStart(8)}  (${junk.length})`)
  console.log(
    `  no place           ${pct(noPlace.length, accepted).padStart(8)}  (${noPlace.length}: no location and not remote)`,
  )
  console.log(
    `  title w/o role word${pct(noRoleWord.length, postings).padStart(8)}  (${noRoleWord.length} of ${postings} postings)`,
  )
  if (silver.size) {
    const precision = tp / (tp + fp || 1)
    const recall = tp / (tp + fn || 1)
    const f1 = (2 * precision * recall) / (precision + recall || 1)
    console.log(`\nagreement with silver.json machine labels (not truth):`)
    console.log(
      `  workMode           ${pct(agree.workMode.same, agree.workMode.of).padStart(8)}  (${agree.workMode.same}/${agree.workMode.of})`,
    )
    console.log(
      `  seniority          ${pct(agree.seniority.same, agree.seniority.of).padStart(8)}  (${agree.seniority.same}/${agree.seniority.of}; senior/mid/junior)`,
    )
    console.log(
      `  stack              precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    )
  }

  const list = <T>(heading: string, rows: T[], line: (row: T) => string) => {
    if (!rows.length) return
    console.log(`\n${heading}${rows.length > limit ? ` (first ${limit} of ${rows.length})` : ''}`)
    for (const row of rows.slice(0, limit)) console.log(`  ${line(row)}`)
  }
  list('Refused', refused, (r) => `${r.file}: ${r.error}`)
  if (verbose || show === 'company') {
    list('Junk companies', junk, (r) => `${r.file}: "${r.company}" (${r.why})`)
    list('No company', noCompany, (f) => f)
    list('No place', noPlace, (f) => f)
    list('Titles without a role word', noRoleWord, (r) => `${r.file}: "${r.title}"`)
  }
  if (show && disagree[show]) {
    list(`Disagreements on ${show} (parser vs silver)`, disagree[show], (r) =>
      show === 'stack'
        ? `${r.file}  only parser: ${r.got}  only silver: ${r.want}`
        : `${r.file}: parser ${r.got}, silver ${r.want}`,
    )
  }
}
