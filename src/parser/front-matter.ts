import { FRONT_MATTER, FRONT_MATTER_PAIR } from './patterns.ts'

export type FrontMatter = { meta: Record<string, string>; body: string }

/** Splits `---` front matter (`key: value` lines) from the body. */
export function readFrontMatter(raw: string): FrontMatter {
  const match = FRONT_MATTER.exec(raw)
  if (!match) return { meta: {}, body: raw }
  const meta: Record<string, string> = {}
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const pair = FRONT_MATTER_PAIR.exec(line.trim())
    if (pair?.[1]) meta[pair[1]] = (pair[2] ?? '').trim().replace(/^["']|["']$/g, '')
  }
  return { meta, body: raw.slice(match[0].length) }
}
