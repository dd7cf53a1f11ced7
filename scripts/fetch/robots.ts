import robotsParser from 'robots-parser'
import { HttpError, type Http } from './http.ts'

type Rules = { isAllowed(url: string, ua?: string): boolean | undefined }

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'Roleboard'

/**
 * robots.txt per origin, read once a run (RFC 9309): a missing file (4xx) allows
 * everything; an unreachable one (5xx, network) disallows everything for that origin.
 */
export function createRobots(http: Http) {
  const origins = new Map<string, Promise<Rules>>()
  async function load(origin: string): Promise<Rules> {
    const url = `${origin}/robots.txt`
    try {
      const res = await http.get(url, 'text/plain')
      return robotsParser(url, res.body)
    } catch (error) {
      const status = error instanceof HttpError ? error.status : undefined
      if (status !== undefined && status >= 400 && status < 500) return { isAllowed: () => true }
      return { isAllowed: () => false }
    }
  }
  return {
    async allowed(url: string): Promise<boolean> {
      const origin = new URL(url).origin
      let rules = origins.get(origin)
      if (!rules) origins.set(origin, (rules = load(origin)))
      return (await rules).isAllowed(url, ROBOTS_AGENT) !== false
    },
  }
}

export type Robots = ReturnType<typeof createRobots>
