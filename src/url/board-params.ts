import { DEFAULT_FILTERS, SORT_ORDERS, type FilterState } from '../model/filters.ts'
import { ROLE_FAMILIES, SENIORITIES, WORK_MODES } from '../model/posting.ts'
import { createNotes, either, quote, unknownParamsNote } from './notes.ts'
import { readQuery } from './query.ts'

/** A value read from an address, with a note (a sentence to show) for anything ignored. */
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

export const MAX_OFFICE_DAYS = 5

const LIST_KEYS: readonly ListKey[] = [
  'stack',
  'seniority',
  'country',
  'city',
  'mode',
  'company',
  'family',
]

/** Fixed vocabularies are read case-insensitively and written in lower case. */
const VOCABULARY: Partial<Record<ListKey, readonly string[]>> = {
  seniority: SENIORITIES,
  mode: WORK_MODES,
  family: ROLE_FAMILIES,
}

const COUNTRY_CODE = /^[A-Z]{2}$/

const uniqueSorted = (values: string[]) => [...new Set(values)].sort()

/** A list value in canonical form, or why it cannot be used. */
function readListValue(key: ListKey, raw: string): { value: string } | { problem: string } {
  const trimmed = raw.trim()
  if (trimmed === '') return { problem: `Ignored an empty “${key}” value.` }
  const vocabulary = VOCABULARY[key]
  if (vocabulary) {
    const value = trimmed.toLowerCase()
    return vocabulary.includes(value)
      ? { value }
      : { problem: `Ignored ${key} ${quote(raw)}: use ${either(vocabulary)}.` }
  }
  if (key === 'country') {
    const value = trimmed.toUpperCase()
    return COUNTRY_CODE.test(value)
      ? { value }
      : { problem: `Ignored country ${quote(raw)}: use a two-letter country code such as ES.` }
  }
  return { value: trimmed }
}

/**
 * Reads the board's filters from a query string. Never throws: anything it cannot use is
 * left out and described in `notes`, which the board shows.
 */
export function parseBoardParams(input: URLSearchParams | string): ParsedParams<FilterState> {
  const read = readQuery(input)
  const params = read.params
  const notes = createNotes()
  const filters: FilterState = { ...DEFAULT_FILTERS }

  const known = new Set<string>(BOARD_PARAM_ORDER)
  const unknown = unknownParamsNote([...new Set(params.keys())].filter((key) => !known.has(key)))
  if (unknown) notes.add(unknown)
  for (const note of read.notes) notes.add(note)

  /** The one value of a single-valued parameter; repeats are noted and ignored. */
  const single = (key: string): string | null => {
    const all = params.getAll(key)
    const others = all.length - 1
    if (others > 0)
      notes.add(
        `Used the first “${key}” value and ignored the other${others > 1 ? ` ${others}` : ''}.`,
      )
    return all.length ? all[0]! : null
  }

  const q = single('q')
  if (q !== null) filters.q = q.trim()

  for (const key of LIST_KEYS) {
    const values: string[] = []
    for (const raw of params.getAll(key)) {
      const read = readListValue(key, raw)
      if ('value' in read) values.push(read.value)
      else notes.add(read.problem)
    }
    ;(filters[key] as string[]) = uniqueSorted(values)
  }

  const stackMode = single('stackMode')
  if (stackMode !== null) {
    const value = stackMode.trim().toLowerCase()
    if (value === 'all' || value === 'any') filters.stackMode = value
    else
      notes.add(
        `Ignored stackMode ${quote(stackMode)}: use “all” (every technology) or “any” (at least one).`,
      )
  }

  const maxOfficeDays = single('maxOfficeDays')
  if (maxOfficeDays !== null) {
    const value = maxOfficeDays.trim()
    if (/^\d$/.test(value) && Number(value) <= MAX_OFFICE_DAYS)
      filters.maxOfficeDays = Number(value)
    else
      notes.add(
        `Ignored maxOfficeDays ${quote(maxOfficeDays)}: use a whole number from 0 to ${MAX_OFFICE_DAYS}.`,
      )
  }

  const sort = single('sort')
  if (sort !== null) {
    const value = sort.trim().toLowerCase()
    if ((SORT_ORDERS as readonly string[]).includes(value))
      filters.sort = value as FilterState['sort']
    else notes.add(`Ignored sort ${quote(sort)}: use ${either(SORT_ORDERS)}.`)
  }
  return { value: filters, notes: notes.list() }
}

/**
 * Writes filters as a canonical query string (no leading "?"): parameters in
 * BOARD_PARAM_ORDER, list values sorted and unique, defaults left out. Reading it back
 * with parseBoardParams gives the same filters.
 */
export function boardParamsToString(filters: FilterState): string {
  const params = new URLSearchParams()
  const q = filters.q.trim()
  if (q) params.set('q', q)
  const list = (key: ListKey) => {
    const values: string[] = []
    for (const raw of filters[key]) {
      const read = readListValue(key, raw)
      if ('value' in read) values.push(read.value)
    }
    for (const value of uniqueSorted(values)) params.append(key, value)
  }
  list('stack')
  if (filters.stackMode !== DEFAULT_FILTERS.stackMode) params.set('stackMode', filters.stackMode)
  list('seniority')
  list('country')
  list('city')
  list('mode')
  const days = filters.maxOfficeDays
  if (days !== null && Number.isInteger(days) && days >= 0 && days <= MAX_OFFICE_DAYS)
    params.set('maxOfficeDays', String(days))
  list('company')
  list('family')
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort)
  return params.toString()
}
