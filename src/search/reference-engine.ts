import type { FilterState } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import { compareFacetValues, compareNames } from './facet-order.ts'
import { fold, queryTerms, tokenize, tokensHavePrefix } from './text.ts'
import { FACET_KEYS, type FacetKey, type FacetValue, type SearchEngine } from './types.ts'

// Kept here too: callers imported them from this module before `text.ts` existed.
export { fold, queryTerms }

export function facetValues(posting: Posting, key: FacetKey): string[] {
  switch (key) {
    case 'stack':
      return posting.stack.map((s) => s.name)
    case 'seniority':
      return posting.seniority ? [posting.seniority] : []
    case 'country':
      return posting.locations.flatMap((l) => (l.country ? [l.country] : []))
    case 'city':
      return posting.locations.flatMap((l) => (l.city ? [l.city] : []))
    case 'mode':
      return posting.workMode ? [posting.workMode] : []
    case 'company':
      return posting.company ? [posting.company] : []
    case 'family':
      return [posting.roleFamily]
  }
}

/** Everything text search looks at: title, company, team, stack and every section. */
export function searchableText(posting: Posting): string {
  const sections = Object.values(posting.sections).flat()
  return fold(
    [
      posting.title,
      posting.company ?? '',
      posting.team ?? '',
      ...posting.stack.map((s) => s.name),
      ...sections,
    ].join('\n'),
  )
}

/** Remote roles need no office days; a hybrid role with unknown days cannot promise a maximum. */
export function officeDaysWithin(posting: Posting, max: number): boolean {
  if (posting.workMode === 'remote') return true
  return posting.officeDaysPerWeek !== null && posting.officeDaysPerWeek <= max
}

function matchesFacet(posting: Posting, key: FacetKey, filters: FilterState): boolean {
  const selected = filters[key]
  if (selected.length === 0) return true
  const values = facetValues(posting, key)
  if (key === 'stack' && filters.stackMode === 'all')
    return selected.every((s) => values.includes(s))
  return selected.some((s) => values.includes(s))
}

function matchesExcept(
  posting: Posting,
  tokens: string[],
  filters: FilterState,
  terms: string[],
  except: FacetKey | null,
): boolean {
  if (!terms.every((t) => tokensHavePrefix(tokens, t))) return false
  if (filters.maxOfficeDays !== null && !officeDaysWithin(posting, filters.maxOfficeDays))
    return false
  for (const key of FACET_KEYS) {
    // In "all" mode a stack count says what adding that technology would leave, so the
    // stack selection itself still applies.
    if (key === except && !(key === 'stack' && filters.stackMode === 'all')) continue
    if (!matchesFacet(posting, key, filters)) return false
  }
  return true
}

/** Result order; ties fall back to the title, then the (unique) id, so it is total. */
export function compareForSort(sort: FilterState['sort']): (a: Posting, b: Posting) => number {
  const byTitle = (a: Posting, b: Posting) =>
    compareNames(a.title, b.title) || compareNames(a.id, b.id)
  switch (sort) {
    case 'title':
      return byTitle
    case 'company':
      // Postings without a company come last.
      return (a, b) =>
        (a.company === null ? 1 : 0) - (b.company === null ? 1 : 0) ||
        (a.company !== null && b.company !== null ? compareNames(a.company, b.company) : 0) ||
        byTitle(a, b)
    case 'newest': {
      // ISO dates order as strings; undated postings come last.
      const date = (p: Posting) => p.postedAt ?? ''
      return (a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0) || byTitle(a, b)
    }
  }
}

/**
 * Obviously-correct engine: scans every posting for every facet. The oracle the fast
 * engine is tested against; too slow for large boards.
 */
export function createReferenceEngine(postings: Posting[]): SearchEngine {
  const tokens = postings.map((p) => tokenize(searchableText(p)))
  return {
    search(filters) {
      const terms = queryTerms(filters.q)
      const items = postings.filter((p, i) => matchesExcept(p, tokens[i]!, filters, terms, null))
      items.sort(compareForSort(filters.sort))
      const facets = {} as Record<FacetKey, FacetValue[]>
      for (const key of FACET_KEYS) {
        const counts = new Map<string, number>()
        postings.forEach((p, i) => {
          if (!matchesExcept(p, tokens[i]!, filters, terms, key)) return
          for (const value of new Set(facetValues(p, key)))
            counts.set(value, (counts.get(value) ?? 0) + 1)
        })
        for (const value of filters[key]) if (!counts.has(value)) counts.set(value, 0)
        facets[key] = [...counts]
          .map(([value, count]) => ({ value, count }))
          .sort(compareFacetValues)
      }
      return { items, total: items.length, facets }
    },
  }
}
