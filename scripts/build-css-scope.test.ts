import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const saved = process.env.POSTINGS_DIR
const cleanup: string[] = []

afterAll(async () => {
  if (saved === undefined) delete process.env.POSTINGS_DIR
  else process.env.POSTINGS_DIR = saved
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })))
})

// Words a class scanner would take for Tailwind utilities, each with a value no source
// file in src/ uses, so finding any of them in the CSS means posting text was scanned.
const PROBES = ['text-[#a1b2c3]', 'grid-cols-[17rem_3fr]', 'w-[4321px]', 'bg-[#0d0e0f]']

describe('the production CSS', () => {
  it('is built from src/ only: no posting text reaches it', async () => {
    // Inside the project (where Tailwind's automatic detection would look), not in /tmp.
    const dir = await mkdtemp(path.join(root, 'css-probe-'))
    cleanup.push(dir)
    await writeFile(
      path.join(dir, 'probe.txt'),
      `Senior Backend Engineer at Zentrix Payments

We run payment services in Go and PostgreSQL and are hiring a backend engineer.

Requirements
- Five years of Go; our style guide mentions ${PROBES.join(' and ')}
- Comfortable reading logs full of brackets ${'['.repeat(2000)}
`,
    )
    process.env.POSTINGS_DIR = dir
    const outDir = await mkdtemp(path.join(tmpdir(), 'roleboard-css-build-'))
    cleanup.push(outDir)
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } })
    const assets = path.join(outDir, 'assets')
    const cssFiles = (await readdir(assets)).filter((name) => name.endsWith('.css'))
    expect(cssFiles.length).toBeGreaterThan(0)
    const css = (
      await Promise.all(cssFiles.map((f) => readFile(path.join(assets, f), 'utf8')))
    ).join('\n')
    expect(css).toContain('.sr-only') // the app's own classes are there
    for (const value of ['a1b2c3', '17rem', '4321px', '0d0e0f']) expect(css).not.toContain(value)
  }, 90_000)
})
