// npm run bench [-- NAME...]: runs every scripts/bench/*.bench.ts (or those named), in turn.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'

const dir = path.resolve('scripts/bench')
const wanted = process.argv.slice(2)
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w)))
  .sort()

if (benches.length === 0) {
  console.error(`No benchmark matches ${wanted.join(', ') || 'scripts/bench/*.bench.ts'}.`)
  process.exit(2)
}
let failed = 0
for (const name of benches) {
  console.log(`\n=== ${name} ===`)
  const result = spawnSync('npx', ['tsx', path.join(dir, name)], { stdio: 'inherit' })
  if (result.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
