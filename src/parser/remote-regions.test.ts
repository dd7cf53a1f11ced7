import { describe, expect, it } from 'vitest'
import {
  countriesInWindow,
  isWorldwide,
  regionsOfList,
  remoteCountries,
  remoteRegion,
  zoneWindow,
} from './remote-regions.ts'

describe('isWorldwide', () => {
  it.each([
    ['Worldwide', true],
    ['the World', true],
    ['Anywhere-only', true],
    ['Weltweit', true],
    ['Europe', false],
    ['Germany', false],
    ['CET ±2h', false],
    ['', false],
  ])('"%s": %s, as remoteRegion reads it', (text, whole) => {
    expect(isWorldwide(text)).toBe(whole)
    expect(remoteRegion(text) === 'Worldwide').toBe(whole)
  })
})

describe('remoteRegion: regions as stated, in one spelling', () => {
  it('names groups the same way in every language', () => {
    expect(remoteRegion('European Union')).toBe('EU')
    expect(remoteRegion('Unión Europea')).toBe('EU')
    expect(remoteRegion('Europa')).toBe('Europe')
    expect(remoteRegion('Latin America')).toBe('LATAM')
    expect(remoteRegion('weltweit')).toBe('Worldwide')
  })
  it('reads a country with "only"', () => {
    expect(remoteRegion('US only')).toBe('US')
  })
  it('reads a subdivision as country-region', () => {
    expect(remoteRegion('California')).toBe('US-CA')
  })
  it('writes a time-zone window as UTC offsets', () => {
    expect(remoteRegion('CET ±2h')).toBe('UTC-1 to UTC+3')
    expect(remoteRegion('UTC-3 to UTC+3')).toBe('UTC-3 to UTC+3')
  })
  it('reads a region whose time zones are meant', () => {
    expect(remoteRegion('North America time zones')).toBe('North America')
    expect(remoteRegion('Latin America timezones')).toBe('LATAM')
  })
  it('is null for what is not a region', () => {
    expect(remoteRegion('Kubernetes')).toBeNull()
    expect(remoteRegion('Kubernetes time zones')).toBeNull()
  })
})

describe('zoneWindow', () => {
  it('reads "within 3 hours of CET"', () => {
    expect(zoneWindow('within 3 hours of CET')).toEqual({ from: -120, to: 240 })
  })
  it('reads a range of zone names', () => {
    expect(zoneWindow('GMT+1 to GMT+4')).toEqual({ from: 60, to: 240 })
  })
})

describe('remoteCountries: regions resolved to ISO countries', () => {
  it('EU is its 27 members', () => {
    const eu = remoteCountries(['EU'])
    expect(eu).toHaveLength(27)
    expect(eu).toContain('PL')
    expect(eu).not.toContain('GB')
    expect(eu).not.toContain('CH')
  })
  it('EEA adds Norway, Iceland and Liechtenstein to the EU', () => {
    expect(remoteCountries(['EEA'])).toEqual(expect.arrayContaining(['NO', 'IS', 'LI', 'DE']))
  })
  it('EMEA holds Europe, Africa and the Middle East', () => {
    const emea = remoteCountries(['EMEA']) as string[]
    for (const c of ['GB', 'DE', 'NG', 'ZA', 'AE', 'IL']) expect(emea).toContain(c)
    expect(emea).not.toContain('US')
    expect(emea).not.toContain('IN')
  })
  it('APAC holds Asia and Oceania', () => {
    const apac = remoteCountries(['APAC']) as string[]
    for (const c of ['JP', 'IN', 'AU', 'SG']) expect(apac).toContain(c)
    expect(apac).not.toContain('DE')
  })
  it('LATAM holds Mexico and South America, not the US', () => {
    const latam = remoteCountries(['LATAM']) as string[]
    for (const c of ['MX', 'BR', 'AR', 'CO']) expect(latam).toContain(c)
    expect(latam).not.toContain('US')
  })
  it('unions several regions', () => {
    expect(remoteCountries(['GB', 'IE'])).toEqual(['GB', 'IE'])
    expect(remoteCountries(['UK and Ireland'])).toEqual(['GB', 'IE'])
    expect(remoteCountries(['North America'])).toEqual(['CA', 'US'])
  })
  it('worldwide is anywhere', () => {
    expect(remoteCountries(['EU', 'Worldwide'])).toBe('anywhere')
  })
  it('a subdivision stands for its country', () => {
    expect(remoteCountries(['CA-QC'])).toEqual(['CA'])
  })
  it('a time-zone window holds the countries with a zone inside it', () => {
    const window = remoteCountries(['UTC-3 to UTC+3']) as string[]
    for (const c of ['BR', 'GB', 'DE', 'NG']) expect(window).toContain(c)
    expect(window).not.toContain('IN')
    expect(window).not.toContain('JP')
    expect(countriesInWindow({ from: 330, to: 330 })).toContain('IN')
  })
  it('nothing stated is null', () => {
    expect(remoteCountries([])).toBeNull()
  })
})

describe('regionsOfList: codes that are countries and time zones', () => {
  it('reads "PT" as Portugal in a list of countries', () => {
    expect(regionsOfList(['ES', 'PT'])).toEqual(['ES', 'PT'])
    expect(regionsOfList(['Spain', 'PT'])).toEqual(['ES', 'PT'])
  })
  it('keeps "PT" and "ET" the time zones alone, together or beside another zone', () => {
    expect(regionsOfList(['PT'])).toEqual(['UTC-9 to UTC-7'])
    expect(regionsOfList(['PT', 'ET'])).toEqual(['UTC-9 to UTC-7', 'UTC-6 to UTC-4'])
    expect(regionsOfList(['US', 'ET', 'CT'])).toEqual(['US', 'UTC-6 to UTC-4', 'UTC-7 to UTC-5'])
  })
})
