import { describe, expect, it } from 'vitest'
import { dataPaths, type PostingFile } from '../src/model/board-files.ts'
import { makePosting } from '../src/model/posting-fixture.ts'
import { boardData } from './board-data.ts'

describe('boardData and closed roles', () => {
  const open = makePosting({ id: 'acme-backend-engineer', title: 'Backend Engineer' })
  const closed = makePosting({
    id: 'acme-data-engineer',
    title: 'Data Engineer',
    source: { file: '.closed/greenhouse-acme/2.md', closedAt: '2026-11-27' },
  })

  it('gives a closed role its own file but no row, so it opens by id and is not listed', () => {
    const data = boardData([closed, open])
    expect(data.rows.map((p) => p.id)).toEqual(['acme-backend-engineer'])
    expect(data.closed.map((p) => p.id)).toEqual(['acme-data-engineer'])
    const files = new Map(data.files())
    expect(JSON.parse(files.get(dataPaths.ids)!)).toEqual(['acme-backend-engineer'])
    const file = JSON.parse(files.get(dataPaths.posting('acme-data-engineer'))!) as PostingFile
    expect(file).toEqual({ row: null, posting: closed })
    expect(JSON.parse(files.get(dataPaths.posting('acme-backend-engineer'))!).row).toBe(0)
  })

  it('changes the data hash when a role closes', () => {
    const before = boardData([open, { ...closed, source: { file: 'greenhouse-acme/2.md' } }])
    expect(boardData([open, closed]).hash).not.toBe(before.hash)
  })
})
