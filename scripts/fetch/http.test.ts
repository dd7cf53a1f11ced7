import { afterEach, describe, expect, it } from 'vitest'
import { createHttp, HttpError, USER_AGENT, ValidatorCache, type FetchLike } from './http.ts'
import { json, startRecordedServer, type RecordedServer } from './testing/server.ts'

let server: RecordedServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const noWait = { sleep: async () => {}, backoffMs: 1 }

describe('createHttp', () => {
  it('names the project in the User-Agent and reads the body', async () => {
    server = await startRecordedServer({ '/a': json({ ok: true }) })
    const http = createHttp(noWait)
    expect(await http.getJson(`${server.base}/a`)).toEqual({ ok: true })
    expect(server.log[0]?.headers['user-agent']).toBe(USER_AGENT)
    expect(USER_AGENT).toMatch(/^Roleboard\//)
  })

  it('retries a 503 with growing backoff, then succeeds', async () => {
    server = await startRecordedServer({
      '/flaky': (_req, n) => (n < 3 ? { status: 503, body: 'busy' } : json([1])),
    })
    const waits: number[] = []
    const http = createHttp({ backoffMs: 100, sleep: (ms) => Promise.resolve(void waits.push(ms)) })
    expect(await http.getJson(`${server.base}/flaky`)).toEqual([1])
    expect(waits).toHaveLength(2)
    expect(waits[0]).toBeGreaterThanOrEqual(100)
    expect(waits[0]).toBeLessThanOrEqual(125)
    expect(waits[1]).toBeGreaterThanOrEqual(200)
    expect(waits[1]).toBeLessThanOrEqual(250)
    expect(http.stats).toEqual({ requests: 3, retries: 2, notModified: 0 })
  })

  it('honours Retry-After on a 429, within the cap', async () => {
    server = await startRecordedServer({
      '/slow-down': (_req, n) =>
        n === 1 ? { status: 429, body: '', headers: { 'retry-after': '7' } } : json({}),
    })
    const waits: number[] = []
    const http = createHttp({ backoffMs: 1, sleep: (ms) => Promise.resolve(void waits.push(ms)) })
    await http.get(`${server.base}/slow-down`)
    expect(waits).toEqual([7000])
  })

  it('gives up after the bounded retries, naming the address and the reason', async () => {
    server = await startRecordedServer({ '/down': { status: 500, body: 'oops' } })
    const http = createHttp({ ...noWait, retries: 2 })
    await expect(http.get(`${server.base}/down`)).rejects.toThrow(
      `GET ${server.base}/down: 500 Internal Server Error (after 3 attempts)`,
    )
    expect(server.log).toHaveLength(3)
  })

  it('does not retry a 404, and keeps its status for the caller', async () => {
    server = await startRecordedServer()
    const http = createHttp(noWait)
    const error = await http.get(`${server.base}/gone`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).status).toBe(404)
    expect(server.log).toHaveLength(1)
  })

  it('times out a server that never answers, and retries it a bounded number of times', async () => {
    server = await startRecordedServer({ '/hang': { hang: true } })
    const http = createHttp({ ...noWait, timeoutMs: 150, retries: 1 })
    await expect(http.get(`${server.base}/hang`)).rejects.toThrow(
      'no answer within 150 ms (after 2 attempts)',
    )
    expect(server.log).toHaveLength(2)
  })

  it('sends If-None-Match / If-Modified-Since and reuses the cached body on 304', async () => {
    server = await startRecordedServer({
      '/feed': {
        body: '{"jobs":[]}',
        etag: '"v1"',
        headers: { 'last-modified': 'Tue, 17 Nov 2026 10:00:00 GMT' },
      },
    })
    const cache = new ValidatorCache()
    const first = await createHttp({ ...noWait, cache }).get(`${server.base}/feed`)
    const http = createHttp({ ...noWait, cache })
    const second = await http.get(`${server.base}/feed`)
    expect(first.notModified).toBe(false)
    expect(second).toMatchObject({ status: 304, notModified: true, body: '{"jobs":[]}' })
    expect(server.log[1]?.headers['if-none-match']).toBe('"v1"')
    expect(server.log[1]?.headers['if-modified-since']).toBe('Tue, 17 Nov 2026 10:00:00 GMT')
    expect(http.stats.notModified).toBe(1)
  })

  it('keeps at most perHost requests in flight to one host', async () => {
    let inFlight = 0
    let most = 0
    const fetch: FetchLike = async () => {
      most = Math.max(most, ++inFlight)
      await new Promise((r) => setTimeout(r, 10))
      inFlight--
      return new Response('{}', { status: 200 })
    }
    const http = createHttp({ ...noWait, fetch, perHost: 2 })
    await Promise.all(Array.from({ length: 9 }, (_, i) => http.get(`https://a.example/${i}`)))
    expect(most).toBe(2)
    // Another host has its own slots.
    most = 0
    await Promise.all([
      ...Array.from({ length: 4 }, (_, i) => http.get(`https://a.example/x${i}`)),
      ...Array.from({ length: 4 }, (_, i) => http.get(`https://b.example/y${i}`)),
    ])
    expect(most).toBe(4)
  })

  it('refuses a body over the size limit without retrying', async () => {
    server = await startRecordedServer({ '/big': { body: 'x'.repeat(5000), type: 'text/plain' } })
    const http = createHttp({ ...noWait, maxBytes: 1000 })
    await expect(http.get(`${server.base}/big`)).rejects.toThrow(
      'the response is over the 1000-byte limit',
    )
    expect(server.log).toHaveLength(1)
  })
})
