import type { Endpoints } from '../endpoints.ts'
import type { Http } from '../http.ts'
import type { Robots } from '../robots.ts'
import type { Listing, Source } from '../types.ts'

/** What an adapter gets: the polite HTTP client, feed addresses and today's date. */
export type FetchContext = {
  http: Http
  endpoints: Endpoints
  today: string
  robots?: Robots
  /** Page size for paged feeds (Lever, SmartRecruiters); 100 unless a test asks for less. */
  pageSize?: number
}

export type Adapter = (source: Source, ctx: FetchContext) => Promise<Listing>

/** Thrown when an answer is not in the shape the source documents. */
export class FeedShapeError extends Error {
  constructor(url: string, expected: string) {
    super(`${url}: the answer is not ${expected}`)
    this.name = 'FeedShapeError'
  }
}

/** Stops a runaway pagination (a server that always says "more"). */
export const MAX_PAGES = 50
