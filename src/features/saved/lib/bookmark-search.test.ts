import { describe, expect, it } from 'vitest'
import { toCard } from '@/model/board-files'
import { DEFAULT_FILTERS } from '@/model/filters'
import { emptySections } from '@/model/posting'
import { makePosting } from '@/model/posting-fixture'
import { createSearchEngine } from '@/search/engine'
import type { Bookmark } from '@/storage/schema'
import { bookmarkSearchRecord } from './bookmark-search'

const bookmark = (postingId: string, note: string): Bookmark => ({
  postingId,
  status: 'saved',
  statusHistory: [{ status: 'saved', at: '2026-11-30T10:00:00.000Z' }],
  note,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
})

const cards = [
  toCard(
    makePosting({
      id: 'acme-backend-engineer',
      title: 'Backend Engineer',
      company: 'Acme',
      locations: [{ city: 'Kraków', region: null, country: 'PL' }],
    }),
  ),
  toCard(
    makePosting({
      id: 'globex-designer',
      title: 'Product Designer',
      company: 'Globex',
      locations: [{ city: null, region: 'Bavaria', country: 'DE' }],
    }),
  ),
]
const notes = new Map([
  ['acme-backend-engineer', bookmark('acme-backend-engineer', 'Recruiter is Dana, call back')],
  ['globex-designer', bookmark('globex-designer', '')],
])

function found(q: string): string[] {
  const engine = createSearchEngine(
    cards.map((card) => bookmarkSearchRecord(card, notes.get(card.id))),
  )
  return engine.search({ ...DEFAULT_FILTERS, q }).items.map((posting) => posting.id)
}

describe('bookmarkSearchRecord', () => {
  it('finds a bookmark by its city, region or country name', () => {
    expect(found('krakow')).toEqual(['acme-backend-engineer'])
    expect(found('poland')).toEqual(['acme-backend-engineer'])
    expect(found('bavaria')).toEqual(['globex-designer'])
    expect(found('germany')).toEqual(['globex-designer'])
  })

  it('finds a bookmark by words of the note, and by title and company as before', () => {
    expect(found('dana call')).toEqual(['acme-backend-engineer'])
    expect(found('designer globex')).toEqual(['globex-designer'])
    expect(found('dana designer')).toEqual([])
  })

  it('keeps a pasted posting’s own text searchable beside its note', () => {
    const pasted = makePosting({
      id: 'pasted-x',
      title: 'Engineer',
      sections: { ...emptySections(), about: ['We ship satellites'] },
    })
    const record = bookmarkSearchRecord(pasted, bookmark('pasted-x', 'great team'))
    expect(record.sections.about).toEqual(['We ship satellites', 'great team'])
  })
})
