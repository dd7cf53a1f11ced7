import { HttpError } from '../http.ts'
import { arr, obj, str } from '../facts.ts'
import { descriptionText, isoDay } from '../text.ts'
import type { Listing } from '../types.ts'
import { FeedShapeError, type Adapter, type FetchContext } from './context.ts'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
/** How many of the whoishiring account's newest submissions are searched for a month. */
const SEARCHED = 40

/** The id of "Ask HN: Who is hiring? (Month YYYY)", posted by the whoishiring account. */
async function threadFor(month: string, { http, endpoints }: FetchContext): Promise<number> {
  const [year, mm] = month.split('-')
  const name = `${MONTHS[Number(mm) - 1]} ${year}`
  const user = obj(await http.getJson(endpoints.hnUser('whoishiring')))
  for (const id of arr(user.submitted).slice(0, SEARCHED)) {
    const item = obj(await http.getJson(endpoints.hnItem(String(id))))
    const title = str(item.title) ?? ''
    if (/who is hiring/i.test(title) && title.includes(name) && typeof item.id === 'number')
      return item.id
  }
  throw new Error(`no "Who is hiring? (${name})" thread among whoishiring's last ${SEARCHED} posts`)
}

/** "Acme | Senior Engineer | Berlin": the company is the first part of a pipe-separated first line. */
function companyOf(text: string): string | undefined {
  const first = text.split('\n', 1)[0] ?? ''
  if (!first.includes('|')) return undefined
  const name = first.split('|')[0]?.replace(/\*\*/g, '').trim()
  return name && name.length <= 80 ? name : undefined
}

/**
 * Hacker News "Who is hiring" through the HN Firebase API: `GET /v0/item/{id}.json` gives
 * `{ id, type, by, time (s), text (HTML), kids: [ids], deleted, dead }`. Each top-level
 * comment (the thread's `kids`) is one file; deleted and dead comments are left out. A
 * month (`2026-11`) is found among the `whoishiring` account's submissions
 * (`GET /v0/user/whoishiring.json`).
 */
export const hn: Adapter = async (source, ctx) => {
  const { http, endpoints } = ctx
  const threadId = /^\d+$/.test(source.target)
    ? Number(source.target)
    : await threadFor(source.target, ctx)
  const threadUrl = endpoints.hnItem(threadId)
  const thread = obj(await http.getJson(threadUrl))
  if (thread.type !== 'story' || !Array.isArray(thread.kids))
    throw new FeedShapeError(threadUrl, 'an HN story with comments')
  const listing: Listing = { roles: [], failed: [] }
  const comments = await Promise.all(
    thread.kids.map(async (kid) => {
      const id = String(kid)
      try {
        return { id, item: obj(await http.getJson(endpoints.hnItem(id))) }
      } catch (error) {
        listing.failed.push({
          id,
          reason: error instanceof HttpError ? error.message : String(error),
        })
        return null
      }
    }),
  )
  for (const comment of comments) {
    if (!comment) continue
    const { id, item } = comment
    if (item.deleted === true || item.dead === true || !str(item.text)) continue
    const text = descriptionText(str(item.text))
    listing.roles.push({
      id,
      url: `https://news.ycombinator.com/item?id=${encodeURIComponent(id)}`,
      company: source.company ?? companyOf(text),
      postedAt: isoDay(typeof item.time === 'number' ? item.time * 1000 : undefined),
      description: text,
    })
  }
  return listing
}
