import { POSTED, POSTED_ANYWHERE } from './patterns.ts'

function shiftDays(iso: string, days: number): string | null {
  const base = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(base.getTime())) return null
  base.setUTCDate(base.getUTCDate() - days)
  return base.toISOString().slice(0, 10)
}

export type PostedReading = { date: string | null; relative: boolean; raw: string }

/**
 * When the posting went up: an ISO date as written, or "3 days ago" counted back from the
 * capture date. A relative date without a capture date stays unresolved (date null).
 */
export function readPosted(text: string, base: string | undefined): PostedReading | null {
  const m = POSTED.exec(text.trim()) ?? POSTED_ANYWHERE.exec(text)
  if (!m?.[1]) return null
  const what = m[1].toLowerCase()
  if (/^\d{4}-\d{2}-\d{2}$/.test(what)) return { date: what, relative: false, raw: m[0] }
  let days = 0
  if (what === 'yesterday') days = 1
  else if (m[2] && m[3]) {
    const n = /^\d+$/.test(m[2]) ? Number(m[2]) : 1
    const unit = m[3].toLowerCase()
    days = unit.startsWith('week')
      ? n * 7
      : unit.startsWith('month')
        ? n * 30
        : unit.startsWith('hour')
          ? 0
          : n
  }
  const date = base && /^\d{4}-\d{2}-\d{2}/.test(base) ? shiftDays(base, days) : null
  return { date, relative: true, raw: m[0] }
}
