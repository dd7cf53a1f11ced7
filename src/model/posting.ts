import * as v from 'valibot'
import { PostingIdSchema } from './posting-id.ts'

export const ROLE_FAMILIES = [
  'software',
  'backend',
  'frontend',
  'fullstack',
  'mobile',
  'ml',
  'data',
  'devops',
  'security',
  'qa',
  'design',
  'product',
  'management',
  'other',
] as const

export const SENIORITIES = [
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'lead',
  'manager',
  'director',
  'executive',
] as const

export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const

export const EMPLOYMENT_TYPES = [
  'full-time',
  'part-time',
  'contract',
  'internship',
  'temporary',
] as const

/** Groups used when a stack is shown by category (posting page, compare view). */
export const STACK_CATEGORIES = [
  'language',
  'framework',
  'database',
  'messaging',
  'data',
  'ml',
  'cloud',
  'infrastructure',
  'observability',
  'tooling',
  'testing',
  'design',
  'business',
  'other',
] as const

export const SALARY_PERIODS = ['year', 'month', 'day', 'hour'] as const

export const SECTION_KEYS = [
  'summary',
  'responsibilities',
  'requirements',
  'niceToHave',
  'benefits',
  'hiringProcess',
  'about',
] as const

const isoDate = v.pipe(v.string(), v.isoDate())
const nullableString = v.nullable(v.string())
/** Only web links: a `javascript:` or `data:` address must never become a link. */
const webUrl = v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/i, 'a link must start with http(s)://'))
const isoCountry = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))

export const LocationSchema = v.object({
  city: nullableString,
  region: nullableString,
  // ISO 3166-1 alpha-2
  country: v.nullable(isoCountry),
})

export const StackItemSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  category: v.picklist(STACK_CATEGORIES),
  note: v.optional(v.string()),
})

export const SalarySchema = v.object({
  min: v.nullable(v.number()),
  max: v.nullable(v.number()),
  currency: v.string(),
  period: v.picklist(SALARY_PERIODS),
})

const bullets = v.array(v.string())

export const SectionsSchema = v.object({
  summary: bullets,
  responsibilities: bullets,
  requirements: bullets,
  niceToHave: bullets,
  benefits: bullets,
  hiringProcess: bullets,
  about: bullets,
})

/** Where a posting came from: its file in `postings/`, the original page, where to apply. */
export const SourceSchema = v.object({
  file: v.optional(v.string()),
  url: v.optional(webUrl),
  applyUrl: v.optional(webUrl),
  capturedAt: v.optional(isoDate),
  // The day the source stopped listing the role: the posting still opens from a link or a
  // bookmark and says so, but the board does not list it (fetched files in postings/.closed/).
  closedAt: v.optional(isoDate),
})

export const PostingSchema = v.object({
  id: PostingIdSchema,
  source: SourceSchema,
  // The same role found in several files is one posting (see the build's ingest): every
  // source, `source` first, in file order. Absent when the role came from one source.
  sources: v.optional(v.array(SourceSchema)),
  // Fields added with parser v2 default to "not stated", so records stored before them
  // (pasted postings, export files) still read as they were.
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}$/)), 'en'),
  company: nullableString,
  title: v.pipe(v.string(), v.minLength(1)),
  team: nullableString,
  roleFamily: v.picklist(ROLE_FAMILIES),
  seniority: v.nullable(v.picklist(SENIORITIES)),
  locations: v.array(LocationSchema),
  workMode: v.nullable(v.picklist(WORK_MODES)),
  employmentType: v.optional(v.nullable(v.picklist(EMPLOYMENT_TYPES)), null),
  officeDaysPerWeek: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(7))),
  workPolicy: v.array(v.string()),
  remoteRegions: v.array(v.string()),
  remoteCountries: v.optional(
    v.nullable(v.union([v.literal('anywhere'), v.array(isoCountry)])),
    null,
  ),
  visaSponsorship: v.optional(v.nullable(v.boolean()), null),
  relocation: v.optional(v.nullable(v.boolean()), null),
  stack: v.array(StackItemSchema),
  spokenLanguages: v.array(v.string()),
  salary: v.nullable(SalarySchema),
  postedAt: v.nullable(isoDate),
  sections: SectionsSchema,
  warnings: v.array(v.string()),
})

export type RoleFamily = (typeof ROLE_FAMILIES)[number]
export type Seniority = (typeof SENIORITIES)[number]
export type WorkMode = (typeof WORK_MODES)[number]
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number]
export type StackCategory = (typeof STACK_CATEGORIES)[number]
export type SectionKey = (typeof SECTION_KEYS)[number]
export type PostingLocation = v.InferOutput<typeof LocationSchema>
export type StackItem = v.InferOutput<typeof StackItemSchema>
export type Salary = v.InferOutput<typeof SalarySchema>
export type Sections = v.InferOutput<typeof SectionsSchema>
export type PostingSource = v.InferOutput<typeof SourceSchema>
export type Posting = v.InferOutput<typeof PostingSchema>
/** A record as stored before parser v2: the newer fields may be missing. */
export type PostingInput = v.InferInput<typeof PostingSchema>

export type PostingIssue = { path: string; message: string }

/** Validates unknown data as a Posting; never throws. */
export function validatePosting(
  data: unknown,
): { ok: true; posting: Posting } | { ok: false; issues: PostingIssue[] } {
  const result = v.safeParse(PostingSchema, data)
  if (result.success) return { ok: true, posting: result.output }
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: v.getDotPath(issue) ?? '(root)',
      message: issue.message,
    })),
  }
}

export function emptySections(): Sections {
  return {
    summary: [],
    responsibilities: [],
    requirements: [],
    niceToHave: [],
    benefits: [],
    hiringProcess: [],
    about: [],
  }
}
