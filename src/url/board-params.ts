import { DEFAULT_FILTERS, SORT_ORDERS, type FilterState } from '../model/filters.ts'
import { ROLE_FAMILIES, SENIORITIES, WORK_MODES } from '../model/posting.ts'

export type ParsedParams<T> = { value: T; notes: string[] }

type ListKey = 'stack' | 'seniority' | 'country' | 'city' | 'mode' | 'company' | 'family'

/** Canonical order of the query string. */
export const BOARD_PARAM_ORDER = [
  'q',
  'stack',
  'stackMode',
  'seniority',
  'country',
  'city',
  'mode',
  'maxOfficeDays',
  'company',
  'family',
  'sort',
] as const

const ALLOWED: Partial<Record<ListKey, readonly string[]>> = {
  seniority: SENIORITIES,
  mode: WORK_MODES,
  family: ROLE_FAMILIES,
}

const uniqueSorted = (values: string[]) => [...new Set(values)].sort()

/** Reads the board's filters from a query string. Anything it cannot use becomes a note. */
export function parseBoardParams(input: URLSearchParams | string): ParsedParams<FilterState> {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input
  const notes: string[] = []
  const filters: FilterState = { ...DEFAULT_FILTERS }
  const known = new Set<string>(BOARD_PARAM_ORDER)
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) notes.push(`Ignored unknown parameter “${key}”.`)
  }

  const q = params.get('q')
  if (q !== null) filters.q = q.trim()

  const lists: ListKey[] = ['stack', 'seniority', 'country', 'city', 'mode', 'company', 'family']
  for (const key of lists) {
    const values: string[] = []
    for (const raw of params.getAll(key)) {
      let value = raw.trim()
      if (key === 'country') value = value.toUpperCase()
      const allowed = ALLOWED[key]
      const valid =
        value !== '' &&
        (allowed ? allowed.includes(value) : key === 'country' ? /^[A-Z]{2}$/.test(value) : true)
      if (valid) values.push(value)
      else notes.push(`Ignored ${key} “${raw}”: not a known value.`)
    }
    ;(filters[key] as string[]) = uniqueSorted(values)
  }

  const stackMode = params.get('stackMode')
  if (stackMode !== null) {
    if (stackMode === 'all' || stackMode === 'any') filters.stackMode = stackMode
    else notes.push(`Ignored stackMode “${stackMode}”: use “all” or “any”.`)
  }

  const maxOfficeDays = params.get('maxOfficeDays')
  if (maxOfficeDays !== null) {
    const days = Number(maxOfficeDays)
    if (/^\d$/.test(maxOfficeDays) && days <= 5) filters.maxOfficeDays = days
    else notes.push(`Ignored maxOfficeDays “${maxOfficeDays}”: use a whole number from 0 to 5.`)
  }

  const sort = params.get('sort')
  if (sort !== null) {
    if ((SORT_ORDERS as readonly string[]).includes(sort))
      filters.sort = sort as FilterState['sort']
    else notes.push(`Ignored sort “${sort}”: use ${SORT_ORDERS.join(', ')}.`)
  }
  return { value: filters, notes }
}

/** Writes filters as a canonical query string (no leading "?"); defaults are left out. */
export function boardParamsToString(filters: FilterState): string {
  const params = new URLSearchParams()
  if (filters.q.trim()) params.set('q', filters.q.trim())
  for (const v of uniqueSorted(filters.stack)) params.append('stack', v)
  if (filters.stackMode !== DEFAULT_FILTERS.stackMode) params.set('stackMode', filters.stackMode)
  for (const key of ['seniority', 'country', 'city', 'mode'] as const)
    for (const v of uniqueSorted(filters[key])) params.append(key, v)
  if (filters.maxOfficeDays !== null) params.set('maxOfficeDays', String(filters.maxOfficeDays))
  for (const key of ['company', 'family'] as const)
    for (const v of uniqueSorted(filters[key])) params.append(key, v)
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort)
  return params.toString()
}
