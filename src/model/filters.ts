import type { EmploymentType, RoleFamily, Seniority, WorkMode } from './posting.ts'

/** `relevance` orders by how well a role matches the query; without one it is `newest`. */
export const SORT_ORDERS = ['relevance', 'newest', 'salary', 'title', 'company'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

export type StackMode = 'all' | 'any'

/** How recently a role was posted: within a day, a week, a month of today. */
export const POSTED_WINDOWS = ['1d', '7d', '30d'] as const
export type PostedWindow = (typeof POSTED_WINDOWS)[number]
export const POSTED_DAYS: Record<PostedWindow, number> = { '1d': 1, '7d': 7, '30d': 30 }

/**
 * What the board shows. The URL owns this state: `src/url` parses it from and writes it
 * to the query string, `src/search` applies it to postings. The list filters are the
 * entries of the facet registry (`src/search/facet-registry.ts`).
 */
export type FilterState = {
  q: string
  stack: string[]
  stackMode: StackMode
  seniority: Seniority[]
  country: string[]
  city: string[]
  /** ISO countries a hire lives in: roles located there, plus remote roles open to them. */
  workFrom: string[]
  mode: WorkMode[]
  maxOfficeDays: number | null
  /** A yearly amount in `currency`: roles whose stated pay reaches it. */
  minSalary: number | null
  /** ISO 4217 code of `minSalary` (and of the yearly figures shown beside pay). */
  currency: string
  /** With a minimum pay: keep roles that state no pay (they are left out by default). */
  unstatedPay: boolean
  posted: PostedWindow | null
  type: EmploymentType[]
  /** ['yes']: roles that state visa sponsorship. */
  visa: 'yes'[]
  /** ['yes']: roles that state relocation help. */
  relocation: 'yes'[]
  company: string[]
  family: RoleFamily[]
  /** null: the default order (relevance with a query, else newest). */
  sort: SortOrder | null
}

export const DEFAULT_CURRENCY = 'EUR'

export const DEFAULT_FILTERS: FilterState = {
  q: '',
  stack: [],
  stackMode: 'all',
  seniority: [],
  country: [],
  city: [],
  workFrom: [],
  mode: [],
  maxOfficeDays: null,
  minSalary: null,
  currency: DEFAULT_CURRENCY,
  unstatedPay: false,
  posted: null,
  type: [],
  visa: [],
  relocation: [],
  company: [],
  family: [],
  sort: null,
}

/** The order results come in: the chosen one, else relevance for a query, else newest. */
export function effectiveSort(filters: Pick<FilterState, 'q' | 'sort'>): SortOrder {
  if (filters.sort) return filters.sort
  return filters.q.trim() ? 'relevance' : 'newest'
}

/** How many filters are active (the search counts as one; the sort and currency do not). */
export function activeFilterCount(filters: FilterState): number {
  let n = filters.q ? 1 : 0
  for (const key of [
    'stack',
    'seniority',
    'country',
    'city',
    'workFrom',
    'mode',
    'type',
    'visa',
    'relocation',
    'company',
    'family',
  ] as const)
    n += filters[key].length
  if (filters.stackMode === 'any' && filters.stack.length > 1) n++
  if (filters.maxOfficeDays !== null) n++
  if (filters.minSalary !== null) n++
  if (filters.posted !== null) n++
  return n
}

/** Every filter off; the sort order and the pay currency are preferences, so they stay. */
export function clearFilters(filters: FilterState): FilterState {
  return { ...DEFAULT_FILTERS, sort: filters.sort, currency: filters.currency }
}
