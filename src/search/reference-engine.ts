import { effectiveSort, POSTED_DAYS, POSTED_WINDOWS, type FilterState } from '../model/filters.ts'
import type { Posting } from '../model/posting.ts'
import { yearlyPayIn } from '../model/pay.ts'
import { compareFacetValues, compareNames } from './facet-order.ts'
import { FACETS, matchesSelection, type FacetKey } from './facet-registry.ts'
import { completeness, daysBefore, PAY_BASE, todayIso } from './row-facts.ts'
import type { StackAliases } from './stack-aliases.ts'
import { fold, queryTerms, tokenize, tokensHavePrefix } from './text.ts'
import { startsWithTypo, TYPO_MIN_LENGTH } from './typo.ts'
import type { FacetValue, RangeCounts, SearchEngine, SearchOptions } from './types.ts'

// Kept here too: callers imported them from this module before `text.ts` existed.
export { fold, queryTerms }

/** A posting's values for one facet: what the registry says. */
export function facetValues(posting: Omit<Posting, 'sections'>, key: FacetKey): string[] {
  return FACETS.find((facet) => facet.key === key)!.values(posting)
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

/** Does the role pay at least the minimum (or state no pay, when those are kept)? */
export function payWithin(posting: Omit<Posting, 'sections'>, filters: FilterState): boolean {
  if (filters.minSalary === null) return true
  const yearly = yearlyPayIn(posting.salary, filters.currency)
  if (yearly === null) return filters.unstatedPay
  return yearly >= filters.minSalary
}

/** Posted on or after the window's first day (undated roles never are). */
export function postedWithin(
  postedAt: string | null,
  window: FilterState['posted'],
  today: string,
) {
  if (window === null) return true
  return postedAt !== null && postedAt >= daysBefore(today, POSTED_DAYS[window])
}

type Except = FacetKey | 'posted' | null

/** One query term: its stack names (an alias), and whether it is read with one typo. */
type Plan = { term: string; stack: readonly string[]; typo: boolean }

/** The words of title, company, team and stack: where a typo is forgiven. */
const fieldTokens = (p: Posting) =>
  tokenize(fold([p.title, p.company ?? '', p.team ?? '', ...p.stack.map((s) => s.name)].join('\n')))

function termMatches(posting: Posting, tokens: string[], plan: Plan): boolean {
  if (tokensHavePrefix(tokens, plan.term)) return true
  if (posting.stack.some((s) => plan.stack.includes(s.name))) return true
  return plan.typo && fieldTokens(posting).some((word) => startsWithTypo(word, plan.term))
}

function matchesExcept(
  posting: Posting,
  tokens: string[],
  filters: FilterState,
  plans: Plan[],
  today: string,
  except: Except,
): boolean {
  if (!plans.every((plan) => termMatches(posting, tokens, plan))) return false
  if (filters.maxOfficeDays !== null && !officeDaysWithin(posting, filters.maxOfficeDays))
    return false
  if (!payWithin(posting, filters)) return false
  if (except !== 'posted' && !postedWithin(posting.postedAt, filters.posted, today)) return false
  for (const facet of FACETS) {
    // In "all" mode a stack count says what adding that technology would leave, so the
    // stack selection itself still applies.
    if (facet.key === except && !facet.conjunctive?.(filters)) continue
    const selected = filters[facet.key] as string[]
    if (!matchesSelection(facet, facet.values(posting), selected, filters)) return false
  }
  return true
}

const byTitle = (a: Posting, b: Posting) =>
  compareNames(a.title, b.title) || compareNames(a.id, b.id)

/**
 * Newest first. Undated roles come last, and among themselves (as among roles of one day)
 * the more recently captured first, then the fuller record, then by title: never an A–Z
 * list that puts junk titles first.
 */
export function compareNewest(a: Posting, b: Posting): number {
  const da = a.postedAt ?? ''
  const db = b.postedAt ?? ''
  if (da !== db) return da < db ? 1 : -1
  const ca = a.source.capturedAt ?? ''
  const cb = b.source.capturedAt ?? ''
  if (ca !== cb) return ca < cb ? 1 : -1
  return completeness(b) - completeness(a) || byTitle(a, b)
}

/** Result order for the sorts that do not depend on the query; total (ids are unique). */
export function compareForSort(
  sort: Exclude<FilterState['sort'], null>,
): (a: Posting, b: Posting) => number {
  switch (sort) {
    case 'title':
      return byTitle
    case 'company':
      // Postings without a company come last.
      return (a, b) =>
        (a.company === null ? 1 : 0) - (b.company === null ? 1 : 0) ||
        (a.company !== null && b.company !== null ? compareNames(a.company, b.company) : 0) ||
        byTitle(a, b)
    case 'salary': {
      // Highest yearly pay first (compared in one currency); roles without a figure last.
      const pay = (p: Posting) => yearlyPayIn(p.salary, PAY_BASE) ?? -1
      return (a, b) => pay(b) - pay(a) || byTitle(a, b)
    }
    case 'relevance':
    case 'newest':
      return compareNewest
  }
}

/** How well a posting matches the query: title matches weigh most, then stack, then company and team. */
function relevance(posting: Posting, plans: Plan[]): number {
  const words = (text: string) => tokenize(fold(text))
  const title = words(posting.title)
  const stack = posting.stack.flatMap((s) => words(s.name))
  const org = [...words(posting.company ?? ''), ...words(posting.team ?? '')]
  const has = (field: string[], plan: Plan) =>
    tokensHavePrefix(field, plan.term) ||
    (plan.typo && field.some((word) => startsWithTypo(word, plan.term)))
  let score = 0
  for (const plan of plans) {
    if (has(title, plan)) score += 4
    if (has(stack, plan) || posting.stack.some((s) => plan.stack.includes(s.name))) score += 2
    if (has(org, plan)) score += 1
  }
  return score
}

/**
 * Obviously-correct engine: scans every posting for every facet. The oracle the fast
 * engine is tested against; too slow for large boards.
 */
export function createReferenceEngine(
  postings: Posting[],
  aliases: StackAliases = {},
): SearchEngine {
  const tokens = postings.map((p) => tokenize(searchableText(p)))
  return {
    search(filters, options: SearchOptions = {}) {
      const today = options.today ?? todayIso()
      const plans: Plan[] = queryTerms(filters.q).map((term) => {
        const stack = Object.hasOwn(aliases, term) ? aliases[term]! : []
        const typo =
          stack.length === 0 &&
          term.length >= TYPO_MIN_LENGTH &&
          !tokens.some((own) => tokensHavePrefix(own, term))
        return { term, stack, typo }
      })
      const terms = plans.map((plan) => plan.term)
      const matches = (except: Except) =>
        postings.filter((p, i) => matchesExcept(p, tokens[i]!, filters, plans, today, except))
      const items = matches(null)
      const sort = effectiveSort(filters)
      items.sort(compareForSort(sort))
      if (sort === 'relevance' && terms.length > 0) {
        const score = new Map(items.map((p) => [p, relevance(p, plans)]))
        items.sort((a, b) => score.get(b)! - score.get(a)!)
      }
      const facets = {} as Record<FacetKey, FacetValue[]>
      for (const facet of FACETS) {
        const counts = new Map<string, number>()
        const within = matches(facet.key)
        for (const p of within) {
          const values = facet.values(p)
          if (facet.wildcard !== undefined && values.includes(facet.wildcard)) continue
          for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1)
        }
        const selected = filters[facet.key] as string[]
        for (const value of selected) if (!counts.has(value)) counts.set(value, 0)
        // A role open to anywhere counts for every place shown: those other roles name, and
        // the selected ones.
        const open =
          facet.wildcard === undefined
            ? 0
            : within.filter((p) => facet.values(p).includes(facet.wildcard!)).length
        facets[facet.key] = [...counts]
          .filter(([value, count]) => count > 0 || selected.includes(value))
          .map(([value, count]) => ({ value, count: count + open }))
          .sort(compareFacetValues)
      }
      const undated = matches('posted')
      const posted = Object.fromEntries(
        POSTED_WINDOWS.map((w) => [
          w,
          undated.filter((p) => postedWithin(p.postedAt, w, today)).length,
        ]),
      ) as RangeCounts['posted']
      const payStated = postings.filter(
        (p, i) =>
          matchesExcept(p, tokens[i]!, { ...filters, minSalary: null }, plans, today, null) &&
          yearlyPayIn(p.salary, PAY_BASE) !== null,
      ).length
      // Whole words to mark: the names an alias stands for, the words a typo meant.
      const highlight = new Set<string>()
      for (const plan of plans) {
        for (const name of plan.stack) for (const word of tokenize(fold(name))) highlight.add(word)
        if (plan.typo)
          for (const p of postings)
            for (const word of fieldTokens(p))
              if (startsWithTypo(word, plan.term)) highlight.add(word)
      }
      return {
        items,
        total: items.length,
        facets,
        ranges: { posted, payStated },
        highlight: [...highlight],
      }
    },
  }
}
