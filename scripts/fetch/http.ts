import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from './atomic.ts'

/** The subset of the WHATWG fetch the fetcher uses, so tests can inject their own. */
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; redirect: 'follow' },
) => Promise<Response>

/** Names the project to the servers it reads; ROLEBOARD_CONTACT adds who runs this board. */
export const USER_AGENT = 'Roleboard/0.1 (self-hosted job board reading public job feeds)'

/** A request that failed for good (after its retries, or at once for a 4xx). */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(`GET ${url}: ${message}`)
    this.name = 'HttpError'
  }
}

export type HttpResponse = {
  status: number
  /** The address after redirects. */
  url: string
  body: string
  contentType: string
  /** True when the server answered 304 Not Modified and the body is the cached copy. */
  notModified: boolean
}

type CacheEntry = { etag?: string; lastModified?: string; body: string; contentType: string }

/**
 * ETag / Last-Modified validators with the body they came with, so a second run can ask
 * "has it changed?" and reuse the body when the server says 304.
 */
export class ValidatorCache {
  private entries = new Map<string, CacheEntry>()
  get(url: string) {
    return this.entries.get(url)
  }
  set(url: string, entry: CacheEntry) {
    this.entries.set(url, entry)
  }
  get size() {
    return this.entries.size
  }
  static async load(file: string): Promise<ValidatorCache> {
    const cache = new ValidatorCache()
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, CacheEntry>
      for (const [url, entry] of Object.entries(data))
        if (entry && typeof entry.body === 'string') cache.entries.set(url, entry)
    } catch {
      // No cache yet, or an unreadable one: every request is then unconditional.
    }
    return cache
  }
  async save(file: string): Promise<void> {
    await writeFileAtomic(file, JSON.stringify(Object.fromEntries(this.entries)))
  }
}

export type HttpOptions = {
  fetch?: FetchLike
  userAgent?: string
  /** Per attempt, body included. */
  timeoutMs?: number
  /** Retries after the first attempt, for network errors, timeouts, 408, 429 and 5xx. */
  retries?: number
  /** First backoff; doubled on each retry (plus up to 25 % jitter). */
  backoffMs?: number
  /** Longest wait a Retry-After header may ask for. */
  maxRetryAfterMs?: number
  /** Requests in flight at once to one host. */
  perHost?: number
  maxBytes?: number
  cache?: ValidatorCache
  sleep?: (ms: number) => Promise<void>
}

/** Counts requests so a run can report what it cost the servers it read. */
export type HttpStats = { requests: number; retries: number; notModified: number }

/** A small FIFO semaphore: at most `limit` holders at once. */
class Slots {
  private active = 0
  private queue: (() => void)[] = []
  constructor(private readonly limit: number) {}
  async take(): Promise<void> {
    if (this.active < this.limit) {
      this.active++
      return
    }
    await new Promise<void>((resolve) => this.queue.push(resolve))
  }
  give(): void {
    const next = this.queue.shift()
    if (next) next()
    else this.active--
  }
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504])

function retryAfterMs(header: string | null): number | null {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

/**
 * A polite GET: a User-Agent naming the project, a timeout and bounded retries with
 * exponential backoff per request, a concurrency limit per host, and conditional requests
 * when the server gave an ETag or Last-Modified before.
 */
export function createHttp(options: HttpOptions = {}) {
  const doFetch = options.fetch ?? globalThis.fetch
  const userAgent = options.userAgent ?? USER_AGENT
  const timeoutMs = options.timeoutMs ?? 20_000
  const retries = options.retries ?? 3
  const backoffMs = options.backoffMs ?? 1000
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000
  const perHost = options.perHost ?? 2
  const maxBytes = options.maxBytes ?? 20_000_000
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)))
  const hosts = new Map<string, Slots>()
  const stats: HttpStats = { requests: 0, retries: 0, notModified: 0 }

  function slotsFor(url: string): Slots {
    const host = new URL(url).host
    let slots = hosts.get(host)
    if (!slots) hosts.set(host, (slots = new Slots(perHost)))
    return slots
  }

  /** One attempt: resolves with a response, or a reason and whether to try again. */
  async function attempt(
    url: string,
    headers: Record<string, string>,
  ): Promise<
    | { ok: true; response: HttpResponse }
    | { ok: false; reason: string; retry: boolean; status?: number; waitMs?: number }
  > {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    const slots = slotsFor(url)
    await slots.take()
    stats.requests++
    try {
      const res = await doFetch(url, { headers, signal: controller.signal, redirect: 'follow' })
      const cached = options.cache?.get(url)
      if (res.status === 304 && cached) {
        stats.notModified++
        await res.body?.cancel()
        return {
          ok: true,
          response: {
            status: 304,
            url,
            body: cached.body,
            contentType: cached.contentType,
            notModified: true,
          },
        }
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined)
        const reason = `${res.status} ${res.statusText}`.trim()
        return {
          ok: false,
          reason,
          retry: RETRYABLE.has(res.status),
          status: res.status,
          waitMs: retryAfterMs(res.headers.get('retry-after')) ?? undefined,
        }
      }
      const length = Number(res.headers.get('content-length') ?? 0)
      if (length > maxBytes) {
        await res.body?.cancel()
        return {
          ok: false,
          reason: `the response is over the ${maxBytes}-byte limit`,
          retry: false,
        }
      }
      const body = await res.text()
      if (body.length > maxBytes)
        return {
          ok: false,
          reason: `the response is over the ${maxBytes}-byte limit`,
          retry: false,
        }
      const contentType = res.headers.get('content-type') ?? ''
      const etag = res.headers.get('etag') ?? undefined
      const lastModified = res.headers.get('last-modified') ?? undefined
      if (options.cache && (etag || lastModified))
        options.cache.set(url, { etag, lastModified, body, contentType })
      return {
        ok: true,
        response: {
          status: res.status,
          url: res.url || url,
          body,
          contentType,
          notModified: false,
        },
      }
    } catch (error) {
      const timedOut = controller.signal.aborted
      return {
        ok: false,
        reason: timedOut
          ? `no answer within ${timeoutMs} ms`
          : `network error (${(error as Error).message})`,
        retry: true,
      }
    } finally {
      clearTimeout(timer)
      slots.give()
    }
  }

  async function get(url: string, accept = '*/*'): Promise<HttpResponse> {
    const headers: Record<string, string> = { 'user-agent': userAgent, accept }
    const cached = options.cache?.get(url)
    if (cached?.etag) headers['if-none-match'] = cached.etag
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified
    for (let n = 0; ; n++) {
      const result = await attempt(url, headers)
      if (result.ok) return result.response
      if (!result.retry || n >= retries) {
        const tries = n + 1
        throw new HttpError(
          url,
          result.retry ? `${result.reason} (after ${tries} attempts)` : result.reason,
          result.status,
        )
      }
      stats.retries++
      const backoff = backoffMs * 2 ** n * (1 + Math.random() * 0.25)
      await sleep(Math.min(maxRetryAfterMs, Math.max(backoff, result.waitMs ?? 0)))
    }
  }

  /** GET and parse as JSON; a body that is not JSON is an error naming the address. */
  async function getJson<T = unknown>(url: string): Promise<T> {
    const res = await get(url, 'application/json')
    try {
      return JSON.parse(res.body) as T
    } catch {
      throw new HttpError(url, 'the answer is not JSON')
    }
  }

  return { get, getJson, stats }
}

export type Http = ReturnType<typeof createHttp>
