import { postingIdProblem } from '../model/posting-id.ts'
import type { ParsedParams } from './board-params.ts'
import { createNotes, quote, unknownParamsNote } from './notes.ts'
import { readQuery } from './query.ts'

export const MIN_COMPARE = 2
export const MAX_COMPARE = 4

/**
 * Reads `ids` of /compare: comma-separated (repeated `ids` parameters are joined), blanks
 * and duplicates dropped, first-seen order kept, at most four. Never throws.
 */
export function parseCompareParams(input: URLSearchParams | string): ParsedParams<string[]> {
  const read = readQuery(input)
  const params = read.params
  const notes = createNotes()
  const unknown = unknownParamsNote([...new Set(params.keys())].filter((key) => key !== 'ids'))
  if (unknown) notes.add(unknown)
  for (const note of read.notes) notes.add(note)
  const ids = [
    ...new Set(
      params
        .getAll('ids')
        .flatMap((value) => value.split(','))
        .map((id) => id.trim())
        .filter((id) => {
          const problem = id === '' ? null : postingIdProblem(id)
          if (problem) notes.add(`Ignored the role ${quote(id)}: ${problem}.`)
          return id !== '' && !problem
        }),
    ),
  ]
  if (ids.length > MAX_COMPARE) {
    const left = ids.slice(MAX_COMPARE)
    const named = left.slice(0, 3).map(quote).join(', ')
    notes.add(
      `Only ${MAX_COMPARE} roles can be compared; left out ${named}${left.length > 3 ? ` and ${left.length - 3} more` : ''}.`,
    )
  } else if (ids.length > 0 && ids.length < MIN_COMPARE) {
    notes.add(`Comparing needs at least ${MIN_COMPARE} roles; this link names only one.`)
  }
  return { value: ids.slice(0, MAX_COMPARE), notes: notes.list() }
}

/** Writes ids as `ids=a,b,c` (canonical: what parseCompareParams reads back unchanged). */
export function compareParamsToString(ids: readonly string[]): string {
  const canonical = parseCompareParams(new URLSearchParams([['ids', ids.join(',')]])).value
  if (canonical.length === 0) return ''
  // Commas stay readable: ids are slugs and never contain one.
  return 'ids=' + canonical.map(encodeURIComponent).join(',')
}
