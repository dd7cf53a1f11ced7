import { XMLParser } from 'fast-xml-parser'
import { arr, employmentType, obj, str } from '../facts.ts'
import { descriptionText, isoDay } from '../text.ts'
import type { Role } from '../types.ts'
import { FeedShapeError, type Adapter } from './context.ts'

const xml = new XMLParser({
  ignoreAttributes: true,
  isArray: (name) => ['position', 'jobDescription', 'office'].includes(name),
  parseTagValue: false,
})

/**
 * Personio's public XML feed: `GET https://{company}.jobs.personio.de/xml?language=en`
 * gives `<workzag-jobs><position><id/><subcompany/><office/><additionalOffices><office/>
 * </additionalOffices><department/><name/><jobDescriptions><jobDescription><name/><value>
 * (HTML in CDATA)</value></jobDescription></jobDescriptions><employmentType/><schedule/>
 * <createdAt/></position></workzag-jobs>`. The public page is `/job/{id}`, where one applies.
 */
export const personio: Adapter = async (source, { http, endpoints }) => {
  const url = endpoints.personio(source.target)
  const res = await http.get(url, 'application/xml, text/xml')
  let doc: Record<string, unknown>
  try {
    doc = obj(xml.parse(res.body))
  } catch {
    throw new FeedShapeError(url, 'XML')
  }
  if (!('workzag-jobs' in doc)) throw new FeedShapeError(url, 'a Personio feed (<workzag-jobs>)')
  const base = new URL(url)
  const roles: Role[] = []
  for (const item of arr(obj(doc['workzag-jobs']).position)) {
    const position = obj(item)
    const id = str(position.id)
    if (!id) continue
    const jobUrl = `${base.protocol}//${base.host}${base.pathname.replace(/\/xml$/, '')}/job/${encodeURIComponent(id)}`
    const descriptions = arr(obj(position.jobDescriptions).jobDescription).map((d) => {
      const part = obj(d)
      return `<h2>${str(part.name) ?? ''}</h2>${str(part.value) ?? ''}`
    })
    const offices = [...arr(position.office), ...arr(obj(position.additionalOffices).office)].map(
      str,
    )
    roles.push({
      id,
      url: jobUrl,
      applyUrl: jobUrl,
      company: source.company ?? str(position.subcompany),
      title: str(position.name),
      team: str(position.department),
      locations: offices.filter((o): o is string => Boolean(o)),
      employmentType:
        employmentType(position.employmentType) === 'full-time'
          ? (employmentType(position.schedule) ?? 'full-time')
          : employmentType(position.employmentType),
      postedAt: isoDay(position.createdAt),
      description: descriptionText(descriptions.join('\n')),
    })
  }
  return { roles, failed: [] }
}
