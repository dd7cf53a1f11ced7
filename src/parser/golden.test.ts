import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePosting } from './index.ts'

// Raw postings beside the JSON the parser must produce; `npm run golden:update` rewrites the
// JSON and the diff is reviewed like code.
const dir = path.join(import.meta.dirname, '__fixtures__')
const inputs = readdirSync(dir)
  .filter((name) => /\.(?:txt|md|html|json)$/.test(name) && !name.endsWith('.expected.json'))
  .sort()

describe('golden fixtures', () => {
  it('has fixtures for every input kind', () => {
    expect(inputs.map((name) => path.extname(name)).sort()).toEqual(
      expect.arrayContaining(['.html', '.json', '.md', '.txt']),
    )
  })

  it.each(inputs)('%s parses to its expected JSON', (name) => {
    const raw = readFileSync(path.join(dir, name), 'utf8')
    const expected = JSON.parse(
      readFileSync(path.join(dir, `${name.replace(/\.\w+$/, '')}.expected.json`), 'utf8'),
    )
    const result = parsePosting(raw, { file: name })
    expect(result.ok ? result.posting : { error: result.error }).toEqual(expected)
  })
})
