import { createHash } from 'node:crypto'
import {
  CARD_CHUNK,
  chunkOfRow,
  dataPaths,
  SIMILAR_CANDIDATES,
  toCard,
  type PostingCard,
  type PostingFile,
} from '../src/model/board-files.ts'
import { DEFAULT_FILTERS, effectiveSort } from '../src/model/filters.ts'
import type { Posting } from '../src/model/posting.ts'
import { boardIndexFromColumns } from '../src/search/board-index.ts'
import { columnsFromPostings, encodeColumns } from '../src/search/columns.ts'
import { compareForSort } from '../src/search/reference-engine.ts'
import {
  encodeFragment,
  orderForShipping,
  type BoardIndexFile,
} from '../src/search/shipped-board.ts'
import { similarRowsFinder, type SimilarTo } from '../src/search/similar-rows.ts'
import { stackAliases } from '../src/search/stack-aliases.ts'
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
  /** The card chunks the board's default view shows first: index.html preloads them. */
  firstChunks: number[]
  /** Roles their source no longer lists: a page and a posting file each, but no row. */
  closed: Posting[]
  /** The index file's content (also among `files()`), computed once. */
  indexFile(): string
  /** The cards of one chunk (`cards/<n>.json` parsed back). */
  cardChunk(chunk: number): PostingCard[]
  files(): Iterable<BoardFile>
}

/**
 * A data file: its path and content; a posting's file also as the value its content is the
 * JSON of, for its page (not parsed back from the text just made).
 */
export type BoardFile = { path: string; content: string; postingFile?: PostingFile }

/** Cards on a first screen of the board (a tall one), to preload. */
const FIRST_SCREEN = 10

export function boardData(postings: readonly Posting[]): BoardData {
  const rows = orderForShipping(postings.filter((posting) => !posting.source.closedAt))
  const closed = postings.filter((posting) => posting.source.closedAt)
  const hash = createHash('sha256')
  for (const posting of [...rows, ...closed]) hash.update(JSON.stringify(posting))
  const rowOf = new Map(rows.map((posting, row) => [posting, row]))
  const firstRows = [...rows]
    .sort(compareForSort(effectiveSort(DEFAULT_FILTERS)))
    .slice(0, FIRST_SCREEN)
  // Shared by the files and the board's prerendered first view, each computed once.
  let fragments: ReturnType<typeof splitTextIndex> | undefined
  let columns: ReturnType<typeof columnsFromPostings> | undefined
  let indexFile: string | undefined
  const textFragments = () => (fragments ??= splitTextIndex(buildTextIndex(rows)))
  const boardColumns = () => (columns ??= columnsFromPostings(rows))
  const cardChunk = (chunk: number) =>
    rows.slice(chunk * CARD_CHUNK, (chunk + 1) * CARD_CHUNK).map(toCard)
  const index = () => {
    if (indexFile === undefined) {
      const file: BoardIndexFile = {
        version: 1,
        columns: encodeColumns(boardColumns()),
        fragments: [...textFragments().keys()],
        aliases: stackAliases(),
      }
      indexFile = JSON.stringify(file)
    }
    return indexFile
  }
  return {
    hash: hash.digest('hex').slice(0, 12),
    rows,
    firstChunks: [...new Set(firstRows.map((posting) => chunkOfRow(rowOf.get(posting)!)))],
    closed,
    indexFile: index,
    cardChunk,
    *files() {
      yield { path: dataPaths.index, content: index() }
      yield { path: dataPaths.ids, content: JSON.stringify(rows.map((posting) => posting.id)) }
      for (let chunk = 0; chunk * CARD_CHUNK < rows.length; chunk++)
        yield { path: dataPaths.card(chunk), content: JSON.stringify(cardChunk(chunk)) }
      const columns = boardColumns()
      const fragments = textFragments()
      const findSimilar = similarRowsFinder(
        boardIndexFromColumns(columns, { ordered: rows.length }),
      )
      const similarTo = (posting: Posting, row: number | null): SimilarTo => ({
        stack: posting.stack.map((item) => item.name),
        family: posting.roleFamily,
        row,
      })
      for (let row = 0; row < rows.length; row++) {
        const posting = rows[row]!
        const similar = findSimilar(similarTo(posting, row), SIMILAR_CANDIDATES)
        const file: PostingFile = { row, posting, similar }
        yield {
          path: dataPaths.posting(posting.id),
          content: JSON.stringify(file),
          postingFile: file,
        }
      }
      for (const posting of closed) {
        const similar = findSimilar(similarTo(posting, null), SIMILAR_CANDIDATES)
        const file: PostingFile = { row: null, posting, similar }
        yield {
          path: dataPaths.posting(posting.id),
          content: JSON.stringify(file),
          postingFile: file,
        }
      }
      for (const [key, fragment] of fragments)
        yield {
          path: dataPaths.fragment(fragmentFileName(key)),
          content: JSON.stringify(encodeFragment(fragment)),
        }
    },
  }
}
