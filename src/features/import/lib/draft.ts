import {
  SECTION_KEYS,
  type Posting,
  type RoleFamily,
  type Salary,
  type SectionKey,
  type Seniority,
  type StackCategory,
  type WorkMode,
} from '@/model/posting'

/** A posting as the preview form edits it: text fields as typed, lists one item per line. */
export type Draft = {
  title: string
  company: string
  team: string
  roleFamily: RoleFamily
  seniority: Seniority | ''
  workMode: WorkMode | ''
  officeDays: string
  locations: { city: string; region: string; country: string }[]
  stack: { name: string; category: StackCategory; note: string }[]
  workPolicy: string
  remoteRegions: string
  spokenLanguages: string
  salaryMin: string
  salaryMax: string
  salaryCurrency: string
  salaryPeriod: Salary['period']
  postedAt: string
  sourceUrl: string
  sections: Record<SectionKey, string>
}

export type DraftField = Exclude<keyof Draft, 'sections'> | `sections.${SectionKey}` | 'salary'

const lines = (items: string[]) => items.join('\n')
const unlines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
const orNull = (text: string) => (text.trim() === '' ? null : text.trim())
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text))

export function toDraft(posting: Posting): Draft {
  return {
    title: posting.title,
    company: posting.company ?? '',
    team: posting.team ?? '',
    roleFamily: posting.roleFamily,
    seniority: posting.seniority ?? '',
    workMode: posting.workMode ?? '',
    officeDays: posting.officeDaysPerWeek === null ? '' : String(posting.officeDaysPerWeek),
    locations: posting.locations.map((l) => ({
      city: l.city ?? '',
      region: l.region ?? '',
      country: l.country ?? '',
    })),
    stack: posting.stack.map((s) => ({ name: s.name, category: s.category, note: s.note ?? '' })),
    workPolicy: lines(posting.workPolicy),
    remoteRegions: lines(posting.remoteRegions),
    spokenLanguages: lines(posting.spokenLanguages),
    salaryMin: posting.salary?.min == null ? '' : String(posting.salary.min),
    salaryMax: posting.salary?.max == null ? '' : String(posting.salary.max),
    salaryCurrency: posting.salary?.currency ?? '',
    salaryPeriod: posting.salary?.period ?? 'year',
    postedAt: posting.postedAt ?? '',
    sourceUrl: posting.source.url ?? '',
    sections: Object.fromEntries(
      SECTION_KEYS.map((key) => [key, lines(posting.sections[key])]),
    ) as Record<SectionKey, string>,
  }
}

/** The edited posting, to be checked with `validatePosting` before it is saved. */
export function fromDraft(draft: Draft, base: Posting): Posting {
  const hasSalary =
    draft.salaryMin.trim() !== '' ||
    draft.salaryMax.trim() !== '' ||
    draft.salaryCurrency.trim() !== ''
  const { url: _url, ...source } = base.source
  return {
    ...base,
    source: draft.sourceUrl.trim() ? { ...source, url: draft.sourceUrl.trim() } : source,
    title: draft.title.trim(),
    company: orNull(draft.company),
    team: orNull(draft.team),
    roleFamily: draft.roleFamily,
    seniority: draft.seniority || null,
    workMode: draft.workMode || null,
    officeDaysPerWeek: numberOrNull(draft.officeDays),
    locations: draft.locations
      .filter((l) => l.city.trim() || l.region.trim() || l.country.trim())
      .map((l) => ({
        city: orNull(l.city),
        region: orNull(l.region),
        country: orNull(l.country.toUpperCase()),
      })),
    stack: draft.stack
      .filter((s) => s.name.trim())
      .map((s) => ({
        name: s.name.trim(),
        category: s.category,
        ...(s.note.trim() ? { note: s.note.trim() } : {}),
      })),
    workPolicy: unlines(draft.workPolicy),
    remoteRegions: unlines(draft.remoteRegions),
    spokenLanguages: unlines(draft.spokenLanguages),
    salary: hasSalary
      ? {
          min: numberOrNull(draft.salaryMin),
          max: numberOrNull(draft.salaryMax),
          currency: draft.salaryCurrency.trim().toUpperCase(),
          period: draft.salaryPeriod,
        }
      : null,
    postedAt: orNull(draft.postedAt),
    sections: Object.fromEntries(
      SECTION_KEYS.map((key) => [key, unlines(draft.sections[key])]),
    ) as Posting['sections'],
  }
}

/** The form field a validation issue path ("locations.0.country") belongs to. */
export function fieldOfIssue(path: string): DraftField | 'other' {
  const [head, second] = path.split('.')
  const map: Record<string, DraftField> = {
    title: 'title',
    company: 'company',
    team: 'team',
    roleFamily: 'roleFamily',
    seniority: 'seniority',
    workMode: 'workMode',
    officeDaysPerWeek: 'officeDays',
    locations: 'locations',
    stack: 'stack',
    workPolicy: 'workPolicy',
    remoteRegions: 'remoteRegions',
    spokenLanguages: 'spokenLanguages',
    salary: 'salary',
    postedAt: 'postedAt',
  }
  if (head === 'source') return 'sourceUrl'
  if (head === 'sections' && second) return `sections.${second as SectionKey}`
  return (head && map[head]) || 'other'
}

const WARNING_FIELDS: [RegExp, DraftField][] = [
  [/salary|pay|compensation|currency/i, 'salary'],
  [/office day|days? (a|per) week|in.office/i, 'officeDays'],
  [/work ?mode|remote|hybrid|on-?site/i, 'workMode'],
  [/location|city|country|region/i, 'locations'],
  [/seniority|level/i, 'seniority'],
  [/family/i, 'roleFamily'],
  [/stack|technolog|skill/i, 'stack'],
  [/company|employer/i, 'company'],
  [/title/i, 'title'],
  [/team/i, 'team'],
  [/posted|date/i, 'postedAt'],
  [/language/i, 'spokenLanguages'],
  [/url|link|source/i, 'sourceUrl'],
]

/** The form field a parser warning talks about, so it can be shown beside it. */
export function fieldOfWarning(warning: string): DraftField | 'other' {
  return WARNING_FIELDS.find(([pattern]) => pattern.test(warning))?.[1] ?? 'other'
}
