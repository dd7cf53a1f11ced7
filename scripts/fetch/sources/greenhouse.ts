import { arr, obj, str } from '../facts.ts'
import { descriptionText, isoDay, webUrl } from '../text.ts'
import type { Role } from '../types.ts'
import { FeedShapeError, type Adapter } from './context.ts'

/**
 * Greenhouse Job Board API: `GET /v1/boards/{token}/jobs?content=true` gives
 * `{ jobs: [{ id, title, absolute_url, location: { name }, offices, departments,
 * updated_at, first_published, content }] }`, all jobs in one answer. `content` is
 * entity-escaped HTML. Apply is on the job's own page.
 */
export const greenhouse: Adapter = async (source, { http, endpoints }) => {
  const url = endpoints.greenhouse(source.target)
  const data = obj(await http.getJson(url))
  if (!Array.isArray(data.jobs))
    throw new FeedShapeError(url, 'a Greenhouse job board ({ jobs: [...] })')
  const roles: Role[] = []
  for (const item of data.jobs) {
    const job = obj(item)
    const id = str(job.id)
    const jobUrl = webUrl(job.absolute_url)
    if (!id || !jobUrl) continue
    // The job's location is what the board shows; its offices only when it names none.
    const main = str(obj(job.location).name)
    const offices = arr(job.offices).map((o) => str(obj(o).location) ?? str(obj(o).name))
    roles.push({
      id,
      url: jobUrl,
      applyUrl: jobUrl,
      company: source.company ?? str(job.company_name),
      title: str(job.title),
      team: str(obj(arr(job.departments)[0]).name),
      locations: (main ? [main] : offices).filter((l): l is string => Boolean(l)),
      postedAt: isoDay(job.first_published ?? job.updated_at),
      description: descriptionText(str(job.content)),
    })
  }
  return { roles, failed: [] }
}
