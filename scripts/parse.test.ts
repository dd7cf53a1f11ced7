import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
/** Control characters but tab and line feed, and bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/ // eslint-disable-line no-control-regex -- finding control characters is the point

function run(args: string[]): string {
  try {
    return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    })
  } catch (error) {
    return (error as { stdout: string }).stdout // exit status 1: a file failed
  }
}

describe('the parse CLI', () => {
  it('prints no control, bidi or terminal-escape character, in either output', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roleboard-parse-cli-'))
    const good = path.join(dir, 'role\u202e.txt')
    const bad = path.join(dir, 'not\u001b[2J-a-posting.txt')
    await writeFile(
      good,
      '---\ncompany: Acme\u001b]0;owned\u0007 Robotics\n---\n\u001b[31mSenior Backend Engineer\u001b[0m\nBerlin, Germany · Hybrid\n\nRequirements\n- 5+ years of experience with Go and PostgreSQL\n- Experience running services on Kubernetes\n',
    )
    await writeFile(bad, 'A note about \u202eLunch\u001b[5m menus, not a job at all.')
    const human = run([good, bad])
    const json = run(['--json', good, bad])
    expect(human).not.toMatch(UNSAFE)
    expect(json).not.toMatch(UNSAFE)
    expect(human).toContain('Senior Backend Engineer at Acme Robotics')
    // JSON keeps the file names exact, with the characters escaped.
    const [record, failure] = json
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { title?: string; file?: string })
    expect(record?.title).toBe('Senior Backend Engineer')
    expect(failure?.file).toBe(bad)
  }, 60_000)
})
