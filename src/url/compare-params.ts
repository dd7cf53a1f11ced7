import type { ParsedParams } from './board-params.ts'

export const MAX_COMPARE = 4

/** Reads `ids` of /compare: comma-separated, duplicates dropped, at most four. */
export function parseCompareParams(input: URLSearchParams | string): ParsedParams<string[]> {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input
  const notes: string[] = []
  for (const key of new Set(params.keys()))
    if (key !== 'ids') notes.push(`Ignored unknown parameter “${key}”.`)
  const ids = [
    ...new Set(
      (params.get('ids') ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ]
  if (ids.length > MAX_COMPARE) {
    notes.push(
      `Only ${MAX_COMPARE} roles can be compared; left out ${ids.slice(MAX_COMPARE).join(', ')}.`,
    )
  }
  return { value: ids.slice(0, MAX_COMPARE), notes }
}

export function compareParamsToString(ids: string[]): string {
  if (ids.length === 0) return ''
  // Commas stay readable: ids are slugs and never contain one.
  return 'ids=' + ids.map(encodeURIComponent).join(',')
}
