// Where an element sits in React's tree, as react-dom/server numbers it for useId, so that a
// build rendering thousands of pages of one route can render the shared layout once and
// each page's own element alone, with the same ids the whole page would give it
// (prerender-route.tsx checks the result against whole renders).
import { Fragment, useId, type ReactNode } from 'react'

/**
 * A tree position: `length` bits of path below the root, lowest first. react-dom/server
 * adds bits for a child's slot among its siblings (an array's index) and for a component
 * that called useId; useId's value is the position's bits in base 32 ("_R_<bits>_").
 */
export type TreePosition = { length: number; bits: number }

/** Marks its place in the markup with the tree position found there (readTreePosition). */
export function TreePositionProbe() {
  // Inside a one-child array: its bits gain a 1 above the probe's own, so the id tells how
  // many bits (leading zeros included) the position has.
  return <>{[<PositionId key="probe" />]}</>
}

const PROBE_ATTRIBUTE = 'data-tree-position'

function PositionId() {
  return <i {...{ [PROBE_ATTRIBUTE]: useId() }} />
}

/** The probe's markup and position in `html`, or null when it is absent or unreadable. */
export function readTreePosition(
  html: string,
): { position: TreePosition; at: number; markup: string } | null {
  const found = new RegExp(`<i ${PROBE_ATTRIBUTE}="_R_([0-9a-v]+)_"></i>`).exec(html)
  if (!found) return null
  // Ids past 30 bits carry their lowest bits in an overflow suffix: not read here.
  if (found[1]!.length > 6) return null
  const value = parseInt(found[1]!, 32)
  const length = 31 - Math.clz32(value)
  if (length < 0) return null
  return {
    position: { length, bits: value & ~(1 << length) },
    at: found.index,
    markup: found[0],
  }
}

/** Arrays to nest, outermost first: how many children each has and which one leads down. */
export type TreePath = { siblings: number; index: number }[]

/** The longest array AtTreePath makes (a path with long runs of zero bits needs long ones). */
const MAX_SIBLINGS = 4096

/**
 * Nested arrays that lead from `from` down to `to`, or null when `to` is not below `from`
 * (or only arrays too long would reach it).
 */
export function pathBetween(from: TreePosition, to: TreePosition): TreePath | null {
  if (to.length < from.length || to.length > 30) return null
  if ((to.bits & ((1 << from.length) - 1)) !== from.bits) return null
  const length = to.length - from.length
  const bits = to.bits >>> from.length
  // A child's slot (its index + 1) is written above its parent's bits, in as many bits as
  // its sibling count takes: each step takes the bits up to the next 1 (a slot is never 0),
  // the last one every bit left.
  const path: TreePath = []
  for (let at = 0; at < length;) {
    const rest = bits >>> at
    const next = 31 - Math.clz32(rest & -rest)
    const top = rest >>> (next + 1) === 0 ? length : at + next + 1
    const width = top - at
    const slot = (bits >>> at) & ((1 << width) - 1)
    const siblings = Math.max(slot, 1 << (width - 1))
    if (slot === 0 || siblings > MAX_SIBLINGS) return null
    path.push({ siblings, index: slot - 1 })
    at = top
  }
  return path
}

/** Renders `children` at the end of `path` below its own position. */
export function AtTreePath({ path, children }: { path: TreePath; children: ReactNode }) {
  let node = children
  for (const { siblings, index } of path.toReversed())
    node = Array.from({ length: siblings }, (_, i) =>
      i === index ? <Fragment key={i}>{node}</Fragment> : null,
    )
  return <>{node}</>
}
