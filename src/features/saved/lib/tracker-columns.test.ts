import { describe, expect, it } from 'vitest'
import type { Bookmark } from '@/storage/schema'
import { neighbours, trackerColumns } from './tracker-columns'

const mark = (postingId: string, steps: [Bookmark['status'], string | null][]): Bookmark => ({
  postingId,
  status: steps.at(-1)![0],
  statusHistory: steps.map(([status, at]) => ({ status, at })),
  note: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
})

describe('trackerColumns', () => {
  it('puts each role in its status’s column, latest change first, undated last', () => {
    const bookmarks = new Map(
      [
        mark('a', [['applied', null]]),
        mark('b', [
          ['saved', '2026-11-01T09:00:00.000Z'],
          ['applied', '2026-11-03T09:00:00.000Z'],
        ]),
        mark('c', [['applied', '2026-11-05T09:00:00.000Z']]),
        mark('d', [['offer', '2026-11-04T09:00:00.000Z']]),
      ].map((b) => [b.postingId, b]),
    )
    const items = ['a', 'b', 'c', 'd', 'not-bookmarked'].map((id) => ({ id }))
    const columns = trackerColumns(items, bookmarks)
    expect(
      columns.map((c) => [c.status, c.items.map(({ item, since }) => [item.id, since])]),
    ).toEqual([
      ['saved', []],
      [
        'applied',
        [
          ['c', '2026-11-05T09:00:00.000Z'],
          ['b', '2026-11-03T09:00:00.000Z'],
          ['a', null],
        ],
      ],
      ['interviewing', []],
      ['offer', [['d', '2026-11-04T09:00:00.000Z']]],
      ['rejected', []],
    ])
  })
})

describe('neighbours', () => {
  it('names the column before and after, none past either end', () => {
    expect(neighbours('saved')).toEqual({ back: null, on: 'applied' })
    expect(neighbours('interviewing')).toEqual({ back: 'applied', on: 'offer' })
    expect(neighbours('rejected')).toEqual({ back: 'offer', on: null })
  })
})
