import type { EmploymentType, WorkMode } from '../model/posting.ts'
import { decodeEntities } from './entities.ts'
import { htmlToText } from './html.ts'
import { HAS_HTML_TAG } from './patterns.ts'
import type { Decoded, StructuredFacts } from './types.ts'
import { jsonApiResources } from './json-api.ts'
import { isObject, MAX_JSON_ITEMS, type JsonObject } from './lib/json-values.ts'

const obj = (value: unknown): JsonObject => (isObject(value) ? value : {})
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/**
 * The fields by which an applicant-tracking system's API names one job: Greenhouse
 * (`absolute_url`, `content`), Lever (`text`, `categories`, `descriptionPlain`, `hostedUrl`),
 * Ashby (`descriptionHtml`, `jobUrl`), Workable (`shortcode`), Recruitee (`careers_url`),
 * SmartRecruiters (`jobAd`). Two of them and a title make a job.
 */
const JOB_FIELDS = [
  'absolute_url',
  'content',
  'categories',
  'descriptionPlain',
  'descriptionHtml',
  'hostedUrl',
  'applyUrl',
  'jobUrl',
  'shortcode',
  'careers_url',
  'jobAd',
  'workplaceType',
  'location',
  'description',
]
/** A JSON:API resource's type that names a job ("job", "job_posting", "vacancies"). */
const JOB_TYPE =
  /^(?:jobs?|job[_-]?postings?|postings?|positions?|vacanc(?:y|ies)|openings?|offers?)$/i
/** The lists such an API wraps its jobs in: `{ jobs: [...] }`, `{ offers: [...] }`, `{ content: [...] }`. */
const JOB_LISTS = ['jobs', 'offers', 'postings', 'results', 'content']
/** A list of the answer, at most MAX_JSON_ITEMS long. */
const items = (value: unknown): unknown[] =>
  Array.isArray(value) ? value.slice(0, MAX_JSON_ITEMS) : []

function titleOf(job: JsonObject): string | undefined {
  return str(job.title) ?? str(job.text) ?? str(job.name)
}

function isJob(value: unknown): value is JsonObject {
  if (!isObject(value) || !titleOf(value)) return false
  return JOB_FIELDS.filter((field) => value[field] !== undefined).length >= 2
}

/** A JSON:API resource whose type says it is a job, with a title and a description. */
function isJobResource(resource: JsonObject): boolean {
  return (
    JOB_TYPE.test(String(resource.type)) &&
    Boolean(titleOf(resource)) &&
    Boolean(str(resource.description) ?? str(resource.content))
  )
}

/** The first job an ATS answer holds, and how many it holds. */
export function findAtsJob(data: unknown): { job: JsonObject; count: number } | null {
  if (isJob(data)) return { job: data, count: 1 }
  const lists = Array.isArray(data)
    ? [data]
    : JOB_LISTS.map((key) => obj(data)[key]).filter(Array.isArray)
  for (const list of lists) {
    const jobs = list.slice(0, MAX_JSON_ITEMS).filter(isJob)
    if (jobs[0]) return { job: jobs[0], count: jobs.length }
  }
  const resources = jsonApiResources(data)?.filter((r) => isJob(r) || isJobResource(r))
  if (resources?.[0]) return { job: resources[0], count: resources.length }
  return null
}

const WORKPLACE: Record<string, WorkMode> = {
  remote: 'remote',
  hybrid: 'hybrid',
  onsite: 'onsite',
  'on-site': 'onsite',
  on_site: 'onsite',
  in_office: 'onsite',
}
const COMMITMENT: [RegExp, EmploymentType][] = [
  [/full[\s_-]?time|permanent/i, 'full-time'],
  [/part[\s_-]?time/i, 'part-time'],
  [/contract|freelance/i, 'contract'],
  [/intern/i, 'internship'],
  [/temporary|fixed[\s_-]?term/i, 'temporary'],
]

/** Text from a field that may be HTML, entity-escaped HTML ("&lt;p&gt;") or plain text. */
function textOf(value: unknown): string {
  let raw = str(value) ?? ''
  if (raw.startsWith('&lt;') || /&lt;\/?[a-z]/i.test(raw.slice(0, 2000))) raw = decodeEntities(raw)
  return HAS_HTML_TAG.test(raw) ? htmlToText(raw) : raw
}

/** A place as these APIs write one: a name, or an object with a name or a city and country. */
function placeOf(value: unknown): (string | undefined)[] {
  const place = obj(value)
  return [
    str(value),
    str(place.name) ?? str(place.location),
    [str(place.city), str(place.country)].filter(Boolean).join(', '),
  ]
}

/**
 * Every place the job names: its location, Lever's `allLocations`, Ashby's
 * `secondaryLocations`, a `locations` list (Recruitee, Workable), a city and country.
 */
function placesOf(job: JsonObject): string[] {
  const categories = obj(job.categories)
  const places = [
    ...placeOf(job.location),
    str(categories.location),
    ...items(categories.allLocations).map(str),
    ...items(job.secondaryLocations).flatMap(placeOf),
    ...items(job.locations).flatMap(placeOf),
    [str(job.city), str(job.country)].filter(Boolean).join(', '),
  ]
  return [...new Set(places.filter((p): p is string => Boolean(p)))]
}

/** The fields bodyOf reads by name; every other field holding HTML is a section of its own. */
const BODY_FIELDS = new Set([
  'content',
  'descriptionHtml',
  'description',
  'descriptionPlain',
  'requirements',
  'benefits',
  'additionalPlain',
  'additional',
])

/**
 * The job's sections that no field name above announces ("functions", "desirable"), each
 * under the heading the API gives it beside (`functions_headline`, `functionsTitle`).
 */
function otherSections(job: JsonObject): string[] {
  const headingOf = (key: string) =>
    str(job[`${key}_headline`]) ?? str(job[`${key}Headline`]) ?? str(job[`${key}_title`])
  return Object.entries(job)
    .slice(0, MAX_JSON_ITEMS)
    .filter(([key, value]) => !BODY_FIELDS.has(key) && HAS_HTML_TAG.test(str(value) ?? ''))
    .map(([key, value]) => [headingOf(key), textOf(value)].filter(Boolean).join('\n'))
}

/** The job's description: its HTML or plain text, then Lever's lists and closing text. */
function bodyOf(job: JsonObject): string {
  const sections = obj(obj(job.jobAd).sections)
  const parts = [
    textOf(job.content),
    textOf(job.descriptionHtml) || textOf(job.description) || textOf(job.descriptionPlain),
    ...Object.values(sections)
      .slice(0, MAX_JSON_ITEMS)
      .map((section) => {
        const s = obj(section)
        return [str(s.title), textOf(s.text)].filter(Boolean).join('\n')
      }),
    ...items(job.lists).map((item) => {
      const list = obj(item)
      return [str(list.text), textOf(list.content)].filter(Boolean).join('\n')
    }),
    textOf(job.requirements),
    textOf(job.benefits),
    textOf(job.additionalPlain) || textOf(job.additional),
    ...otherSections(job),
  ]
  return parts.filter(Boolean).join('\n\n')
}

/**
 * One job as an applicant-tracking system's API gives it (Greenhouse, Lever, Ashby, Workable,
 * Recruitee, SmartRecruiters), saved as JSON: its title, company, places and work mode as
 * facts, its description as the text the rest of the pipeline reads.
 */
export function fromAtsJob(job: JsonObject, count: number, notes: string[]): Decoded {
  const facts: StructuredFacts = {}
  const title = titleOf(job)
  const company =
    str(job.company_name) ?? str(job.companyName) ?? str(obj(job.company).name) ?? str(job.company)
  if (title) facts.title = title
  if (company) facts.company = company
  const workplace = str(job.workplaceType) ?? str(job.workplace_type) ?? str(obj(job.location).type)
  const mode =
    WORKPLACE[workplace?.toLowerCase() ?? ''] ??
    (job.isRemote === true ||
    job.remote === true ||
    job.telecommuting === true ||
    obj(job.location).remote === true
      ? 'remote'
      : undefined)
  if (mode) facts.workMode = mode
  const commitment =
    str(obj(job.categories).commitment) ?? str(job.employmentType) ?? str(job.employment_type)
  const employmentType = COMMITMENT.find(([pattern]) => pattern.test(commitment ?? ''))?.[1]
  if (employmentType) facts.employmentType = employmentType
  const team =
    str(obj(job.categories).team) ??
    str(obj(Array.isArray(job.departments) ? job.departments[0] : undefined).name)
  if (team) facts.team = team
  const link = [str(job.applyUrl), str(job.absolute_url), str(job.hostedUrl), str(job.jobUrl)].find(
    (url) => url && /^https?:\/\//i.test(url),
  )
  // Greenhouse's custom fields ("Workplace Type: Hybrid") read as a board's fact lines.
  const fields = items(job.metadata).map((item) => {
    const field = obj(item)
    const value = Array.isArray(field.value)
      ? items(field.value).map(str).join(', ')
      : str(field.value)
    return str(field.name) && value ? `${str(field.name)}: ${value}` : ''
  })
  const header = [title, company, placesOf(job).join(' / '), ...fields].filter(Boolean).join('\n')
  if (count > 1) notes.push(`the JSON holds ${count} jobs: the first was read`)
  notes.push("read the applicant-tracking system's job (JSON)")
  return {
    ok: true,
    kind: 'json',
    text: `${header}\n\n${bodyOf(job)}${link ? `\n\nApply: ${link}` : ''}`,
    facts,
    notes,
  }
}
