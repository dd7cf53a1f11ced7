import { createHash } from 'node:crypto'
import type { Role, Source } from './types.ts'
import { oneLine } from './text.ts'

/** The front matter parser reads at most this much; the file stays well under it. */
const FRONT_MATTER_BUDGET = 3800

/** A file name for a role's own id: safe on every file system, never a dot- or _-file. */
export function roleFileName(id: string): string {
  const safe = id
    .replace(/[^A-Z0-9-]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  if (safe === id && safe) return `${safe}.md`
  const hash = createHash('sha1').update(id).digest('hex').slice(0, 8)
  return `${safe ? `${safe}-` : ''}${hash}.md`
}

function salaryLine(role: Role): string | undefined {
  const s = role.salary
  if (!s || (s.min === null && s.max === null)) return undefined
  const range =
    s.min !== null && s.max !== null
      ? s.min === s.max
        ? `${s.min}`
        : `${s.min}-${s.max}`
      : s.min !== null
        ? `${s.min}-`
        : `-${s.max}`
  return `${range} ${s.currency.toUpperCase()}/${s.period}`
}

/**
 * The raw file for one role: front matter with what the source states in structure, then
 * the description as text. `capturedAt` is the day of the fetch.
 */
export function renderRoleFile(role: Role, source: Source, capturedAt: string): string {
  const company = role.company ?? source.company
  const line = (key: string, value: string | undefined) => (value ? `${key}: ${value}` : '')
  const head = [
    line('url', role.url),
    line('applyUrl', role.applyUrl),
    line('capturedAt', capturedAt),
    line('company', company && oneLine(company, 120)),
    line('sourceId', `${source.kind}:${oneLine(role.id, 200)}`),
    line('title', role.title && oneLine(role.title, 200)),
    line('team', role.team && oneLine(role.team, 120)),
  ]
  const tail = [
    line('workMode', role.workMode),
    line('employmentType', role.employmentType),
    line('salary', salaryLine(role)),
    line('postedAt', role.postedAt),
  ]
  // `;` separates places, so a place never contains one.
  const places = [
    ...new Set(
      (role.locations ?? []).map((l) => oneLine(l, 120).replace(/;/g, ',')).filter(Boolean),
    ),
  ]
  const room = FRONT_MATTER_BUDGET - [...head, ...tail].join('\n').length - 20
  let locations = places.join('; ')
  // A role listed in hundreds of places keeps the first whole places that fit.
  for (let kept = places.length - 1; locations.length > room && kept >= 0; kept--)
    locations = places.slice(0, kept).join('; ')
  const lines = [...head, line('locations', locations), ...tail].filter(Boolean)
  return `---\n${lines.join('\n')}\n---\n${role.description.trim()}\n`
}

/** The file's text without its capture date: two captures of the same role compare equal. */
export function withoutCaptureDate(text: string): string {
  return text.replace(/^capturedAt: .*\n/m, '')
}

/** Adds `closedAt:` to the front matter of a role the source no longer lists. */
export function markClosed(text: string, day: string): string {
  if (/^closedAt: /m.test(text)) return text.replace(/^closedAt: .*$/m, `closedAt: ${day}`)
  return text.startsWith('---\n')
    ? text.replace(/\n---\n/, `\nclosedAt: ${day}\n---\n`)
    : `---\nclosedAt: ${day}\n---\n${text}`
}
