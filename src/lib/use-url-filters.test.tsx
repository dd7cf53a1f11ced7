// @vitest-environment jsdom
import { act, useEffect } from 'react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { describe, expect, it } from 'vitest'
import { parseBoardParams } from '@/url/board-params'
import { reactRootPerTest } from './react-root-fixture'
import { shownSearch, useUrlFilters, type SetFilters } from './use-url-filters'

const root = reactRootPerTest()
const filtersOf = (search: string) => parseBoardParams(search).value

const probe: { set: SetFilters; renders: string[] } = { set: () => undefined, renders: [] }
const set: SetFilters = (next, options) => probe.set(next, options)
/** Runs `change` and lets the router's navigation and React's transition finish. */
const settle = (change: () => unknown) =>
  act(async () => {
    await change()
    await new Promise((resolve) => setTimeout(resolve, 0))
  })

function Board() {
  const { filters, setFilters } = useUrlFilters()
  const { search } = useLocation()
  useEffect(() => {
    probe.set = setFilters
  })
  probe.renders.push(`${filters.stack.join(',')} at ${search}`)
  return <p>{filters.stack.join(',') || 'none'}</p>
}

function mount(url = '/') {
  probe.renders = []
  const router = createMemoryRouter([{ path: '/', element: <Board /> }], { initialEntries: [url] })
  root.render(<RouterProvider router={router} />)
  return router
}

const addressOf = (router: ReturnType<typeof createMemoryRouter>) =>
  router.state.location.pathname + router.state.location.search

describe('useUrlFilters', () => {
  it('shows a change in the render of the call itself and writes it to the address', async () => {
    const router = mount('/?stack=Go')
    expect(root.container.textContent).toBe('Go')
    const base = router.state.location
    // The page's own render with the new filters comes first, the router's new location after.
    await settle(() => set({ ...filtersOf('?stack=Go'), stack: ['Go', 'Rust'] }))
    expect(root.container.textContent).toBe('Go,Rust')
    expect(probe.renders.slice(1)).toEqual([
      'Go,Rust at ?stack=Go',
      'Go,Rust at ?stack=Go&stack=Rust',
    ])
    expect(addressOf(router)).toBe('/?stack=Go&stack=Rust')
    expect(router.state.historyAction).toBe('PUSH')
    expect(router.state.location.key).not.toBe(base.key)
  })

  it('follows the router on Back, and a replace replaces', async () => {
    const router = mount('/')
    await settle(() => set({ ...filtersOf(''), stack: ['Go'] }))
    await settle(() => set({ ...filtersOf(''), stack: ['Go', 'Python'] }, { replace: true }))
    expect(root.container.textContent).toBe('Go,Python')
    expect(router.state.historyAction).toBe('REPLACE')
    await settle(() => router.navigate(-1))
    expect(addressOf(router)).toBe('/')
    expect(root.container.textContent).toBe('none')
  })

  it('two changes before the router has caught up show the last one', async () => {
    const router = mount('/')
    await settle(() => {
      set({ ...filtersOf(''), stack: ['Go'] })
      set({ ...filtersOf(''), stack: ['Go', 'Rust'] })
    })
    expect(root.container.textContent).toBe('Go,Rust')
    expect(addressOf(router)).toBe('/?stack=Go&stack=Rust')
    await settle(() => router.navigate(-1))
    expect(root.container.textContent).toBe('Go')
  })
})

describe('shownSearch', () => {
  const pending = { pathname: '/', before: ['', '?stack=Go'], search: '?stack=Go&stack=Rust' }
  it('is the written query while the router is still on one it was written over', () => {
    expect(shownSearch(pending, '/', '')).toBe('?stack=Go&stack=Rust')
    expect(shownSearch(pending, '/', '?stack=Go')).toBe('?stack=Go&stack=Rust')
  })
  it("is the router's once it has gone anywhere else, or to another page", () => {
    expect(shownSearch(pending, '/', '?stack=Java')).toBe('?stack=Java')
    expect(shownSearch(pending, '/saved', '')).toBe('')
    expect(shownSearch(null, '/', '?q=x')).toBe('?q=x')
  })
})
