import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestDir } from '../ingest.ts'
import { moduleClosure, ParseCache } from './parse-cache.ts'

const posting = (title: string, city: string) => `---
company: Northwind
---
${title}

Location: ${city}

We are hiring to build the services behind our logistics product. You will write
TypeScript and PostgreSQL every day and own what you ship.
`

const NOT_A_POSTING =
  'Minutes of the garden club: the roses did well this year, the tulips less so.'

async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `roleboard-${prefix}-`))
}

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('cache-postings')
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), text)
  }
  return dir
}

const NOW = new Date('2026-12-02T10:00:00Z')

describe('the parse cache', () => {
  it('gives a second ingest of a folder the same postings without parsing a file again', async () => {
    const dir = await folder({
      'a.txt': posting('Backend Engineer', 'Berlin'),
      'b/c.md': posting('Data Engineer', 'Lisbon'),
    })
    const cacheDir = await tempDir('cache')
    const first = await ingestDir(dir, { now: NOW, cacheDir })
    const second = await ingestDir(dir, { now: NOW, cacheDir })
    const uncached = await ingestDir(dir, { now: NOW })
    expect(first.cache).toEqual({ reused: 0, parsed: 2, unsaved: undefined })
    expect(second.cache).toEqual({ reused: 2, parsed: 0, unsaved: undefined })
    expect(JSON.stringify(second.postings)).toBe(JSON.stringify(uncached.postings))
    expect(second.postings).toEqual(uncached.postings)
    expect(second.report).toEqual(uncached.report)
  })

  it('parses a changed file again and keeps the others', async () => {
    const dir = await folder({
      'a.txt': posting('Backend Engineer', 'Berlin'),
      'b.txt': posting('Data Engineer', 'Lisbon'),
    })
    const cacheDir = await tempDir('cache')
    await ingestDir(dir, { now: NOW, cacheDir })
    await writeFile(path.join(dir, 'b.txt'), posting('Site Reliability Engineer', 'Lisbon'))
    const after = await ingestDir(dir, { now: NOW, cacheDir })
    expect(after.cache).toMatchObject({ reused: 1, parsed: 1 })
    expect(after.postings.map((p) => p.title)).toEqual([
      'Backend Engineer',
      'Site Reliability Engineer',
    ])
  })

  it('keeps why a file is not a posting, and a file renamed is parsed as its new name', async () => {
    const dir = await folder({
      'a.txt': posting('Backend Engineer', 'Berlin'),
      'notes.txt': NOT_A_POSTING,
    })
    const cacheDir = await tempDir('cache')
    const first = await ingestDir(dir, { now: NOW, cacheDir, onError: 'skip' })
    const second = await ingestDir(dir, { now: NOW, cacheDir, onError: 'skip' })
    expect(first.report.skipped).toHaveLength(1)
    expect(second.report.skipped).toEqual(first.report.skipped)
    expect(second.cache).toMatchObject({ reused: 2, parsed: 0 })

    await writeFile(path.join(dir, 'renamed.txt'), posting('Backend Engineer', 'Berlin'))
    await rm(path.join(dir, 'a.txt'))
    const third = await ingestDir(dir, { now: NOW, cacheDir, onError: 'skip' })
    expect(third.cache).toMatchObject({ reused: 1, parsed: 1 })
    expect(third.postings.map((p) => p.source.file)).toEqual(['renamed.txt'])
  })

  it('hands out a copy: what the build does to a posting never reaches the cache', async () => {
    const dir = await folder({ 'a.txt': posting('Backend Engineer', 'Berlin') })
    const cacheDir = await tempDir('cache')
    const cache = await ParseCache.open(cacheDir, dir, 'code-1')
    const parsed = { postings: [{ title: 'Backend Engineer' }] } as never
    const first = cache.outcome('a.txt', 'raw', () => parsed)
    ;(first as { postings: { title: string }[] }).postings[0]!.title = 'changed'
    await cache.save()
    const again = await ParseCache.open(cacheDir, dir, 'code-1')
    expect(again.outcome('a.txt', 'raw', () => ({ error: 'parsed again' }))).toEqual({
      postings: [{ title: 'Backend Engineer' }],
    })
  })

  it('starts afresh when the code that parses has changed, or the file is unreadable', async () => {
    const dir = await folder({})
    const cacheDir = await tempDir('cache')
    const old = await ParseCache.open(cacheDir, dir, 'code-1')
    old.outcome('a.txt', 'raw', () => ({ error: 'from code 1' }))
    await old.save()
    const changed = await ParseCache.open(cacheDir, dir, 'code-2')
    expect(changed.outcome('a.txt', 'raw', () => ({ error: 'from code 2' }))).toEqual({
      error: 'from code 2',
    })
    const [file] = await readdir(cacheDir)
    await writeFile(path.join(cacheDir, file!), 'not a cache')
    const broken = await ParseCache.open(cacheDir, dir, 'code-2')
    expect(broken.outcome('a.txt', 'raw', () => ({ error: 'parsed' }))).toEqual({
      error: 'parsed',
    })
  })

  it('keeps the cache files of the most recently built folders only', async () => {
    const cacheDir = await tempDir('cache')
    for (let i = 0; i < 10; i++) {
      const cache = await ParseCache.open(cacheDir, `/postings-${i}`, 'code-1')
      cache.outcome('a.txt', 'raw', () => ({ error: 'x' }))
      await cache.save()
    }
    expect(await readdir(cacheDir)).toHaveLength(8)
  })
})

describe('moduleClosure', () => {
  it('follows the ingest into the parser, the schema and the data files they import', () => {
    const files = moduleClosure(['scripts/ingest.ts']).map((file) =>
      path.relative(process.cwd(), file),
    )
    expect(files).toEqual(
      expect.arrayContaining([
        'scripts/ingest.ts',
        'src/parser/index.ts',
        'src/model/posting.ts',
        'src/parser/gazetteer.data.json',
      ]),
    )
    expect(files.some((file) => file.startsWith('src/features/'))).toBe(false)
  })
})
