import { arr, employmentType, obj, place, salary, str, workMode } from '../facts.ts'
import { descriptionText, isoDay, webUrl } from '../text.ts'
import type { Role } from '../types.ts'
import { FeedShapeError, type Adapter } from './context.ts'

function ashbyPay(compensation: unknown) {
  for (const c of arr(obj(compensation).summaryComponents)) {
    const part = obj(c)
    if (str(part.compensationType) !== 'Salary') continue
    const pay = salary(part.minValue, part.maxValue, part.currencyCode, part.interval)
    if (pay) return pay
  }
  return undefined
}

/**
 * Ashby Job Posting API: `GET /posting-api/job-board/{board}?includeCompensation=true`
 * gives `{ jobs: [{ id, title, department, team, employmentType, location,
 * secondaryLocations: [{ location }], address: { postalAddress }, isRemote, workplaceType,
 * publishedAt, isListed, jobUrl, applyUrl, descriptionHtml, descriptionPlain,
 * compensation: { summaryComponents: [{ compensationType, interval, currencyCode,
 * minValue, maxValue }] } }] }`, the whole board at once. Unlisted jobs are skipped.
 */
export const ashby: Adapter = async (source, { http, endpoints }) => {
  const url = endpoints.ashby(source.target)
  const data = obj(await http.getJson(url))
  if (!Array.isArray(data.jobs))
    throw new FeedShapeError(url, 'an Ashby job board ({ jobs: [...] })')
  const roles: Role[] = []
  for (const item of data.jobs) {
    const job = obj(item)
    const jobUrl = webUrl(job.jobUrl)
    const id = str(job.id) ?? (jobUrl ? new URL(jobUrl).pathname.split('/').pop() : undefined)
    if (!id || !jobUrl || job.isListed === false) continue
    const address = obj(obj(job.address).postalAddress)
    const main =
      str(job.location) ??
      place(address.addressLocality, address.addressRegion, address.addressCountry)
    const others = arr(job.secondaryLocations).map((l) => str(obj(l).location))
    roles.push({
      id,
      url: jobUrl,
      applyUrl: webUrl(job.applyUrl) ?? jobUrl,
      company: source.company,
      title: str(job.title),
      team: str(job.team) ?? str(job.department),
      locations: [main, ...others].filter((l): l is string => Boolean(l)),
      workMode: workMode(job.workplaceType) ?? (job.isRemote === true ? 'remote' : undefined),
      employmentType: employmentType(job.employmentType),
      salary: ashbyPay(job.compensation),
      postedAt: isoDay(job.publishedAt),
      description: descriptionText(str(job.descriptionHtml) ?? str(job.descriptionPlain)),
    })
  }
  return { roles, failed: [] }
}
