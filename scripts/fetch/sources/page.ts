import { HttpError } from '../http.ts'
import { arr, employmentType, obj, place, salary, str, textOf, type Json } from '../facts.ts'
import { descriptionText, isoDay, webUrl } from '../text.ts'
import type { Role } from '../types.ts'
import type { Adapter } from './context.ts'

const JSON_LD = /<script\s[^>]*type\s*=\s*["']?application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi

function hasType(value: Json, type: string): boolean {
  const t = value['@type']
  return t === type || (Array.isArray(t) && t.includes(type))
}

/** Every schema.org JobPosting in a JSON-LD value (top level, arrays, @graph). */
function jobPostings(data: unknown, depth = 0): Json[] {
  if (depth > 5) return []
  if (Array.isArray(data)) return data.slice(0, 200).flatMap((d) => jobPostings(d, depth + 1))
  const value = obj(data)
  if (hasType(value, 'JobPosting')) return [value]
  return value['@graph'] ? jobPostings(value['@graph'], depth + 1) : []
}

function fromJsonLd(
  job: Json,
  pageUrl: string,
  index: number,
  many: boolean,
  company?: string,
): Role {
  const identifier = obj(job.identifier)
  const id =
    (many
      ? (str(identifier.value) ?? str(job.identifier) ?? webUrl(job.url, pageUrl))
      : undefined) ?? (many ? `${pageUrl}#${index + 1}` : pageUrl)
  const locations = arr(job.jobLocation).map((l) => {
    const a = obj(obj(l).address)
    return place(
      a.addressLocality,
      a.addressRegion,
      str(a.addressCountry) ?? str(obj(a.addressCountry).name),
    )
  })
  const pay = obj(job.baseSalary)
  const amount = obj(pay.value)
  const url = webUrl(job.url, pageUrl) ?? pageUrl
  return {
    id,
    url,
    applyUrl: url,
    company: company ?? str(obj(job.hiringOrganization).name) ?? str(job.hiringOrganization),
    title: str(job.title),
    locations: locations.filter((l): l is string => Boolean(l)),
    workMode: /TELECOMMUTE/i.test(textOf(job.jobLocationType)) ? 'remote' : undefined,
    employmentType: employmentType(job.employmentType),
    salary: salary(
      amount.minValue ?? amount.value,
      amount.maxValue ?? amount.value,
      pay.currency,
      amount.unitText,
    ),
    postedAt: isoDay(job.datePosted),
    description: descriptionText(str(job.description)),
  }
}

/**
 * Any posting page: its schema.org JobPosting JSON-LD when it has one (each JobPosting one
 * role; one whose `validThrough` has passed is no longer listed), else the page's text. The
 * page is read only when robots.txt allows it; a page that is gone (404, 410) closes its role.
 */
export const page: Adapter = async (source, { http, robots, today }) => {
  const pageUrl = source.target
  if (robots && !(await robots.allowed(pageUrl)))
    throw new Error(`robots.txt of ${new URL(pageUrl).host} does not allow reading ${pageUrl}`)
  let html: string
  let finalUrl = pageUrl
  try {
    const res = await http.get(pageUrl, 'text/html, application/xhtml+xml')
    html = res.body
    finalUrl = res.url
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 410))
      return { roles: [], failed: [] }
    throw error
  }
  const jobs: Json[] = []
  for (const m of html.matchAll(JSON_LD)) {
    try {
      jobs.push(...jobPostings(JSON.parse(m[1] ?? '')))
    } catch {
      // A broken JSON-LD block is not a posting; the page's text still is.
    }
  }
  if (jobs.length) {
    const open = jobs.filter((job) => {
      const until = isoDay(job.validThrough)
      return !until || until >= today
    })
    return {
      roles: open.map((job, i) => fromJsonLd(job, finalUrl, i, jobs.length > 1, source.company)),
      failed: [],
    }
  }
  const text = descriptionText(html)
  if (!text) throw new Error(`${pageUrl}: the page has no text`)
  return {
    roles: [{ id: pageUrl, url: finalUrl, company: source.company, description: text }],
    failed: [],
  }
}
