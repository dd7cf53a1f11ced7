import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the test server answers one path; `hang` never answers (a timeout). */
export type Reply =
  | {
      status?: number
      body: string
      type?: string
      etag?: string
      headers?: Record<string, string>
    }
  | { hang: true }

export type Route = Reply | ((req: IncomingMessage, hits: number) => Reply)

/**
 * A local HTTP server on 127.0.0.1 serving recorded responses by path (with the query), so
 * fetcher tests read real HTTP without touching the network. Routes can be swapped between
 * runs; every request is logged with its headers. An ETag makes it answer 304 to a matching
 * If-None-Match.
 */
export async function startRecordedServer(routes: Record<string, Route> = {}) {
  const table = new Map(Object.entries(routes))
  const log: { path: string; headers: IncomingMessage['headers']; status: number }[] = []
  const hits = new Map<string, number>()
  const hanging = new Set<ServerResponse>()
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    const n = (hits.get(path) ?? 0) + 1
    hits.set(path, n)
    const route = table.get(path)
    const reply: Reply = !route
      ? { status: 404, body: '{"error":"not found"}', type: 'application/json' }
      : typeof route === 'function'
        ? route(req, n)
        : route
    if ('hang' in reply) {
      log.push({ path, headers: req.headers, status: 0 })
      hanging.add(res)
      return
    }
    if (reply.etag && req.headers['if-none-match'] === reply.etag) {
      log.push({ path, headers: req.headers, status: 304 })
      res.writeHead(304, { etag: reply.etag }).end()
      return
    }
    const status = reply.status ?? 200
    log.push({ path, headers: req.headers, status })
    res
      .writeHead(status, {
        'content-type': reply.type ?? 'application/json',
        ...(reply.etag ? { etag: reply.etag } : {}),
        ...reply.headers,
      })
      .end(reply.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    log,
    set(path: string, route: Route | undefined) {
      if (route) table.set(path, route)
      else table.delete(path)
    },
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type RecordedServer = Awaited<ReturnType<typeof startRecordedServer>>

export const json = (
  data: unknown,
  extra: Omit<Extract<Reply, { body: string }>, 'body'> = {},
): Reply => ({
  body: JSON.stringify(data),
  type: 'application/json',
  ...extra,
})
