import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { formatSummary } from './run.ts'
import { type Scratch, withRecordedProject } from './testing/harness.ts'
import { json, type RecordedServer } from './testing/server.ts'

let server: RecordedServer
let project: Scratch
withRecordedProject((s, p) => {
  server = s
  project = p
})

describe('runFetch', () => {
  it('leaves no temporary file behind and rejects a bad sources file before any request', async () => {
    server.set(
      '/recruitee/kelp/api/offers/',
      json({
        offers: [
          {
            id: 1,
            title: 'Engineer',
            careers_url: 'https://kelp.recruitee.com/o/engineer',
            description: '<p>Role text.</p>',
          },
        ],
      }),
    )
    await project.fetch(server, 'recruitee kelp', '2026-11-20')
    const names = await readdir(project.postings, { recursive: true })
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([])
    await expect(project.fetch(server, 'recruitee kelp\nbogus x', '2026-11-21')).rejects.toThrow(
      'sources:2: unknown kind "bogus"',
    )
    expect(server.log).toHaveLength(1)
  })
})

describe('formatSummary', () => {
  it('prints one line a source with its counts, and its errors below it', () => {
    expect(
      formatSummary([
        {
          folder: 'greenhouse-acme',
          new: 3,
          updated: 1,
          unchanged: 12,
          closed: 2,
          failed: 0,
          errors: [],
        },
        {
          folder: 'hn-2026-11',
          new: 0,
          updated: 0,
          unchanged: 0,
          closed: 0,
          failed: 1,
          errors: ['line 4: GET x: 500'],
        },
      ]),
    ).toBe(
      [
        'source                  new   updated unchanged    closed    failed',
        'greenhouse-acme           3         1        12         2         0',
        'hn-2026-11                0         0         0         0         1',
        '  ! line 4: GET x: 500',
      ].join('\n'),
    )
  })
})
