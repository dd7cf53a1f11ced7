import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from '../model/filters.ts'
import { BOOKMARK_STATUSES } from '../model/tracker-status.ts'
import { parseSavedParams, savedParamsToString } from './saved-params.ts'

describe('/saved URL codec', () => {
  it('reads the board’s filters and the status columns, and writes them back the same', () => {
    const url = 'q=go&mode=remote&status=applied&status=interviewing'
    const parsed = parseSavedParams(url)
    expect(parsed).toEqual({
      value: {
        filters: { ...DEFAULT_FILTERS, q: 'go', mode: ['remote'] },
        status: ['applied', 'interviewing'],
      },
      notes: [],
    })
    expect(savedParamsToString(parsed.value)).toBe(url)
  })

  it('reads a comma-separated list, any case and order, and writes it canonically', () => {
    const parsed = parseSavedParams('?status=Offer,applied&status=applied')
    expect(parsed.notes).toEqual([])
    expect(parsed.value.status).toEqual(['applied', 'offer'])
    expect(savedParamsToString(parsed.value)).toBe('status=applied&status=offer')
  })

  it('ignores statuses it does not know with a note, keeping the rest', () => {
    const parsed = parseSavedParams('status=applied,ghosted&status=&status=%zz&stack=Go')
    expect(parsed.value.status).toEqual(['applied'])
    expect(parsed.value.filters.stack).toEqual(['Go'])
    expect(parsed.notes).toEqual([
      'Ignored status “%zz”: it has a broken %-escape.',
      'Ignored status “ghosted”: use saved, applied, interviewing, offer or rejected.',
      'Ignored an empty “status” value.',
    ])
  })

  it('writes nothing for the defaults: every column, no filter', () => {
    expect(savedParamsToString({ filters: DEFAULT_FILTERS, status: [] })).toBe('')
    expect(parseSavedParams('')).toEqual({
      value: { filters: DEFAULT_FILTERS, status: [] },
      notes: [],
    })
  })

  it('never throws, and what it writes reads back unchanged without notes', () => {
    const value = fc.oneof(
      fc.constantFrom(...BOOKMARK_STATUSES, 'APPLIED', 'ghosted', ',', 'offer,saved', '', ' '),
      fc.string({ maxLength: 8 }),
    )
    const key = fc.constantFrom('status', 'stack', 'mode', 'q', 'x')
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))
    fc.assert(
      fc.property(query, (input) => {
        const once = savedParamsToString(parseSavedParams(input).value)
        const again = parseSavedParams(once)
        expect(again.notes).toEqual([])
        expect(savedParamsToString(again.value)).toBe(once)
      }),
      { numRuns: 1000 },
    )
  }, 30_000)
})
