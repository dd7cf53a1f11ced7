import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { readTheme, THEME_KEY, themeBootSource } from './theme'

/** Runs the boot script against a stand-in for localStorage and <html>. */
function boot(stored: string | null | (() => never)) {
  const attributes = new Map<string, string>()
  const localStorage = {
    getItem: (key: string) => {
      if (typeof stored === 'function') stored()
      return key === THEME_KEY ? stored : null
    },
  }
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  }
  // The source as index.html inlines it, run with only these two globals.
  runInNewContext(themeBootSource(), { localStorage, document })
  return Object.fromEntries(attributes)
}

describe('theme', () => {
  it('reads only "light" and "dark" as a choice', () => {
    expect(readTheme('light')).toBe('light')
    expect(readTheme('dark')).toBe('dark')
    expect(readTheme(null)).toBe('system')
    expect(readTheme('Dark')).toBe('system')
    expect(readTheme('{"theme":"dark"}')).toBe('system')
  })

  it('boot script puts a stored choice on <html> and leaves "system" to the media query', () => {
    expect(boot('dark')).toEqual({ 'data-theme': 'dark' })
    expect(boot('light')).toEqual({ 'data-theme': 'light' })
    expect(boot(null)).toEqual({})
    expect(boot('<script>')).toEqual({})
  })

  it('boot script survives storage that throws (blocked cookies)', () => {
    expect(
      boot(() => {
        throw new Error('SecurityError')
      }),
    ).toEqual({})
  })
})
