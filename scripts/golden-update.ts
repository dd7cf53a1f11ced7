// npm run golden:update: rewrites src/parser/__fixtures__/<name>.expected.json from the
// current parser. Review the result as a git diff before committing it.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parsePosting } from '../src/parser/index.ts'

export const FIXTURES_DIR = path.resolve('src/parser/__fixtures__')
const INPUT = /\.(?:txt|md|html|json)$/

export async function fixtureNames(): Promise<string[]> {
  return (await readdir(FIXTURES_DIR))
    .filter((n) => INPUT.test(n) && !n.endsWith('.expected.json'))
    .sort()
}

export function expectedFor(name: string, raw: string): unknown {
  const result = parsePosting(raw, { file: name })
  return result.ok ? result.posting : { error: result.error }
}

let changed = 0
for (const name of await fixtureNames()) {
  const raw = await readFile(path.join(FIXTURES_DIR, name), 'utf8')
  const target = path.join(FIXTURES_DIR, `${name.replace(INPUT, '')}.expected.json`)
  const next = `${JSON.stringify(expectedFor(name, raw), null, 2)}\n`
  const previous = await readFile(target, 'utf8').catch(() => '')
  if (previous !== next) {
    await writeFile(target, next)
    changed++
    console.log(`updated ${path.relative(process.cwd(), target)}`)
  }
}
console.log(
  changed
    ? `${changed} golden file(s) changed: review with git diff`
    : 'golden files are up to date',
)
