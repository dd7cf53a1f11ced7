import type { FacetValue } from './types.ts'

// One collator for every comparison: the same order as `localeCompare` without options,
// and much faster when sorting large boards. Made on first use, not as the app's script is
// evaluated: making one loads the locale's collation data (several ms), which made the
// entry's evaluation, one task, a long one.
let collator: Intl.Collator | undefined

/** Locale order, then code-unit order so distinct strings never tie. */
export function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator()).compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** Facet values are shown by count (most first), then by name. */
export function compareFacetValues(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || compareNames(a.value, b.value)
}
