import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { DENSITY_KEY, densityBootSource, readDensity } from './density'

/** Runs the boot script against a stand-in for localStorage and <html>. */
function boot(stored: string | null | (() => never)) {
  const attributes = new Map<string, string>()
  const localStorage = {
    getItem: (key: string) => {
      if (typeof stored === 'function') stored()
      return key === DENSITY_KEY ? stored : null
    },
  }
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  }
  // The source as the boot script runs it, with only these two globals.
  runInNewContext(densityBootSource(), { localStorage, document })
  return Object.fromEntries(attributes)
}

describe('density', () => {
  it('reads only "compact" as a choice', () => {
    expect(readDensity('compact')).toBe('compact')
    expect(readDensity('comfortable')).toBe('comfortable')
    expect(readDensity(null)).toBe('comfortable')
    expect(readDensity('Compact')).toBe('comfortable')
  })

  it('boot script puts compact on <html> and nothing else', () => {
    expect(boot('compact')).toEqual({ 'data-density': 'compact' })
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
