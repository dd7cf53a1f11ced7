import { arr, employmentType, obj, salary, str, workMode } from '../facts.ts'
import { descriptionText, isoDay, webUrl } from '../text.ts'
import type { Role } from '../types.ts'
import { FeedShapeError, MAX_PAGES, type Adapter } from './context.ts'

/** Lever's description: opening text, then each list under its heading, then closing text. */
function leverText(job: Record<string, unknown>): string {
  const parts = [str(job.description) ?? str(job.descriptionPlain) ?? '']
  for (const item of arr(job.lists)) {
    const list = obj(item)
    parts.push(`<h3>${str(list.text) ?? ''}</h3><ul>${str(list.content) ?? ''}</ul>`)
  }
  parts.push(str(job.additional) ?? str(job.additionalPlain) ?? '')
  return descriptionText(parts.join('\n'))
}

/**
 * Lever Postings API: `GET /v0/postings/{company}?mode=json&skip=&limit=` gives an array of
 * `{ id, text, hostedUrl, applyUrl, createdAt (ms), workplaceType, categories: { location,
 * allLocations, commitment, team, department }, salaryRange: { min, max, currency,
 * interval }, description, lists: [{ text, content }], additional }`. Pages until one is
 * shorter than the limit.
 */
export const lever: Adapter = async (source, { http, endpoints, pageSize = 100 }) => {
  const roles: Role[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = endpoints.lever(source.target, page * pageSize, pageSize)
    const data = await http.getJson(url)
    if (!Array.isArray(data)) throw new FeedShapeError(url, 'a Lever postings array')
    for (const item of data) {
      const job = obj(item)
      const id = str(job.id)
      const hosted = webUrl(job.hostedUrl)
      if (!id || !hosted) continue
      const categories = obj(job.categories)
      const places = arr(categories.allLocations).map(str)
      const range = obj(job.salaryRange)
      roles.push({
        id,
        url: hosted,
        applyUrl: webUrl(job.applyUrl) ?? hosted,
        company: source.company,
        title: str(job.text),
        team: str(categories.team) ?? str(categories.department),
        locations: (places.length ? places : [str(categories.location)]).filter((l): l is string =>
          Boolean(l),
        ),
        workMode: workMode(job.workplaceType),
        employmentType: employmentType(categories.commitment),
        salary: salary(range.min, range.max, range.currency, range.interval),
        postedAt: isoDay(typeof job.createdAt === 'number' ? job.createdAt : undefined),
        description: leverText(job),
      })
    }
    if (data.length < pageSize) return { roles, failed: [] }
  }
  throw new Error(`more than ${MAX_PAGES} pages of postings: stopped`)
}
