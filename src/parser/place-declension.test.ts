import { describe, expect, it } from 'vitest'
import { nominativeKeys } from './place-declension.ts'
import { resolvePlace } from './places.ts'

describe('Polish place names in their cases', () => {
  it('gives the nominatives an inflected key may stand for', () => {
    expect(nominativeKeys('krakowie')).toContain('krakow')
    expect(nominativeKeys('warszawie')).toContain('warszawa')
    expect(nominativeKeys('poznaniu')).toContain('poznan')
    expect(nominativeKeys('sopocie')).toContain('sopot')
    expect(nominativeKeys('pradze')).toContain('praga')
    expect(nominativeKeys('katowicach')).toContain('katowice')
    expect(nominativeKeys('gdyni')).toContain('gdynia')
    expect(nominativeKeys('nowym saczu')).toContain('nowy sacz')
    expect(nominativeKeys('jeleniej gorze')).toContain('jelenia gora')
    expect(nominativeKeys('krakow')).not.toContain('krakow')
  })

  it('keeps only the forms a known name has at their place, in the same order', () => {
    const known = (count: number) =>
      count === 2 ? [new Set(['jelenia', 'nowy']), new Set(['gora', 'sacz'])] : undefined
    const all = nominativeKeys('jeleniej gorze')
    const kept = nominativeKeys('jeleniej gorze', undefined, known)
    expect(kept).toEqual(['jelenia gora'])
    expect(all).toContain('jelenia gora')
    expect(nominativeKeys('krakowie', undefined, known)).toEqual([])
  })

  it.each([
    ['Krakowie', 'Kraków'],
    ['Wrocławiu', 'Wrocław'],
    ['Łodzi', 'Łódź'],
    ['Bydgoszczy', 'Bydgoszcz'],
    ['Opolu', 'Opole'],
    ['Rzeszowie', 'Rzeszów'],
    ['Gliwicach', 'Gliwice'],
    ['Gnieźnie', 'Gniezno'],
    ['Zielonej Górze', 'Zielona Góra'],
    ['Dąbrowie Górniczej', 'Dąbrowa Górnicza'],
    ['Gorzowie Wielkopolskim', 'Gorzów Wielkopolski'],
    ['Gdańska', 'Gdańsk'],
    ['Katowic', 'Katowice'],
  ])('%s is %s', (written, city) => {
    expect(resolvePlace(written)).toMatchObject({ city, country: 'PL' })
  })

  it('reads no town from words that only end like a Polish case', () => {
    for (const word of ['Remote', 'Pole', 'Lesie', 'Onsite', 'Engineering', 'Berline'])
      expect(resolvePlace(word)).toBeNull()
  })
})
