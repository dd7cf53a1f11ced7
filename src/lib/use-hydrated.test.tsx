// @vitest-environment jsdom
import { act } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { daysSince } from './posting-format'
import { renderToString } from 'react-dom/server'
import {
  Adopting,
  Prerendering,
  RENDERED_ON,
  useHydrated,
  useNow,
  useRenderedOn,
} from './use-hydrated'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** A page part as the layout and a card draw it: the prerender's day, an age, a style. */
function Page() {
  const renderedOn = useRenderedOn()
  const hydrated = useHydrated()
  return (
    <div {...{ [RENDERED_ON]: renderedOn }}>
      <time>{daysSince('2020-01-01', useNow())} d</time>
      <p style={hydrated ? { minHeight: 10 } : undefined}>list</p>
    </div>
  )
}

afterEach(() => {
  document.body.innerHTML = ''
  vi.useRealTimers()
})

describe('hydrating a page prerendered on an earlier day', () => {
  it("adopts its markup (ages counted from the prerender's day), then counts from today", async () => {
    vi.useFakeTimers({ now: new Date('2020-03-01T08:00:00Z'), toFake: ['Date'] })
    // The build's markup, as renderToString wrote it on 2020-01-11 (no style attribute).
    document.body.innerHTML = `<div id="root"><div ${RENDERED_ON}="2020-01-11"><time>10<!-- --> d</time><p>list</p></div></div>`
    const root = document.getElementById('root')!
    const time = root.querySelector('time')!
    const errors: unknown[] = []
    await act(async () => {
      hydrateRoot(
        root,
        <Adopting>
          <Page />
        </Adopting>,
        { onRecoverableError: (error) => errors.push(error) },
      )
      await Promise.resolve()
    })
    expect(errors).toEqual([])
    // The same element, now counting from today; the attribute gone, the style set.
    expect(root.querySelector('time')).toBe(time)
    expect(time.textContent).toBe('60 d')
    expect(root.querySelector(`[${RENDERED_ON}]`)).toBeNull()
    expect(root.querySelector('p')!.style.minHeight).toBe('10px')
  })
})

describe('where the page is drawn', () => {
  it('the build prerenders with the prerender’s values; the app draws its own at once', () => {
    const prerendered = renderToString(
      <Prerendering>
        <Page />
      </Prerendering>,
    )
    expect(prerendered).toContain(`${RENDERED_ON}="`)
    expect(prerendered).not.toContain('style=')
    expect(renderToString(<Page />)).not.toContain(RENDERED_ON)
  })
})
