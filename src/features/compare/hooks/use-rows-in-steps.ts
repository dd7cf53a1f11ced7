import { startTransition, useEffect, useState } from 'react'
import { nextTask } from '@/lib/next-task'
import { useMediaQuery } from '@/lib/use-media-query'

/** Rows drawn in the table's first render below `lg`, and in each step after it. */
export const ROWS_PER_STEP = 8

/** Resolves after the next frame has been drawn (or 100 ms, in a tab that draws none). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false
    const go = () => {
      if (done) return
      done = true
      resolve(nextTask())
    }
    requestAnimationFrame(go)
    setTimeout(go, 100)
  })
}

/**
 * How many of the table's `count` rows to draw. Below `lg` the table scrolls in a box
 * (three quarters of the screen's height) that its first rows fill, so the others are drawn
 * in steps after the first frame, each a task of its own: drawn at once, the table's first
 * style and layout were one task of about 40 ms of CPU (four times that on a slow phone,
 * most of compare's blocking time in Lighthouse). From `lg` the page itself scrolls and
 * grows with the table: every row at once, as rows added later would move what is below.
 */
export function useRowsInSteps(count: number): number {
  const wide = useMediaQuery('(min-width: 1024px)')
  const [drawn, setDrawn] = useState(ROWS_PER_STEP)
  const done = wide || drawn >= count
  useEffect(() => {
    if (done) return
    let live = true
    void afterNextFrame().then(() => {
      if (live) startTransition(() => setDrawn((rows) => rows + ROWS_PER_STEP))
    })
    return () => {
      live = false
    }
  }, [done, drawn])
  return done ? count : drawn
}
