// Pure helpers of the Lighthouse budget (scripts/lighthouse.ts): medians of runs and the
// verdict against the budget, kept apart so the verdict is unit-tested.

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

/** Metrics reported beside the scores (numeric values: ms, or unitless for CLS). */
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const
export type Metric = keyof typeof METRICS

/** One Lighthouse run of one page: scores 0–100 and the metrics' numeric values. */
export type Run = { scores: Record<Category, number>; metrics: Record<Metric, number> }

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export type PageSummary = { page: string; runs: number } & Run

/** The median of each score and each metric over a page's runs. */
export function summarise(page: string, runs: readonly Run[]): PageSummary {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))]),
  ) as Record<Category, number>
  const metrics = Object.fromEntries(
    (Object.keys(METRICS) as Metric[]).map((metric) => [
      metric,
      median(runs.map((run) => run.metrics[metric])),
    ]),
  ) as Record<Metric, number>
  return { page, runs: runs.length, scores, metrics }
}

/** The lowest median each category may have: one figure for all, or one per category. */
export type Minimums = number | Readonly<Record<Category, number>>

/** Every median score under the budget, as "page: category 87 < 95"; empty when all hold. */
export function budgetFailures(pages: readonly PageSummary[], minimums: Minimums): string[] {
  const least = (category: Category) =>
    typeof minimums === 'number' ? minimums : minimums[category]
  return pages.flatMap((page) =>
    CATEGORIES.filter((category) => page.scores[category] < least(category)).map(
      (category) => `${page.page}: ${category} ${page.scores[category]} < ${least(category)}`,
    ),
  )
}

/**
 * The pages to measure again before a verdict: those with a median under the budget. On a
 * shared 2-core machine one busy minute moves a page's three runs together (README,
 * "Lighthouse budget"), so such a page gets as many runs again and is judged by the median
 * of all of them: a page that is really slower stays under the budget, a busy minute does not
 * decide alone.
 */
export function pagesToConfirm(pages: readonly PageSummary[], minimums: Minimums): string[] {
  return pages.filter((page) => budgetFailures([page], minimums).length > 0).map((p) => p.page)
}
