import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach } from 'vitest'

// Tells React that tests wrap updates in act(), so it applies them before act returns.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/**
 * For component tests (jsdom): a fresh container in the document and a React root on it
 * for each test of the calling file, unmounted and removed after it.
 */
export function reactRootPerTest(): {
  readonly container: HTMLDivElement
  render: (node: ReactNode) => void
} {
  let container: HTMLDivElement
  let root: Root
  beforeEach(() => {
    container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
  })
  afterEach(() => {
    act(() => root.unmount())
    container.remove()
  })
  return {
    get container() {
      return container
    },
    render: (node) => act(() => root.render(node)),
  }
}
