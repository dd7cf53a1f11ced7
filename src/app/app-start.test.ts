// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_START_ID, appStartBootSource, POSTINGS_BASE_ATTRIBUTE } from './app-start'

/** Runs the boot script's app-start part on a page at `address` with that template. */
function boot(address: string, postingsBase: string | null): string[] {
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
  // It starts once a frame has painted (at most 1 s later).
  vi.advanceTimersByTime(1000)
  return [...document.head.querySelectorAll('link')].map(
    (link) => `${link.rel} ${link.getAttribute('href')}`,
  )
}

describe('the app start of the boot script', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
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
