import { useQueries, useQuery } from '@tanstack/react-query'
import type { Posting } from '@/model/posting'
import { usePasted } from '@/storage/hooks'
import { postingFileQuery } from './board-files-query'
import { usePrerenderedFiles } from './prerendered-files'

export type FoundPosting = {
  posting: Posting
  /** Row of a shipped posting on the board; null for a pasted or closed one. */
  row: number | null
  /** The board's rows most like it, from its file (null for a pasted posting). */
  similar: number[] | null
}

/**
 * One posting by id, hidden ones included (a link, a bookmark or compare still opens it):
 * its own file, or the user's pasted posting when the board has none with that id. `found`
 * is null when neither has it, undefined while loading.
 */
export const usePosting: (id: string) => {
  found: FoundPosting | null | undefined
  error: Error | null
} = import.meta.env.SSR ? usePrerenderedPosting : usePostingFile

function usePostingFile(id: string): ReturnType<typeof usePosting> {
  const file = useQuery(postingFileQuery(id))
  const pasted = usePasted().get(id)
  if (file.data) return { found: file.data, error: null }
  if (file.data === null || file.isError)
    return {
      found: pasted
        ? { posting: pasted.posting, row: null, similar: null }
        : file.isError
          ? undefined
          : null,
      error: pasted ? null : file.error,
    }
  return { found: undefined, error: null }
}

/** In a prerender: the page's own file, else loading (prerendered-files.ts). */
function usePrerenderedPosting(id: string): ReturnType<typeof usePosting> {
  return { found: usePrerenderedFiles().postings.get(id), error: null }
}

/**
 * Several postings by id, in order, as usePosting finds them; `missing` lists ids found
 * nowhere. `pending` until every one is settled.
 */
export function usePostings(ids: readonly string[]): {
  postings: Posting[]
  missing: string[]
  pending: boolean
  error: Error | null
} {
  const pasted = usePasted()
  const results = useQueries({ queries: ids.map((id) => postingFileQuery(id)) })
  const postings: Posting[] = []
  const missing: string[] = []
  let pending = false
  let error: Error | null = null
  ids.forEach((id, k) => {
    const result = results[k]!
    if (result.data) postings.push(result.data.posting)
    else if (pasted.has(id) && (result.data === null || result.isError))
      postings.push(pasted.get(id)!.posting)
    else if (result.data === null) missing.push(id)
    else if (result.isError) error ??= result.error
    else pending = true
  })
  return { postings, missing, pending, error }
}
