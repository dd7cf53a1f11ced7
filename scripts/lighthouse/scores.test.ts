import { describe, expect, it } from 'vitest'
import { budgetFailures, median, pagesToConfirm, summarise, type Run } from './scores'

const run = (performance: number, lcp: number): Run => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  metrics: { fcp: 900, lcp, tbt: 0, cls: 0, si: 1000 },
})

describe('median', () => {
  it('takes the middle run, or the mean of the two middle ones', () => {
    expect(median([99, 40, 97])).toBe(97)
    expect(median([90, 100])).toBe(95)
    expect(() => median([])).toThrow()
  })
})

describe('budgetFailures', () => {
  it('passes when every median score reaches the minimum, one bad run notwithstanding', () => {
    const board = summarise('/', [run(98, 1200), run(61, 4000), run(96, 1300)])
    expect(board.scores.performance).toBe(96)
    expect(board.metrics.lcp).toBe(1300)
    expect(budgetFailures([board], 95)).toEqual([])
  })

  it('names each page and category whose median falls under the minimum', () => {
    const board = summarise('/', [run(94, 2000), run(93, 2100), run(99, 900)])
    const posting = summarise('/jobs/a', [run(100, 800), run(100, 800), run(100, 800)])
    expect(budgetFailures([board, posting], 95)).toEqual(['/: performance 94 < 95'])
  })

  it('holds each category to its own minimum when given one per category', () => {
    const board = summarise('/', [run(88, 2000), run(87, 2100), run(90, 900)])
    const minimums = { performance: 85, accessibility: 95, 'best-practices': 95, seo: 95 }
    expect(budgetFailures([board], minimums)).toEqual([])
    expect(budgetFailures([board], { ...minimums, performance: 89 })).toEqual([
      '/: performance 88 < 89',
    ])
  })
})

describe('pagesToConfirm', () => {
  it('names only the pages whose median misses a minimum, to be measured again', () => {
    const board = summarise('/', [run(90, 2000), run(93, 2100), run(99, 900)])
    const posting = summarise('/jobs/a', [run(100, 800), run(96, 800), run(95, 800)])
    expect(pagesToConfirm([board, posting], 95)).toEqual(['/'])
    expect(pagesToConfirm([posting], 95)).toEqual([])
  })

  it('judges a page measured again by the median of all its runs', () => {
    const first = [run(90, 2000), run(93, 2100), run(99, 900)]
    const again = [run(98, 1000), run(97, 1100), run(99, 900)]
    const board = summarise('/', [...first, ...again])
    expect(board.scores.performance).toBe(97.5)
    expect(budgetFailures([board], 95)).toEqual([])
    const slower = summarise('/', [...first, run(91, 2000), run(99, 900), run(92, 2000)])
    expect(budgetFailures([slower], 95)).toEqual(['/: performance 92.5 < 95'])
  })
})
