import { describe, expect, it } from 'vitest'
import { DATE_WITH_MONTH, MONTH_NAMES } from './month-names.ts'

describe('month names', () => {
  it('holds the months of the posting languages, alone and inside a date', () => {
    for (const name of [
      'march',
      'mar',
      'märz',
      'mars',
      'marzo',
      'março',
      'maart',
      'marzec',
      'marca',
    ])
      expect(MONTH_NAMES).toContain(name)
  })

  it('reads a date written with its month', () => {
    for (const date of [
      'March 26, 2025',
      '26 March 2025',
      '26. März 2025',
      '26 marca 2025',
      'marzo de 2025',
      'May 3',
    ])
      expect(DATE_WITH_MONTH.test(date)).toBe(true)
  })

  it('leaves a town alone, whatever month it shares a name with', () => {
    for (const town of ['March', 'Marchwood', 'Mayen', 'Mar del Plata'])
      expect(DATE_WITH_MONTH.test(town)).toBe(false)
  })
})
