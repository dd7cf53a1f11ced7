import type { RoleFamily, Seniority, WorkMode } from './posting.ts'

export const SORT_ORDERS = ['newest', 'title', 'company'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

export type StackMode = 'all' | 'any'

/**
 * What the board shows. The URL owns this state: `src/url` parses it from and writes it
 * to the query string, `src/search` applies it to postings.
 */
export type FilterState = {
  q: string
  stack: string[]
  stackMode: StackMode
  seniority: Seniority[]
  country: string[]
  city: string[]
  mode: WorkMode[]
  maxOfficeDays: number | null
  company: string[]
  family: RoleFamily[]
  sort: SortOrder
}

export const DEFAULT_FILTERS: FilterState = {
  q: '',
  stack: [],
  stackMode: 'all',
  seniority: [],
  country: [],
  city: [],
  mode: [],
  maxOfficeDays: null,
  company: [],
  family: [],
  sort: 'newest',
}
