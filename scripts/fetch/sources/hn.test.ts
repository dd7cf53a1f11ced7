import { describe, expect, it } from 'vitest'
import { type Scratch, body, frontMatter, withRecordedProject } from '../testing/harness.ts'
import { json, type RecordedServer } from '../testing/server.ts'

// Recorded HN Firebase API answers written for these tests (item and user shapes as documented).

let server: RecordedServer
let project: Scratch
withRecordedProject((s, p) => {
  server = s
  project = p
})

const item = (id: number, fields: Record<string, unknown>) =>
  [`/hn/item/${id}.json`, json({ id, ...fields })] as const

function thread(kids: number[]) {
  return [
    item(801, {
      type: 'story',
      by: 'whoishiring',
      title: 'Ask HN: Who wants to be hired? (November 2026)',
      time: 1793534400,
      kids: [],
    }),
    item(802, {
      type: 'story',
      by: 'whoishiring',
      title: 'Ask HN: Who is hiring? (November 2026)',
      time: 1793534400,
      kids,
    }),
    item(9101, {
      type: 'comment',
      by: 'acme_cto',
      parent: 802,
      time: 1793552400,
      text: 'Acme Robotics | Senior Backend Engineer | Berlin | ONSITE<p>We build warehouse robots. We are hiring backend engineers to work on our fleet API in Go and PostgreSQL.<p>Requirements: 5+ years of experience with distributed systems.<p>Apply: <a href="https:&#x2F;&#x2F;acme.example&#x2F;jobs">https:&#x2F;&#x2F;acme.example&#x2F;jobs</a>',
    }),
    item(9102, { type: 'comment', deleted: true, parent: 802, time: 1793552500 }),
    item(9103, {
      type: 'comment',
      by: 'spam',
      dead: true,
      parent: 802,
      time: 1793552600,
      text: 'buy now',
    }),
    item(9105, {
      type: 'comment',
      by: 'tidewater',
      parent: 802,
      time: 1793639000,
      text: 'Tidewater Analytics | Data Engineer | REMOTE (EU)<p>Our data team is hiring a data engineer to run Airflow and dbt pipelines.',
      kids: [99001],
    }),
  ]
}

describe('hn', () => {
  it('finds the month’s thread and writes one file per live top-level comment', async () => {
    server.set('/hn/user/whoishiring.json', json({ id: 'whoishiring', submitted: [801, 802, 700] }))
    for (const [path, reply] of thread([9101, 9102, 9103, 9104, 9105])) server.set(path, reply)
    server.set('/hn/item/9104.json', { status: 500, body: 'error' })
    const [summary] = await project.fetch(server, 'hn 2026-11', '2026-11-20')
    expect(summary).toMatchObject({ folder: 'hn-2026-11', new: 2, failed: 1 })
    expect(summary?.errors).toEqual([
      `9104: GET ${server.base}/hn/item/9104.json: 500 Internal Server Error (after 2 attempts)`,
    ])
    const files = await project.tree()
    expect(Object.keys(files)).toEqual(['hn-2026-11/9101.md', 'hn-2026-11/9105.md'])
    const acme = files['hn-2026-11/9101.md']!
    expect(frontMatter(acme)).toEqual({
      url: 'https://news.ycombinator.com/item?id=9101',
      capturedAt: '2026-11-20',
      company: 'Acme Robotics',
      sourceId: 'hn:9101',
      // time 1793552400 s = 2026-11-01T17:00:00Z
      postedAt: '2026-11-01',
    })
    expect(body(acme)).toBe(`Acme Robotics | Senior Backend Engineer | Berlin | ONSITE
We build warehouse robots. We are hiring backend engineers to work on our fleet API in Go and PostgreSQL.
Requirements: 5+ years of experience with distributed systems.
Apply: https://acme.example/jobs
`)
    // The thread no longer lists 9105 (removed by its author): it is closed.
    for (const [path, reply] of thread([9101, 9104])) server.set(path, reply)
    server.set('/hn/item/9104.json', { status: 500, body: 'error' })
    const [second] = await project.fetch(server, 'hn 2026-11', '2026-11-21')
    expect(second).toMatchObject({ new: 0, updated: 0, unchanged: 1, closed: 1, failed: 1 })
  })

  it('reads a thread by its id, and says so when a month has no thread', async () => {
    for (const [path, reply] of thread([9105])) server.set(path, reply)
    server.set('/hn/user/whoishiring.json', json({ id: 'whoishiring', submitted: [801, 802] }))
    const summaries = await project.fetch(server, 'hn 802\nhn 2026-10', '2026-11-20')
    expect(summaries[0]).toMatchObject({ folder: 'hn-802', new: 1, failed: 0 })
    expect(summaries[1]?.errors).toEqual([
      'line 2: no "Who is hiring? (October 2026)" thread among whoishiring\'s last 40 posts',
    ])
  })
})
