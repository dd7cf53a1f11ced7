import type { WorkMode } from '../model/posting.ts'
import {
  HYBRID_WORD,
  NUMBER_WORDS,
  OFFICE_DAYS,
  ONSITE_STRONG,
  PER_MONTH_AFTER,
  POLICY,
  REMOTE_DAYS_AFTER,
  REMOTE_EXCEPTION,
  REMOTE_REGION_IN_TEXT,
  REMOTE_STRONG,
  WEEKDAY,
  WEEKDAY_LIST,
  RANGE_SEPARATOR,
  REGION_LIST_SEPARATOR,
  REMOTE_REGION_HINT,
  SENTENCE_BREAK,
} from './patterns.ts'
import { remoteRegion } from './places.ts'
import type { Fact } from './types.ts'

export type ModeDecision = {
  mode: Fact<WorkMode> | null
  officeDays: Fact<number> | null
  /** Header and text disagreed; says which won. */
  conflict: string | null
}

const MODE_HINTS = ['remot', 'hybrid', 'site', 'office', 'person', 'anywhere', 'home']
const DAY_HINTS = ['day', 'office']
const POLICY_HINTS = ['day', 'week', 'abroad', 'anywhere', 'core hours', 'month']

function sentences(text: string): string[] {
  return text.split(SENTENCE_BREAK).filter((s) => s.trim())
}

function toNumber(word: string): number | null {
  const lower = word.toLowerCase()
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower] ?? null
  const n = Number(lower)
  return Number.isInteger(n) ? n : null
}

/** Office days per week stated in a text: a range keeps its lower bound, per-month does not count. */
export function officeDaysIn(text: string): Fact<number> | null {
  for (const sentence of sentences(text)) {
    const lower = sentence.toLowerCase()
    if (!DAY_HINTS.some((hint) => lower.includes(hint))) continue
    for (const pattern of OFFICE_DAYS) {
      const m = pattern.exec(sentence)
      if (!m?.[1]) continue
      const after = sentence.slice(m.index + m[0].length)
      if (PER_MONTH_AFTER.test(after)) continue
      if (REMOTE_DAYS_AFTER.test(after) && pattern === OFFICE_DAYS[0]) continue
      const low = toNumber(m[1].split(RANGE_SEPARATOR)[0] ?? '')
      if (low !== null && low >= 1 && low <= 5) {
        return { value: low, raw: m[0], from: 'office days stated' }
      }
    }
    const list = WEEKDAY_LIST.exec(sentence)
    if (list?.[1] && !PER_MONTH_AFTER.test(sentence.slice((list.index ?? 0) + list[0].length))) {
      const days = new Set([...list[1].matchAll(WEEKDAY)].map((d) => (d[1] ?? '').toLowerCase()))
      if (days.size >= 1 && days.size <= 5) {
        return { value: days.size, raw: list[0], from: 'office weekdays named' }
      }
    }
  }
  return null
}

function strongRemote(sentence: string): boolean {
  return REMOTE_STRONG.some((p) => p.test(sentence)) && !REMOTE_EXCEPTION.test(sentence)
}

/**
 * The work mode. Where the posting explicitly offers full remote, remote, even with an
 * office available ("open remotely or hybrid in Amsterdam"); an exception "for the right
 * candidate" does not count. The text beats the job-board header; office days make hybrid.
 */
export function decideWorkMode(
  body: string,
  headerModes: Fact<WorkMode>[],
  headerModeTexts: string[],
  tags: Fact<string>[],
): ModeDecision {
  let remote: Fact<WorkMode> | null = null
  let hybrid: Fact<WorkMode> | null = null
  let onsite: Fact<WorkMode> | null = null
  for (const sentence of sentences(body)) {
    const lower = sentence.toLowerCase()
    if (!MODE_HINTS.some((hint) => lower.includes(hint))) continue
    if (!remote && strongRemote(sentence)) remote = { value: 'remote', raw: sentence, from: 'text' }
    if (!hybrid && HYBRID_WORD.test(sentence) && !strongRemote(sentence)) {
      hybrid = { value: 'hybrid', raw: sentence, from: 'text' }
    }
    if (!onsite && ONSITE_STRONG.test(sentence))
      onsite = { value: 'onsite', raw: sentence, from: 'text' }
  }
  const headerOfficeDays = officeDaysIn(headerModeTexts.join('\n'))
  const bodyOfficeDays = officeDaysIn(body)
  const officeDays = headerOfficeDays ?? bodyOfficeDays
  if (!hybrid && bodyOfficeDays && bodyOfficeDays.value < 5) {
    hybrid = { value: 'hybrid', raw: bodyOfficeDays.raw, from: 'office days in the text' }
  }

  const pick = (kind: WorkMode) => headerModes.find((m) => m.value === kind) ?? null
  const header = pick('remote') ?? pick('hybrid') ?? pick('onsite')
  const bodyMode = remote ?? hybrid ?? onsite
  let mode: Fact<WorkMode> | null = bodyMode ?? header
  if (!bodyMode && pick('hybrid') && pick('onsite') && !pick('remote')) mode = pick('hybrid')
  if (!mode && tags[0]) {
    const tag = tags[0].value
    mode = {
      value: tag === 'remote' ? 'remote' : tag === 'hybrid' ? 'hybrid' : 'onsite',
      raw: tags[0].raw,
      from: 'tracking tag',
    }
  }
  const conflict =
    bodyMode && header && header.value !== bodyMode.value
      ? `the job-board header says ${header.value} but the text says ${bodyMode.value} ("${clip(bodyMode.raw)}"): kept ${bodyMode.value}`
      : null
  return {
    mode,
    officeDays: mode?.value === 'hybrid' ? officeDays : null,
    conflict,
  }
}

function clip(text: string, max = 90): string {
  const t = text.trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/** Stated details of the work policy, as short phrases ("Monday in office"). */
export function workPolicy(text: string): string[] {
  const found: string[] = []
  for (const sentence of sentences(text)) {
    const lower = sentence.toLowerCase()
    if (!POLICY_HINTS.some((hint) => lower.includes(hint))) continue
    for (const { pattern, render } of POLICY) {
      const m = pattern.exec(sentence)
      if (!m) continue
      const phrase = render(m)
      if (!found.some((f) => f.toLowerCase() === phrase.toLowerCase())) found.push(phrase)
    }
  }
  return found
}

/** Where a remote hire may live, when the text says ("EU or UK-based", "within Poland"). */
export function remoteRegionsIn(text: string): string[] {
  const regions: string[] = []
  for (const sentence of sentences(text)) {
    if (!REMOTE_REGION_HINT.test(sentence)) continue
    for (const pattern of REMOTE_REGION_IN_TEXT) {
      const m = pattern.exec(sentence)
      if (!m?.[1]) continue
      for (const piece of m[1].replace(/\s+/g, ' ').split(REGION_LIST_SEPARATOR)) {
        const region = remoteRegion(piece.replace(/\b(?:only|based)\b/gi, '').trim())
        if (region && !regions.includes(region)) regions.push(region)
      }
    }
  }
  return regions
}
