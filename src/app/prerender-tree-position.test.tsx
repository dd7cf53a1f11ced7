import fc from 'fast-check'
import { Fragment, useId, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import {
  AtTreePath,
  pathBetween,
  readTreePosition,
  TreePositionProbe,
  type TreePath,
} from './prerender-tree-position'

/** A part that numbers its elements with useId, as a page's labelled controls do. */
function Labelled({ name }: { name: string }) {
  const id = useId()
  return (
    <label htmlFor={id}>
      {name}
      <input id={id} />
    </label>
  )
}

/** `child` at `index` among `siblings` children, the others labelled parts of their own. */
function Level({
  siblings,
  index,
  children,
}: {
  siblings: number
  index: number
  children: ReactNode
}) {
  return (
    <div>
      {Array.from({ length: siblings }, (_, i) =>
        i === index ? (
          <Fragment key={i}>{children}</Fragment>
        ) : i % 3 === 0 ? (
          <Labelled key={i} name={`other ${i}`} />
        ) : null,
      )}
    </div>
  )
}

/** Nested levels, outermost first, with `leaf` at the bottom. */
function nest(levels: TreePath, leaf: ReactNode): ReactNode {
  return levels.toReversed().reduce<ReactNode>(
    (node, level, i) => (
      <Level key={i} {...level}>
        {node}
      </Level>
    ),
    leaf,
  )
}

const page = (
  <section>
    <Labelled name="status" />
    <p>text</p>
    <Labelled name="note" />
  </section>
)

const levels = fc.array(
  fc
    .integer({ min: 1, max: 40 })
    .chain((siblings) =>
      fc.record({ siblings: fc.constant(siblings), index: fc.nat({ max: siblings - 1 }) }),
    ),
  { maxLength: 6 },
)

describe('a page rendered alone at its tree position', () => {
  it('has the ids it has inside the whole tree, wherever the layout puts it', () => {
    fc.assert(
      fc.property(levels, levels, (above, layout) => {
        // `above`: what wraps the layout (the router); `layout`: the layout itself.
        const whole = renderToString(nest(above, nest(layout, page)))
        const top = readTreePosition(renderToString(nest(above, <TreePositionProbe />)))
        const inner = readTreePosition(
          renderToString(nest(above, nest(layout, <TreePositionProbe />))),
        )
        const path = top && inner && pathBetween(top.position, inner.position)
        // Positions past 30 bits (or reached only through very long arrays) are not
        // placed: the caller renders those pages whole.
        fc.pre(path !== null)
        const alone = renderToString(nest(above, <AtTreePath path={path}>{page}</AtTreePath>))
        const own = alone.slice(alone.indexOf('<section>'), alone.indexOf('</section>') + 10)
        expect(whole).toContain(own)
        expect(own).toMatch(/id="_R_[0-9a-v]+_"/)
      }),
      { numRuns: 120 },
    )
  })

  it('reads the position of a probe, leading zero bits included', () => {
    // Slot 1 of 4 (bits 001), then slot 1 of 1 (bit 1): four bits, 0b1001.
    const html = renderToString(
      <Level siblings={4} index={0}>
        <Level siblings={1} index={0}>
          <TreePositionProbe />
        </Level>
      </Level>,
    )
    expect(readTreePosition(html)?.position).toEqual({ length: 4, bits: 0b1001 })
  })

  it('finds no path to a position that is not below', () => {
    expect(pathBetween({ length: 3, bits: 0b101 }, { length: 5, bits: 0b10100 })).toBeNull()
    expect(pathBetween({ length: 3, bits: 0b101 }, { length: 2, bits: 0b01 })).toBeNull()
    // Bit 1 (slot 1 of 1), then bits 100 (slot 4 of 4).
    expect(pathBetween({ length: 0, bits: 0 }, { length: 4, bits: 0b1001 })).toEqual([
      { siblings: 1, index: 0 },
      { siblings: 4, index: 3 },
    ])
  })
})
