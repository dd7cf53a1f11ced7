import type { FacetValue } from './types.ts'

// One collator for every comparison: the same order as `localeCompare` without options,
// and much faster when sorting large boards.
const collator = new Intl.Collator()

/** Locale order, then code-unit order so distinct strings never tie. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** Facet values are shown by count (most first), then by name. */
export function compareFacetValues(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || compareNames(a.value, b.value)
}
