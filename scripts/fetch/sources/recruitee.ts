import { employmentType, obj, place, salary, str } from '../facts.ts'
import { descriptionText, isoDay, webUrl } from '../text.ts'
import type { Role } from '../types.ts'
import { FeedShapeError, type Adapter } from './context.ts'

/**
 * Recruitee Careers Site API: `GET https://{company}.recruitee.com/api/offers/` gives
 * `{ offers: [{ id, slug, title, company_name, department, location, city, state_name,
 * country, remote, hybrid, on_site, employment_type_code, salary: { min, max, currency,
 * period }, published_at, careers_url, careers_apply_url, description, requirements }] }`.
 */
export const recruitee: Adapter = async (source, { http, endpoints }) => {
  const url = endpoints.recruitee(source.target)
  const data = obj(await http.getJson(url))
  if (!Array.isArray(data.offers))
    throw new FeedShapeError(url, 'Recruitee offers ({ offers: [...] })')
  const roles: Role[] = []
  for (const item of data.offers) {
    const offer = obj(item)
    const id = str(offer.id)
    const offerUrl = webUrl(offer.careers_url)
    if (!id || !offerUrl) continue
    const pay = obj(offer.salary)
    const mode =
      offer.remote === true
        ? 'remote'
        : offer.hybrid === true
          ? 'hybrid'
          : offer.on_site === true
            ? 'onsite'
            : undefined
    const where = str(offer.location) ?? place(offer.city, offer.state_name, offer.country)
    roles.push({
      id,
      url: offerUrl,
      applyUrl: webUrl(offer.careers_apply_url) ?? offerUrl,
      company: source.company ?? str(offer.company_name),
      title: str(offer.title),
      team: str(offer.department),
      locations: where ? [where] : [],
      workMode: mode,
      employmentType: employmentType(offer.employment_type_code),
      salary: salary(pay.min, pay.max, pay.currency, pay.period),
      postedAt: isoDay(offer.published_at),
      description: descriptionText(
        [str(offer.description), str(offer.requirements)].filter(Boolean).join('\n'),
      ),
    })
  }
  return { roles, failed: [] }
}
