import { arr, employmentType, obj, place, str } from '../facts.ts'
import { descriptionText, isoDay, webUrl } from '../text.ts'
import type { Role } from '../types.ts'
import { FeedShapeError, type Adapter } from './context.ts'

/**
 * Workable's public jobs widget: `GET /api/v1/widget/accounts/{subdomain}?details=true`
 * gives `{ name, jobs: [{ title, shortcode, employment_type, telecommuting, department,
 * url, shortlink, application_url, published_on, created_at, city, state, country,
 * locations: [{ city, region, country, hidden }], description }] }`.
 */
export const workable: Adapter = async (source, { http, endpoints }) => {
  const url = endpoints.workable(source.target)
  const data = obj(await http.getJson(url))
  if (!Array.isArray(data.jobs))
    throw new FeedShapeError(url, 'a Workable account ({ jobs: [...] })')
  const roles: Role[] = []
  for (const item of data.jobs) {
    const job = obj(item)
    const id = str(job.shortcode)
    const jobUrl = webUrl(job.url) ?? webUrl(job.shortlink)
    if (!id || !jobUrl) continue
    const listed = arr(job.locations)
      .map(obj)
      .filter((l) => l.hidden !== true)
      .map((l) => place(l.city, l.region, l.country))
    const places = listed.length ? listed : [place(job.city, job.state, job.country)]
    roles.push({
      id,
      url: jobUrl,
      applyUrl: webUrl(job.application_url) ?? jobUrl,
      company: source.company ?? str(data.name),
      title: str(job.title),
      team: str(job.department),
      locations: places.filter((l): l is string => Boolean(l)),
      workMode: job.telecommuting === true ? 'remote' : undefined,
      employmentType: employmentType(job.employment_type),
      postedAt: isoDay(job.published_on ?? job.created_at),
      description: descriptionText(str(job.description)),
    })
  }
  return { roles, failed: [] }
}
