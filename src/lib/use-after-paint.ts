import { startTransition, useEffect, useState } from 'react'

/**
 * `value` once the browser has painted a frame with it changed: until then, the value it
 * had before. For the parts of a view a click need not wait for (the rows below the fold,
 * a preview beside the results): a facet click renders and commits synchronously, and all
 * it draws and all its effects run before the frame that shows the new results. What reads
 * this value renders again after that frame, in a transition that yields to the browser.
 * Never settles in a tab the browser does not draw (no frames there); it does when shown.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value)
  const settled = Object.is(painted, value)
  useEffect(() => {
    if (settled) return
    let task: MessageChannel | null = null
    // The frame's callbacks run before it is painted: the message after them runs after it.
    const frame = requestAnimationFrame(() => {
      task = new MessageChannel()
      task.port1.onmessage = () => startTransition(() => setPainted(value))
      task.port2.postMessage(null)
    })
    return () => {
      cancelAnimationFrame(frame)
      task?.port1.close()
    }
  }, [settled, value])
  return painted
}
