import { createHash } from 'node:crypto'
import { CARD_CHUNK, dataPaths, toCard, type PostingFile } from '../src/model/board-files.ts'
import type { Posting } from '../src/model/posting.ts'
import { columnsFromPostings, encodeColumns } from '../src/search/columns.ts'
import {
  encodeFragment,
  orderForShipping,
  type BoardIndexFile,
} from '../src/search/shipped-board.ts'
import { fragmentFileName, splitTextIndex } from '../src/search/text-fragments.ts'
import { buildTextIndex } from '../src/search/text-index.ts'

/**
 * Turns the ingested postings into the static files the app loads (README, "Data files"):
 * the board's index (columns + which text fragments exist), the ids by row, cards in
 * chunks, one file per posting, and the text fragments. Paths are relative to the data
 * folder; contents are JSON strings.
 */
export type BoardData = {
  /** Changes whenever any file would: the folder name, so a browser never mixes builds. */
  hash: string
  rows: Posting[]
  files(): Iterable<[path: string, content: string]>
}

export function boardData(postings: readonly Posting[]): BoardData {
  const rows = orderForShipping(postings)
  const hash = createHash('sha256')
  for (const posting of rows) hash.update(JSON.stringify(posting))
  return {
    hash: hash.digest('hex').slice(0, 12),
    rows,
    *files() {
      const fragments = splitTextIndex(buildTextIndex(rows))
      const index: BoardIndexFile = {
        version: 1,
        columns: encodeColumns(columnsFromPostings(rows)),
        fragments: [...fragments.keys()],
      }
      yield [dataPaths.index, JSON.stringify(index)]
      yield [dataPaths.ids, JSON.stringify(rows.map((posting) => posting.id))]
      for (let start = 0; start < rows.length; start += CARD_CHUNK)
        yield [
          dataPaths.card(start / CARD_CHUNK),
          JSON.stringify(rows.slice(start, start + CARD_CHUNK).map(toCard)),
        ]
      for (let row = 0; row < rows.length; row++) {
        const file: PostingFile = { row, posting: rows[row]! }
        yield [dataPaths.posting(rows[row]!.id), JSON.stringify(file)]
      }
      for (const [key, fragment] of fragments)
        yield [dataPaths.fragment(fragmentFileName(key)), JSON.stringify(encodeFragment(fragment))]
    },
  }
}
