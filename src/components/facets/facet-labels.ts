import {
  countryName,
  familyLabel,
  seniorityLabel,
  workModeLabel,
} from '@/components/postings/posting-format'
import { money } from '@/lib/posting-format'
import { PAY_FILTER_CURRENCIES } from '@/model/exchange-rates'
import type { FilterState, PostedWindow } from '@/model/filters'
import { FACETS, type FacetKey } from '@/search/facet-registry'

/**
 * How the UI names facet values and active filters. Facets not listed show their values
 * as they are; a new facet needs an entry here only when its values need words.
 */
export const FACET_VALUE_LABELS: Partial<Record<FacetKey, (value: string) => string>> = {
  seniority: seniorityLabel,
  family: familyLabel,
  country: countryName,
  workFrom: countryName,
  mode: workModeLabel,
  type: (value) => value.charAt(0).toUpperCase() + value.slice(1),
  visa: () => 'Visa sponsorship',
  relocation: () => 'Relocation help',
}

/** A facet's name where the value alone would not say which filter it is (chips). */
export const FACET_NAMES: Record<FacetKey, string> = {
  stack: 'Stack',
  seniority: 'Seniority',
  family: 'Role family',
  country: 'Country',
  city: 'City',
  workFrom: 'Work from',
  mode: 'Work mode',
  type: 'Type',
  visa: 'Visa',
  relocation: 'Relocation',
  company: 'Company',
}

export const formatFacetValue = (key: FacetKey, value: string) =>
  (FACET_VALUE_LABELS[key] ?? ((v: string) => v))(value)

export const POSTED_LABELS: Record<PostedWindow, string> = {
  '1d': 'Past 24 hours',
  '7d': 'Past 7 days',
  '30d': 'Past 30 days',
}

export { PAY_FILTER_CURRENCIES }

/** One active filter: what the chip says, and the filters without it. */
export type ActiveFilter = { id: string; label: string; without: FilterState }

/** Every active filter, in the order of the facet panel (the search first). */
export function activeFilters(filters: FilterState): ActiveFilter[] {
  const out: ActiveFilter[] = []
  if (filters.q)
    out.push({ id: 'q', label: `Search: “${filters.q}”`, without: { ...filters, q: '' } })
  for (const facet of FACETS) {
    const selected = filters[facet.key] as string[]
    for (const value of selected) {
      const label = FACET_VALUE_LABELS[facet.key]?.(value) ?? value
      const boolean = facet.vocabulary?.length === 1
      out.push({
        id: `${facet.key}:${value}`,
        label: boolean ? label : `${FACET_NAMES[facet.key]}: ${label}`,
        without: { ...filters, [facet.key]: selected.filter((v) => v !== value) },
      })
    }
    if (facet.key === 'stack' && filters.stackMode === 'any' && selected.length > 1)
      out.push({
        id: 'stackMode',
        label: 'Stack: any of these',
        without: { ...filters, stackMode: 'all' },
      })
    if (facet.key === 'mode' && filters.maxOfficeDays !== null)
      out.push({
        id: 'maxOfficeDays',
        label:
          filters.maxOfficeDays === 0
            ? 'No office days'
            : `At most ${filters.maxOfficeDays} office ${filters.maxOfficeDays === 1 ? 'day' : 'days'}`,
        without: { ...filters, maxOfficeDays: null },
      })
    if (facet.key === 'mode' && filters.minSalary !== null)
      out.push({
        id: 'minSalary',
        label: `Pay from ${money(filters.minSalary, filters.currency)} a year${filters.unstatedPay ? ' (or not stated)' : ''}`,
        without: { ...filters, minSalary: null, unstatedPay: false },
      })
    if (facet.key === 'mode' && filters.posted !== null)
      out.push({
        id: 'posted',
        label: `Posted: ${POSTED_LABELS[filters.posted].toLowerCase()}`,
        without: { ...filters, posted: null },
      })
  }
  return out
}
