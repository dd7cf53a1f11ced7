// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_START_ID, appStartBootSource, POSTINGS_BASE_ATTRIBUTE } from './app-start'

/** The boot script's app-start part, run on a page at `address` with that template. */
function start(address: string, postingsBase: string | null): () => string[] {
  document.head.innerHTML = ''
  const template = document.createElement('template')
  template.id = APP_START_ID
  if (postingsBase) template.setAttribute(POSTINGS_BASE_ATTRIBUTE, postingsBase)
  template.innerHTML = '<link rel="modulepreload" href="/assets/index.js">'
  document.head.append(template)
  window.history.replaceState(null, '', address)
  // The boot script is shipped as source text (a file of its own): run as the page would.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(appStartBootSource()) as () => void
  run()
  return () =>
    [...document.head.querySelectorAll('link')].map(
      (link) => `${link.rel} ${link.getAttribute('href')}`,
    )
}

/** The head's links once the app has started (it starts within 3 s whatever happens). */
function boot(address: string, postingsBase: string | null): string[] {
  const links = start(address, postingsBase)
  vi.advanceTimersByTime(3000)
  return links()
}

/** A browser's paint timing: observers of `paint` entries, and a first paint to report. */
function paintTiming() {
  const observers: ((names: string[]) => void)[] = []
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'resource']
    constructor(
      private readonly report: (list: { getEntriesByName: (name: string) => unknown[] }) => void,
    ) {}
    observe() {
      observers.push((names) => {
        this.report({ getEntriesByName: (name) => names.filter((n) => n === name) })
      })
    }
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  return { paint: (...names: string[]) => observers.forEach((notify) => notify(names)) }
}

describe('the app start of the boot script', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('waits for the first contentful paint to be reported, not for a frame', () => {
    const timing = paintTiming()
    const links = start('/jobs/a', null)
    vi.advanceTimersByTime(200)
    timing.paint('first-paint')
    vi.advanceTimersByTime(200)
    expect(links()).toEqual([])
    timing.paint('first-contentful-paint')
    expect(links()).toEqual([])
    vi.advanceTimersByTime(0)
    expect(links()).toEqual(['modulepreload /assets/index.js'])
  })

  it('starts at once when the tab is hidden before its first paint', () => {
    paintTiming()
    const links = start('/jobs/a', null)
    document.dispatchEvent(new Event('visibilitychange'))
    expect(links()).toEqual(['modulepreload /assets/index.js'])
  })

  it('starts after 3 s when no first contentful paint is reported', () => {
    paintTiming()
    const links = start('/jobs/a', null)
    vi.advanceTimersByTime(2999)
    expect(links()).toEqual([])
    vi.advanceTimersByTime(1)
    expect(links()).toEqual(['modulepreload /assets/index.js'])
  })

  it('adds the template’s tags to the head', () => {
    expect(boot('/jobs/a', null)).toEqual(['modulepreload /assets/index.js'])
  })

  it('on the compare page, preloads the files of up to four roles the address names', () => {
    expect(
      boot('/compare?ids=acme-go,beta-ml,acme-go,,Bad%20Id&ids=c,d,e', '/data/abc/postings/'),
    ).toEqual([
      'modulepreload /assets/index.js',
      'preload /data/abc/postings/acme-go.json',
      'preload /data/abc/postings/beta-ml.json',
      'preload /data/abc/postings/c.json',
    ])
  })

  it('preloads nothing at another address or without the postings folder', () => {
    expect(boot('/?ids=a,b', '/data/abc/postings/')).toEqual(['modulepreload /assets/index.js'])
    expect(boot('/compare?ids=a,b', null)).toEqual(['modulepreload /assets/index.js'])
  })
})
