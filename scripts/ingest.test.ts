import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateBoardReport } from '../src/model/board-report.ts'
import { ingestDir, IngestFailure, onErrorSetting, recordIdLedger } from './ingest.ts'
import { ID_LEDGER_FILE } from './ingest/id-ledger.ts'

const POSTING = `Platform Engineer

We are hiring a platform engineer to run our Kubernetes clusters and build the tools our
product teams deploy with. You will work with Go and Terraform every day.`

/** Acme's backend role in a city; `title` lets a test name a different role. */
const acme = (city: string, title = 'Backend Engineer') => `---
company: Acme
---
${title}

Location: ${city}

We are hiring a backend engineer to build the services behind our payments product.
You will write Go and PostgreSQL every day and own what you ship.

Requirements
- 3+ years building backend services in Go
- Experience with PostgreSQL and Kafka
`

const NOT_A_POSTING =
  'Our café serves breakfast from 8am. Try the pancakes and fresh orange juice on the terrace.'

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'roleboard-ingest-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), text)
  }
  return dir
}

const NOW = new Date('2026-12-01T10:00:00Z')

describe('ingestDir', () => {
  it('parses every posting file, in name order, with unique ids and a report', async () => {
    const dir = await folder({ 'b.txt': POSTING, 'a.txt': POSTING, '.DS_Store': 'x' })
    const { postings, report } = await ingestDir(dir, { now: NOW })
    expect(postings.map((p) => p.source.file)).toEqual(['a.txt', 'b.txt'])
    expect(new Set(postings.map((p) => p.id)).size).toBe(2)
    expect(report).toEqual({
      version: 1,
      builtAt: '2026-12-01T10:00:00.000Z',
      files: 2,
      postings: 2,
      merged: 0,
      merges: [],
      skipped: [],
    })
    expect(validateBoardReport(report).ok).toBe(true)
  })

  it('names every failed file in one error, and with skip builds without them', async () => {
    const dir = await folder({
      'good.txt': POSTING,
      'nested/bad.txt': NOT_A_POSTING,
      'other.txt': acme('Berlin, Germany'),
      'photo.png': 'binary',
    })
    const failure = await ingestDir(dir).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(IngestFailure)
    const message = (failure as IngestFailure).message
    expect(message).toMatch(/^2 of 4 posting files failed/)
    expect(message).toMatch(/nested\/bad\.txt: not a job posting/)
    expect(message).toMatch(/photo\.png: unsupported file type/)

    const { postings, report } = await ingestDir(dir, { onError: 'skip', now: NOW })
    expect(postings.map((p) => p.source.file)).toEqual(['good.txt', 'other.txt'])
    expect(report.files).toBe(4)
    expect(report.postings).toBe(2)
    expect(report.skipped.map((s) => s.file)).toEqual(['nested/bad.txt', 'photo.png'])
    expect(report.skipped[0]!.reason).toMatch(/not a job posting/)
  })

  it('does not publish folders or files whose name starts with _ or .', async () => {
    const dir = await folder({
      'live.txt': POSTING,
      '_draft.txt': POSTING,
      '_drafts/idea.txt': POSTING,
      '.hidden/secret.txt': POSTING,
      'team/.cache/old.txt': POSTING,
      'team/_wip/next.txt': POSTING,
      'team/open.txt': POSTING,
    })
    const { postings, report } = await ingestDir(dir)
    expect(postings.map((p) => p.source.file)).toEqual(['live.txt', 'team/open.txt'])
    expect(report.files).toBe(2)
  })

  it('reports a symbolic link instead of skipping it silently', async () => {
    const outside = await folder({ 'elsewhere.txt': POSTING })
    const dir = await folder({ 'real.txt': POSTING })
    await symlink(path.join(outside, 'elsewhere.txt'), path.join(dir, 'linked.txt'))
    await expect(ingestDir(dir)).rejects.toThrow(/linked\.txt: a symbolic link/)
    const { postings, report } = await ingestDir(dir, { onError: 'skip' })
    expect(postings.map((p) => p.source.file)).toEqual(['real.txt'])
    expect(report.files).toBe(2)
    expect(report.skipped).toEqual([
      {
        file: 'linked.txt',
        reason:
          'a symbolic link: links are not followed, so copy the file into the postings folder',
      },
    ])
  })

  it('merges the same role from several files into one posting with every source', async () => {
    const dir = await folder({
      'boards/one.txt': acme('Berlin, Germany'),
      'boards/two.md': acme('Berlin, Germany'),
      'paris.txt': acme('Paris, France'),
    })
    const { postings, report } = await ingestDir(dir)
    expect(postings).toHaveLength(2)
    const berlin = postings.find((p) => p.locations[0]?.city === 'Berlin')!
    expect(berlin.sources?.map((s) => s.file)).toEqual(['boards/one.txt', 'boards/two.md'])
    expect(berlin.source.file).toBe('boards/one.txt')
    expect(report.merged).toBe(1)
    expect(report.merges).toEqual([{ id: berlin.id, files: ['boards/one.txt', 'boards/two.md'] }])
  })

  it('never gives two roles one id, and gives each the same id in every build', async () => {
    const files = {
      'a.txt': acme('Berlin, Germany'),
      'b.txt': acme('Paris, France'),
      'c.txt': acme('Berlin, Germany', 'Backend Engineer 2'),
    }
    const { postings } = await ingestDir(await folder(files))
    const idOf = (file: string) => postings.find((p) => p.source.file === file)?.id
    expect(idOf('a.txt')).toBe('acme-backend-engineer-berlin')
    expect(idOf('b.txt')).toBe('acme-backend-engineer-paris')
    expect(idOf('c.txt')).toBe('acme-backend-engineer-2')
    // Tomorrow's build, with another role added: the same ids.
    const tomorrow = await ingestDir(await folder({ ...files, '0-new.txt': POSTING }))
    for (const file of Object.keys(files))
      expect(tomorrow.postings.find((p) => p.source.file === file)?.id).toBe(idOf(file))
  })

  it('keeps a role’s id when a later build adds a role with the same company and title', async () => {
    const dir = await folder({ 'zz-first.txt': acme('Berlin, Germany') })
    const log = { info: () => {}, warn: (message: string) => expect.fail(message) }
    const today = await ingestDir(dir)
    expect(today.postings.map((p) => p.id)).toEqual(['acme-backend-engineer'])
    await recordIdLedger(dir, today, log)
    // Tomorrow: the same role title in Paris, in a file sorting before the first one.
    await writeFile(path.join(dir, 'aa-second.txt'), acme('Paris, France'))
    const tomorrow = await ingestDir(dir)
    await recordIdLedger(dir, tomorrow, log)
    const idOf = (file: string) => tomorrow.postings.find((p) => p.source.file === file)?.id
    expect(idOf('zz-first.txt')).toBe('acme-backend-engineer')
    expect(idOf('aa-second.txt')).toBe('acme-backend-engineer-paris')
    // The day after: the first role is gone; its id is never given to the other.
    await rm(path.join(dir, 'zz-first.txt'))
    const later = await ingestDir(dir)
    expect(later.postings.map((p) => p.id)).toEqual(['acme-backend-engineer-paris'])
    expect(await readFile(path.join(dir, ID_LEDGER_FILE), 'utf8')).toBe(
      '{"id":"acme-backend-engineer","base":"acme-backend-engineer","files":["zz-first.txt"]}\n' +
        '{"id":"acme-backend-engineer-paris","base":"acme-backend-engineer","files":["aa-second.txt"]}\n',
    )
  })

  it('stops at a damaged id ledger with the line and the reason', async () => {
    const dir = await folder({
      'a.txt': acme('Berlin, Germany'),
      [ID_LEDGER_FILE]: '{"id":"Bad Id","base":"acme","files":["a.txt"]}\n',
    })
    await expect(ingestDir(dir)).rejects.toThrow(/_ids\.jsonl: line 1: the id breaks the rule/)
  })
})

describe('onErrorSetting', () => {
  it('reads POSTINGS_ON_ERROR and refuses values it does not know', () => {
    expect(onErrorSetting(undefined)).toBe('fail')
    expect(onErrorSetting('fail')).toBe('fail')
    expect(onErrorSetting('skip')).toBe('skip')
    expect(() => onErrorSetting('ignore')).toThrow(/POSTINGS_ON_ERROR must be/)
  })
})

describe('closed roles', () => {
  it('builds closed roles from postings/.closed/ (after open ones) and no other dot- or _-folder', async () => {
    const open = `---\ncompany: Acme\n---\n${POSTING}`
    const closed = (title: string) =>
      `---\ncompany: Acme\ntitle: ${title}\nclosedAt: 2026-11-27\n---\n${POSTING}`
    const dir = await folder({
      'fetched/1.md': open,
      // The same role, closed under an older id: merged, and the open file leads.
      '.closed/fetched/0.md': closed('Platform Engineer'),
      '.closed/fetched/2.md': closed('Data Engineer'),
      '.git/objects/x.txt': 'not a posting',
      '_drafts/wip.txt': 'not a posting',
      'fetched/.1.md.0a1b2c.tmp': 'half-written',
      'fetched/_later/3.md': 'not a posting',
      'nested/.closed/4.md': 'not a posting',
    })
    const { postings, report } = await ingestDir(dir, { now: NOW })
    expect(
      postings.map((p) => [p.source.file, p.id, p.source.closedAt, p.sources?.length]),
    ).toEqual([
      ['fetched/1.md', 'acme-platform-engineer', undefined, 2],
      ['.closed/fetched/2.md', 'acme-data-engineer', '2026-11-27', undefined],
    ])
    expect(report.skipped).toEqual([])
  })
})
