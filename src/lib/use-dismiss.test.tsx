// @vitest-environment jsdom
import { act, useRef } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reactRootPerTest } from './react-root-fixture'
import { useDismiss, type Dismissal } from './use-dismiss'

const view = reactRootPerTest()
let dismissed: ReturnType<typeof vi.fn<(how: Dismissal) => void>>
beforeEach(() => {
  dismissed = vi.fn<(how: Dismissal) => void>()
})

/** A button that opens a panel (outside the panel's element), and a link elsewhere. */
function Popup({ open }: { open: boolean }) {
  const panel = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  useDismiss(open, [panel, button], dismissed)
  return (
    <>
      <button ref={button}>Open</button>
      <div ref={panel}>
        <input aria-label="inside" />
      </div>
      <a href="#elsewhere">Elsewhere</a>
    </>
  )
}

const find = (selector: string) => view.container.querySelector<HTMLElement>(selector)!
const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
const pointerDown = (target: Element) =>
  act(() => {
    target.dispatchEvent(new Event('pointerdown', { bubbles: true }))
  })

describe('useDismiss', () => {
  it('dismisses on Escape inside, and the key goes no further', () => {
    const pageLevel = vi.fn()
    view.render(<Popup open />)
    view.container.addEventListener('keydown', pageLevel)
    press(find('input'), 'Escape')
    expect(dismissed).toHaveBeenCalledExactlyOnceWith('escape')
    expect(pageLevel).not.toHaveBeenCalled()
  })

  it('ignores other keys, and Escape pressed outside', () => {
    view.render(<Popup open />)
    press(find('input'), 'Enter')
    press(find('a'), 'Escape')
    expect(dismissed).not.toHaveBeenCalled()
  })

  it('dismisses on a press or focus outside, not on the panel or its button', () => {
    view.render(<Popup open />)
    pointerDown(find('input'))
    pointerDown(find('button'))
    act(() => find('button').focus())
    act(() => find('input').focus())
    expect(dismissed).not.toHaveBeenCalled()
    pointerDown(find('a'))
    expect(dismissed).toHaveBeenLastCalledWith('outside')
    act(() => find('a').focus())
    expect(dismissed).toHaveBeenCalledTimes(2)
  })

  it('listens only while open', () => {
    view.render(<Popup open={false} />)
    pointerDown(find('a'))
    press(find('input'), 'Escape')
    expect(dismissed).not.toHaveBeenCalled()
  })
})
