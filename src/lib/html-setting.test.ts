import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { DENSITY } from './density'
import { readSetting, settingBootSource, type HtmlSetting } from './html-setting'
import { THEME } from './theme'

/** Runs a setting's boot script against a stand-in for localStorage and <html>. */
function boot(setting: HtmlSetting<string>, stored: string | null | (() => never)) {
  const attributes = new Map<string, string>()
  const localStorage = {
    getItem: (key: string) => {
      if (typeof stored === 'function') stored()
      return key === setting.key ? stored : null
    },
  }
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  }
  // The source as the boot script file holds it, run with only these two globals.
  runInNewContext(settingBootSource(setting), { localStorage, document })
  return Object.fromEntries(attributes)
}

const blocked = () => {
  throw new Error('SecurityError')
}

describe('theme', () => {
  it('reads only its own values; anything else follows the system', () => {
    expect(readSetting(THEME, 'light')).toBe('light')
    expect(readSetting(THEME, 'dark')).toBe('dark')
    expect(readSetting(THEME, null)).toBe('system')
    expect(readSetting(THEME, 'Dark')).toBe('system')
    expect(readSetting(THEME, '{"theme":"dark"}')).toBe('system')
  })

  it('boot script puts a stored choice on <html> and leaves "system" to the media query', () => {
    expect(boot(THEME, 'dark')).toEqual({ 'data-theme': 'dark' })
    expect(boot(THEME, 'light')).toEqual({ 'data-theme': 'light' })
    expect(boot(THEME, 'system')).toEqual({})
    expect(boot(THEME, null)).toEqual({})
    expect(boot(THEME, '<script>')).toEqual({})
    expect(boot(THEME, blocked)).toEqual({})
  })
})

describe('density', () => {
  it('reads only "compact" as a choice', () => {
    expect(readSetting(DENSITY, 'compact')).toBe('compact')
    expect(readSetting(DENSITY, 'comfortable')).toBe('comfortable')
    expect(readSetting(DENSITY, null)).toBe('comfortable')
    expect(readSetting(DENSITY, 'Compact')).toBe('comfortable')
  })

  it('boot script puts compact on <html> and nothing else', () => {
    expect(boot(DENSITY, 'compact')).toEqual({ 'data-density': 'compact' })
    expect(boot(DENSITY, 'comfortable')).toEqual({})
    expect(boot(DENSITY, null)).toEqual({})
    expect(boot(DENSITY, '<script>')).toEqual({})
    expect(boot(DENSITY, blocked)).toEqual({})
  })
})
