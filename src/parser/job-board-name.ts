import { JOB_BOARD_NAMES } from './site-menu-words.ts'

const BOARD_NAMES = new Set(JOB_BOARD_NAMES)
/** The domain ending of a site's address ("Net-Empregos.com", "jobs.ch"). */
const TOP_LEVEL = /\.[a-z]{2,3}(?:\.[a-z]{2})?$/

/** A job board's name ("StepStone", "France Travail"), or its address ("Net-Empregos.com"). */
export function isJobBoardName(name: string): boolean {
  const key = name.trim().toLowerCase()
  const compact = (text: string) => text.replace(/[\s.-]+/g, '')
  return BOARD_NAMES.has(compact(key)) || BOARD_NAMES.has(compact(key.replace(TOP_LEVEL, '')))
}
