import type { Doc } from './document.ts'
import { JOB_LINK_PATH } from './job-link-hosts.ts'
import { isJobLink, webLinks } from './links.ts'
import { allMatches } from './matches.ts'
import { EMAIL, HAS_MODE_WORD, OBFUSCATED_EMAIL, URL as LINK, URL_ONLY } from './patterns.ts'
import { readPlaces } from './places.ts'
import type { SummaryLine } from './summary-line.ts'
import { GENERAL_HOSTS } from './words/general-hosts.ts'
import { POSTING_CUES, REMARK_CUES } from './words/posting-cues.ts'

// A post that names no role is still a posting when it shows enough of what only postings
// show: where to apply (an applicant-tracking or careers link), the employer's own site or
// address, a place or work mode, a sentence saying it hires or asks for help, an invitation
// to get in touch. Replies and remarks in a hiring thread name no role either: they show at
// most one of these, or address the thread ("this thread", "I applied"). Such a post is
// titled by its first line as written, with a warning.

const compile = (sources: readonly string[]) => sources.map((s) => new RegExp(s, 'm'))
const HIRING = compile(POSTING_CUES.hiring)
const CONTACT = compile(POSTING_CUES.contact)
const REMARK = compile(REMARK_CUES)
/** How much of a text is read: a post that names no role says what it offers at once. */
const SAMPLE_CHARS = 4000
/** What a post needs to be read without a role (a job link counts two, every other cue one). */
const ENOUGH = 2
const MAX_TITLE = 90
/** How many opening lines are read for a place. */
const PLACE_LINES = 12

/** The `from` of a role reading made of a post that names no role. */
export const ROLELESS = 'post naming no role'

export type RolelessPosting = { title: string; raw: string; score: number; cues: string[] }

/**
 * A link that may be the employer's: not on a general host (a code host, social network or
 * forum), unless its path is a job page there ("ycombinator.com/companies/acme/jobs/1", not
 * "news.ycombinator.com/item?id=1"; some hosts are both).
 */
function employerLink(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(/^https?:/i.test(url) ? url : `https://${url}`)
    const host = hostname.toLowerCase()
    return (
      !GENERAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) ||
      JOB_LINK_PATH.test(pathname)
    )
  } catch {
    return false
  }
}

/** The first line as written, without its links: the title of a post that names no role. */
function headline(doc: Doc): { title: string; raw: string } | null {
  const first = doc.lines.find(
    (l) => !l.noise && l.kind !== 'blank' && /[\p{L}\p{N}]/u.test(l.text),
  )
  if (!first) return null
  const text = first.text.trim()
  let title = text
    .split('|')
    .map((part) => part.replace(LINK, '').replace(/\s+/g, ' ').trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .join(' | ')
  // A bare link: the address, without its scheme, is all the post says of itself.
  if (!title && URL_ONLY.test(text)) title = text.replace(/^https?:\/\//i, '').replace(/\/$/, '')
  if (title.length > MAX_TITLE) title = title.slice(0, title.lastIndexOf(' ', MAX_TITLE))
  // A headline's closing full stop is no part of a title ("…, Lyon, sur site.").
  title = title.replace(/[\s,;:.|–—-]+$/u, '')
  return title ? { title, raw: first.raw } : null
}

/** The reading of a post that names no role, or null when it does not read as a posting. */
export function rolelessPosting(doc: Doc, summary: SummaryLine | null): RolelessPosting | null {
  const text = doc.allText.slice(0, SAMPLE_CHARS)
  const lower = text.toLowerCase()
  if (REMARK.some((re) => re.test(lower))) return null
  const own = allMatches(LINK, doc.rawText.slice(0, SAMPLE_CHARS))
    .map((m) => m[0])
    .filter(employerLink)
  const mail = allMatches(EMAIL, text).length > 0 || allMatches(OBFUSCATED_EMAIL, text).length > 0
  // Whom to apply to: the employer's site or address, or the company a summary line names.
  const reach = own.length > 0 || mail || Boolean(summary?.company)
  if (!reach) return null
  const title = headline(doc)
  if (!title) return null
  const cues: string[] = []
  const jobLink = webLinks(doc.rawText.slice(0, SAMPLE_CHARS)).some(
    (url) => isJobLink(url) && employerLink(url),
  )
  if (jobLink) cues.push('job link', 'job link')
  if (summary?.company) cues.push('company line')
  if (HAS_MODE_WORD.test(text)) cues.push('work mode')
  // Places are read line by line, as a post's opening lines state them ("NYC ONSITE").
  const lines = doc.lines.filter((l) => !l.noise && l.kind !== 'blank').slice(0, PLACE_LINES)
  if (lines.some((l) => l.text.length <= 200 && readPlaces(l.text).locations.length))
    cues.push('place')
  if (HIRING.some((re) => re.test(lower))) cues.push('hiring')
  if (CONTACT.some((re) => re.test(lower))) cues.push('contact')
  // A post that is nothing but a link to the employer's page is that page's pointer.
  const bare = URL_ONLY.test(text.trim()) && own.length === 1
  if (bare) cues.push('bare link', 'bare link')
  if (cues.length < ENOUGH) return null
  return { ...title, score: cues.length, cues: [...new Set(cues)] }
}
