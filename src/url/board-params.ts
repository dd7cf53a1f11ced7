import { EUR_RATES } from '../model/exchange-rates.ts'
import { DEFAULT_FILTERS, POSTED_WINDOWS, SORT_ORDERS, type FilterState } from '../model/filters.ts'
import { FACETS, type FacetDef, type FacetKey } from '../search/facet-registry.ts'
import { createNotes, either, quote, unknownParamsNote } from './notes.ts'
import { readQuery } from './query.ts'

/** A value read from an address, with a note (a sentence to show) for anything ignored. */
export type ParsedParams<T> = { value: T; notes: string[] }

/** Canonical order of the query string; every facet of the registry is in it. */
export const BOARD_PARAM_ORDER = [
  'q',
  'stack',
  'stackMode',
  'seniority',
  'country',
  'city',
  'workFrom',
  'mode',
  'maxOfficeDays',
  'minSalary',
  'currency',
  'unstatedPay',
  'posted',
  'type',
  'visa',
  'relocation',
  'company',
  'family',
  'sort',
] as const satisfies readonly (FacetKey | keyof FilterState)[]

export const MAX_OFFICE_DAYS = 5
/** A yearly minimum above this is a typo, not a filter. */
export const MAX_MIN_SALARY = 100_000_000

const COUNTRY_CODE = /^[A-Z]{2}$/

const uniqueSorted = (values: string[]) => [...new Set(values)].sort()

/** A facet value in canonical form, or why it cannot be used. */
function readFacetValue(facet: FacetDef, raw: string): { value: string } | { problem: string } {
  const { key } = facet
  const trimmed = raw.trim()
  if (trimmed === '') return { problem: `Ignored an empty “${key}” value.` }
  if (facet.vocabulary) {
    const value = trimmed.toLowerCase()
    return facet.vocabulary.includes(value)
      ? { value }
      : { problem: `Ignored ${key} ${quote(raw)}: use ${either(facet.vocabulary)}.` }
  }
  if (facet.countryCodes) {
    const value = trimmed.toUpperCase()
    return COUNTRY_CODE.test(value)
      ? { value }
      : { problem: `Ignored ${key} ${quote(raw)}: use a two-letter country code such as ES.` }
  }
  if (facet.wildcard !== undefined && trimmed === facet.wildcard)
    return { problem: `Ignored ${key} ${quote(raw)}.` }
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
  /** A single value from a fixed list, read case-insensitively. */
  const choice = <T extends string>(key: string, options: readonly T[], hint?: string) => {
    const raw = single(key)
    if (raw === null) return null
    const value = raw.trim().toLowerCase() as T
    if (options.includes(value)) return value
    notes.add(`Ignored ${key} ${quote(raw)}: use ${hint ?? either(options)}.`)
    return null
  }

  const q = single('q')
  if (q !== null) filters.q = q.trim()

  for (const facet of FACETS) {
    const values: string[] = []
    for (const raw of params.getAll(facet.key)) {
      const read = readFacetValue(facet, raw)
      if ('value' in read) values.push(read.value)
      else notes.add(read.problem)
    }
    ;(filters[facet.key] as string[]) = uniqueSorted(values)
  }

  filters.stackMode =
    choice(
      'stackMode',
      ['all', 'any'] as const,
      '“all” (every technology) or “any” (at least one)',
    ) ?? DEFAULT_FILTERS.stackMode

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

  const minSalary = single('minSalary')
  if (minSalary !== null) {
    const value = minSalary.trim()
    if (/^\d{1,9}$/.test(value) && Number(value) > 0 && Number(value) <= MAX_MIN_SALARY)
      filters.minSalary = Number(value)
    else
      notes.add(
        `Ignored minSalary ${quote(minSalary)}: use a yearly amount in whole units, such as 60000.`,
      )
  }

  const currency = single('currency')
  if (currency !== null) {
    const value = currency.trim().toUpperCase()
    if (Object.hasOwn(EUR_RATES, value)) filters.currency = value
    else
      notes.add(
        `Ignored currency ${quote(currency)}: use one of ${Object.keys(EUR_RATES).sort().join(', ')}.`,
      )
  }

  filters.unstatedPay = choice('unstatedPay', ['include'] as const) === 'include'
  filters.posted = choice('posted', POSTED_WINDOWS)
  filters.sort = choice('sort', SORT_ORDERS)
  return { value: filters, notes: notes.list() }
}

/**
 * Writes filters as a canonical query string (no leading "?"): parameters in
 * BOARD_PARAM_ORDER, list values sorted and unique, defaults left out. Reading it back
 * with parseBoardParams gives the same filters.
 */
export function boardParamsToString(filters: FilterState): string {
  const params = new URLSearchParams()
  const facets = new Map(FACETS.map((facet) => [facet.key as string, facet]))
  for (const key of BOARD_PARAM_ORDER) {
    const facet = facets.get(key)
    if (facet) {
      const values: string[] = []
      for (const raw of filters[facet.key] as string[]) {
        const read = readFacetValue(facet, raw)
        if ('value' in read) values.push(read.value)
      }
      for (const value of uniqueSorted(values)) params.append(key, value)
      continue
    }
    switch (key) {
      case 'q': {
        const q = filters.q.trim()
        if (q) params.set('q', q)
        break
      }
      case 'stackMode':
        if (filters.stackMode !== DEFAULT_FILTERS.stackMode)
          params.set('stackMode', filters.stackMode)
        break
      case 'maxOfficeDays': {
        const days = filters.maxOfficeDays
        if (days !== null && Number.isInteger(days) && days >= 0 && days <= MAX_OFFICE_DAYS)
          params.set('maxOfficeDays', String(days))
        break
      }
      case 'minSalary': {
        const min = filters.minSalary
        if (min !== null && Number.isInteger(min) && min > 0 && min <= MAX_MIN_SALARY)
          params.set('minSalary', String(min))
        break
      }
      case 'currency':
        if (
          filters.currency !== DEFAULT_FILTERS.currency &&
          Object.hasOwn(EUR_RATES, filters.currency)
        )
          params.set('currency', filters.currency)
        break
      case 'unstatedPay':
        if (filters.unstatedPay) params.set('unstatedPay', 'include')
        break
      case 'posted':
        if (filters.posted) params.set('posted', filters.posted)
        break
      case 'sort':
        if (filters.sort) params.set('sort', filters.sort)
        break
    }
  }
  return params.toString()
}
