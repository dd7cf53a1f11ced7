import type { FilterState } from '../model/filters.ts'
import { EMPLOYMENT_TYPES, ROLE_FAMILIES, SENIORITIES, WORK_MODES } from '../model/posting.ts'
import type { Posting } from '../model/posting.ts'

/** What a facet reads of a posting: everything but its own text. */
export type FacetSource = Omit<Posting, 'sections'>

/** The value a role open to hires anywhere has in the "Work from" column. */
export const ANYWHERE = '*'

/**
 * One facet of the board, in the spirit of itemsjs's `aggregations`: the one place that
 * says which values a posting has (the column the build ships and the engine counts), how
 * the URL reads and writes a selection, and how the facet panel shows it.
 */
export type FacetDef = {
  key: FacetKey
  /** The group's accessible name in the facet panel. */
  legend: string
  /** The posting's values (no repeats needed: the column keeps each once). */
  values: (posting: FacetSource) => string[]
  /** A fixed vocabulary, read case-insensitively from the URL and shown in this order. */
  vocabulary?: readonly string[]
  /** Values are ISO 3166-1 alpha-2 codes, read in any case and written in upper case. */
  countryCodes?: boolean
  /** Rows with this value match whatever is selected (roles open to hires anywhere). */
  wildcard?: string
  /** Every selected value must match, not one of them (stack in "all" mode). */
  conjunctive?: (filters: FilterState) => boolean
  /** Values shown before "Show all". */
  size: number
}

const FACET_LIST = [
  {
    key: 'stack',
    legend: 'Stack',
    values: (p) => p.stack.map((s) => s.name),
    conjunctive: (filters) => filters.stackMode === 'all',
    size: 8,
  },
  {
    key: 'seniority',
    legend: 'Seniority',
    values: (p) => (p.seniority ? [p.seniority] : []),
    vocabulary: SENIORITIES,
    size: 10,
  },
  {
    key: 'family',
    legend: 'Role family',
    values: (p) => [p.roleFamily],
    vocabulary: ROLE_FAMILIES,
    size: 8,
  },
  {
    key: 'country',
    legend: 'Location',
    values: (p) => p.locations.flatMap((l) => (l.country ? [l.country] : [])),
    countryCodes: true,
    size: 8,
  },
  {
    key: 'city',
    legend: 'Location',
    values: (p) => p.locations.flatMap((l) => (l.city ? [l.city] : [])),
    size: 8,
  },
  {
    key: 'workFrom',
    legend: 'Work from',
    values: workFromValues,
    countryCodes: true,
    wildcard: ANYWHERE,
    size: 8,
  },
  {
    key: 'mode',
    legend: 'Work mode',
    values: (p) => (p.workMode ? [p.workMode] : []),
    vocabulary: WORK_MODES,
    size: 8,
  },
  {
    key: 'type',
    legend: 'Employment type',
    values: (p) => (p.employmentType ? [p.employmentType] : []),
    vocabulary: EMPLOYMENT_TYPES,
    size: 8,
  },
  {
    key: 'visa',
    legend: 'Visa and relocation',
    values: (p) => (p.visaSponsorship ? ['yes'] : []),
    vocabulary: ['yes'],
    size: 1,
  },
  {
    key: 'relocation',
    legend: 'Visa and relocation',
    values: (p) => (p.relocation ? ['yes'] : []),
    vocabulary: ['yes'],
    size: 1,
  },
  {
    key: 'company',
    legend: 'Company',
    values: (p) => (p.company ? [p.company] : []),
    size: 8,
  },
] as const satisfies readonly (Omit<FacetDef, 'key'> & { key: string })[]

export type FacetKey = (typeof FACET_LIST)[number]['key']

/** The registry: every facet, in the order the panel shows them. */
export const FACETS: readonly FacetDef[] = FACET_LIST
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key)
export const facetDef = (key: FacetKey): FacetDef => FACETS.find((facet) => facet.key === key)!

/**
 * Where a hire may live to take the role: the countries it is in, plus (unless it is
 * on-site) the countries its remote statement opens it to. A role open to anywhere has
 * only the wildcard, which every country selection matches.
 */
function workFromValues(posting: FacetSource): string[] {
  const remote = posting.workMode === 'onsite' ? null : posting.remoteCountries
  if (remote === 'anywhere') return [ANYWHERE]
  const placed = posting.locations.flatMap((l) => (l.country ? [l.country] : []))
  return [...placed, ...(remote ?? [])]
}

/** Does a posting with `values` pass the facet's selection? */
export function matchesSelection(
  facet: FacetDef,
  values: readonly string[],
  selected: readonly string[],
  filters: FilterState,
): boolean {
  if (selected.length === 0) return true
  if (facet.wildcard !== undefined && values.includes(facet.wildcard)) return true
  if (facet.conjunctive?.(filters)) return selected.every((s) => values.includes(s))
  return selected.some((s) => values.includes(s))
}
