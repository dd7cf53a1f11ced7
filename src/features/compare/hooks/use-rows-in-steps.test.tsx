// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reactRootPerTest } from '@/lib/react-root-fixture'
import { ROWS_PER_STEP, useRowsInSteps } from './use-rows-in-steps'

let wide = false
// jsdom has no media queries: the one the hook asks, answered by the test.
window.matchMedia = (query: string) =>
  ({
    matches: query === '(min-width: 1024px)' && wide,
    addEventListener: () => {},
    removeEventListener: () => {},
  }) as unknown as MediaQueryList

function Rows({ count }: { count: number }) {
  return <p>{useRowsInSteps(count)}</p>
}

const view = reactRootPerTest()
const drawn = () => Number(view.container.textContent)

afterEach(() => {
  wide = false
  vi.useRealTimers()
})

describe('useRowsInSteps', () => {
  it('below lg, draws the first rows, then the others a step at a time after a frame each', async () => {
    vi.useFakeTimers()
    view.render(<Rows count={20} />)
    expect(drawn()).toBe(ROWS_PER_STEP)
    // A frame (or its 100 ms stand-in in a tab that draws none), then a task.
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(drawn()).toBe(2 * ROWS_PER_STEP)
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(drawn()).toBe(20)
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(drawn()).toBe(20)
  })

  it('draws a table that fits in the first step at once', () => {
    view.render(<Rows count={5} />)
    expect(drawn()).toBe(5)
  })

  it('from lg, draws every row at once', () => {
    wide = true
    view.render(<Rows count={31} />)
    expect(drawn()).toBe(31)
  })
})
