import type { Posting } from './posting.ts'

/**
 * The static data files the build writes for the board (see README, "Data files"). One
 * definition of their layout for the build that writes them and the app that reads them.
 */

/** What a result card shows: a posting without its own text (sections). */
export type PostingCard = Omit<Posting, 'sections'>

export function toCard(posting: Posting): PostingCard {
  const { sections: _sections, ...card } = posting
  return card
}

/** Cards ship in chunks of this many rows; a screen of results needs one or two. */
export const CARD_CHUNK = 16

export const chunkOfRow = (row: number) => Math.floor(row / CARD_CHUNK)

/**
 * The file of one posting: its row on the board and the record. A closed role
 * (`source.closedAt`) has a file, so links to it still open, but no row. `similar`: the
 * rows of the board's roles most like it, best first (SIMILAR_CANDIDATES of them, so that
 * enough remain once the roles a user hid are left out); its page loads their cards, never
 * the board's index.
 */
export type PostingFile = { row: number | null; posting: Posting; similar: number[] }

/** Similar roles a posting's page shows, and candidates its file lists for them. */
export const SIMILAR_SHOWN = 5
export const SIMILAR_CANDIDATES = 10

/**
 * A posting id as a file name: letters other than a-z, 0-9 and "-" become "_" and their
 * UTF-16 code in hex, so the mapping is one-to-one and safe on any file system or host.
 */
export function postingFileName(id: string): string {
  let name = ''
  for (let i = 0; i < id.length; i++) {
    const c = id[i]!
    name += /[a-z0-9-]/.test(c) ? c : `_${id.charCodeAt(i).toString(16).padStart(4, '0')}`
  }
  return name
}

/** Ids that are their own file name get a prerendered page at /jobs/<id>/. */
export const prerenderable = (id: string) => postingFileName(id) === id && id.length <= 200

export const dataPaths = {
  index: 'index.json',
  ids: 'ids.json',
  card: (chunk: number) => `cards/${chunk}.json`,
  posting: (id: string) => `postings/${postingFileName(id)}.json`,
  fragment: (fileName: string) => `text/${fileName}.json`,
}
