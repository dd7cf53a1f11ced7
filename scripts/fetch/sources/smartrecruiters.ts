import { HttpError } from '../http.ts'
import { employmentType, obj, place, str } from '../facts.ts'
import { descriptionText, isoDay, webUrl } from '../text.ts'
import type { Listing, Role } from '../types.ts'
import { FeedShapeError, MAX_PAGES, type Adapter } from './context.ts'

const SECTIONS = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation']

/**
 * SmartRecruiters Posting API: `GET /v1/companies/{id}/postings?limit=&offset=` gives
 * `{ offset, limit, totalFound, content: [{ id, name, releasedDate, location: { city,
 * region, country, remote, hybrid }, typeOfEmployment: { label }, department: { label },
 * company: { name } }] }`, paged by offset; each posting's text comes from
 * `GET /v1/companies/{id}/postings/{postingId}`: `{ postingUrl, applyUrl, jobAd: {
 * sections: { jobDescription: { title, text }, ... } } }`. A posting whose details fail is
 * reported and kept as it was.
 */
export const smartrecruiters: Adapter = async (source, { http, endpoints, pageSize = 100 }) => {
  const summaries: Record<string, unknown>[] = []
  for (let page = 0; ; page++) {
    if (page >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages of postings: stopped`)
    const url = endpoints.smartrecruiters(source.target, page * pageSize, pageSize)
    const data = obj(await http.getJson(url))
    if (!Array.isArray(data.content))
      throw new FeedShapeError(url, 'SmartRecruiters postings ({ content: [...] })')
    summaries.push(...data.content.map(obj))
    const total = typeof data.totalFound === 'number' ? data.totalFound : 0
    if (data.content.length < pageSize || summaries.length >= total) break
  }
  const listing: Listing = { roles: [], failed: [] }
  await Promise.all(
    summaries.map(async (summary) => {
      const id = str(summary.id)
      if (!id) return
      let detail: Record<string, unknown>
      try {
        detail = obj(await http.getJson(endpoints.smartrecruitersPosting(source.target, id)))
      } catch (error) {
        const reason = error instanceof HttpError ? error.message : String(error)
        listing.failed.push({ id, reason })
        return
      }
      const location = obj(summary.location ?? detail.location)
      const sections = obj(obj(detail.jobAd).sections)
      const html = SECTIONS.map((key) => {
        const section = obj(sections[key])
        const text = str(section.text)
        return text ? `<h2>${str(section.title) ?? ''}</h2>${text}` : ''
      }).join('\n')
      const postingUrl =
        webUrl(detail.postingUrl) ??
        `https://jobs.smartrecruiters.com/${encodeURIComponent(source.target)}/${encodeURIComponent(id)}`
      const role: Role = {
        id,
        url: postingUrl,
        applyUrl: webUrl(detail.applyUrl) ?? postingUrl,
        company: source.company ?? str(obj(summary.company).name),
        title: str(summary.name),
        team: str(obj(summary.department).label),
        locations: [
          place(location.city, location.region, str(location.country)?.toUpperCase()),
        ].filter((l): l is string => Boolean(l)),
        workMode:
          location.remote === true ? 'remote' : location.hybrid === true ? 'hybrid' : undefined,
        employmentType: employmentType(obj(summary.typeOfEmployment).label),
        postedAt: isoDay(summary.releasedDate),
        description: descriptionText(html),
      }
      listing.roles.push(role)
    }),
  )
  listing.roles.sort((a, b) => a.id.localeCompare(b.id))
  return listing
}
