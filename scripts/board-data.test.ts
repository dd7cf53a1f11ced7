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
    const files = new Map([...data.files()].map((file) => [file.path, file.content]))
    expect(JSON.parse(files.get(dataPaths.ids)!)).toEqual(['acme-backend-engineer'])
    const file = JSON.parse(files.get(dataPaths.posting('acme-data-engineer'))!) as PostingFile
    // No stack in common and different families: nothing on the board is similar.
    expect(file).toEqual({ row: null, posting: closed, similar: [] })
    expect(
      (JSON.parse(files.get(dataPaths.posting('acme-backend-engineer'))!) as PostingFile).row,
    ).toBe(0)
  })

  it('changes the data hash when a role closes', () => {
    const before = boardData([open, { ...closed, source: { file: 'greenhouse-acme/2.md' } }])
    expect(boardData([open, closed]).hash).not.toBe(before.hash)
  })

  it('lists in each posting file the rows of the roles most like it', () => {
    const stack = (...names: string[]) =>
      names.map((name) => ({ name, category: 'other' as const }))
    const go = makePosting({ id: 'a-go', title: 'A', stack: stack('Go', 'Kafka') })
    const goToo = makePosting({ id: 'b-go', title: 'B', stack: stack('go') })
    const rust = makePosting({ id: 'c-rust', title: 'C', stack: stack('Rust') })
    const files = new Map(
      [...boardData([rust, goToo, go]).files()].map((file) => [file.path, file.content]),
    )
    const similar = (id: string) =>
      (JSON.parse(files.get(dataPaths.posting(id))!) as PostingFile).similar
    // Rows are in title order: A 0, B 1, C 2.
    expect(similar('a-go')).toEqual([1])
    expect(similar('b-go')).toEqual([0])
    expect(similar('c-rust')).toEqual([])
  })
})
