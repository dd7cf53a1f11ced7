// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAfterPaint } from './use-after-paint'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** Frames run only when the test says: each call of `frame()` is one painted frame. */
function stubFrames() {
  let callbacks: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callbacks.push(callback)
    return callbacks.length
  })
  vi.stubGlobal('cancelAnimationFrame', () => undefined)
  return async () => {
    const due = callbacks
    callbacks = []
    // The frame's callbacks, then the task they post (a message), then React's transition.
    await act(async () => {
      for (const callback of due) callback(0)
      await new Promise((resolve) => setTimeout(resolve, 10))
    })
  }
}

function Probe({ value }: { value: string }) {
  const painted = useAfterPaint(value)
  return (
    <p>
      {value} {painted}
    </p>
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

function mount(): { host: HTMLElement; show: (value: string) => void } {
  const host = document.createElement('div')
  document.body.append(host)
  const root: Root = createRoot(host)
  const show = (value: string) => act(() => root.render(<Probe value={value} />))
  return { host, show }
}

describe('useAfterPaint', () => {
  it('gives the first value at once, a new one only after a frame has been painted with it', async () => {
    const frame = stubFrames()
    const { host, show } = mount()
    show('a')
    expect(host.textContent).toBe('a a')

    show('b')
    expect(host.textContent).toBe('b a')
    await frame()
    expect(host.textContent).toBe('b b')
  })

  it('settles on the latest value when it changes again before the frame', async () => {
    const frame = stubFrames()
    const { host, show } = mount()
    show('a')
    show('b')
    show('c')
    expect(host.textContent).toBe('c a')
    await frame()
    expect(host.textContent).toBe('c c')
  })
})
