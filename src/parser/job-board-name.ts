import { JOB_BOARD_NAMES } from './site-menu-words.ts'
import {
  MESSAGING_PROGRAMS,
  WEB_MAIL_PROGRAMS,
  WORK_TRACKING_APPS,
} from './words/email-header-words.ts'

/** A name's key without spaces, dots and hyphens: "Net-Empregos" and "netempregos" are one. */
const compact = (text: string) => text.replace(/[\s.-]+/g, '')

/**
 * Boards, and the mail and messaging programs and work trackers a post is copied from: none
 * is the employer.
 */
const BOARD_NAMES = new Set(
  [...JOB_BOARD_NAMES, ...WEB_MAIL_PROGRAMS, ...MESSAGING_PROGRAMS, ...WORK_TRACKING_APPS].map(
    compact,
  ),
)
/** The domain ending of a site's address ("Net-Empregos.com", "jobs.ch"). */
const TOP_LEVEL = /\.[a-z]{2,3}(?:\.[a-z]{2})?$/

/**
 * A job board's name ("StepStone", "France Travail"), or its address ("Net-Empregos.com"); or
 * the mail or messaging program's or the work tracker's a post was copied from ("Gmail",
 * "WhatsApp", "Trello").
 */
export function isJobBoardName(name: string): boolean {
  const key = name.trim().toLowerCase()
  return BOARD_NAMES.has(compact(key)) || BOARD_NAMES.has(compact(key.replace(TOP_LEVEL, '')))
}
