// Parser benchmark, one process on one core:
//  1. throughput over raw postings shaped like the real inputs: generated postings (the
//     board benchmark's generator, seeded) written out as text files, "Who is hiring"
//     comments, job-board Markdown and saved HTML pages (`posting-shapes.ts`), in the mix of
//     the wild collections (about 60 % comments), plus the project's own postings and every
//     hand-written parser fixture; in MB/s and postings/s: median of several timed runs after a warm-up. The
//     headline counts the process's CPU time (one thread), so a busy shared machine does
//     not halve it; wall-clock figures are printed beside it;
//  2. every hostile family of src/parser/adversarial-inputs.ts at 1 MB (median of 3 runs each,
//     CPU time; target: the slowest well under a second);
//  3. the parser's size as the browser loads it (bundled with its dependencies, minified,
//     gzipped), the same code the import page runs in its Web Worker.
import '../regexp-engine.ts'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { parsePosting } from '../../src/parser/index.ts'
import { ADVERSARIAL_FAMILIES } from '../../src/parser/adversarial-inputs.ts'
import { generatePostings, seededRandom } from './generate-postings.ts'
import { renderPostingShape, type PostingShape } from './posting-shapes.ts'

const TARGET_MB_S = 2
const PATHOLOGICAL_TARGET_MS = 1000
const RUNS = 7
const RUN_MS = 1000

const GENERATED = 400
const SHAPES: [PostingShape, number][] = [
  ['comment', 0.6],
  ['markdown', 0.25],
  ['html', 0.1],
  ['text', 0.05],
]

async function inputs(): Promise<{ name: string; text: string }[]> {
  const files: { name: string; text: string }[] = []
  const rnd = seededRandom(8)
  for (const posting of generatePostings(GENERATED, 8)) {
    let x = rnd()
    const shape = SHAPES.find(([, share]) => (x -= share) < 0)?.[0] ?? 'text'
    files.push({ name: `${posting.id}.${shape}`, text: renderPostingShape(posting, shape) })
  }
  const entries = [
    ...(await readdir('postings', { withFileTypes: true })),
    ...(await readdir('src/parser/__fixtures__', { withFileTypes: true, recursive: true })),
  ]
  for (const entry of entries) {
    const name = entry.name
    if (!entry.isFile() || !/\.(?:txt|md|html|json)$/.test(name)) continue
    if (name.endsWith('.expected.json')) continue
    files.push({ name, text: await readFile(path.join(entry.parentPath, name), 'utf8') })
  }
  return files.sort((a, b) => a.name.localeCompare(b.name))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

async function throughput() {
  const files = await inputs()
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0)
  for (let i = 0; i < 20; i++) for (const f of files) parsePosting(f.text, { file: f.name })
  const mbPerS: number[] = []
  const postingsPerS: number[] = []
  const wallMbPerS: number[] = []
  for (let run = 0; run < RUNS; run++) {
    let rounds = 0
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    while (performance.now() - start < RUN_MS) {
      for (const f of files) parsePosting(f.text, { file: f.name })
      rounds++
    }
    const cpu = process.cpuUsage(cpuStart)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    const wallSeconds = (performance.now() - start) / 1000
    mbPerS.push((rounds * bytes) / 1024 / 1024 / cpuSeconds)
    postingsPerS.push((rounds * files.length) / cpuSeconds)
    wallMbPerS.push((rounds * bytes) / 1024 / 1024 / wallSeconds)
  }
  return {
    files: files.length,
    bytes,
    mbPerS: median(mbPerS),
    postingsPerS: median(postingsPerS),
    wallMbPerS: median(wallMbPerS),
  }
}

async function bundleSize() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.resolve('src/parser/index.ts'), formats: ['es'], fileName: 'parser' },
    },
  })
  const results = Array.isArray(output) ? output : [output]
  let code = ''
  for (const result of results) {
    if (!('output' in result)) continue
    for (const item of result.output) if (item.type === 'chunk') code += item.code
  }
  return { minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length }
}

const t = await throughput()
console.log(
  `parser throughput (1 core, median of ${RUNS} × ${RUN_MS} ms over ${t.files} postings, ${(t.bytes / 1024).toFixed(1)} KB; regexps compiled on first use as in the build, scripts/regexp-engine.ts):`,
)
console.log(
  `  ${t.mbPerS.toFixed(2)} MB/s, ${Math.round(t.postingsPerS)} postings/s of CPU time (target ≥ ${TARGET_MB_S} MB/s); ${t.wallMbPerS.toFixed(2)} MB/s wall clock`,
)
const MB = 1024 * 1024
const hostile = ADVERSARIAL_FAMILIES.map((family) => {
  const text = family.make(MB)
  // CPU time of this thread, like the throughput figure: on a shared machine the wall clock
  // measures the neighbours as much as the parser.
  const runs = [0, 1, 2].map(() => {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    parsePosting(text)
    const cpu = process.cpuUsage(cpuStart)
    return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - start }
  })
  return {
    name: family.name,
    ms: median(runs.map((r) => r.cpu)),
    wallMs: median(runs.map((r) => r.wall)),
  }
}).sort((a, b) => b.ms - a.ms)
const slowest = hostile[0]!
console.log(
  `hostile 1 MB inputs (${hostile.length} families, median of 3 runs each, CPU time): slowest "${slowest.name}" ${slowest.ms.toFixed(0)} ms (${slowest.wallMs.toFixed(0)} ms wall clock), median ${median(hostile.map((h) => h.ms)).toFixed(0)} ms (target < ${PATHOLOGICAL_TARGET_MS} ms)`,
)
console.log(
  `  slowest five: ${hostile
    .slice(0, 5)
    .map((h) => `${h.name} ${h.ms.toFixed(0)} ms`)
    .join(', ')}`,
)
if (slowest.ms >= PATHOLOGICAL_TARGET_MS) {
  console.log(`  above the ${PATHOLOGICAL_TARGET_MS} ms target`)
  process.exitCode = 1
}
const size = await bundleSize()
console.log(
  `parser bundle for the browser (with its dependencies, minified): ${(size.minified / 1024).toFixed(1)} kB, ${(size.gzip / 1024).toFixed(1)} kB gzip`,
)
if (t.mbPerS < TARGET_MB_S) {
  console.log(`  below the ${TARGET_MB_S} MB/s target`)
  process.exitCode = 1
}
