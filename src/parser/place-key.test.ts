import { describe, expect, it } from 'vitest'
import { placeKey } from './place-key.ts'

describe('placeKey', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['København', 'kobenhavn'],
    ['Ærøskøbing', 'aeroskobing'],
    ['Den Haag', 'den haag'],
    ["'s-Hertogenbosch", 's hertogenbosch'],
  ])('folds "%s" to "%s"', (name, key) => {
    expect(placeKey(name)).toBe(key)
  })
})
