import type { OpenedBoardIndex } from '@/search/shipped-board'

/** To the board-index worker: the index file's bytes (transferred). */
export type OpenRequest = { id: number; bytes: ArrayBuffer }
/** From it: the opened index, or why it could not be read. */
export type OpenResponse =
  { id: number; ok: true; opened: OpenedBoardIndex } | { id: number; ok: false; error: string }
